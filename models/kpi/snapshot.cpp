#include "kpi/snapshot.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
#include <numeric>

namespace ra {

namespace {

const QString kUnassigned = QStringLiteral("Unassigned");

template<typename T>
T maxSet(T acc, T v)
{
    return (v != kNever && v > acc) ? v : acc;
}

std::vector<std::vector<int>> groupBy(const std::vector<int> &ids, int poolSize)
{
    // Sizes first, so that a million push_backs never reallocate.
    std::vector<int> sizes(static_cast<size_t>(poolSize) + 1, 0);
    for (int id : ids)
        ++sizes[static_cast<size_t>(id + 1)];
    std::vector<std::vector<int>> out(sizes.size());
    for (size_t k = 0; k < sizes.size(); ++k)
        out[k].reserve(static_cast<size_t>(sizes[k]));
    for (int i = 0; i < static_cast<int>(ids.size()); ++i)
        out[static_cast<size_t>(ids[i] + 1)].push_back(i);
    return out;
}

// Most ranges sorted here hold a handful of values (touches of one lead).
template<typename It>
void sortSmall(It first, It last)
{
    if (last - first > 32) {
        std::sort(first, last);
        return;
    }
    for (It i = first + (first != last ? 1 : 0); i < last; ++i)
        for (It j = i; j > first && *j < *(j - 1); --j)
            std::iter_swap(j, j - 1);
}

// CSR of sorted touch times keyed by `keyOf(touch)` (skipping kNone keys).
template<typename KeyOf>
void buildCsr(int keys, const std::vector<qint64> &times, KeyOf keyOf, std::vector<int> &offsets,
              std::vector<qint64> &out)
{
    offsets.assign(static_cast<size_t>(keys) + 1, 0);
    for (size_t t = 0; t < times.size(); ++t)
        if (const int k = keyOf(t); k != kNone)
            ++offsets[static_cast<size_t>(k) + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    out.assign(static_cast<size_t>(offsets.back()), 0);
    std::vector<int> fill(offsets.begin(), offsets.end() - 1);
    for (size_t t = 0; t < times.size(); ++t)
        if (const int k = keyOf(t); k != kNone)
            out[static_cast<size_t>(fill[static_cast<size_t>(k)]++)] = times[t];
    for (int k = 0; k < keys; ++k)
        sortSmall(out.begin() + offsets[static_cast<size_t>(k)], out.begin() + offsets[static_cast<size_t>(k) + 1]);
}

} // namespace

// ---------------------------------------------------------------- TextPool

int TextPool::intern(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t == kUnassigned)
        return kNone;
    const QString s = t.toString();
    const auto it = m_ids.constFind(s);
    if (it != m_ids.cend())
        return *it;
    const int id = static_cast<int>(m_texts.size());
    m_texts.append(s);
    m_ids.insert(s, id);
    return id;
}

int TextPool::find(QStringView text) const
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t == kUnassigned)
        return kNone;
    return m_ids.value(t.toString(), -2);
}

// ---------------------------------------------------------------- months

int monthIndexOf(int yyyymm) { return (yyyymm / 100) * 12 + (yyyymm % 100) - 1; }
int yyyymmOfIndex(int index) { return (index / 12) * 100 + index % 12 + 1; }

int monthIndexOfEpoch(qint64 t)
{
    // Days to civil date (H. Hinnant's algorithm): no calendar object per event.
    qint64 z = (t >= 0 ? t / 86400 : (t - 86399) / 86400) + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return static_cast<int>(y * 12 + m - 1);
}

// ---------------------------------------------------------------- builders

namespace {

// A 64-bit FNV-1a hash stands in for the e-mail text: a collision between two
// of a million addresses has a chance of about 3e-8 (see kpi-notes.md).
quint64 fnv1a(const char *data, qsizetype size)
{
    if (size == 0)
        return 0;
    quint64 h = 1469598103934665603ULL;
    for (qsizetype i = 0; i < size; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= 1099511628211ULL;
    }
    return h ? h : 1;
}

} // namespace

quint64 Snapshot::emailKey(QStringView email)
{
    const QByteArray norm = email.trimmed().toString().toCaseFolded().toUtf8();
    return fnv1a(norm.constData(), norm.size());
}

quint64 Snapshot::emailKeyUtf8(const char *data, int size)
{
    // ASCII fast path for the loader, in one pass: trimming first (ASCII
    // spaces are the same before and after folding), then folding and hashing
    // together. Any other byte goes through the QString folding below.
    if (size <= 0)
        return 0;
    auto space = [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    int b = 0, e = size;
    while (b < e && space(p[b]))
        ++b;
    while (e > b && space(p[e - 1]))
        --e;
    quint64 h = 1469598103934665603ULL;
    unsigned char seen = 0;
    for (int i = b; i < e; ++i) {
        const unsigned char c = p[i];
        seen |= c;
        h ^= (c >= 'A' && c <= 'Z') ? c + 32 : c;
        h *= 1099511628211ULL;
    }
    if (seen & 0x80)
        return emailKey(QString::fromUtf8(data, size));
    return b == e ? 0 : h ? h : 1; // as fnv1a()
}

int Snapshot::addAccount(const QString &segment, const QString &persona)
{
    accounts.segment.push_back(segments.intern(segment));
    accounts.persona.push_back(personas.intern(persona));
    return accountCount() - 1;
}

int Snapshot::addLead(const LeadRow &r)
{
    const int i = leadCount();
    leads.id.push_back(r.id.isEmpty() ? QStringLiteral("L%1").arg(i, 8, 10, QLatin1Char('0')).toStdString() : r.id.toStdString());
    leads.account.push_back(r.account);
    leads.persona.push_back(personas.intern(r.persona));
    leads.channel.push_back(channels.intern(r.channel));
    leads.source.push_back(r.source);
    leads.emailKey.push_back(emailKey(r.email));
    leads.created.push_back(r.created);
    leads.mql.push_back(r.mql);
    leads.sal.push_back(r.sal);
    leads.sql.push_back(r.sql);
    leads.disqualified.push_back(r.disqualified);
    return i;
}

int Snapshot::addOpportunity(const OppRow &r)
{
    const int i = oppCount();
    opps.id.push_back(r.id.isEmpty() ? QStringLiteral("O%1").arg(i, 8, 10, QLatin1Char('0')).toStdString() : r.id.toStdString());
    opps.account.push_back(r.account);
    opps.lead.push_back(r.lead);
    opps.persona.push_back(personas.intern(r.persona));
    opps.type.push_back(r.type);
    opps.source.push_back(r.source);
    opps.status.push_back(r.status);
    opps.amount.push_back(r.amount);
    opps.created.push_back(r.created);
    opps.closed.push_back(r.closed);
    return i;
}

void Snapshot::addTouch(int lead, qint64 at)
{
    touches.lead.push_back(lead);
    touches.at.push_back(at);
}

void Snapshot::addRevenue(int account, int yyyymm, qint64 cents)
{
    revenue.account.push_back(account);
    revenue.month.push_back(yyyymm);
    revenue.mrr.push_back(cents);
}

void Snapshot::addSpend(int yyyymm, qint64 cents)
{
    spend.month.push_back(yyyymm);
    spend.amount.push_back(cents);
}

void Snapshot::addTicket(int account, qint64 opened, qint64 resolved, int csat)
{
    tickets.account.push_back(account);
    tickets.opened.push_back(opened);
    tickets.resolved.push_back(resolved);
    tickets.csat.push_back(static_cast<qint8>(csat));
}

void Snapshot::addNps(int account, qint64 respondedOn, int score)
{
    nps.account.push_back(account);
    nps.respondedOn.push_back(respondedOn);
    nps.score.push_back(static_cast<qint8>(score));
}

void Snapshot::addSurvey(qint64 surveyedOn, int role, int question, int score)
{
    survey.surveyedOn.push_back(surveyedOn);
    survey.role.push_back(static_cast<qint8>(role));
    survey.question.push_back(static_cast<qint8>(question));
    survey.score.push_back(static_cast<qint8>(score));
}

void Snapshot::addTarget(const QString &period, const QString &kpi, double target, const QString &owner)
{
    targets.push_back({period, kpi, owner, target});
}

// ---------------------------------------------------------------- derivation

void Snapshot::finalize()
{
    // Two threads (2 cores is the target machine): the e-mail grouping, the
    // largest step, and the lead touch lists beside everything else.
    deriveLeadSegments();
    QFuture<void> done = QtConcurrent::run([this] {
        deriveReentry();
        deriveLeadTouches();
    });
    deriveOpps();
    deriveAccountTouches();
    deriveRevenue();
    resolution = resolve(kNever);
    deriveIndexes();
    deriveValues();

    qint64 latest = 0;
    for (const auto *col : {&leads.created, &leads.mql, &leads.sal, &leads.sql, &leads.disqualified, &opps.created,
                            &opps.closed, &touches.at, &tickets.opened, &tickets.resolved, &nps.respondedOn,
                            &survey.surveyedOn})
        for (qint64 t : *col) // branch-free: half of some columns are kNever, in no pattern
            latest = std::max(latest, t == kNever ? latest : t);
    m_defaultAsOf = latest;
    done.waitForFinished();
}

void Snapshot::deriveLeadSegments()
{
    const int n = leadCount();
    leadSegment.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const int a = leads.account[static_cast<size_t>(i)];
        leadSegment[static_cast<size_t>(i)] = a == kNone ? kNone : accounts.segment[static_cast<size_t>(a)];
    }
}

void Snapshot::deriveReentry()
{
    // Re-entry: group leads by e-mail and walk each group in created order,
    // remembering the latest marketing lead strictly before the current time.
    // Sorting compact records beats an index sort that chases three columns;
    // spreading them first over buckets by a mix of the key (equal keys share
    // a bucket) leaves small sorts that stay in cache.
    struct Rec {
        quint64 key;
        qint64 created;
        int lead;
        bool operator<(const Rec &o) const { return key != o.key ? key < o.key : created < o.created; }
    };
    const int n = leadCount();
    leadPrevMarketing.assign(static_cast<size_t>(n), kNever);
    int bits = 0;
    while (bits < 16 && (512 << bits) < n)
        ++bits;
    auto bucketOf = [bits](quint64 key) { return bits == 0 ? 0 : static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - bits)); };
    std::vector<int> start((size_t(1) << bits) + 1, 0);
    for (int i = 0; i < n; ++i)
        if (const quint64 k = leads.emailKey[static_cast<size_t>(i)])
            ++start[bucketOf(k) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<Rec> recs(static_cast<size_t>(start.back()));
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (int i = 0; i < n; ++i)
        if (const quint64 k = leads.emailKey[static_cast<size_t>(i)])
            recs[static_cast<size_t>(fill[bucketOf(k)]++)] = {k, leads.created[static_cast<size_t>(i)], i};
    for (size_t b = 0; b + 1 < start.size(); ++b)
        std::sort(recs.begin() + start[b], recs.begin() + start[b + 1]);
    size_t g = 0;
    while (g < recs.size()) {
        const quint64 key = recs[g].key;
        qint64 lastMarketing = kNever;
        size_t r = g;
        while (r < recs.size() && recs[r].key == key) {
            // One run of equal created_at: none of them is "earlier" than another.
            const qint64 t = recs[r].created;
            size_t e = r;
            while (e < recs.size() && recs[e].key == key && recs[e].created == t)
                ++e;
            for (size_t k = r; k < e; ++k)
                leadPrevMarketing[static_cast<size_t>(recs[k].lead)] = lastMarketing;
            for (size_t k = r; k < e; ++k)
                if (leads.source[static_cast<size_t>(recs[k].lead)] == kSrcMarketing)
                    lastMarketing = t;
            r = e;
        }
        g = r;
    }
}

void Snapshot::deriveOpps()
{
    const int n = oppCount();
    leadWonAt.assign(static_cast<size_t>(leadCount()), kNever);
    oppEffSource.resize(static_cast<size_t>(n));
    oppOwnPersona.resize(static_cast<size_t>(n));
    oppChannel.resize(static_cast<size_t>(n));
    for (int o = 0; o < n; ++o) {
        const size_t so = static_cast<size_t>(o);
        const int l = opps.lead[so];
        qint8 src = opps.source[so];
        if (src == kSrcNone)
            src = (l != kNone && leads.source[static_cast<size_t>(l)] != kSrcNone) ? leads.source[static_cast<size_t>(l)] : static_cast<qint8>(kSrcSales);
        oppEffSource[so] = src;
        int p = opps.persona[so];
        if (p == kNone && l != kNone)
            p = leads.persona[static_cast<size_t>(l)];
        oppOwnPersona[so] = p;
        oppChannel[so] = l == kNone ? kNone : leads.channel[static_cast<size_t>(l)];
        if (l != kNone && opps.status[so] == kStatusWon && opps.closed[so] != kNever) {
            const qint64 known = std::max(opps.created[so], opps.closed[so]);
            qint64 &w = leadWonAt[static_cast<size_t>(l)];
            w = std::min(w, known);
        }
    }
}

void Snapshot::deriveLeadTouches()
{
    buildCsr(leadCount(), touches.at, [this](size_t t) { return touches.lead[t]; }, leadTouchOffsets, leadTouchTimes);
}

void Snapshot::deriveAccountTouches()
{
    buildCsr(accountCount(), touches.at,
             [this](size_t t) {
                 const int l = touches.lead[t];
                 return l == kNone ? kNone : leads.account[static_cast<size_t>(l)];
             },
             accountTouchOffsets, accountTouchTimes);
}

void Snapshot::deriveRevenue()
{
    mrrSlotOfAccount.assign(static_cast<size_t>(accountCount()), kNone);
    mrrAccounts.clear();
    int lo = INT_MAX, hi = INT_MIN;
    for (size_t r = 0; r < revenue.account.size(); ++r) {
        const int a = revenue.account[r];
        if (mrrSlotOfAccount[static_cast<size_t>(a)] == kNone) {
            mrrSlotOfAccount[static_cast<size_t>(a)] = static_cast<int>(mrrAccounts.size());
            mrrAccounts.push_back(a);
        }
        const int m = monthIndexOf(revenue.month[r]);
        lo = std::min(lo, m);
        hi = std::max(hi, m);
    }
    if (mrrAccounts.empty()) {
        mrrFirstIndex = 0;
        mrrMonths = 0;
        mrr.clear();
        mrrFirstPositive.clear();
    } else {
        mrrFirstIndex = lo;
        mrrMonths = hi - lo + 1;
        mrr.assign(mrrAccounts.size() * static_cast<size_t>(mrrMonths), 0);
        for (size_t r = 0; r < revenue.account.size(); ++r) {
            const size_t slot = static_cast<size_t>(mrrSlotOfAccount[static_cast<size_t>(revenue.account[r])]);
            mrr[slot * static_cast<size_t>(mrrMonths) + static_cast<size_t>(monthIndexOf(revenue.month[r]) - lo)] += revenue.mrr[r];
        }
        mrrFirstPositive.assign(mrrAccounts.size(), INT_MAX);
        for (size_t s = 0; s < mrrAccounts.size(); ++s)
            for (int c = 0; c < mrrMonths; ++c)
                if (mrr[s * static_cast<size_t>(mrrMonths) + static_cast<size_t>(c)] > 0) {
                    mrrFirstPositive[s] = lo + c;
                    break;
                }
    }

    std::vector<std::pair<int, qint64>> byMonth;
    for (size_t r = 0; r < spend.month.size(); ++r)
        byMonth.emplace_back(monthIndexOf(spend.month[r]), spend.amount[r]);
    std::sort(byMonth.begin(), byMonth.end());
    spendByMonth.clear();
    for (const auto &[m, v] : byMonth) {
        if (!spendByMonth.empty() && spendByMonth.back().first == m)
            spendByMonth.back().second += v;
        else
            spendByMonth.emplace_back(m, v);
    }
}

void Snapshot::deriveIndexes()
{
    auto csr = [this](const std::vector<int> &accountOf, std::vector<int> &offsets, std::vector<int> &rows) {
        offsets.assign(static_cast<size_t>(accountCount()) + 1, 0);
        for (int a : accountOf)
            ++offsets[static_cast<size_t>(a) + 1];
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        rows.assign(accountOf.size(), 0);
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (size_t r = 0; r < accountOf.size(); ++r)
            rows[static_cast<size_t>(fill[static_cast<size_t>(accountOf[r])]++)] = static_cast<int>(r);
    };
    csr(tickets.account, accountTicketOffsets, accountTickets);
    csr(nps.account, accountNpsOffsets, accountNps);

    leadsByPersona = groupBy(leads.persona, personas.size());
    leadsBySegment = groupBy(leadSegment, segments.size());
    leadsByChannel = groupBy(leads.channel, channels.size());
    std::vector<int> oppSegment(static_cast<size_t>(oppCount()));
    for (int o = 0; o < oppCount(); ++o)
        oppSegment[static_cast<size_t>(o)] = accounts.segment[static_cast<size_t>(opps.account[static_cast<size_t>(o)])];
    oppsBySegment = groupBy(oppSegment, segments.size());
    oppsByChannel = groupBy(oppChannel, channels.size());
    accountsBySegment = groupBy(accounts.segment, segments.size());
}

void Snapshot::deriveValues()
{
    auto list = [](const TextPool &pool, std::initializer_list<const std::vector<int> *> columns) {
        std::vector<bool> seen(static_cast<size_t>(pool.size()) + 1, false);
        for (const auto *c : columns)
            for (int id : *c)
                seen[static_cast<size_t>(id + 1)] = true;
        QStringList out;
        for (int id = 0; id < pool.size(); ++id)
            if (seen[static_cast<size_t>(id + 1)])
                out << pool.text(id);
        std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
            const int c = a.compare(b, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a < b;
        });
        if (seen[0])
            out << kUnassigned;
        return out;
    };
    personaValues = list(personas, {&leads.persona, &resolution.oppPersona, &resolution.accountPersona});
    segmentValues = list(segments, {&accounts.segment});
    channelValues = list(channels, {&leads.channel});
}

Resolution Snapshot::resolve(qint64 asOf) const
{
    Resolution r;
    r.asOf = asOf;
    const int na = accountCount();
    std::vector<int> bestOpp(static_cast<size_t>(na), kNone), bestLead(static_cast<size_t>(na), kNone);

    auto ownPersonaAt = [&](int o) {
        const size_t so = static_cast<size_t>(o);
        if (opps.persona[so] != kNone)
            return opps.persona[so];
        const int l = opps.lead[so];
        return (l != kNone && leads.created[static_cast<size_t>(l)] <= asOf) ? leads.persona[static_cast<size_t>(l)] : kNone;
    };

    for (int o = 0; o < oppCount(); ++o) {
        const size_t so = static_cast<size_t>(o);
        if (opps.status[so] != kStatusWon || opps.closed[so] > asOf || opps.created[so] > asOf || ownPersonaAt(o) == kNone)
            continue;
        int &b = bestOpp[static_cast<size_t>(opps.account[so])];
        if (b == kNone || opps.closed[so] < opps.closed[static_cast<size_t>(b)]
            || (opps.closed[so] == opps.closed[static_cast<size_t>(b)] && opps.id[so] < opps.id[static_cast<size_t>(b)]))
            b = o;
    }
    for (int l = 0; l < leadCount(); ++l) {
        const size_t sl = static_cast<size_t>(l);
        const int a = leads.account[sl];
        if (a == kNone || leads.persona[sl] == kNone || leads.created[sl] > asOf)
            continue;
        int &b = bestLead[static_cast<size_t>(a)];
        if (b == kNone || leads.created[sl] < leads.created[static_cast<size_t>(b)]
            || (leads.created[sl] == leads.created[static_cast<size_t>(b)] && leads.id[sl] < leads.id[static_cast<size_t>(b)]))
            b = l;
    }

    r.accountPersona.resize(static_cast<size_t>(na));
    for (int a = 0; a < na; ++a) {
        const size_t sa = static_cast<size_t>(a);
        int p = accounts.persona[sa];
        if (p == kNone && bestOpp[sa] != kNone)
            p = ownPersonaAt(bestOpp[sa]);
        if (p == kNone && bestLead[sa] != kNone)
            p = leads.persona[static_cast<size_t>(bestLead[sa])];
        r.accountPersona[sa] = p;
    }
    r.oppPersona.resize(static_cast<size_t>(oppCount()));
    for (int o = 0; o < oppCount(); ++o) {
        const int own = ownPersonaAt(o);
        r.oppPersona[static_cast<size_t>(o)] = own != kNone ? own : r.accountPersona[static_cast<size_t>(opps.account[static_cast<size_t>(o)])];
    }
    r.accountsByPersona = groupBy(r.accountPersona, personas.size());
    r.oppsByPersona = groupBy(r.oppPersona, personas.size());
    return r;
}

} // namespace ra

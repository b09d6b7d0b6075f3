// Snapshot::finalize() and what it derives (see snapshot.h), and the
// persona resolution the engine repeats for an earlier as_of.
#include "domain/calendar.h"
#include "kpi/releasememory.h"
#include "kpi/snapshot.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
#include <numeric>

namespace ra {

namespace {

const QString kUnassigned = QStringLiteral("Unassigned");

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

// ---------------------------------------------------------------- derivation

using detail::releaseMemory;

void Snapshot::finalize()
{
    // Two threads (2 cores is the target machine): the e-mail grouping, the
    // largest step, and the lead touch lists beside everything else. Each
    // load input is released as soon as its last reader is done, before the
    // larger derived parts are built (the peak memory of a store load).
    qint64 latest = 0;
    for (const auto *col : {&leads.created, &leads.mql, &leads.sal, &leads.sql, &leads.disqualified, &opps.created,
                            &opps.closed, &touches.at, &tickets.opened, &tickets.resolved, &nps.respondedOn,
                            &survey.surveyedOn})
        for (qint64 t : *col) // branch-free: half of some columns are kNever, in no pattern
            latest = std::max(latest, t == kNever ? latest : t);
    // A store with no dated event at all (billing exports alone): the
    // definitions' latest timestamp does not exist, so the default is the last
    // second of the latest revenue or spend month (docs/kpi-notes.md).
    if (latest == 0) {
        int lastMonth = 0;
        for (const auto *col : {&revenue.month, &spend.month})
            for (int m : *col)
                lastMonth = std::max(lastMonth, m);
        if (lastMonth > 0)
            latest = monthStartEpoch(monthFromIndex(monthIndex(lastMonth) + 1)) - 1;
    }
    m_defaultAsOf = latest;

    deriveLeadSegments();
    QFuture<void> done = QtConcurrent::run([this] {
        deriveReentry();
        releaseMemory(leads.emailKey);
        deriveLeadTouches();
    });
    deriveOpps();
    deriveAccountTouches();
    done.waitForFinished();
    releaseMemory(touches.lead, touches.at);
    deriveRevenue();
    deriveProducts();
    releaseMemory(revenue.account, revenue.month, revenue.product, revenue.mrr, spend.month, spend.amount);
    deriveUsage();
    releaseMemory(usage.account, usage.month, usage.product, usage.activeUsers, usage.seats);
    resolution = resolve(kNever);
    deriveIndexes();
    deriveValues();
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
        const int m = monthIndex(revenue.month[r]);
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
            mrr[slot * static_cast<size_t>(mrrMonths) + static_cast<size_t>(monthIndex(revenue.month[r]) - lo)] += revenue.mrr[r];
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
        byMonth.emplace_back(monthIndex(spend.month[r]), spend.amount[r]);
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

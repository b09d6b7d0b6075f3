#include "kpi/snapshot.h"

#include <algorithm>

namespace ra {

namespace {

const QString kUnassigned = QStringLiteral("Unassigned");

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

} // namespace ra

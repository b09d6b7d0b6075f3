#pragma once
// Every part of a Snapshot, named, in two lists: the parts the KPI engine
// reads (visitSnapshotParts: the snapshot cache writes and reads exactly
// these) and the load inputs that only finalize() reads (visitLoadInputs: not
// cached; finalize() releases them). The column checksums (tests, bench_kpi
// --checksum) hash the first list. A new snapshot column is
// one line in one of them; the cache's layout signature is derived from the
// first, so an old cache file no longer matches and is rebuilt.
#include "kpi/healthsignals.h"
#include "kpi/snapshot.h"

#include <QStringList>
#include <string>
#include <vector>

namespace ra {

// The visitor gets (name, part) for each part; a part is one of
//   std::vector<T>              T a fixed-size number (int, qint64, qint8, quint64)
//   IdColumn                    ids
//   std::vector<std::vector<int>> index lists
//   TextPool, QStringList, std::vector<Snapshot::Target>,
//   std::vector<std::pair<int, qint64>>, qint64, int
// S is Snapshot or const Snapshot.
template<typename S, typename Visitor>
void visitSnapshotParts(S &s, Visitor &&v)
{
    v("personas", s.personas);
    v("segments", s.segments);
    v("channels", s.channels);
    v("accounts.id", s.accounts.id);
    v("accounts.segment", s.accounts.segment);
    v("accounts.persona", s.accounts.persona);
    v("leads.id", s.leads.id);
    v("leads.account", s.leads.account);
    v("leads.persona", s.leads.persona);
    v("leads.channel", s.leads.channel);
    v("leads.source", s.leads.source);
    v("leads.created", s.leads.created);
    v("leads.mql", s.leads.mql);
    v("leads.sal", s.leads.sal);
    v("leads.sql", s.leads.sql);
    v("leads.disqualified", s.leads.disqualified);
    v("opps.id", s.opps.id);
    v("opps.account", s.opps.account);
    v("opps.lead", s.opps.lead);
    v("opps.persona", s.opps.persona);
    v("opps.type", s.opps.type);
    v("opps.source", s.opps.source);
    v("opps.status", s.opps.status);
    v("opps.amount", s.opps.amount);
    v("opps.created", s.opps.created);
    v("opps.closed", s.opps.closed);
    v("tickets.account", s.tickets.account);
    v("tickets.opened", s.tickets.opened);
    v("tickets.resolved", s.tickets.resolved);
    v("tickets.csat", s.tickets.csat);
    v("nps.account", s.nps.account);
    v("nps.respondedOn", s.nps.respondedOn);
    v("nps.score", s.nps.score);
    v("survey.surveyedOn", s.survey.surveyedOn);
    v("survey.role", s.survey.role);
    v("survey.question", s.survey.question);
    v("survey.score", s.survey.score);
    v("targets", s.targets);
    v("leadPrevMarketing", s.leadPrevMarketing);
    v("leadWonAt", s.leadWonAt);
    v("leadSegment", s.leadSegment);
    v("oppEffSource", s.oppEffSource);
    v("oppOwnPersona", s.oppOwnPersona);
    v("oppChannel", s.oppChannel);
    v("leadTouchOffsets", s.leadTouchOffsets);
    v("leadTouchTimes", s.leadTouchTimes);
    v("accountTouchOffsets", s.accountTouchOffsets);
    v("accountTouchTimes", s.accountTouchTimes);
    v("accountTicketOffsets", s.accountTicketOffsets);
    v("accountTickets", s.accountTickets);
    v("accountNpsOffsets", s.accountNpsOffsets);
    v("accountNps", s.accountNps);
    v("leadsByPersona", s.leadsByPersona);
    v("leadsBySegment", s.leadsBySegment);
    v("leadsByChannel", s.leadsByChannel);
    v("oppsBySegment", s.oppsBySegment);
    v("oppsByChannel", s.oppsByChannel);
    v("accountsBySegment", s.accountsBySegment);
    v("resolution.asOf", s.resolution.asOf);
    v("resolution.accountPersona", s.resolution.accountPersona);
    v("resolution.oppPersona", s.resolution.oppPersona);
    v("resolution.accountsByPersona", s.resolution.accountsByPersona);
    v("resolution.oppsByPersona", s.resolution.oppsByPersona);
    v("mrrFirstIndex", s.mrrFirstIndex);
    v("mrrMonths", s.mrrMonths);
    v("mrrAccounts", s.mrrAccounts);
    v("mrrSlotOfAccount", s.mrrSlotOfAccount);
    v("mrr", s.mrr);
    v("mrrFirstPositive", s.mrrFirstPositive);
    v("products", s.products);
    v("productOffsets", s.productOffsets);
    v("productMrr", s.productMrr);
    v("usageRows", s.usageRows);
    v("usageFirstIndex", s.usageFirstIndex);
    v("usageMonths", s.usageMonths);
    v("usageCells", s.usageCells);
    v("spendByMonth", s.spendByMonth);
    v("defaultAsOf", s.m_defaultAsOf);
    v("personaValues", s.personaValues);
    v("segmentValues", s.segmentValues);
    v("channelValues", s.channelValues);
}

// Read by finalize() only: e-mail keys, touch rows, revenue, usage and spend
// rows (the engine reads the touch lists, the MRR matrix, the usage cells and
// spend per month).
template<typename S, typename Visitor>
void visitLoadInputs(S &s, Visitor &&v)
{
    v("leads.emailKey", s.leads.emailKey);
    v("touches.lead", s.touches.lead);
    v("touches.at", s.touches.at);
    v("revenue.account", s.revenue.account);
    v("revenue.month", s.revenue.month);
    v("revenue.product", s.revenue.product);
    v("revenue.mrr", s.revenue.mrr);
    v("usage.account", s.usage.account);
    v("usage.month", s.usage.month);
    v("usage.product", s.usage.product);
    v("usage.activeUsers", s.usage.activeUsers);
    v("usage.seats", s.usage.seats);
    v("spend.month", s.spend.month);
    v("spend.amount", s.spend.amount);
}

// The account-health matrix of one as_of (detail::HealthMatrix), which the
// cache stores after the snapshot's parts: as_of and the settings it was
// built with (a fingerprint), then the matrix. M is HealthMatrix or const
// HealthMatrix. A file without a matrix stores as_of = kNever and empty parts.
template<typename A, typename F, typename M, typename Visitor>
void visitHealthParts(A &asOf, F &settings, M &m, Visitor &&v)
{
    v("health.asOf", asOf);
    v("health.settings", settings);
    v("health.firstIndex", m.firstIndex);
    v("health.months", m.months);
    v("health.rows", m.rows);
    v("health.signals", m.signals);
    v("health.products", m.products);
    v("health.gaps", m.gaps);
    v("health.potential", m.potential);
    v("health.lift", m.lift);
}

// One hash per part, in the list's order, to compare two snapshots (a load
// from the store and one from the cache, or two loaders) part by part.
struct PartChecksum {
    const char *name;
    size_t count;  // elements (rows, ids, lists, texts)
    quint64 hash;
};
std::vector<PartChecksum> snapshotChecksums(const Snapshot &s); // visitSnapshotParts

} // namespace ra

// Lead family: funnel, conversions, SLA and the lead side of alignment health
// (stalled and re-entered leads). One pass over the filtered leads.
#include "kpi/enginequery.h"
#include "kpi/median.h"
#include "kpi/rowzones.h"

namespace ra::detail {

namespace {

struct FunnelAcc {
    qint64 created = 0, mql = 0, sal = 0, sql = 0;
    qint64 mqlWithSal = 0, salWithSql = 0, mqlWithSql = 0, sqlWon = 0;
    qint64 met = 0, breached = 0, feedback = 0, stalled = 0, reentered = 0;
    std::vector<double> acceptHours;
};

const std::initializer_list<KpiId> kLeadKeys = {
    KpiId::LeadsCreated, KpiId::LeadsMql, KpiId::LeadsSal, KpiId::LeadsSql, KpiId::ConvMqlToSal,
    KpiId::ConvSalToSql, KpiId::ConvMqlToSql, KpiId::ConvSqlToWon, KpiId::SlaAcceptanceMedianHours,
    KpiId::SlaCompliance, KpiId::SlaBreached, KpiId::SlaFeedbackRate, KpiId::LeadsStalled, KpiId::LeadsReentered};

} // namespace

void computeFunnel(const Query &q, const Buckets &b, std::vector<KpiSet> &out)
{
    const Snapshot &s = q.snap;
    if (s.leadCount() == 0) {
        setNull(out, kLeadKeys, NullReason::NoData);
        return;
    }
    const qint64 asOf = q.asOf;
    const qint64 slaSecs = static_cast<qint64>(q.settings.slaHours) * 3600;
    const qint64 feedbackSecs = static_cast<qint64>(q.settings.feedbackDays) * 86400;
    const qint64 stallSecs = static_cast<qint64>(q.settings.stallDays) * 86400;
    const qint64 reentrySecs = static_cast<qint64>(q.settings.reentryDays) * 86400;

    std::vector<FunnelAcc> acc(static_cast<size_t>(b.size()));
    const auto &L = s.leads;

    // Start from the first filter's index list; the other filters are checked per row.
    const std::vector<std::vector<int>> *lists[3] = {&s.leadsByPersona, &s.leadsBySegment, &s.leadsByChannel};
    const RowFilter filter = rowFilter(lists, {q.persona, q.segment, q.channel});
    auto dim = [&](size_t i) {
        return [&, i](int d) { return d == 0 ? L.persona[i] : d == 1 ? s.leadSegment[i] : L.channel[i]; };
    };

    const RowZones *zones = q.zones ? &q.zones->leads : nullptr;
    forEachRowIn(filter.list, s.leadCount(), zones, b.lo(), b.hi(), [&](int li) {
        const size_t i = static_cast<size_t>(li);
        const qint64 created = L.created[i];
        if (created > asOf) // does not exist yet
            return;
        if (!filter.matches(dim(i)))
            return;
        auto known = [asOf](qint64 t) { return t <= asOf ? t : kNever; };
        const qint64 mql = known(L.mql[i]), sal = known(L.sal[i]), sql = known(L.sql[i]), dq = known(L.disqualified[i]);

        if (const int k = b.find(created); k >= 0) {
            FunnelAcc &a = acc[static_cast<size_t>(k)];
            ++a.created;
            // The earlier marketing lead is read only for the sales and partner leads.
            if (const qint8 src = L.source[i]; src == kSrcSales || src == kSrcPartner) {
                const qint64 prev = s.leadPrevMarketing[i];
                if (prev != kNever && created - prev <= reentrySecs)
                    ++a.reentered;
            }
        }
        if (const int k = b.find(mql); k >= 0) {
            FunnelAcc &a = acc[static_cast<size_t>(k)];
            ++a.mql;
            if (sal != kNever)
                ++a.mqlWithSal;
            if (sql != kNever)
                ++a.mqlWithSql;
            if (sal == kNever) {
                if (asOf - mql > slaSecs)
                    ++a.breached; // not accepted and already past the SLA
            } else if (sal >= mql) { // sal < mql is out of order: left out of the SLA
                const qint64 d = sal - mql;
                a.acceptHours.push_back(static_cast<double>(d) / 3600.0);
                if (d <= slaSecs)
                    ++a.met;
                else
                    ++a.breached;
            }
            if (sal == kNever && dq == kNever && asOf - mql > stallSecs)
                ++a.stalled;
        }
        if (const int k = b.find(sal); k >= 0) {
            FunnelAcc &a = acc[static_cast<size_t>(k)];
            ++a.sal;
            if (sql != kNever)
                ++a.salWithSql;
            auto inWindow = [&](qint64 t) { return t != kNever && t >= sal && t - sal <= feedbackSecs; };
            if (inWindow(sql) || inWindow(dq))
                ++a.feedback;
            if (sql == kNever && dq == kNever && asOf - sal > stallSecs)
                ++a.stalled;
        }
        if (const int k = b.find(sql); k >= 0) {
            FunnelAcc &a = acc[static_cast<size_t>(k)];
            ++a.sql;
            if (s.leadWonAt[i] <= asOf)
                ++a.sqlWon;
        }
    });

    for (size_t k = 0; k < acc.size(); ++k) {
        FunnelAcc &a = acc[k];
        KpiSet &o = out[k];
        o.set(KpiId::LeadsCreated, double(a.created));
        o.set(KpiId::LeadsMql, double(a.mql));
        o.set(KpiId::LeadsSal, double(a.sal));
        o.set(KpiId::LeadsSql, double(a.sql));
        o.set(KpiId::ConvMqlToSal, ratio(double(a.mqlWithSal), double(a.mql)));
        o.set(KpiId::ConvSalToSql, ratio(double(a.salWithSql), double(a.sal)));
        o.set(KpiId::ConvMqlToSql, ratio(double(a.mqlWithSql), double(a.mql)));
        o.set(KpiId::ConvSqlToWon, ratio(double(a.sqlWon), double(a.sql)));
        o.set(KpiId::SlaAcceptanceMedianHours, median(a.acceptHours));
        if (q.settings.salStageTracked) {
            o.set(KpiId::SlaCompliance, ratio(double(a.met), double(a.met + a.breached)));
            o.set(KpiId::SlaBreached, double(a.breached));
        } else { // no sal_at is no acceptance: counting every MQL as breached would be wrong
            o.set(KpiId::SlaCompliance, std::nullopt, NullReason::StageNotTracked);
            o.set(KpiId::SlaBreached, std::nullopt, NullReason::StageNotTracked);
        }
        o.set(KpiId::SlaFeedbackRate, ratio(double(a.feedback), double(a.sal)));
        o.set(KpiId::LeadsStalled, double(a.stalled));
        o.set(KpiId::LeadsReentered, double(a.reentered));
    }
}

} // namespace ra::detail

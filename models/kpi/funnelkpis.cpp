// Lead family: funnel, conversions, SLA and the lead side of alignment health
// (stalled and re-entered leads). From the funnel cube when the engine has one
// for as_of (funnelcube.h), else one pass over the filtered leads, in parts.
#include "kpi/funnelcube.h"
#include "kpi/funnelcounter.h"
#include "kpi/median.h"
#include "kpi/rowzones.h"

namespace ra::detail {

namespace {

const std::initializer_list<KpiId> kLeadKeys = {
    KpiId::LeadsCreated, KpiId::LeadsMql, KpiId::LeadsSal, KpiId::LeadsSql, KpiId::ConvMqlToSal,
    KpiId::ConvSalToSql, KpiId::ConvMqlToSql, KpiId::ConvSqlToWon, KpiId::SlaAcceptanceMedianHours,
    KpiId::SlaCompliance, KpiId::SlaBreached, KpiId::SlaFeedbackRate, KpiId::LeadsStalled, KpiId::LeadsReentered};

// The row pass's sink: a lead's events go to their periods.
class PeriodSink {
public:
    using Count = qint64;
    PeriodSink(const Buckets &b, FunnelPart &part) : m_b(b), m_part(part) {}
    int slot(size_t, qint64 t) const { return m_b.slot(t); }
    int spare() const { return m_b.size(); }
    qint64 *counter(int c) { return m_part.counter(c); }
    void addAcceptance(int k, qint64 seconds) { m_part.lists[static_cast<size_t>(k)].push_back(acceptanceHours(seconds)); }

private:
    const Buckets &m_b;
    FunnelPart &m_part;
};

} // namespace

PassPartPtr computeFunnelPart(const Query &q, const Buckets &b, RowSlice slice)
{
    auto part = std::make_unique<FunnelPart>(b.size());
    const Snapshot &s = q.snap;
    if (s.leadCount() == 0)
        return part;
    if (q.funnelCube && b.dayAligned()) { // one part then (funnelParts)
        q.funnelCube->answer(q, b, *part);
        return part;
    }
    const FunnelWindows w(q.asOf, q.settings);
    PeriodSink sink(b, *part);
    LeadCounter<PeriodSink> counter(s, w, sink);
    const qint64 *created = s.leads.created.data();

    // Start from the first filter's index list; the other filters are checked per row.
    const auto &L = s.leads;
    const std::vector<std::vector<int>> *lists[3] = {&s.leadsByPersona, &s.leadsBySegment, &s.leadsByChannel};
    const RowFilter filter = rowFilter(lists, {q.persona, q.segment, q.channel});
    const bool checkDims = filter.dims[0].active || filter.dims[1].active || filter.dims[2].active;
    auto dim = [&](size_t i) {
        return [&, i](int d) { return d == 0 ? L.persona[i] : d == 1 ? s.leadSegment[i] : L.channel[i]; };
    };
    const RowZones *zones = q.zones ? &q.zones->leads : nullptr;
    forEachRowIn(
        filter.list, s.leadCount(), zones, b.lo(), b.hi(),
        [&](int li) {
            const size_t i = static_cast<size_t>(li);
            if (created[i] > w.asOf) // does not exist yet
                return;
            if (checkDims && !filter.matches(dim(i)))
                return;
            counter.count(i);
        },
        slice);
    return part;
}

int funnelParts(const Query &q, const Buckets &b)
{
    return q.funnelCube && b.dayAligned() ? 1 : 6;
}

void finishFunnel(const Query &q, const Buckets &, PassParts &parts, std::vector<KpiSet> &out)
{
    if (q.snap.leadCount() == 0) {
        setNull(out, kLeadKeys, NullReason::NoData);
        return;
    }
    FunnelPart &total = addParts<kFunnelCounters>(parts);
    for (size_t k = 0; k < out.size(); ++k) {
        auto n = [&](FunnelCounter c) { return double(total.count(c, static_cast<int>(k))); };
        KpiSet &o = out[k];
        o.set(KpiId::LeadsCreated, n(kCreated));
        o.set(KpiId::LeadsMql, n(kMql));
        o.set(KpiId::LeadsSal, n(kSal));
        o.set(KpiId::LeadsSql, n(kSql));
        o.set(KpiId::ConvMqlToSal, ratio(n(kMqlWithSal), n(kMql)));
        o.set(KpiId::ConvSalToSql, ratio(n(kSalWithSql), n(kSal)));
        o.set(KpiId::ConvMqlToSql, ratio(n(kMqlWithSql), n(kMql)));
        o.set(KpiId::ConvSqlToWon, ratio(n(kSqlWon), n(kSql)));
        o.set(KpiId::SlaAcceptanceMedianHours, median(total.lists[k]));
        if (q.settings.salStageTracked) {
            o.set(KpiId::SlaCompliance, ratio(n(kMet), n(kMet) + n(kBreached)));
            o.set(KpiId::SlaBreached, n(kBreached));
        } else { // no sal_at is no acceptance: counting every MQL as breached would be wrong
            o.set(KpiId::SlaCompliance, std::nullopt, NullReason::StageNotTracked);
            o.set(KpiId::SlaBreached, std::nullopt, NullReason::StageNotTracked);
        }
        o.set(KpiId::SlaFeedbackRate, ratio(n(kFeedback), n(kSal)));
        o.set(KpiId::LeadsStalled, n(kStalled));
        o.set(KpiId::LeadsReentered, n(kReentered));
    }
}

void computeFunnel(const Query &q, const Buckets &b, std::vector<KpiSet> &out)
{
    PassParts parts;
    parts.push_back(computeFunnelPart(q, b, {}));
    finishFunnel(q, b, parts, out);
}

} // namespace ra::detail

// Expansion and account-health family (monthly grain): products per customer,
// usage, white space, accounts at risk and the lift of the risk warning. The
// lift's months are shared by all periods of a query (a trend walks each month once).
#include "domain/calendar.h"
#include "kpi/enginequery.h"
#include "kpi/healthsignals.h"
#include "kpi/healthsums.h"
#include "kpi/median.h"

#include <map>

namespace ra::detail {

namespace {

const std::initializer_list<KpiId> kHealthKeys = {
    KpiId::ProductsPerCustomer, KpiId::ProductsMultiShare, KpiId::UsageActiveShare, KpiId::UsageSeatUtilisation,
    KpiId::WhitespaceGaps, KpiId::WhitespacePotentialMrr, KpiId::HealthAtRisk, KpiId::HealthAtRiskMrr,
    KpiId::HealthAtRiskShare, KpiId::HealthRiskLift};

// The lift counts of the bytes lift[row(i)], i < n: four flags, no branch.
template<typename Row>
void countLift(const quint8 *lift, size_t n, Row row, LiftMonth &out)
{
    constexpr unsigned kPaying = HealthMatrix::kLiftPaying, kAtRisk = HealthMatrix::kLiftAtRisk,
                       kChurned = HealthMatrix::kLiftChurned, kAll = kPaying | kAtRisk | kChurned;
    qint64 flagged = 0, flaggedChurned = 0, others = 0, othersChurned = 0;
    for (size_t i = 0; i < n; ++i) {
        const unsigned b = lift[row(i)];
        flagged += (b & (kPaying | kAtRisk)) == (kPaying | kAtRisk);
        flaggedChurned += (b & kAll) == kAll;
        others += (b & (kPaying | kAtRisk)) == kPaying;
        othersChurned += (b & kAll) == (kPaying | kChurned);
    }
    out.flagged += flagged;
    out.flaggedChurned += flaggedChurned;
    out.others += others;
    out.othersChurned += othersChurned;
}

LiftMonth liftMonth(const HealthSignals &sig, const std::vector<int> &slots, int m, const HealthMatrix *matrix)
{
    LiftMonth out;
    const int c = matrix ? matrix->column(m) : -1;
    if (c >= 0) { // the matrix's lift byte: the same counts, one byte per account
        const quint8 *lift = matrix->lift.data() + matrix->at(c, 0);
        if (slots.size() == static_cast<size_t>(matrix->rows)) // every row once: the column in row order
            countLift(lift, slots.size(), [](size_t i) { return i; }, out);
        else
            countLift(lift, slots.size(), [&slots](size_t i) { return static_cast<size_t>(slots[i]); }, out);
        return out;
    }
    for (int slot : slots) {
        if (sig.mrr(slot, m) <= 0)
            continue;
        const bool atRisk = sig.atRisk(sig.evaluate(slot, m)), churned = sig.mrr(slot, m + 3) == 0;
        (atRisk ? out.flagged : out.others) += 1;
        (atRisk ? out.flaggedChurned : out.othersChurned) += churned;
    }
    return out;
}

void setMonthKeys(const Snapshot &s, const MonthSums &m, KpiSet &o)
{
    const double accounts = double(m.accounts);
    o.set(KpiId::ProductsPerCustomer, ratio(double(m.products), accounts));
    o.set(KpiId::ProductsMultiShare, ratio(double(m.multi), accounts));
    if (s.usageRows == 0) {
        o.set(KpiId::UsageActiveShare, std::nullopt, NullReason::NoData);
        o.set(KpiId::UsageSeatUtilisation, std::nullopt, NullReason::NoData);
    } else {
        o.set(KpiId::UsageActiveShare, ratio(double(m.active), accounts));
        o.set(KpiId::UsageSeatUtilisation, ratio(double(m.seatUsers), double(m.seats)));
    }
    o.set(KpiId::WhitespaceGaps, double(m.gaps));
    o.set(KpiId::WhitespacePotentialMrr, m.potential);
    o.set(KpiId::HealthAtRisk, double(m.atRisk));
    o.set(KpiId::HealthAtRiskMrr, double(m.atRiskMrr));
    o.set(KpiId::HealthAtRiskShare, ratio(double(m.atRiskMrr), double(m.totalMrr)));
}

} // namespace

RiskLift riskLift(const HealthSignals &sig, const std::vector<int> &slots, int mk, std::map<int, LiftMonth> *cache,
                  const HealthMatrix *matrix)
{
    RiskLift r;
    for (int m = mk - 14; m <= mk - 3; ++m) {
        if (m + 3 > sig.asOfMonth()) // its three months on are not known yet
            continue;
        LiftMonth lm;
        if (cache) {
            auto it = cache->find(m);
            if (it == cache->end())
                it = cache->emplace(m, liftMonth(sig, slots, m, matrix)).first;
            lm = it->second;
        } else {
            lm = liftMonth(sig, slots, m, matrix);
        }
        r.flagged += lm.flagged;
        r.flaggedChurned += lm.flaggedChurned;
        r.others += lm.others;
        r.othersChurned += lm.othersChurned;
        if (r.months++ == 0)
            r.firstMonth = monthFromIndex(m);
        r.lastMonth = monthFromIndex(m);
    }
    if (r.flagged > 0 && r.others > 0 && r.othersChurned > 0)
        r.lift = (double(r.flaggedChurned) / double(r.flagged)) / (double(r.othersChurned) / double(r.others));
    return r;
}

bool healthApplies(const Query &q, std::vector<KpiSet> &out)
{
    if (q.channel.active) { // revenue, usage and tickets have no channel
        setNull(out, kHealthKeys, NullReason::FilterNotApplicable);
        return false;
    }
    if (q.snap.mrrAccounts.empty()) {
        setNull(out, kHealthKeys, NullReason::NoData);
        return false;
    }
    return true;
}

void setHealthKeys(const Query &q, const Buckets &b, const std::vector<int> &slots,
                   const std::vector<MonthSums> &months, std::vector<KpiSet> &out)
{
    const HealthSignals sig(q.snap, q.settings, q.asOf);
    std::map<int, LiftMonth> lifts; // month index → its counts, shared by the periods
    auto next = months.begin();
    for (int k = 0; k < b.size(); ++k) {
        const Period &p = b.period(k);
        KpiSet &o = out[static_cast<size_t>(k)];
        if (!p.isWholeMonths()) {
            for (KpiId id : kHealthKeys)
                o.set(id, std::nullopt, NullReason::NotWholeMonths);
            continue;
        }
        const MonthSums &m = *next++;
        setMonthKeys(q.snap, m, o);
        o.set(KpiId::HealthRiskLift, riskLift(sig, slots, m.mk, &lifts, q.health).lift);
    }
}

// One part: the whole list summed on the calling thread.
void computeHealth(const Query &q, const Buckets &b, std::vector<KpiSet> &out)
{
    if (!healthApplies(q, out))
        return;
    const std::vector<int> slots = filteredMrrSlots(q);
    std::vector<MonthSums> months = healthMonths(q, b);
    sumHealthRange(q, slots, 0, slots.size(), months);
    setHealthKeys(q, b, slots, months, out);
}

} // namespace ra::detail

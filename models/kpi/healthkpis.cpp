// Expansion and account-health family (monthly grain): products per customer,
// usage, white space, accounts at risk and the lift of the risk warning. The
// lift's months are shared by all periods of a query (a trend walks each month once).
#include "domain/calendar.h"
#include "kpi/enginequery.h"
#include "kpi/healthsignals.h"
#include "kpi/median.h"

#include <map>

namespace ra::detail {

namespace {

const std::initializer_list<KpiId> kHealthKeys = {
    KpiId::ProductsPerCustomer, KpiId::ProductsMultiShare, KpiId::UsageActiveShare, KpiId::UsageSeatUtilisation,
    KpiId::WhitespaceGaps, KpiId::WhitespacePotentialMrr, KpiId::HealthAtRisk, KpiId::HealthAtRiskMrr,
    KpiId::HealthAtRiskShare, KpiId::HealthRiskLift};

LiftMonth liftMonth(const HealthSignals &sig, const std::vector<int> &slots, int m, const HealthMatrix *matrix)
{
    LiftMonth out;
    auto count = [&out](bool atRisk, bool churned) {
        (atRisk ? out.flagged : out.others) += 1;
        (atRisk ? out.flaggedChurned : out.othersChurned) += churned;
    };
    const int c = matrix ? matrix->column(m) : -1;
    if (c >= 0) { // the matrix's lift byte: the same counts, one byte per account
        const quint8 *lift = matrix->lift.data() + matrix->at(c, 0);
        for (int slot : slots)
            if (const unsigned b = lift[slot]; b & HealthMatrix::kLiftPaying)
                count(b & HealthMatrix::kLiftAtRisk, b & HealthMatrix::kLiftChurned);
        return out;
    }
    for (int slot : slots)
        if (sig.mrr(slot, m) > 0)
            count(sig.atRisk(sig.evaluate(slot, m)), sig.mrr(slot, m + 3) == 0);
    return out;
}

// Fills the nine keys read at mk from the matrix (a paying account's column exists).
void monthKeys(const Query &q, const HealthSignals &sig, const std::vector<int> &slots, int mk, KpiSet &o)
{
    const Snapshot &s = q.snap;
    const HealthMatrix &h = *q.health;
    const int c = h.column(mk);
    qint64 accounts = 0, products = 0, multi = 0, active = 0, seatUsers = 0, seats = 0, gaps = 0;
    qint64 totalMrr = 0, atRisk = 0, atRiskMrr = 0;
    double potential = 0;
    for (int slot : slots) {
        const qint64 mrr = sig.mrr(slot, mk);
        if (mrr <= 0 || c < 0)
            continue;
        const size_t i = h.at(c, slot);
        ++accounts;
        totalMrr += mrr;
        products += h.products[i];
        multi += h.products[i] >= 2;
        const Snapshot::UsageCell &u = sig.usage(slot, mk);
        active += u.users > 0;
        if (u.seats != kSeatsUnknown && u.seats > 0) {
            seats += u.seats;
            seatUsers += u.seatUsers;
        }
        gaps += h.gaps[i];
        potential += h.potential[i];
        if (sig.atRisk(h.signals[i])) {
            ++atRisk;
            atRiskMrr += mrr;
        }
    }
    o.set(KpiId::ProductsPerCustomer, ratio(double(products), double(accounts)));
    o.set(KpiId::ProductsMultiShare, ratio(double(multi), double(accounts)));
    if (s.usageRows == 0) {
        o.set(KpiId::UsageActiveShare, std::nullopt, NullReason::NoData);
        o.set(KpiId::UsageSeatUtilisation, std::nullopt, NullReason::NoData);
    } else {
        o.set(KpiId::UsageActiveShare, ratio(double(active), double(accounts)));
        o.set(KpiId::UsageSeatUtilisation, ratio(double(seatUsers), double(seats)));
    }
    o.set(KpiId::WhitespaceGaps, double(gaps));
    o.set(KpiId::WhitespacePotentialMrr, potential);
    o.set(KpiId::HealthAtRisk, double(atRisk));
    o.set(KpiId::HealthAtRiskMrr, double(atRiskMrr));
    o.set(KpiId::HealthAtRiskShare, ratio(double(atRiskMrr), double(totalMrr)));
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

void computeHealth(const Query &q, const Buckets &b, std::vector<KpiSet> &out)
{
    const Snapshot &s = q.snap;
    if (q.channel.active) { // revenue, usage and tickets have no channel
        setNull(out, kHealthKeys, NullReason::FilterNotApplicable);
        return;
    }
    if (s.mrrAccounts.empty()) {
        setNull(out, kHealthKeys, NullReason::NoData);
        return;
    }
    const HealthSignals sig(s, q.settings, q.asOf);
    const std::vector<int> slots = filteredMrrSlots(q);
    std::map<int, LiftMonth> lifts; // month index → its counts, shared by the periods
    for (int k = 0; k < b.size(); ++k) {
        const Period &p = b.period(k);
        KpiSet &o = out[static_cast<size_t>(k)];
        if (!p.isWholeMonths()) {
            for (KpiId id : kHealthKeys)
                o.set(id, std::nullopt, NullReason::NotWholeMonths);
            continue;
        }
        const int mk = monthIndex(p.lastMonth());
        monthKeys(q, sig, slots, mk, o);
        o.set(KpiId::HealthRiskLift, riskLift(sig, slots, mk, &lifts, q.health).lift);
    }
}

} // namespace ra::detail

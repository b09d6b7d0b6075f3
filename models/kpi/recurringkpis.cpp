// Recurring-revenue family (monthly grain): MRR movements, customers, churn,
// retention, ARPA, CLV and the spend-based CAC keys. Movements are summed per
// calendar month once for all periods of the query, then added up per period.
#include "kpi/enginequery.h"
#include "kpi/median.h"

#include <climits>

namespace ra::detail {

namespace {

struct MonthAgg {
    qint64 total = 0, newMrr = 0, expansion = 0, contraction = 0, churned = 0, reactivation = 0;
    qint64 customers = 0, newCount = 0, churnCount = 0;
};

const std::initializer_list<KpiId> kMrrKeys = {
    KpiId::MrrStart, KpiId::MrrEnd, KpiId::MrrNew, KpiId::MrrExpansion, KpiId::MrrContraction, KpiId::MrrChurned,
    KpiId::MrrReactivation, KpiId::CustomersStart, KpiId::CustomersEnd, KpiId::CustomersNew, KpiId::CustomersChurned,
    KpiId::ChurnLogoRate, KpiId::ChurnGrossRevenueRate, KpiId::Nrr, KpiId::Grr, KpiId::Arpa,
    KpiId::ChurnMonthlyAvg12m, KpiId::Clv};
const std::initializer_list<KpiId> kCacKeys = {KpiId::Cac, KpiId::CacPaybackMonths, KpiId::ClvToCac};

} // namespace

std::vector<int> filteredMrrSlots(const Query &q)
{
    const Snapshot &s = q.snap;
    std::vector<int> slots;
    if (!q.persona.active && !q.segment.active) {
        slots.resize(s.mrrAccounts.size());
        for (size_t i = 0; i < slots.size(); ++i)
            slots[i] = static_cast<int>(i);
        return slots;
    }
    const std::vector<int> *list = indexFor(q.res.accountsByPersona, q.persona);
    if (!list)
        list = indexFor(s.accountsBySegment, q.segment);
    forEachIndex(list, s.accountCount(), [&](int a) {
        const size_t sa = static_cast<size_t>(a);
        const int slot = s.mrrSlotOfAccount[sa];
        if (slot != kNone && q.persona.matches(q.res.accountPersona[sa]) && q.segment.matches(s.accounts.segment[sa]))
            slots.push_back(slot);
    });
    return slots;
}

void computeRecurring(const Query &q, const Buckets &b, std::vector<KpiSet> &out)
{
    const Snapshot &s = q.snap;
    if (q.channel.active) { // revenue has no channel
        setNull(out, kMrrKeys, NullReason::FilterNotApplicable);
        setNull(out, kCacKeys, NullReason::FilterNotApplicable);
        return;
    }
    const bool cacApplies = !q.persona.active && !q.segment.active; // spend has no persona or segment
    if (s.mrrAccounts.empty()) {
        setNull(out, kMrrKeys, NullReason::NoData);
        setNull(out, kCacKeys, cacApplies ? NullReason::NoData : NullReason::FilterNotApplicable);
        return;
    }

    // Months the periods need: m0 of each, and the 12-month churn window before mk.
    int lo = INT_MAX, hi = INT_MIN;
    for (int k = 0; k < b.size(); ++k) {
        const Period &p = b.period(k);
        if (!p.isWholeMonths())
            continue;
        const int mk = monthIndexOf(p.lastMonth());
        lo = std::min({lo, monthIndexOf(p.firstMonth()) - 1, mk - 12});
        hi = std::max(hi, mk);
    }
    const int asOfMonth = monthIndexOfEpoch(q.asOf);
    // Revenue rows of months after as_of's month do not exist.
    auto mrrAt = [&](int slot, int m) { return m > asOfMonth ? 0 : s.mrrAt(slot, m); };

    const std::vector<int> slots = filteredMrrSlots(q);

    std::vector<MonthAgg> months(lo <= hi ? static_cast<size_t>(hi - lo + 1) : 0);
    for (int slot : slots) {
        const int firstPositive = s.mrrFirstPositive[static_cast<size_t>(slot)];
        qint64 prev = mrrAt(slot, lo - 1);
        for (int m = lo; m <= hi; ++m) {
            const qint64 cur = mrrAt(slot, m);
            MonthAgg &g = months[static_cast<size_t>(m - lo)];
            g.total += cur;
            if (cur > 0) {
                ++g.customers;
                if (prev == 0) {
                    if (firstPositive == m) {
                        g.newMrr += cur;
                        ++g.newCount;
                    } else {
                        g.reactivation += cur;
                    }
                } else if (cur > prev) {
                    g.expansion += cur - prev;
                } else if (cur < prev) {
                    g.contraction += prev - cur;
                }
            } else if (prev > 0) {
                g.churned += prev;
                ++g.churnCount;
            }
            prev = cur;
        }
    }
    auto month = [&](int m) -> const MonthAgg & { return months[static_cast<size_t>(m - lo)]; };

    const bool spendKnown = !s.spendByMonth.empty();
    const double margin = q.settings.grossMargin;

    for (int k = 0; k < b.size(); ++k) {
        const Period &p = b.period(k);
        KpiSet &o = out[static_cast<size_t>(k)];
        if (!p.isWholeMonths()) {
            for (KpiId id : kMrrKeys)
                o.set(id, std::nullopt, NullReason::NotWholeMonths);
            for (KpiId id : kCacKeys)
                o.set(id, std::nullopt, cacApplies ? NullReason::NotWholeMonths : NullReason::FilterNotApplicable);
            continue;
        }
        const int m1 = monthIndexOf(p.firstMonth()), mk = monthIndexOf(p.lastMonth()), m0 = m1 - 1;
        MonthAgg sum;
        for (int m = m1; m <= mk; ++m) {
            const MonthAgg &g = month(m);
            sum.newMrr += g.newMrr;
            sum.expansion += g.expansion;
            sum.contraction += g.contraction;
            sum.churned += g.churned;
            sum.reactivation += g.reactivation;
            sum.newCount += g.newCount;
            sum.churnCount += g.churnCount;
        }
        const MonthAgg &start = month(m0), &end = month(mk);

        double nrrNum = 0, grrNum = 0;
        for (int slot : slots) {
            const qint64 a0 = mrrAt(slot, m0);
            if (a0 > 0) {
                const qint64 ak = mrrAt(slot, mk);
                nrrNum += double(ak);
                grrNum += double(std::min(ak, a0));
            }
        }

        double rateSum = 0;
        int rateMonths = 0;
        for (int m = mk - 11; m <= mk; ++m) {
            const MonthAgg &before = month(m - 1);
            if (before.customers > 0) {
                rateSum += double(month(m).churnCount) / double(before.customers);
                ++rateMonths;
            }
        }
        const std::optional<double> churnAvg = rateMonths > 0 ? std::optional<double>(rateSum / rateMonths) : std::nullopt;
        const std::optional<double> arpa = ratio(double(end.total), double(end.customers));
        std::optional<double> clv;
        if (arpa && churnAvg && *churnAvg != 0)
            clv = *arpa * margin / *churnAvg;

        o.set(KpiId::MrrStart, double(start.total));
        o.set(KpiId::MrrEnd, double(end.total));
        o.set(KpiId::MrrNew, double(sum.newMrr));
        o.set(KpiId::MrrExpansion, double(sum.expansion));
        o.set(KpiId::MrrContraction, double(sum.contraction));
        o.set(KpiId::MrrChurned, double(sum.churned));
        o.set(KpiId::MrrReactivation, double(sum.reactivation));
        o.set(KpiId::CustomersStart, double(start.customers));
        o.set(KpiId::CustomersEnd, double(end.customers));
        o.set(KpiId::CustomersNew, double(sum.newCount));
        o.set(KpiId::CustomersChurned, double(sum.churnCount));
        o.set(KpiId::ChurnLogoRate, ratio(double(sum.churnCount), double(start.customers)));
        o.set(KpiId::ChurnGrossRevenueRate, ratio(double(sum.churned + sum.contraction), double(start.total)));
        o.set(KpiId::Nrr, ratio(nrrNum, double(start.total)));
        o.set(KpiId::Grr, ratio(grrNum, double(start.total)));
        o.set(KpiId::Arpa, arpa);
        o.set(KpiId::ChurnMonthlyAvg12m, churnAvg);
        o.set(KpiId::Clv, clv);

        if (!cacApplies) {
            for (KpiId id : kCacKeys)
                o.set(id, std::nullopt, NullReason::FilterNotApplicable);
            continue;
        }
        if (!spendKnown) {
            for (KpiId id : kCacKeys)
                o.set(id, std::nullopt, NullReason::NoData);
            continue;
        }
        qint64 spend = 0;
        for (const auto &[m, v] : s.spendByMonth)
            if (m >= m1 && m <= mk && m <= asOfMonth) // spend rows after as_of's month do not exist
                spend += v;
        const std::optional<double> cac = ratio(double(spend), double(sum.newCount));
        std::optional<double> payback;
        if (cac && sum.newCount > 0) {
            const double monthlyProfit = double(sum.newMrr) / double(sum.newCount) * margin;
            payback = ratio(*cac, monthlyProfit);
        }
        o.set(KpiId::Cac, cac);
        o.set(KpiId::CacPaybackMonths, payback);
        o.set(KpiId::ClvToCac, (clv && cac) ? ratio(*clv, *cac) : std::nullopt);
    }
}

} // namespace ra::detail

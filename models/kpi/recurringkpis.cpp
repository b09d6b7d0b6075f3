// Recurring-revenue family (monthly grain): MRR movements, customers, churn,
// retention, ARPA, CLV and the spend-based CAC keys. Movements are summed per
// calendar month once for all periods of the query, then added up per period.
#include "domain/calendar.h"
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

// The filtered accounts' MRR matrix rows and their movements per calendar
// month [lo, hi], summed once for all periods of the query.
class MonthTable {
public:
    MonthTable(const Query &q, const Buckets &b) : m_s(q.snap), m_asOfMonth(monthIndexOfEpoch(q.asOf))
    {
        // Months the periods need: m0 of each, and the 12-month churn window before mk.
        int hi = INT_MIN;
        for (int k = 0; k < b.size(); ++k) {
            const Period &p = b.period(k);
            if (!p.isWholeMonths())
                continue;
            const int mk = monthIndex(p.lastMonth());
            m_lo = std::min({m_lo, monthIndex(p.firstMonth()) - 1, mk - 12});
            hi = std::max(hi, mk);
        }
        m_slots = filteredMrrSlots(q);
        aggregate(hi);
    }

    int asOfMonth() const { return m_asOfMonth; }
    const std::vector<int> &slots() const { return m_slots; }
    // Revenue rows of months after as_of's month do not exist.
    qint64 mrrAt(int slot, int m) const { return m > m_asOfMonth ? 0 : m_s.mrrAt(slot, m); }
    const MonthAgg &month(int m) const { return m_months[static_cast<size_t>(m - m_lo)]; }

private:
    void aggregate(int hi)
    {
        m_months.assign(m_lo <= hi ? static_cast<size_t>(hi - m_lo + 1) : 0, MonthAgg{});
        for (int slot : m_slots) {
            const int firstPositive = m_s.mrrFirstPositive[static_cast<size_t>(slot)];
            qint64 prev = mrrAt(slot, m_lo - 1);
            for (int m = m_lo; m <= hi; ++m) {
                const qint64 cur = mrrAt(slot, m);
                MonthAgg &g = m_months[static_cast<size_t>(m - m_lo)];
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
    }

    const Snapshot &m_s;
    const int m_asOfMonth;
    int m_lo = INT_MAX;
    std::vector<int> m_slots;
    std::vector<MonthAgg> m_months;
};

// The movements of months m1..mk added up.
MonthAgg sumMonths(const MonthTable &t, int m1, int mk)
{
    MonthAgg sum;
    for (int m = m1; m <= mk; ++m) {
        const MonthAgg &g = t.month(m);
        sum.newMrr += g.newMrr;
        sum.expansion += g.expansion;
        sum.contraction += g.contraction;
        sum.churned += g.churned;
        sum.reactivation += g.reactivation;
        sum.newCount += g.newCount;
        sum.churnCount += g.churnCount;
    }
    return sum;
}

// Mean monthly logo churn over the 12 months ending with mk (months without
// customers before them left out).
std::optional<double> churnAverage12m(const MonthTable &t, int mk)
{
    double rateSum = 0;
    int rateMonths = 0;
    for (int m = mk - 11; m <= mk; ++m) {
        const MonthAgg &before = t.month(m - 1);
        if (before.customers > 0) {
            rateSum += double(t.month(m).churnCount) / double(before.customers);
            ++rateMonths;
        }
    }
    return rateMonths > 0 ? std::optional<double>(rateSum / rateMonths) : std::nullopt;
}

// NRR's and GRR's numerators of a whole-month period: the MRR at mk of the
// accounts paying at m0 (GRR: capped at their MRR at m0).
struct Retained {
    int m0 = 0, mk = 0;
    double nrrNum = 0, grrNum = 0;
};

// The numerators of every period, account by account: an account's months
// are adjacent in the MRR matrix, so a trend reads each row once instead of
// once per period. Each period still adds its accounts in slot order (the
// same floating-point sums).
void sumRetained(const MonthTable &t, std::vector<Retained> &periods)
{
    for (int slot : t.slots()) {
        for (Retained &r : periods) {
            const qint64 a0 = t.mrrAt(slot, r.m0);
            if (a0 > 0) {
                const qint64 ak = t.mrrAt(slot, r.mk);
                r.nrrNum += double(ak);
                r.grrNum += double(std::min(ak, a0));
            }
        }
    }
}

// The MRR, customer, churn, retention, ARPA and CLV keys of one whole-month
// period; returns the CLV for the CAC keys.
std::optional<double> setMrrKeys(const MonthTable &t, double margin, const Retained &r, const MonthAgg &sum, KpiSet &o)
{
    const int m0 = r.m0, mk = r.mk;
    const MonthAgg &start = t.month(m0), &end = t.month(mk);
    const double nrrNum = r.nrrNum, grrNum = r.grrNum;
    const std::optional<double> churnAvg = churnAverage12m(t, mk);
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
    return clv;
}

// CAC, payback and CLV:CAC of one whole-month period (spend applies unfiltered only).
void setCacKeys(const Snapshot &s, const MonthTable &t, double margin, int m1, int mk, const MonthAgg &sum,
                std::optional<double> clv, KpiSet &o)
{
    qint64 spend = 0;
    for (const auto &[m, v] : s.spendByMonth)
        if (m >= m1 && m <= mk && m <= t.asOfMonth()) // spend rows after as_of's month do not exist
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
    const MonthTable table(q, b);
    const double margin = q.settings.grossMargin;
    const NullReason cacMissing = !cacApplies ? NullReason::FilterNotApplicable
                                  : s.spendByMonth.empty() ? NullReason::NoData
                                                           : NullReason::None;
    std::vector<Retained> retained; // of the whole-month periods, in order
    for (int k = 0; k < b.size(); ++k)
        if (const Period &p = b.period(k); p.isWholeMonths())
            retained.push_back({monthIndex(p.firstMonth()) - 1, monthIndex(p.lastMonth())});
    sumRetained(table, retained);
    auto next = retained.begin();
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
        const int m1 = monthIndex(p.firstMonth()), mk = monthIndex(p.lastMonth());
        const MonthAgg sum = sumMonths(table, m1, mk);
        const std::optional<double> clv = setMrrKeys(table, margin, *next++, sum, o);
        if (cacMissing != NullReason::None) {
            for (KpiId id : kCacKeys)
                o.set(id, std::nullopt, cacMissing);
            continue;
        }
        setCacKeys(s, table, margin, m1, mk, sum, clv, o);
    }
}

} // namespace ra::detail

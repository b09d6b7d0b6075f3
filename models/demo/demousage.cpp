// The usage phase of the demo: active users and seats per account, product
// and paying month, and the story the health page tells — most accounts that
// churn first use the product less and less, and many answer the NPS survey
// as detractors, in the three months before they leave (the story is in
// docs/decisions/demo-data.md). Draws come from their own random stream, so
// every other table is the same with or without this phase.
#include "demo/demostate.h"

#include <algorithm>
#include <cmath>

namespace ra::demo {
namespace {

// Usage in the three months before a churn, as a share of the usual.
constexpr double kDecline[3] = {0.25, 0.45, 0.7}; // one, two, three months before
constexpr double kForeseeable = 0.8;  // churns that show in usage first
constexpr double kDetractorBeforeChurn = 0.6;
constexpr double kShelfware = 0.1;    // accounts that never use most of their seats

struct Seats {
    qint64 core = 0, analytics = 0; // Connect has no seats (unset)
};

Seats drawSeats(DemoRandom &rng, Segment seg)
{
    static const qint64 kLo[] = {5, 25, 120}, kHi[] = {25, 120, 600};
    Seats st;
    st.core = rng.range(kLo[seg], kHi[seg]);
    st.analytics = std::max<qint64>(2, qint64(double(st.core) * rng.uniform(0.15, 0.35)));
    return st;
}

// Months (offsets, possibly past the window) in which the account stops paying:
// those in the window, and for an account still paying at the end, whether it
// will stop in the next three months (drawn at the usual churn rate).
std::vector<int> churnMonths(State &s, Segment seg, const std::vector<ProductMrr> &paid)
{
    auto pays = [&](int m) { return paid[size_t(m)][0] + paid[size_t(m)][1] + paid[size_t(m)][2] > 0; };
    std::vector<int> out;
    const int months = s.cal.months;
    for (int m = 1; m < months; ++m)
        if (pays(m - 1) && !pays(m))
            out.push_back(m);
    if (months > 0 && pays(months - 1)) {
        for (int k = 0; k < 3; ++k) {
            if (s.usageRng.chance(kMonthlyChurn[seg])) {
                out.push_back(months + k);
                break;
            }
        }
    }
    return out;
}

bool writeDetractor(State &s, int account, int month)
{
    const qint64 day = s.cal.monthStart[month] + s.usageRng.range(0, 27) * kDay;
    if (day < s.cal.startTs || day >= s.cal.endTs)
        return true;
    Statement &st = s.sql.nps;
    st.bind(1, accountId(account)).bind(2, day).bind(3, QStringLiteral("renewal.review@") + accountDomain(account))
        .bind(4, s.usageRng.range(0, 5)).bind(5, "Not getting the value we expected");
    if (!st.run())
        return false;
    ++s.summary.npsAnswers;
    return true;
}

} // namespace

bool writeUsage(State &s, int account, Segment seg, const std::vector<ProductMrr> &paid)
{
    DemoRandom &rng = s.usageRng;
    const Seats seats = drawSeats(rng, seg);
    const double usual = rng.chance(kShelfware) ? rng.uniform(0.22, 0.38) : rng.uniform(0.5, 0.95);

    // The share of the usual use in each month: lower before a foreseeable churn.
    std::vector<double> factor(paid.size(), 1.0);
    int lastDetractorMonth = -1; // one per month at most: (account, day, respondent) is the key
    for (int c : churnMonths(s, seg, paid)) {
        if (!rng.chance(kForeseeable))
            continue;
        for (int k = 1; k <= 3; ++k)
            if (c - k >= 0 && c - k < int(factor.size()))
                factor[size_t(c - k)] = std::min(factor[size_t(c - k)], kDecline[k - 1]);
        // One detractor answer a month or two before it leaves (on a day the account still pays).
        const int month = c - 1 - int(rng.range(0, 1));
        if (rng.chance(kDetractorBeforeChurn) && month >= 0 && month < int(paid.size()) && month != lastDetractorMonth
            && paid[size_t(month)][0] + paid[size_t(month)][1] + paid[size_t(month)][2] > 0) {
            if (!writeDetractor(s, account, month))
                return false;
            lastDetractorMonth = month;
        }
    }

    for (int m = 0; m < int(paid.size()); ++m) {
        for (int p = 0; p < 3; ++p) {
            if (paid[size_t(m)][size_t(p)] <= 0)
                continue;
            const double use = usual * factor[size_t(m)] * rng.uniform(0.92, 1.08);
            Statement &st = s.sql.usage;
            st.bind(1, accountId(account)).bind(2, qint64(s.cal.yyyymm[size_t(m)])).bind(3, kProducts[p]);
            if (p == 2) { // Connect: users of the integration, no seats
                st.bind(4, std::max<qint64>(1, std::llround(double(seats.core) * 0.3 * use))).bindNull(5);
            } else {
                const qint64 n = p == 0 ? seats.core : seats.analytics;
                st.bind(4, std::clamp<qint64>(std::llround(double(n) * use), 0, n)).bind(5, n);
            }
            if (!st.run())
                return false;
            ++s.summary.usageRows;
        }
    }
    return true;
}

} // namespace ra::demo

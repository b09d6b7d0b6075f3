// The customer phase of the demo: month by month per account, recurring
// revenue per product with its movements, the renewal and expansion deals that
// go with them, service tickets and NPS answers.
#include "demo/demostate.h"

#include <algorithm>
#include <cmath>

namespace ra::demo {
namespace {

const char *const kProducts[] = {"Core", "Analytics", "Connect"};
const char *const kTicketCategories[] = {"Billing", "Integration", "Bug", "How-to", "Access", "Data import"};
const char *const kChurnReasons[] = {"Price increase", "Budget cuts", "Moved to a competitor"};
const char *const kNpsComments[] = {"", "", "", "Great support team", "Reports are slow", "Pricing went up too much",
                                    "Love the dashboards", "Onboarding took long", "Integrations keep breaking"};

const double kMonthlyChurn[] = {0.018, 0.010, 0.005};
const double kExpansion[] = {0.020, 0.030, 0.040};
const double kContraction[] = {0.010, 0.012, 0.012};
const double kTicketRate[] = {0.25, 0.7, 1.8};
const double kResolutionMedianHours[] = {22, 16, 9};

int poisson(DemoRandom &rng, double lambda)
{
    const double limit = std::exp(-lambda);
    double p = rng.uniform();
    int k = 0;
    while (p > limit && k < 50) {
        p *= rng.uniform();
        ++k;
    }
    return k;
}

struct Mrr {
    std::array<qint64, 3> product{};
    qint64 total() const { return product[0] + product[1] + product[2]; }
};

qint64 roundEuros(double cents) { return std::max<qint64>(100, qint64(cents / 100.0) * 100); }

bool writeTickets(State &s, int account, Segment seg, int month)
{
    const int count = poisson(s.rng, kTicketRate[seg]);
    const qint64 from = std::max(s.cal.monthStart[month], s.cal.startTs); // the window starts mid-month
    const qint64 to = std::min(s.cal.monthStart[month + 1], s.cal.endTs);
    for (int k = 0; k < count; ++k) {
        const qint64 opened = from + s.rng.range(0, to - from - 1);
        const double hours = s.rng.logNormal(kResolutionMedianHours[seg], 0.9);
        std::optional<qint64> resolved = opened + qint64(hours * kHour) + 60;
        if (*resolved >= s.cal.endTs)
            resolved.reset();
        std::optional<qint64> csat;
        if (resolved && s.rng.chance(0.6)) {
            static const double kFast[] = {1, 1, 3, 25, 70};
            static const double kMedium[] = {3, 5, 10, 35, 47};
            static const double kSlow[] = {12, 15, 20, 30, 23};
            const double *w = hours < 8 ? kFast : hours < 48 ? kMedium : kSlow;
            csat = s.rng.weighted(w, 5) + 1;
        }
        Statement &st = s.sql.ticket;
        st.bind(1, QStringLiteral("T%1").arg(s.nextTicket++, 7, 10, QLatin1Char('0'))).bind(2, accountId(account))
            .bind(3, opened).bind(4, resolved).bind(5, kTicketCategories[s.rng.range(0, 5)]).bind(6, csat);
        if (!st.run())
            return false;
        ++s.summary.tickets;
    }
    return true;
}

bool writeNps(State &s, int account, Segment seg, int month, bool spike)
{
    // A rolling survey: about one customer in ten answers in any month.
    if (!s.rng.chance(0.1))
        return true;
    const qint64 day = s.cal.monthStart[month] + s.rng.range(0, 27) * kDay;
    if (day < s.cal.startTs || day >= s.cal.endTs)
        return true;
    // Scores 0..10: enterprise customers are happier; the price change quarter is not.
    static const double kBase[11] = {2, 1, 2, 3, 3, 5, 7, 12, 20, 25, 20};
    static const double kUnhappy[11] = {5, 4, 6, 7, 8, 10, 12, 14, 14, 12, 8};
    int score = s.rng.weighted(spike ? kUnhappy : kBase, 11);
    if (seg == Enterprise && score < 10 && s.rng.chance(0.2))
        ++score;
    const QString respondent = s.rng.chance(0.1) ? QString() : contactEmail(s.rng, accountDomain(account));
    Statement &st = s.sql.nps;
    st.bind(1, accountId(account)).bind(2, day).bind(3, respondent).bind(4, qint64(score));
    const char *comment = kNpsComments[s.rng.range(0, 8)];
    if (*comment)
        st.bind(5, comment);
    if (!st.run())
        return false;
    ++s.summary.npsAnswers;
    return true;
}

// A deal without a lead: renewals, expansions, reactivations, direct sales.
OppRow accountDeal(State &s, int account, const char *type, qint64 amount, qint64 closeAt, qint64 leadDays)
{
    OppRow o;
    o.account = account;
    o.type = type;
    o.source = s.rng.chance(0.3) ? "marketing" : "sales";
    o.amount = std::max<qint64>(10000, amount / 10000 * 10000);
    o.closeAt = closeAt;
    o.createdAt = std::max(s.cal.startTs, closeAt - leadDays * kDay - s.rng.range(0, 86399));
    o.won = true;
    return o;
}

} // namespace

Status writeCustomers(State &s)
{
    const qint64 end = s.cal.endTs;
    for (int a = 0; a < int(s.accounts.size()); ++a) {
        if (a % 256 == 0 && !keepGoing(s, 0.8 + 0.2 * double(a) / double(s.accounts.size())))
            return cancelledStatus();
        Account &acc = s.accounts[a];
        const Segment seg = acc.segment;

        // Some accounts are won by sales directly, without a lead in the CRM.
        if (acc.startMonth < 0 && !acc.legacy && s.rng.chance(0.07)) {
            static const double kMedian[] = {6000, 24000, 96000};
            const int fromDay = std::max(0, acc.createdDay);
            const qint64 created = s.cal.dayStart(int(s.rng.range(fromDay, s.cal.days - 1))) + s.rng.range(8, 17) * kHour;
            OppRow o;
            o.account = a;
            o.source = s.rng.chance(0.8) ? "sales" : "partner";
            o.amount = std::max<qint64>(10000, qint64(s.rng.logNormal(kMedian[seg], 0.4) / 100) * 10000);
            o.createdAt = created;
            o.closeAt = created + qint64(s.rng.logNormal(30.0 * (1 + seg), 0.5) * kDay);
            o.won = s.rng.chance(0.35);
            o.lostReason = "No decision";
            if (!writeOpportunity(s, o))
                return s.sql.opportunity.status();
            if (o.won && o.closeAt < end) {
                acc.startMonth = s.cal.monthOfTs(o.closeAt);
                acc.startMrr = roundEuros(double(o.amount) / 12.0);
                acc.renewalPhase = s.cal.yyyymm[acc.startMonth] % 100 - 1;
            }
        }
        if (acc.startMonth < 0)
            continue;

        std::sort(acc.events.begin(), acc.events.end(), [](const MrrEvent &x, const MrrEvent &y) { return x.month < y.month; });
        std::size_t nextEvent = 0;
        Mrr mrr;
        Mrr lastPaid;
        bool active = false;
        int churnedMonth = -1;
        for (int m = acc.startMonth; m < s.cal.months; ++m) {
            const bool spike = m >= s.churnSpikeFirstMonth && m < s.churnSpikeFirstMonth + 3;
            const bool anniversary = m > acc.startMonth && s.cal.yyyymm[m] % 100 - 1 == acc.renewalPhase;
            const qint64 monthStart = s.cal.monthStart[m];
            const qint64 inMonth = std::min(s.cal.monthStart[m + 1], end) - monthStart;
            qint64 funnelDelta = 0;
            while (nextEvent < acc.events.size() && acc.events[nextEvent].month <= m)
                funnelDelta += acc.events[nextEvent++].deltaCents;

            if (m == acc.startMonth) {
                const bool analytics = seg != Smb && s.rng.chance(0.5);
                mrr.product[0] = analytics ? roundEuros(acc.startMrr * 0.75) : acc.startMrr;
                mrr.product[1] = analytics ? roundEuros(acc.startMrr * 0.25) : 0;
                mrr.product[0] += funnelDelta;
                active = true;
            } else if (active) {
                const double churn = kMonthlyChurn[seg] * (spike ? 4.0 : 1.0) * (anniversary ? 2.0 : 1.0);
                if (s.rng.chance(churn)) {
                    if (anniversary) {
                        OppRow o = accountDeal(s, a, "renewal", mrr.total() * 12, monthStart + s.rng.range(0, inMonth - 1), 45);
                        o.won = false;
                        o.lostReason = kChurnReasons[spike ? 0 : s.rng.range(0, 2)];
                        if (!writeOpportunity(s, o))
                            return s.sql.opportunity.status();
                    }
                    lastPaid = mrr;
                    mrr = Mrr{};
                    active = false;
                    churnedMonth = m;
                } else {
                    const qint64 before = mrr.total();
                    mrr.product[0] += funnelDelta;
                    if (s.rng.chance(kExpansion[seg])) {
                        if (mrr.product[1] == 0 && seg != Smb)
                            mrr.product[1] = roundEuros(mrr.product[0] * 0.3);
                        else if (mrr.product[2] == 0 && s.rng.chance(0.4))
                            mrr.product[2] = roundEuros(mrr.product[0] * 0.15);
                        else
                            mrr.product[0] = roundEuros(mrr.product[0] * s.rng.uniform(1.1, 1.4));
                        const qint64 delta = mrr.total() - before - funnelDelta;
                        if (delta > 0) {
                            OppRow o = accountDeal(s, a, "expansion", delta * 12, monthStart + s.rng.range(0, inMonth - 1),
                                                   s.rng.range(10, 40));
                            if (!writeOpportunity(s, o))
                                return s.sql.opportunity.status();
                        }
                    } else if (s.rng.chance(kContraction[seg] * (spike ? 2.0 : 1.0))) {
                        if (mrr.product[2] > 0)
                            mrr.product[2] = 0;
                        else
                            mrr.product[0] = roundEuros(mrr.product[0] * s.rng.uniform(0.7, 0.9));
                    }
                    if (anniversary) {
                        OppRow o = accountDeal(s, a, "renewal", mrr.total() * 12, monthStart + s.rng.range(0, inMonth - 1), 45);
                        if (!writeOpportunity(s, o))
                            return s.sql.opportunity.status();
                    }
                }
            } else {
                // Churned: a funnel deal, or a win-back call, brings some back.
                if (funnelDelta > 0 || (m - churnedMonth >= 3 && s.rng.chance(0.04))) {
                    mrr.product[0] = funnelDelta > 0 ? funnelDelta : roundEuros(lastPaid.product[0] * 0.8);
                    active = true;
                    if (funnelDelta == 0) {
                        OppRow o = accountDeal(s, a, "new", mrr.total() * 12, monthStart + s.rng.range(0, inMonth - 1), 20);
                        if (!writeOpportunity(s, o))
                            return s.sql.opportunity.status();
                    }
                }
            }

            if (!active)
                continue;
            for (int p = 0; p < 3; ++p) {
                if (mrr.product[p] <= 0)
                    continue;
                Statement &st = s.sql.revenue;
                st.bind(1, accountId(a)).bind(2, qint64(s.cal.yyyymm[m])).bind(3, kProducts[p]).bind(4, mrr.product[p]);
                if (!st.run())
                    return st.status();
                ++s.summary.revenueRows;
            }
            s.totals.mrrEnd[m] += mrr.total();
            s.totals.customersEnd[m] += 1;
            if (!writeTickets(s, a, seg, m))
                return s.sql.ticket.status();
            if (!writeNps(s, a, seg, m, spike))
                return s.sql.nps.status();
        }
        acc.events.clear();
        acc.events.shrink_to_fit();
    }
    return {};
}

} // namespace ra::demo

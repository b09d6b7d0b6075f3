// The customer phase of the demo: month by month per account, recurring
// revenue per product with its movements, the renewal and expansion deals that
// go with them, service tickets and NPS answers.
#include "demo/demostate.h"

#include <algorithm>
#include <cmath>

namespace ra::demo {

const char *const kProducts[3] = {"Core", "Analytics", "Connect"};
const double kMonthlyChurn[3] = {0.018, 0.010, 0.005};

namespace {

const char *const kTicketCategories[] = {"Billing", "Integration", "Bug", "How-to", "Access", "Data import"};
const char *const kChurnReasons[] = {"Price increase", "Budget cuts", "Moved to a competitor"};
const char *const kNpsComments[] = {"", "", "", "Great support team", "Reports are slow", "Pricing went up too much",
                                    "Love the dashboards", "Onboarding took long", "Integrations keep breaking"};

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

// Some accounts are won by sales directly, without a lead in the CRM.
Status directDeal(State &s, int a)
{
    Account &acc = s.accounts[a];
    static const double kMedian[] = {6000, 24000, 96000};
    const int fromDay = std::max(0, acc.createdDay);
    // One draw per statement: the order of a sum's operands is not specified.
    const int createdDay = int(s.rng.range(fromDay, s.cal.days - 1));
    const qint64 created = s.cal.dayStart(createdDay) + s.rng.range(8, 17) * kHour;
    OppRow o;
    o.account = a;
    o.source = s.rng.chance(0.8) ? "sales" : "partner";
    o.amount = std::max<qint64>(10000, qint64(s.rng.logNormal(kMedian[acc.segment], 0.4) / 100) * 10000);
    o.createdAt = created;
    o.closeAt = created + qint64(s.rng.logNormal(30.0 * (1 + acc.segment), 0.5) * kDay);
    o.won = s.rng.chance(0.35);
    o.lostReason = "No decision";
    if (!writeOpportunity(s, o))
        return s.sql.opportunity.status();
    if (o.won && o.closeAt < s.cal.endTs) {
        acc.startMonth = s.cal.monthOfTs(o.closeAt);
        acc.startMrr = roundEuros(double(o.amount) / 12.0);
        acc.renewalPhase = s.cal.yyyymm[acc.startMonth] % 100 - 1;
    }
    return {};
}

// One account's recurring revenue month by month, from its first paid month.
struct AccountMonth {
    int account = 0;
    int month = 0;
    bool spike = false;       // the churn spike's three months
    bool anniversary = false; // the contract renews this month
    qint64 monthStart = 0, inMonth = 0;
    qint64 funnelDelta = 0;   // MRR the funnel's deals add this month
};

struct AccountLife {
    Mrr mrr, lastPaid;
    bool active = false;
    int churnedMonth = -1;
};

Status writeDeal(State &s, const OppRow &o) { return writeOpportunity(s, o) ? Status{} : s.sql.opportunity.status(); }

qint64 dayIn(State &s, const AccountMonth &m) { return m.monthStart + s.rng.range(0, m.inMonth - 1); }

// A paying account churns (a lost renewal on its anniversary), or expands,
// contracts and renews.
Status payingMonth(State &s, const AccountMonth &m, AccountLife &life)
{
    const Segment seg = s.accounts[m.account].segment;
    Mrr &mrr = life.mrr;
    const double churn = kMonthlyChurn[seg] * (m.spike ? 4.0 : 1.0) * (m.anniversary ? 2.0 : 1.0);
    if (s.rng.chance(churn)) {
        if (m.anniversary) {
            OppRow o = accountDeal(s, m.account, "renewal", mrr.total() * 12, dayIn(s, m), 45);
            o.won = false;
            o.lostReason = kChurnReasons[m.spike ? 0 : s.rng.range(0, 2)];
            if (Status st = writeDeal(s, o); !st)
                return st;
        }
        life.lastPaid = mrr;
        mrr = Mrr{};
        life.active = false;
        life.churnedMonth = m.month;
        return {};
    }
    const qint64 before = mrr.total();
    mrr.product[0] += m.funnelDelta;
    if (s.rng.chance(kExpansion[seg])) {
        if (mrr.product[1] == 0 && seg != Smb)
            mrr.product[1] = roundEuros(mrr.product[0] * 0.3);
        else if (mrr.product[2] == 0 && s.rng.chance(0.4))
            mrr.product[2] = roundEuros(mrr.product[0] * 0.15);
        else
            mrr.product[0] = roundEuros(mrr.product[0] * s.rng.uniform(1.1, 1.4));
        const qint64 delta = mrr.total() - before - m.funnelDelta;
        if (delta > 0) {
            // Drawn in this order on purpose: the same data as the stores made
            // when both draws were arguments of one call (GCC evaluated the
            // lead days first; the order of arguments is not specified).
            const qint64 leadDays = s.rng.range(10, 40);
            const qint64 closeAt = dayIn(s, m);
            if (Status st = writeDeal(s, accountDeal(s, m.account, "expansion", delta * 12, closeAt, leadDays)); !st)
                return st;
        }
    } else if (s.rng.chance(kContraction[seg] * (m.spike ? 2.0 : 1.0))) {
        if (mrr.product[2] > 0)
            mrr.product[2] = 0;
        else
            mrr.product[0] = roundEuros(mrr.product[0] * s.rng.uniform(0.7, 0.9));
    }
    if (m.anniversary)
        return writeDeal(s, accountDeal(s, m.account, "renewal", mrr.total() * 12, dayIn(s, m), 45));
    return {};
}

// The month's change of the account's MRR: the first paid month, a paying
// month, or a churned one that a funnel deal or a win-back call may end.
Status advanceMonth(State &s, const AccountMonth &m, AccountLife &life)
{
    const Account &acc = s.accounts[m.account];
    if (m.month == acc.startMonth) {
        const bool analytics = acc.segment != Smb && s.rng.chance(0.5);
        life.mrr.product[0] = analytics ? roundEuros(acc.startMrr * 0.75) : acc.startMrr;
        life.mrr.product[1] = analytics ? roundEuros(acc.startMrr * 0.25) : 0;
        life.mrr.product[0] += m.funnelDelta;
        life.active = true;
        return {};
    }
    if (life.active)
        return payingMonth(s, m, life);
    if (m.funnelDelta > 0 || (m.month - life.churnedMonth >= 3 && s.rng.chance(0.04))) {
        life.mrr.product[0] = m.funnelDelta > 0 ? m.funnelDelta : roundEuros(life.lastPaid.product[0] * 0.8);
        life.active = true;
        if (m.funnelDelta == 0)
            return writeDeal(s, accountDeal(s, m.account, "new", life.mrr.total() * 12, dayIn(s, m), 20));
    }
    return {};
}

// A paying month's rows: revenue per product, the totals, tickets and NPS.
Status writePaidMonth(State &s, const AccountMonth &m, const Mrr &mrr)
{
    const Segment seg = s.accounts[m.account].segment;
    for (int p = 0; p < 3; ++p) {
        if (mrr.product[p] <= 0)
            continue;
        Statement &st = s.sql.revenue;
        st.bind(1, accountId(m.account))
            .bind(2, qint64(s.cal.yyyymm[m.month]))
            .bind(3, kProducts[p])
            .bind(4, mrr.product[p]);
        if (!st.run())
            return st.status();
        ++s.summary.revenueRows;
    }
    s.totals.mrrEnd[m.month] += mrr.total();
    s.totals.customersEnd[m.month] += 1;
    if (!writeTickets(s, m.account, seg, m.month))
        return s.sql.ticket.status();
    if (!writeNps(s, m.account, seg, m.month, m.spike))
        return s.sql.nps.status();
    return {};
}

// Every month of one customer's life, then its product usage.
Status writeCustomerMonths(State &s, int a)
{
    Account &acc = s.accounts[a];
    std::sort(acc.events.begin(), acc.events.end(),
              [](const MrrEvent &x, const MrrEvent &y) { return x.month < y.month; });
    std::size_t nextEvent = 0;
    AccountLife life;
    std::vector<ProductMrr> paid(static_cast<size_t>(s.cal.months), ProductMrr{});
    for (int month = acc.startMonth; month < s.cal.months; ++month) {
        AccountMonth m;
        m.account = a;
        m.month = month;
        m.spike = month >= s.churnSpikeFirstMonth && month < s.churnSpikeFirstMonth + 3;
        m.anniversary = month > acc.startMonth && s.cal.yyyymm[month] % 100 - 1 == acc.renewalPhase;
        m.monthStart = s.cal.monthStart[month];
        m.inMonth = std::min(s.cal.monthStart[month + 1], s.cal.endTs) - m.monthStart;
        while (nextEvent < acc.events.size() && acc.events[nextEvent].month <= month)
            m.funnelDelta += acc.events[nextEvent++].deltaCents;
        if (Status st = advanceMonth(s, m, life); !st)
            return st;
        if (!life.active)
            continue;
        paid[static_cast<size_t>(month)] = life.mrr.product;
        if (Status st = writePaidMonth(s, m, life.mrr); !st)
            return st;
    }
    if (!writeUsage(s, a, acc.segment, paid))
        return s.sql.usage.status().ok() ? s.sql.nps.status() : s.sql.usage.status();
    acc.events.clear();
    acc.events.shrink_to_fit();
    return {};
}

} // namespace

Status writeCustomers(State &s)
{
    for (int a = 0; a < int(s.accounts.size()); ++a) {
        if (a % 256 == 0 && !keepGoing(s, 0.8 + 0.2 * double(a) / double(s.accounts.size())))
            return cancelledStatus();
        const Account &acc = s.accounts[a];
        if (acc.startMonth < 0 && !acc.legacy && s.rng.chance(0.07)) {
            if (Status st = directDeal(s, a); !st)
                return st;
        }
        if (acc.startMonth < 0)
            continue;
        if (Status st = writeCustomerMonths(s, a); !st)
            return st;
    }
    return {};
}

} // namespace ra::demo

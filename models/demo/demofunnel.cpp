// The funnel phase of the demo: leads in time order, their touches, and the
// opportunities the qualified ones turn into.
#include "demo/demostate.h"

#include <algorithm>
#include <cmath>

namespace ra::demo {
namespace {

const char *const kOwners[] = {"Alex Novak", "Bea Lindqvist", "Carlos Ruiz", "Dana Koch", "Emil Sauer",
                               "Fatima Aziz", "Georg Hahn", "Hanna Vogt", "Ivo Petrov", "Julia Marx"};
const char *const kMqlRejects[] = {"Not a fit", "No budget", "Student or job seeker", "Competitor", "Duplicate",
                                   "No response"};
const char *const kSalRejects[] = {"No budget", "No project this year", "Chose a competitor", "No response",
                                   "Recycled to nurture"};
const char *const kLostReasons[] = {"Price", "Chose a competitor", "No decision", "Timing", "Missing feature"};
const char *const kFreeMailDomains[] = {"mail.example", "inbox.example", "post.example"};

// Sales accepts an MQL with these odds, by persona; Founders are the story:
// marketing keeps sending them, sales rarely takes them.
const double kAcceptByPersona[kPersonaCount] = {0.70, 0.66, 0.74, 0.71, 0.67, 0.27};
const double kAcceptUnassigned = 0.50;
const double kQualifyByPersona[kPersonaCount] = {0.58, 0.55, 0.57, 0.50, 0.54, 0.33};
const double kWinBySegment[] = {0.33, 0.27, 0.22};
const double kDealMedianEuros[] = {6000, 24000, 96000}; // annual contract value
const double kCycleMedianDays[] = {21, 45, 95};

struct RecentLead {
    QString email;
    int account = -1;
    qint64 createdAt = 0;
};

// Lead volume per day: grows through the window, quiet weekends, a dip at the
// year end and in August.
std::vector<double> cumulativeDayWeights(const Calendar &cal)
{
    std::vector<double> cum(cal.days);
    double total = 0;
    for (int d = 0; d < cal.days; ++d) {
        const QDate date = cal.firstDay.addDays(d);
        double w = 0.6 + 0.8 * double(d) / cal.days;
        if (date.dayOfWeek() >= 6)
            w *= 0.25;
        if (date.month() == 8 || (date.month() == 12 && date.day() > 20))
            w *= 0.7;
        total += w;
        cum[d] = total;
    }
    for (double &c : cum)
        c /= total;
    return cum;
}

// 0 for most of the window, rising to 1 over the last six months: the new
// hand-off routine (a daily MQL review) that lifts SLA compliance.
double routineRamp(const Calendar &cal, int month)
{
    const int rampStart = cal.months - 6;
    return month < rampStart ? 0.0 : double(month - rampStart + 1) / 6.0;
}

int pickAccount(State &s, int legacy, int day)
{
    // Accounts exist from their created day on; index order is creation order
    // and the legacy accounts come first.
    const int newCount = int(s.accounts.size()) - legacy;
    const int existingNew = std::clamp(int(qint64(day + 1) * newCount / s.cal.days) + 1, 1, newCount);
    const int available = legacy + existingNew;
    // Half the leads come from accounts that appeared lately (a new account
    // is why a lead shows up), half from any account that exists.
    if (s.rng.chance(0.5)) {
        const int recent = std::max(1, existingNew / 10);
        return legacy + existingNew - 1 - int(s.rng.range(0, recent - 1));
    }
    return int(s.rng.range(0, available - 1));
}

// One lead on its way to the store: who it is, then the stages it reached.
struct LeadDraft {
    qint64 number = 0;
    qint64 createdAt = 0;
    int day = 0;
    int account = -1;     // the account it was generated for
    int leadAccount = -1; // the account it is stored with (a re-entered contact's)
    int source = 0;       // 0 marketing, 1 sales, 2 partner
    int channel = 0;
    bool salesOnly = false;
    bool hasCampaign = false;
    qint8 persona = -1;
    QString email;
    std::optional<qint64> mql, sal, sqlAt, disq;
    const char *disqReason = nullptr;
    const char *owner = nullptr;
};

// The last marketing leads' contacts, which a few sales leads re-enter.
struct RecentLeads {
    std::vector<RecentLead> ring = std::vector<RecentLead>(256);
    qint64 count = 0;
};

// Who generated the lead and through which channel, and its persona.
void pickOrigin(State &s, int legacy, LeadDraft &d)
{
    static const double kSourceWeights[] = {70, 20, 10};
    static const double kMarketingChannelWeights[] = {22, 16, 12, 20, 18, 12};
    static const double kSalesChannelWeights[] = {50, 20, 30}; // telemarketing, referral, field
    const bool hasAccount = !s.rng.chance(0.05);
    d.account = hasAccount ? pickAccount(s, legacy, d.day) : -1;
    // Named accounts are worked by sales alone: marketing never reaches them.
    d.source = s.rng.weighted(kSourceWeights, 3);
    if (d.source == 0 && hasAccount && s.accounts[d.account].salesOnly)
        d.source = s.rng.chance(0.8) ? 1 : 2;
    if (d.source == 0)
        d.channel = s.rng.weighted(kMarketingChannelWeights, 6);
    else if (d.source == 1)
        d.channel = std::array<int, 3>{6, 7, 9}[s.rng.weighted(kSalesChannelWeights, 3)];
    else
        d.channel = s.rng.chance(0.8) ? 8 : 7;
    d.salesOnly = hasAccount && s.accounts[d.account].salesOnly;
    // About one lead in 80 has no persona, and neither have the leads of
    // the persona-less accounts: those stay "Unassigned" all the way.
    const bool unassignedAccount = hasAccount && s.accounts[d.account].persona < 0;
    if (d.number % 80 != 17 && !unassignedAccount) {
        static const double kAny[kPersonaCount] = {16, 16, 20, 20, 16, 12};
        d.persona = (hasAccount && s.accounts[d.account].persona >= 0 && s.rng.chance(0.8))
                        ? s.accounts[d.account].persona
                        : qint8(s.rng.weighted(kAny, kPersonaCount));
    }
}

// E-mail: a few sales leads re-enter a recent marketing lead's contact.
void pickEmail(State &s, RecentLeads &recent, LeadDraft &d)
{
    int reenteredAccount = -1;
    if (d.source != 0 && recent.count > 0 && s.rng.chance(0.04)) {
        const RecentLead &r = recent.ring[s.rng.range(0, std::min<qint64>(recent.count, 256) - 1)];
        if (d.createdAt > r.createdAt && d.createdAt - r.createdAt <= 80 * kDay) {
            d.email = s.rng.chance(0.3) ? r.email.toUpper() : r.email;
            reenteredAccount = r.account;
        }
    }
    if (d.email.isEmpty() && !s.rng.chance(0.02)) {
        const QString domain = d.account >= 0 ? accountDomain(d.account)
                                              : QString::fromLatin1(kFreeMailDomains[s.rng.range(0, 2)]);
        d.email = contactEmail(s.rng, domain);
    }
    d.leadAccount = reenteredAccount >= 0 ? reenteredAccount : d.account;
    if (d.source == 0 && !d.email.isEmpty())
        recent.ring[recent.count++ % 256] = RecentLead{d.email, d.leadAccount, d.createdAt};
    // First-touch campaign: paid channels always, web and search half the time.
    d.hasCampaign =
        d.source == 0 && (d.channel == 1 || d.channel == 2 || d.channel == 4 || d.channel == 5 || s.rng.chance(0.5));
}

// MQL, then sales acceptance or rejection (the routine lifts both), then
// qualification; times after the window's end are not reached.
void walkStages(State &s, LeadDraft &d)
{
    const qint64 end = s.cal.endTs;
    auto cut = [end](std::optional<qint64> &ts) { if (ts && *ts >= end) ts.reset(); };
    if (d.source == 0 && s.rng.chance(0.46)) {
        const qint64 days = qint64(s.rng.exponential(4.0) * kDay); // one draw per statement (see writeLeads)
        d.mql = d.createdAt + days + s.rng.range(0, 3599);
        cut(d.mql);
    }
    if (d.mql) {
        const int m = s.cal.monthOfTs(*d.mql);
        s.totals.mql[m] += 1;
        // The routine makes sales look at every MQL: more are accepted, and faster.
        const double ramp = routineRamp(s.cal, m);
        const double p =
            std::min(0.95, (d.persona >= 0 ? kAcceptByPersona[d.persona] : kAcceptUnassigned) * (1.0 + 0.25 * ramp));
        if (s.rng.chance(p)) {
            const double hours =
                s.rng.chance(0.5 + 0.45 * ramp) ? s.rng.uniform(0.2, 11.8) : 12.2 + s.rng.exponential(40.0);
            d.sal = *d.mql + qint64(hours * kHour);
            cut(d.sal);
        } else if (s.rng.chance(0.65)) {
            d.disq = *d.mql + qint64(s.rng.exponential(6.0) * kDay) + kHour;
            d.disqReason = kMqlRejects[s.rng.range(0, 5)];
            cut(d.disq);
        } // else: nobody ever looked at it (the graveyard)
    } else if (d.source != 0 && s.rng.chance(0.62)) {
        // Sales and partner leads skip the MQL stage.
        d.sal = d.createdAt + qint64(s.rng.uniform(0.5, 48.0) * kHour);
        cut(d.sal);
    }
    if (d.sal) {
        d.owner = kOwners[s.rng.range(0, 9)];
        const double p = d.persona >= 0 ? kQualifyByPersona[d.persona] : 0.45;
        if (d.leadAccount >= 0 && s.rng.chance(p)) {
            d.sqlAt = *d.sal + qint64(s.rng.exponential(7.0) * kDay) + kHour;
            cut(d.sqlAt);
        } else if (s.rng.chance(0.8)) {
            d.disq = *d.sal + qint64(s.rng.exponential(10.0) * kDay) + kHour;
            d.disqReason = kSalRejects[s.rng.range(0, 4)];
            cut(d.disq);
        }
    } else if (d.source != 0) {
        d.owner = kOwners[s.rng.range(0, 9)];
    }
    if (!d.disq)
        d.disqReason = nullptr;
    // A few CRM records with stages out of order (data-quality report material).
    if (d.sal && d.mql && s.rng.chance(0.003))
        d.sal = *d.mql - s.rng.range(1, 10) * kHour;
    if (d.sqlAt && d.sal && s.rng.chance(0.002))
        d.sqlAt = *d.sal - s.rng.range(1, 20) * kHour;
}

Status insertLead(State &s, const LeadDraft &d)
{
    Statement &st = s.sql.lead;
    st.bind(1, leadId(d.number));
    if (!d.email.isEmpty())
        st.bind(2, d.email);
    if (d.leadAccount >= 0)
        st.bind(3, accountId(d.leadAccount));
    if (d.persona >= 0)
        st.bind(4, kPersonas[d.persona]);
    st.bind(5, kChannels[d.channel]).bind(6, std::array<const char *, 3>{"marketing", "sales", "partner"}[d.source]);
    if (d.hasCampaign)
        st.bind(7, campaignId(s.cal, s.cal.quarterOfMonth(s.cal.monthOfDay[d.day]), d.channel));
    if (d.owner)
        st.bind(8, d.owner);
    st.bind(9, d.createdAt).bind(10, d.mql).bind(11, d.sal).bind(12, d.sqlAt).bind(13, d.disq);
    if (d.disqReason)
        st.bind(14, d.disqReason);
    if (!st.run())
        return st.status();
    ++s.summary.leads;
    return {};
}

// Touches: marketing leads get a first touch and some follow-ups; a quarter
// of the others are touched too (influence).
Status writeTouches(State &s, const LeadDraft &d)
{
    if (d.source != 0 && (d.salesOnly || !s.rng.chance(0.25)))
        return {};
    const int touches = int(s.rng.range(d.source == 0 ? 1 : 0, 3));
    qint64 t = d.createdAt;
    for (int k = 0; k < touches + (d.source == 0 ? 0 : 1); ++k) {
        if (k > 0 || d.source != 0)
            t += qint64(s.rng.exponential(20.0) * kDay) + kHour;
        if (t >= s.cal.endTs)
            break;
        const int c = (k == 0 && d.hasCampaign) ? d.channel : int(s.rng.range(0, kMarketingChannels - 1));
        Statement &ts = s.sql.touch;
        ts.bind(1, leadId(d.number)).bind(2, campaignId(s.cal, s.cal.quarterOfMonth(s.cal.monthOfTs(t)), c)).bind(3, t);
        if (!ts.run())
            return ts.status();
        ++s.summary.touches;
    }
    return {};
}

// A won deal starts the account's revenue, or adds to it.
void bookWonDeal(State &s, Account &acc, const OppRow &o, bool customer)
{
    const int m = s.cal.monthOfTs(o.closeAt);
    const qint64 mrr = std::max<qint64>(o.amount / 12 / 100 * 100, 100);
    if (customer) {
        acc.events.push_back({m, mrr});
    } else if (acc.startMonth < 0 || m < acc.startMonth) {
        acc.startMonth = m;
        acc.startMrr = mrr;
        acc.renewalPhase = int(s.cal.yyyymm[m] % 100 - 1);
    } else {
        acc.events.push_back({m, mrr}); // a second new deal adds seats
    }
}

// Qualified leads with an account become opportunities.
Status writeLeadOpportunity(State &s, const LeadDraft &d)
{
    if (!d.sqlAt || d.leadAccount < 0)
        return {};
    const Segment segment = s.accounts[d.leadAccount].segment;
    Account &acc = s.accounts[d.leadAccount];
    OppRow o;
    o.account = d.leadAccount;
    o.lead = d.number;
    o.createdAt = std::max(*d.sqlAt, *d.sal) + s.rng.range(0, 2 * kDay);
    if (o.createdAt >= s.cal.endTs)
        return {};
    const int createdMonth = s.cal.monthOfTs(o.createdAt);
    const bool customer = acc.startMonth >= 0 && acc.startMonth <= createdMonth;
    o.type = customer ? "expansion" : "new";
    o.persona = s.rng.chance(0.1) ? d.persona : qint8(-1);
    if (s.rng.chance(0.1))
        o.source = std::array<const char *, 3>{"marketing", "sales", "partner"}[d.source];
    const double euros = s.rng.logNormal(kDealMedianEuros[segment], 0.4) * (customer ? 0.3 : 1.0);
    o.amount = qint64(euros / 100.0) * 10000; // round hundreds: how deals are quoted
    o.amount = std::max<qint64>(o.amount, 10000);
    o.closeAt = o.createdAt + qint64(s.rng.logNormal(kCycleMedianDays[segment], 0.5) * kDay);
    o.won = s.rng.chance(kWinBySegment[segment]);
    o.lostReason = kLostReasons[s.rng.range(0, 4)];
    if (!writeOpportunity(s, o))
        return s.sql.opportunity.status();
    if (o.won && o.closeAt < s.cal.endTs)
        bookWonDeal(s, acc, o, customer);
    return {};
}

} // namespace

Status writeLeads(State &s)
{
    const std::vector<double> cum = cumulativeDayWeights(s.cal);
    const int legacy = int(std::count_if(s.accounts.begin(), s.accounts.end(), [](const Account &a) { return a.legacy; }));
    RecentLeads recent;
    int day = 0;
    const qint64 n = s.options.leads;
    for (qint64 i = 0; i < n; ++i) {
        if (i % 4096 == 0 && !keepGoing(s, 0.8 * double(i) / double(n)))
            return cancelledStatus();
        const double q = (double(i) + 0.5) / double(n);
        while (day + 1 < s.cal.days && cum[day] < q)
            ++day;
        LeadDraft d;
        d.day = day;
        d.number = i + 1;
        // One draw per statement: the order of a sum's operands is not
        // specified, and the same seed must give the same data everywhere.
        const qint64 hour = qint64(s.rng.uniform(7.0, 18.5) * kHour);
        d.createdAt = s.cal.dayStart(day) + hour + s.rng.range(0, 59);
        pickOrigin(s, legacy, d);
        pickEmail(s, recent, d);
        walkStages(s, d);
        if (Status st = insertLead(s, d); !st)
            return st;
        if (Status st = writeTouches(s, d); !st)
            return st;
        if (Status st = writeLeadOpportunity(s, d); !st)
            return st;
    }
    return {};
}

} // namespace ra::demo

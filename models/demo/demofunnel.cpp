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

} // namespace

Status writeLeads(State &s)
{
    const std::vector<double> cum = cumulativeDayWeights(s.cal);
    const int legacy = int(std::count_if(s.accounts.begin(), s.accounts.end(), [](const Account &a) { return a.legacy; }));
    std::vector<RecentLead> recent(256);
    qint64 recentCount = 0;
    int day = 0;
    const qint64 n = s.options.leads;
    const qint64 end = s.cal.endTs;
    Statement &st = s.sql.lead;

    for (qint64 i = 0; i < n; ++i) {
        if (i % 4096 == 0 && !keepGoing(s, 0.8 * double(i) / double(n)))
            return cancelledStatus();
        const double q = (double(i) + 0.5) / double(n);
        while (day + 1 < s.cal.days && cum[day] < q)
            ++day;
        const qint64 createdAt = s.cal.dayStart(day) + qint64(s.rng.uniform(7.0, 18.5) * kHour) + s.rng.range(0, 59);
        const qint64 number = i + 1;

        // Who generated it and through which channel.
        static const double kSourceWeights[] = {70, 20, 10};
        static const double kMarketingChannelWeights[] = {22, 16, 12, 20, 18, 12};
        static const double kSalesChannelWeights[] = {50, 20, 30}; // telemarketing, referral, field
        const bool hasAccount = !s.rng.chance(0.05);
        const int account = hasAccount ? pickAccount(s, legacy, day) : -1;
        // Named accounts are worked by sales alone: marketing never reaches them.
        int source = s.rng.weighted(kSourceWeights, 3);
        if (source == 0 && hasAccount && s.accounts[account].salesOnly)
            source = s.rng.chance(0.8) ? 1 : 2;
        int channel = 0;
        if (source == 0)
            channel = s.rng.weighted(kMarketingChannelWeights, 6);
        else if (source == 1)
            channel = std::array<int, 3>{6, 7, 9}[s.rng.weighted(kSalesChannelWeights, 3)];
        else
            channel = s.rng.chance(0.8) ? 8 : 7;
        const bool salesOnly = hasAccount && s.accounts[account].salesOnly;

        qint8 persona = -1;
        // About one lead in 80 has no persona, and neither have the leads of
        // the persona-less accounts: those stay "Unassigned" all the way.
        const bool unassignedAccount = hasAccount && s.accounts[account].persona < 0;
        if (number % 80 != 17 && !unassignedAccount) {
            static const double kAny[kPersonaCount] = {16, 16, 20, 20, 16, 12};
            persona = (hasAccount && s.accounts[account].persona >= 0 && s.rng.chance(0.8))
                          ? s.accounts[account].persona
                          : qint8(s.rng.weighted(kAny, kPersonaCount));
        }

        // E-mail: a few sales leads re-enter a recent marketing lead's contact.
        QString email;
        int reenteredAccount = -1;
        if (source != 0 && recentCount > 0 && s.rng.chance(0.04)) {
            const RecentLead &r = recent[s.rng.range(0, std::min<qint64>(recentCount, 256) - 1)];
            if (createdAt > r.createdAt && createdAt - r.createdAt <= 80 * kDay) {
                email = s.rng.chance(0.3) ? r.email.toUpper() : r.email;
                reenteredAccount = r.account;
            }
        }
        if (email.isEmpty() && !s.rng.chance(0.02)) {
            const QString domain = hasAccount ? accountDomain(account)
                                              : QString::fromLatin1(kFreeMailDomains[s.rng.range(0, 2)]);
            email = contactEmail(s.rng, domain);
        }
        const int leadAccount = reenteredAccount >= 0 ? reenteredAccount : account;
        if (source == 0 && !email.isEmpty())
            recent[recentCount++ % 256] = RecentLead{email, leadAccount, createdAt};

        // First-touch campaign: paid channels always, web and search half the time.
        const int quarter = s.cal.quarterOfMonth(s.cal.monthOfDay[day]);
        const bool hasCampaign = source == 0 && (channel == 1 || channel == 2 || channel == 4 || channel == 5 || s.rng.chance(0.5));

        // Stages.
        const Segment segment = leadAccount >= 0 ? s.accounts[leadAccount].segment : Smb;
        std::optional<qint64> mql, sal, sqlAt, disq;
        const char *disqReason = nullptr;
        const char *owner = nullptr;
        auto cut = [end](std::optional<qint64> &ts) { if (ts && *ts >= end) ts.reset(); };

        if (source == 0) {
            if (s.rng.chance(0.46)) {
                mql = createdAt + qint64(s.rng.exponential(4.0) * kDay) + s.rng.range(0, 3599);
                cut(mql);
            }
        }
        if (mql) {
            const int m = s.cal.monthOfTs(*mql);
            s.totals.mql[m] += 1;
            // The routine makes sales look at every MQL: more are accepted, and faster.
            const double ramp = routineRamp(s.cal, m);
            const double p = std::min(0.95, (persona >= 0 ? kAcceptByPersona[persona] : kAcceptUnassigned) * (1.0 + 0.25 * ramp));
            if (s.rng.chance(p)) {
                const double hours = s.rng.chance(0.5 + 0.45 * ramp) ? s.rng.uniform(0.2, 11.8)
                                                                               : 12.2 + s.rng.exponential(40.0);
                sal = *mql + qint64(hours * kHour);
                cut(sal);
            } else if (s.rng.chance(0.65)) {
                disq = *mql + qint64(s.rng.exponential(6.0) * kDay) + kHour;
                disqReason = kMqlRejects[s.rng.range(0, 5)];
                cut(disq);
            } // else: nobody ever looked at it (the graveyard)
        } else if (source != 0 && s.rng.chance(0.62)) {
            // Sales and partner leads skip the MQL stage.
            sal = createdAt + qint64(s.rng.uniform(0.5, 48.0) * kHour);
            cut(sal);
        }
        if (sal) {
            owner = kOwners[s.rng.range(0, 9)];
            const double p = persona >= 0 ? kQualifyByPersona[persona] : 0.45;
            if (leadAccount >= 0 && s.rng.chance(p)) {
                sqlAt = *sal + qint64(s.rng.exponential(7.0) * kDay) + kHour;
                cut(sqlAt);
            } else if (s.rng.chance(0.8)) {
                disq = *sal + qint64(s.rng.exponential(10.0) * kDay) + kHour;
                disqReason = kSalRejects[s.rng.range(0, 4)];
                cut(disq);
                if (!disq)
                    disqReason = nullptr;
            }
        } else if (source != 0) {
            owner = kOwners[s.rng.range(0, 9)];
        }
        if (!disq)
            disqReason = nullptr;
        // A few CRM records with stages out of order (data-quality report material).
        if (sal && mql && s.rng.chance(0.003))
            sal = *mql - s.rng.range(1, 10) * kHour;
        if (sqlAt && sal && s.rng.chance(0.002))
            sqlAt = *sal - s.rng.range(1, 20) * kHour;

        st.bind(1, leadId(number));
        if (!email.isEmpty())
            st.bind(2, email);
        if (leadAccount >= 0)
            st.bind(3, accountId(leadAccount));
        if (persona >= 0)
            st.bind(4, kPersonas[persona]);
        st.bind(5, kChannels[channel]).bind(6, std::array<const char *, 3>{"marketing", "sales", "partner"}[source]);
        if (hasCampaign)
            st.bind(7, campaignId(s.cal, quarter, channel));
        if (owner)
            st.bind(8, owner);
        st.bind(9, createdAt).bind(10, mql).bind(11, sal).bind(12, sqlAt).bind(13, disq);
        if (disqReason)
            st.bind(14, disqReason);
        if (!st.run())
            return st.status();
        ++s.summary.leads;

        // Touches: marketing leads get a first touch and some follow-ups; a
        // quarter of the others are touched too (influence).
        if (source == 0 || (!salesOnly && s.rng.chance(0.25))) {
            int touches = int(s.rng.range(source == 0 ? 1 : 0, 3));
            qint64 t = createdAt;
            for (int k = 0; k < touches + (source == 0 ? 0 : 1); ++k) {
                if (k > 0 || source != 0)
                    t += qint64(s.rng.exponential(20.0) * kDay) + kHour;
                if (t >= end)
                    break;
                const int c = (k == 0 && hasCampaign) ? channel : int(s.rng.range(0, kMarketingChannels - 1));
                Statement &ts = s.sql.touch;
                ts.bind(1, leadId(number)).bind(2, campaignId(s.cal, s.cal.quarterOfMonth(s.cal.monthOfTs(t)), c)).bind(3, t);
                if (!ts.run())
                    return ts.status();
                ++s.summary.touches;
            }
        }

        // Qualified leads with an account become opportunities.
        if (sqlAt && leadAccount >= 0) {
            Account &acc = s.accounts[leadAccount];
            OppRow o;
            o.account = leadAccount;
            o.lead = number;
            o.createdAt = std::max(*sqlAt, *sal) + s.rng.range(0, 2 * kDay);
            if (o.createdAt >= end)
                continue;
            const int createdMonth = s.cal.monthOfTs(o.createdAt);
            const bool customer = acc.startMonth >= 0 && acc.startMonth <= createdMonth;
            o.type = customer ? "expansion" : "new";
            o.persona = s.rng.chance(0.1) ? persona : qint8(-1);
            if (s.rng.chance(0.1))
                o.source = std::array<const char *, 3>{"marketing", "sales", "partner"}[source];
            const double euros = s.rng.logNormal(kDealMedianEuros[segment], 0.4) * (customer ? 0.3 : 1.0);
            o.amount = qint64(euros / 100.0) * 10000; // round hundreds: how deals are quoted
            o.amount = std::max<qint64>(o.amount, 10000);
            o.closeAt = o.createdAt + qint64(s.rng.logNormal(kCycleMedianDays[segment], 0.5) * kDay);
            o.won = s.rng.chance(kWinBySegment[segment]);
            o.lostReason = kLostReasons[s.rng.range(0, 4)];
            if (!writeOpportunity(s, o))
                return s.sql.opportunity.status();
            if (o.won && o.closeAt < end) {
                const int m = s.cal.monthOfTs(o.closeAt);
                const qint64 mrr = std::max<qint64>(o.amount / 12 / 100 * 100, 100);
                if (customer)
                    acc.events.push_back({m, mrr});
                else if (acc.startMonth < 0 || m < acc.startMonth) {
                    acc.startMonth = m;
                    acc.startMrr = mrr;
                    acc.renewalPhase = int(s.cal.yyyymm[m] % 100 - 1);
                } else {
                    acc.events.push_back({m, mrr}); // a second new deal adds seats
                }
            }
        }
    }
    return {};
}

} // namespace ra::demo

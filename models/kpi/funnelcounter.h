#pragma once
// Internal to the KPI engine: how one lead counts into the lead family's
// counters (kpis.md "Funnel", "SLA", "Alignment health"). The row pass counts
// into periods, the funnel cube into days × filter values (funnelcube.h):
// both with this one definition.
#include "kpi/enginequery.h"

namespace ra::detail {

// The counters of a period (integers: parts and days add up exactly).
enum FunnelCounter {
    kCreated, kMql, kSal, kSql, kMqlWithSal, kSalWithSql, kMqlWithSql, kSqlWon,
    kMet, kBreached, kFeedback, kStalled, kReentered, kFunnelCounters
};
using FunnelPart = CountsPart<kFunnelCounters>; // lists: the SLA's acceptance hours

// The columns one lead's visit reads, as plain pointers (the counters it
// writes cannot alias them, so nothing is re-read per row).
struct LeadColumns {
    const qint64 *created, *mql, *sal, *sql, *dq, *prevMarketing, *wonAt;
    const qint8 *source;
    explicit LeadColumns(const Snapshot &s)
        : created(s.leads.created.data()), mql(s.leads.mql.data()), sal(s.leads.sal.data()), sql(s.leads.sql.data()),
          dq(s.leads.disqualified.data()), prevMarketing(s.leadPrevMarketing.data()), wonAt(s.leadWonAt.data()),
          source(s.leads.source.data())
    {
    }
};

struct FunnelWindows {
    qint64 asOf, sla, feedback, stall, reentry; // seconds
    FunnelWindows(qint64 asOf, const Settings &settings)
        : asOf(asOf), sla(static_cast<qint64>(settings.slaHours) * 3600),
          feedback(static_cast<qint64>(settings.feedbackDays) * 86400),
          stall(static_cast<qint64>(settings.stallDays) * 86400),
          reentry(static_cast<qint64>(settings.reentryDays) * 86400)
    {
    }
};

// Counts a lead that exists at as_of (created ≤ as_of) into `sink`:
//   sink.slot(i, t)      the counters' index of lead i's event at t (t ≤ as_of
//                        or kNever), sink.spare() for none;
//   sink.counter(c)      counter c's array (of Sink::Count);
//   sink.addAcceptance(k, seconds)  an acceptance time (SAL − MQL ≥ 0) for
//                        the SLA median at index k.
// Every stage goes to its index or to the spare, so the counting has no branch
// on which stages a lead has reached (those are unpredictable); only the SLA's
// hours list is a branch.
template<typename Sink>
class LeadCounter {
public:
    LeadCounter(const Snapshot &s, const FunnelWindows &w, Sink &sink) : m_c(s), m_w(w), m_sink(sink)
    {
        for (int c = 0; c < kFunnelCounters; ++c)
            m_n[c] = sink.counter(c);
    }
    // Everything is read before the first counter is written: a write through
    // a counter pointer could change any value of its type this reads, which
    // would then be read again after it.
    void count(size_t i)
    {
        const FunnelWindows w = m_w;
        auto known = [asOf = w.asOf](qint64 t) { return t <= asOf ? t : kNever; };
        const qint64 created = m_c.created[i], prev = m_c.prevMarketing[i], wonAt = m_c.wonAt[i];
        const qint64 mql = known(m_c.mql[i]), sal = known(m_c.sal[i]), sql = known(m_c.sql[i]), dq = known(m_c.dq[i]);
        const qint8 src = m_c.source[i];
        const bool hasSal = sal != kNever, hasSql = sql != kNever, hasDq = dq != kNever;
        const int kc = m_sink.slot(i, created), km = m_sink.slot(i, mql), ks = m_sink.slot(i, sal),
                  kq = m_sink.slot(i, sql);

        // A sales or partner lead re-entered when a marketing lead with its e-mail came shortly before.
        const bool reentered = (src == kSrcSales || src == kSrcPartner) & (prev != kNever)
                               & (wrappingMinus(created, prev) <= w.reentry);
        // Accepted in order within the SLA, or not (not accepted and already past
        // it); an acceptance before the MQL is out of order and left out.
        const qint64 accept = wrappingMinus(sal, mql);
        const bool inOrder = hasSal & (accept >= 0);
        const bool met = inOrder & (accept <= w.sla);
        const bool breached = hasSal ? inOrder & (accept > w.sla) : wrappingMinus(w.asOf, mql) > w.sla;
        const bool stalledMql = !hasSal & !hasDq & (wrappingMinus(w.asOf, mql) > w.stall);
        auto inWindow = [&](qint64 t, bool has) { return has & (t >= sal) & (wrappingMinus(t, sal) <= w.feedback); };
        const bool feedback = inWindow(sql, hasSql) | inWindow(dq, hasDq);
        const bool stalledSal = !hasSql & !hasDq & (wrappingMinus(w.asOf, sal) > w.stall);
        const bool won = wonAt <= w.asOf;

        ++m_n[kCreated][kc];
        m_n[kReentered][kc] += reentered;
        ++m_n[kMql][km];
        m_n[kMqlWithSal][km] += hasSal;
        m_n[kMqlWithSql][km] += hasSql;
        m_n[kBreached][km] += breached;
        m_n[kMet][km] += met;
        m_n[kStalled][km] += stalledMql;
        ++m_n[kSal][ks];
        m_n[kSalWithSql][ks] += hasSql;
        m_n[kFeedback][ks] += feedback;
        m_n[kStalled][ks] += stalledSal;
        ++m_n[kSql][kq];
        m_n[kSqlWon][kq] += won;
        if (inOrder && km != m_sink.spare())
            m_sink.addAcceptance(km, accept);
    }

private:
    const LeadColumns m_c;
    const FunnelWindows m_w;
    Sink &m_sink;
    typename Sink::Count *m_n[kFunnelCounters];
};

// The SLA median's value of one acceptance.
inline double acceptanceHours(qint64 seconds)
{
    return static_cast<double>(seconds) / 3600.0;
}

} // namespace ra::detail

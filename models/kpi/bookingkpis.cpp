// Opportunity family: pipeline, wins and losses, bookings split by type and
// source, marketing influence and the bookings credited from re-entered leads.
#include "kpi/enginequery.h"
#include "kpi/median.h"
#include "kpi/rowzones.h"

namespace ra::detail {

namespace {

// The counters of a period (integers, money in cents: the parts add up exactly).
enum BookingCounter {
    kCreated, kPipeline, kWon, kLost, kTotal, kNewBiz, kExisting, kSourced, kInfluenced, kReentered, kBookingCounters
};
using BookingPart = CountsPart<kBookingCounters>; // lists: the won deals' cycle days

const std::initializer_list<KpiId> kOppKeys = {
    KpiId::OppsCreated, KpiId::OppsPipelineCreated, KpiId::OppsWon, KpiId::OppsLost, KpiId::OppsWinRate,
    KpiId::OppsAvgWonAmount, KpiId::OppsCycleMedianDays, KpiId::BookingsTotal, KpiId::BookingsNewBusiness,
    KpiId::BookingsExistingBusiness, KpiId::BookingsExistingShare, KpiId::BookingsMarketingSourced,
    KpiId::BookingsMarketingSourcedShare, KpiId::BookingsMarketingInfluenced, KpiId::BookingsMarketingInfluencedShare,
    KpiId::BookingsReentered};

// A touch time in [from, to] in the sorted slice [offsets[k], offsets[k+1]).
bool touchIn(const std::vector<int> &offsets, const std::vector<qint64> &times, int k, qint64 from, qint64 to)
{
    const auto begin = times.begin() + offsets[static_cast<size_t>(k)];
    const auto end = times.begin() + offsets[static_cast<size_t>(k) + 1];
    const auto it = std::lower_bound(begin, end, from);
    return it != end && *it <= to;
}

// Counts opportunity o into the period it was created in and the one it
// closed in. Like the funnel (funnelkpis.cpp), the counting goes to a period
// or the spare slot without a branch on the status; the won deals in a period
// then look up their touches and lead.
class OppCounter {
public:
    OppCounter(const Query &q, const Buckets &b, BookingPart &part)
        : m_s(q.snap), m_b(b), m_part(part), m_asOf(q.asOf),
          m_influenceSecs(static_cast<qint64>(q.settings.influenceDays) * 86400),
          m_reentrySecs(static_cast<qint64>(q.settings.reentryDays) * 86400), m_created(m_s.opps.created.data()),
          m_closed(m_s.opps.closed.data()), m_amount(m_s.opps.amount.data()), m_status(m_s.opps.status.data()),
          m_type(m_s.opps.type.data()), m_effSource(m_s.oppEffSource.data())
    {
        for (int c = 0; c < kBookingCounters; ++c)
            m_n[c] = part.counter(c);
    }
    void count(size_t o)
    {
        const qint64 created = m_created[o], amount = m_amount[o];
        const int kc = m_b.slot(created);
        ++m_n[kCreated][kc];
        m_n[kPipeline][kc] += amount;
        const qint8 status = m_status[o];
        const qint64 closed = m_closed[o];
        // Closed after as_of: still open (slot() sends it to the spare).
        const int k = status == kStatusOpen ? m_b.size() : m_b.slot(closed);
        const bool won = status == kStatusWon, sourced = m_effSource[o] == kSrcMarketing;
        const qint64 wonAmount = won ? amount : 0;
        m_n[kLost][k] += status == kStatusLost;
        m_n[kWon][k] += won;
        m_n[kTotal][k] += wonAmount;
        (m_type[o] == kTypeNew ? m_n[kNewBiz] : m_n[kExisting])[k] += wonAmount;
        m_n[kSourced][k] += sourced ? wonAmount : 0;
        if (won && k < m_b.size())
            countWon(o, k, created, closed, amount, sourced);
    }

private:
    void countWon(size_t o, int k, qint64 created, qint64 closed, qint64 amount, bool sourced)
    {
        if (closed >= created)
            m_part.lists[static_cast<size_t>(k)].push_back(static_cast<double>(closed - created) / 86400.0);
        const int lead = m_s.opps.lead[o];
        const qint64 from = closed - m_influenceSecs;
        if (sourced || touchIn(m_s.accountTouchOffsets, m_s.accountTouchTimes, m_s.opps.account[o], from, closed)
            || (lead != kNone && touchIn(m_s.leadTouchOffsets, m_s.leadTouchTimes, lead, from, closed)))
            m_n[kInfluenced][k] += amount;
        if (lead != kNone && leadReentered(static_cast<size_t>(lead)))
            m_n[kReentered][k] += amount;
    }
    bool leadReentered(size_t l) const
    {
        const qint8 src = m_s.leads.source[l];
        const qint64 prev = m_s.leadPrevMarketing[l];
        return m_s.leads.created[l] <= m_asOf && (src == kSrcSales || src == kSrcPartner) && prev != kNever
            && m_s.leads.created[l] - prev <= m_reentrySecs;
    }

    const Snapshot &m_s;
    const Buckets &m_b;
    BookingPart &m_part;
    const qint64 m_asOf, m_influenceSecs, m_reentrySecs;
    const qint64 *m_created, *m_closed, *m_amount;
    const qint8 *m_status, *m_type, *m_effSource;
    qint64 *m_n[kBookingCounters];
};

} // namespace

PassPartPtr computeBookingsPart(const Query &q, const Buckets &b, RowSlice slice)
{
    auto part = std::make_unique<BookingPart>(b.size());
    const Snapshot &s = q.snap;
    if (s.oppCount() == 0)
        return part;
    OppCounter counter(q, b, *part);
    const qint64 *created = s.opps.created.data();

    // Start from the first filter's index list; the other filters are checked per row.
    const auto &O = s.opps;
    const std::vector<std::vector<int>> *lists[3] = {&q.res.oppsByPersona, &s.oppsBySegment, &s.oppsByChannel};
    const RowFilter filter = rowFilter(lists, {q.persona, q.segment, q.channel});
    const bool checkDims = filter.dims[0].active || filter.dims[1].active || filter.dims[2].active;
    auto dim = [&](size_t o) {
        return [&, o](int d) {
            return d == 0 ? q.res.oppPersona[o] : d == 1 ? s.accounts.segment[static_cast<size_t>(O.account[o])]
                                                         : s.oppChannel[o];
        };
    };
    const RowZones *zones = q.zones ? &q.zones->opps : nullptr;
    forEachRowIn(
        filter.list, s.oppCount(), zones, b.lo(), b.hi(),
        [&](int oi) {
            const size_t o = static_cast<size_t>(oi);
            if (created[o] > q.asOf)
                return;
            if (checkDims && !filter.matches(dim(o)))
                return;
            counter.count(o);
        },
        slice);
    return part;
}

void finishBookings(const Query &q, const Buckets &, PassParts &parts, std::vector<KpiSet> &out)
{
    if (q.snap.oppCount() == 0) {
        setNull(out, kOppKeys, NullReason::NoData);
        return;
    }
    BookingPart &total = addParts<kBookingCounters>(parts);
    for (size_t k = 0; k < out.size(); ++k) {
        auto n = [&](BookingCounter c) { return double(total.count(c, static_cast<int>(k))); };
        KpiSet &o = out[k];
        const double won = n(kWon), sum = n(kTotal);
        o.set(KpiId::OppsCreated, n(kCreated));
        o.set(KpiId::OppsPipelineCreated, n(kPipeline));
        o.set(KpiId::OppsWon, won);
        o.set(KpiId::OppsLost, n(kLost));
        o.set(KpiId::OppsWinRate, ratio(won, won + n(kLost)));
        o.set(KpiId::OppsAvgWonAmount, ratio(sum, won));
        o.set(KpiId::OppsCycleMedianDays, median(total.lists[k]));
        o.set(KpiId::BookingsTotal, sum);
        o.set(KpiId::BookingsNewBusiness, n(kNewBiz));
        o.set(KpiId::BookingsExistingBusiness, n(kExisting));
        o.set(KpiId::BookingsExistingShare, ratio(n(kExisting), sum));
        o.set(KpiId::BookingsMarketingSourced, n(kSourced));
        o.set(KpiId::BookingsMarketingSourcedShare, ratio(n(kSourced), sum));
        o.set(KpiId::BookingsMarketingInfluenced, n(kInfluenced));
        o.set(KpiId::BookingsMarketingInfluencedShare, ratio(n(kInfluenced), sum));
        o.set(KpiId::BookingsReentered, n(kReentered));
    }
}

void computeBookings(const Query &q, const Buckets &b, std::vector<KpiSet> &out)
{
    PassParts parts;
    parts.push_back(computeBookingsPart(q, b, {}));
    finishBookings(q, b, parts, out);
}

} // namespace ra::detail

// Opportunity family: pipeline, wins and losses, bookings split by type and
// source, marketing influence and the bookings credited from re-entered leads.
#include "kpi/enginequery.h"
#include "kpi/median.h"
#include "kpi/rowzones.h"

namespace ra::detail {

namespace {

struct BookingAcc {
    qint64 created = 0, won = 0, lost = 0;
    qint64 pipeline = 0, total = 0, newBiz = 0, existing = 0, sourced = 0, influenced = 0, reentered = 0;
    std::vector<double> cycleDays;
};

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

} // namespace

void computeBookings(const Query &q, const Buckets &b, std::vector<KpiSet> &out)
{
    const Snapshot &s = q.snap;
    if (s.oppCount() == 0) {
        setNull(out, kOppKeys, NullReason::NoData);
        return;
    }
    const qint64 asOf = q.asOf;
    const qint64 influenceSecs = static_cast<qint64>(q.settings.influenceDays) * 86400;
    const qint64 reentrySecs = static_cast<qint64>(q.settings.reentryDays) * 86400;
    const auto &O = s.opps;
    std::vector<BookingAcc> acc(static_cast<size_t>(b.size()));

    // Start from the first filter's index list; the other filters are checked per row.
    const std::vector<std::vector<int>> *lists[3] = {&q.res.oppsByPersona, &s.oppsBySegment, &s.oppsByChannel};
    const RowFilter filter = rowFilter(lists, {q.persona, q.segment, q.channel});
    auto dim = [&](size_t o) {
        return [&, o](int d) {
            return d == 0 ? q.res.oppPersona[o] : d == 1 ? s.accounts.segment[static_cast<size_t>(O.account[o])]
                                                         : s.oppChannel[o];
        };
    };

    auto leadReentered = [&](int l) {
        const size_t sl = static_cast<size_t>(l);
        const qint8 src = s.leads.source[sl];
        const qint64 prev = s.leadPrevMarketing[sl];
        return s.leads.created[sl] <= asOf && (src == kSrcSales || src == kSrcPartner) && prev != kNever
            && s.leads.created[sl] - prev <= reentrySecs;
    };

    const RowZones *zones = q.zones ? &q.zones->opps : nullptr;
    forEachRowIn(filter.list, s.oppCount(), zones, b.lo(), b.hi(), [&](int oi) {
        const size_t o = static_cast<size_t>(oi);
        const qint64 created = O.created[o];
        if (created > asOf)
            return;
        if (!filter.matches(dim(o)))
            return;
        const int account = O.account[o];
        const qint64 amount = O.amount[o];
        if (const int k = b.find(created); k >= 0) {
            ++acc[static_cast<size_t>(k)].created;
            acc[static_cast<size_t>(k)].pipeline += amount;
        }
        const qint8 status = O.status[o];
        if (status == kStatusOpen)
            return;
        const qint64 closed = O.closed[o];
        const int k = b.find(closed); // closed after as_of: still open
        if (k < 0)
            return;
        BookingAcc &a = acc[static_cast<size_t>(k)];
        if (status == kStatusLost) {
            ++a.lost;
            return;
        }
        ++a.won;
        a.total += amount;
        if (O.type[o] == kTypeNew)
            a.newBiz += amount;
        else
            a.existing += amount;
        if (closed >= created)
            a.cycleDays.push_back(static_cast<double>(closed - created) / 86400.0);
        const bool sourced = s.oppEffSource[o] == kSrcMarketing;
        if (sourced)
            a.sourced += amount;
        const int lead = O.lead[o];
        const qint64 from = closed - influenceSecs;
        if (sourced || touchIn(s.accountTouchOffsets, s.accountTouchTimes, account, from, closed)
            || (lead != kNone && touchIn(s.leadTouchOffsets, s.leadTouchTimes, lead, from, closed)))
            a.influenced += amount;
        if (lead != kNone && leadReentered(lead))
            a.reentered += amount;
    });

    for (size_t k = 0; k < acc.size(); ++k) {
        BookingAcc &a = acc[k];
        KpiSet &o = out[k];
        const double total = double(a.total);
        o.set(KpiId::OppsCreated, double(a.created));
        o.set(KpiId::OppsPipelineCreated, double(a.pipeline));
        o.set(KpiId::OppsWon, double(a.won));
        o.set(KpiId::OppsLost, double(a.lost));
        o.set(KpiId::OppsWinRate, ratio(double(a.won), double(a.won + a.lost)));
        o.set(KpiId::OppsAvgWonAmount, ratio(total, double(a.won)));
        o.set(KpiId::OppsCycleMedianDays, median(a.cycleDays));
        o.set(KpiId::BookingsTotal, total);
        o.set(KpiId::BookingsNewBusiness, double(a.newBiz));
        o.set(KpiId::BookingsExistingBusiness, double(a.existing));
        o.set(KpiId::BookingsExistingShare, ratio(double(a.existing), total));
        o.set(KpiId::BookingsMarketingSourced, double(a.sourced));
        o.set(KpiId::BookingsMarketingSourcedShare, ratio(double(a.sourced), total));
        o.set(KpiId::BookingsMarketingInfluenced, double(a.influenced));
        o.set(KpiId::BookingsMarketingInfluencedShare, ratio(double(a.influenced), total));
        o.set(KpiId::BookingsReentered, double(a.reentered));
    }
}

} // namespace ra::detail

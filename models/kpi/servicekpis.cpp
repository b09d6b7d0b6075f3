// Service family: tickets, resolution time, CSAT and NPS. Tickets and NPS
// follow the account persona and segment; they have no channel.
#include "kpi/enginequery.h"
#include "kpi/median.h"
#include "kpi/rowzones.h"

namespace ra::detail {

namespace {

struct ServiceAcc {
    qint64 opened = 0, csatRated = 0, csatHappy = 0;
    qint64 npsAnswers = 0, promoters = 0, detractors = 0;
    std::vector<double> resolutionHours;
};

const std::initializer_list<KpiId> kTicketKeys = {KpiId::TicketsOpened, KpiId::TicketsResolutionMedianHours, KpiId::Csat};

} // namespace

void computeService(const Query &q, const Buckets &b, std::vector<KpiSet> &out)
{
    const Snapshot &s = q.snap;
    if (q.channel.active) {
        setNull(out, kTicketKeys, NullReason::FilterNotApplicable);
        setNull(out, {KpiId::Nps}, NullReason::FilterNotApplicable);
        return;
    }
    const qint64 asOf = q.asOf;
    std::vector<ServiceAcc> acc(static_cast<size_t>(b.size()));
    auto accountMatches = [&](int a) {
        const size_t sa = static_cast<size_t>(a);
        return q.persona.matches(q.res.accountPersona[sa]) && q.segment.matches(s.accounts.segment[sa]);
    };

    const auto &T = s.tickets;
    auto visitTicket = [&](size_t t) {
        const qint64 opened = T.opened[t];
        if (opened > asOf)
            return;
        if (const int k = b.find(opened); k >= 0)
            ++acc[static_cast<size_t>(k)].opened;
        const qint64 resolved = T.resolved[t];
        if (const int k = b.find(resolved); k >= 0) {
            ServiceAcc &a = acc[static_cast<size_t>(k)];
            if (resolved >= opened)
                a.resolutionHours.push_back(static_cast<double>(resolved - opened) / 3600.0);
            if (T.csat[t] > 0) {
                ++a.csatRated;
                if (T.csat[t] >= 4)
                    ++a.csatHappy;
            }
        }
    };
    const auto &N = s.nps;
    auto visitNps = [&](size_t r) {
        const int k = b.find(N.respondedOn[r]);
        if (k < 0)
            return;
        ServiceAcc &a = acc[static_cast<size_t>(k)];
        ++a.npsAnswers;
        if (N.score[r] >= 9)
            ++a.promoters;
        else if (N.score[r] <= 6)
            ++a.detractors;
    };
    if (!q.persona.active && !q.segment.active) {
        // Only the blocks of rows with an opening, resolution or answer in the periods.
        const RowZones *tickets = q.zones ? &q.zones->tickets : nullptr, *nps = q.zones ? &q.zones->nps : nullptr;
        forEachRowIn(nullptr, static_cast<int>(T.opened.size()), tickets, b.lo(), b.hi(),
                     [&](int t) { visitTicket(static_cast<size_t>(t)); });
        forEachRowIn(nullptr, static_cast<int>(N.respondedOn.size()), nps, b.lo(), b.hi(),
                     [&](int r) { visitNps(static_cast<size_t>(r)); });
    } else {
        // Only the filtered accounts' rows: a persona click reads a fraction.
        const std::vector<int> *list = indexFor(q.res.accountsByPersona, q.persona);
        if (!list)
            list = indexFor(s.accountsBySegment, q.segment);
        forEachIndex(list, s.accountCount(), [&](int a) {
            if (!accountMatches(a))
                return;
            const size_t sa = static_cast<size_t>(a);
            for (int i = s.accountTicketOffsets[sa]; i < s.accountTicketOffsets[sa + 1]; ++i)
                visitTicket(static_cast<size_t>(s.accountTickets[static_cast<size_t>(i)]));
            for (int i = s.accountNpsOffsets[sa]; i < s.accountNpsOffsets[sa + 1]; ++i)
                visitNps(static_cast<size_t>(s.accountNps[static_cast<size_t>(i)]));
        });
    }

    const bool hasTickets = !T.opened.empty(), hasNps = !N.respondedOn.empty();
    for (size_t k = 0; k < acc.size(); ++k) {
        ServiceAcc &a = acc[k];
        KpiSet &o = out[k];
        if (hasTickets) {
            o.set(KpiId::TicketsOpened, double(a.opened));
            o.set(KpiId::TicketsResolutionMedianHours, median(a.resolutionHours));
            o.set(KpiId::Csat, ratio(double(a.csatHappy), double(a.csatRated)));
        } else {
            for (KpiId id : kTicketKeys)
                o.set(id, std::nullopt, NullReason::NoData);
        }
        if (hasNps) {
            const auto share = ratio(double(a.promoters - a.detractors), double(a.npsAnswers));
            o.set(KpiId::Nps, share ? std::optional<double>(100.0 * *share) : std::nullopt);
        } else {
            o.set(KpiId::Nps, std::nullopt, NullReason::NoData);
        }
    }
}

} // namespace ra::detail

// Service family: tickets, resolution time, CSAT and NPS. Tickets and NPS
// follow the account persona and segment; they have no channel.
#include "kpi/enginequery.h"
#include "kpi/median.h"
#include "kpi/rowzones.h"

namespace ra::detail {

namespace {

// The counters of a period (integers: the parts add up exactly).
enum ServiceCounter { kOpened, kCsatRated, kCsatHappy, kNpsAnswers, kPromoters, kDetractors, kServiceCounters };
using ServicePart = CountsPart<kServiceCounters>; // lists: the resolved tickets' hours

const std::initializer_list<KpiId> kTicketKeys = {KpiId::TicketsOpened, KpiId::TicketsResolutionMedianHours, KpiId::Csat};

} // namespace

PassPartPtr computeServicePart(const Query &q, const Buckets &b, RowSlice slice)
{
    auto part = std::make_unique<ServicePart>(b.size());
    if (q.channel.active)
        return part;
    const Snapshot &s = q.snap;
    const qint64 asOf = q.asOf;
    qint64 *n[kServiceCounters];
    for (int c = 0; c < kServiceCounters; ++c)
        n[c] = part->counter(c);
    auto accountMatches = [&](int a) {
        const size_t sa = static_cast<size_t>(a);
        return q.persona.matches(q.res.accountPersona[sa]) && q.segment.matches(s.accounts.segment[sa]);
    };

    const auto &T = s.tickets;
    auto visitTicket = [&](size_t t) {
        const qint64 opened = T.opened[t];
        if (opened > asOf)
            return;
        ++n[kOpened][b.slot(opened)];
        const qint64 resolved = T.resolved[t];
        const int k = b.slot(resolved);
        const qint8 csat = T.csat[t];
        n[kCsatRated][k] += csat > 0;
        n[kCsatHappy][k] += csat >= 4;
        if (k < b.size() && resolved >= opened)
            part->lists[static_cast<size_t>(k)].push_back(static_cast<double>(resolved - opened) / 3600.0);
    };
    const auto &N = s.nps;
    auto visitNps = [&](size_t r) {
        const int k = b.slot(N.respondedOn[r]);
        const qint8 score = N.score[r];
        ++n[kNpsAnswers][k];
        n[kPromoters][k] += score >= 9;
        n[kDetractors][k] += score <= 6;
    };
    if (!q.persona.active && !q.segment.active) {
        // Only the blocks of rows with an opening, resolution or answer in the periods.
        const RowZones *tickets = q.zones ? &q.zones->tickets : nullptr, *nps = q.zones ? &q.zones->nps : nullptr;
        forEachRowIn(nullptr, static_cast<int>(T.opened.size()), tickets, b.lo(), b.hi(),
                     [&](int t) { visitTicket(static_cast<size_t>(t)); }, slice);
        forEachRowIn(nullptr, static_cast<int>(N.respondedOn.size()), nps, b.lo(), b.hi(),
                     [&](int r) { visitNps(static_cast<size_t>(r)); }, slice);
    } else {
        // Only the filtered accounts' rows: a persona click reads a fraction.
        const std::vector<int> *list = indexFor(q.res.accountsByPersona, q.persona);
        if (!list)
            list = indexFor(s.accountsBySegment, q.segment);
        // This part's share of the accounts (by position in the list).
        const qint64 n = list ? static_cast<qint64>(list->size()) : s.accountCount();
        for (qint64 at = slice.first(n); at < slice.last(n); ++at) {
            const int a = list ? (*list)[static_cast<size_t>(at)] : static_cast<int>(at);
            if (!accountMatches(a))
                continue;
            const size_t sa = static_cast<size_t>(a);
            for (int i = s.accountTicketOffsets[sa]; i < s.accountTicketOffsets[sa + 1]; ++i)
                visitTicket(static_cast<size_t>(s.accountTickets[static_cast<size_t>(i)]));
            for (int i = s.accountNpsOffsets[sa]; i < s.accountNpsOffsets[sa + 1]; ++i)
                visitNps(static_cast<size_t>(s.accountNps[static_cast<size_t>(i)]));
        }
    }
    return part;
}

void finishService(const Query &q, const Buckets &, PassParts &parts, std::vector<KpiSet> &out)
{
    if (q.channel.active) {
        setNull(out, kTicketKeys, NullReason::FilterNotApplicable);
        setNull(out, {KpiId::Nps}, NullReason::FilterNotApplicable);
        return;
    }
    const Snapshot &s = q.snap;
    const auto &T = s.tickets;
    const auto &N = s.nps;
    ServicePart &total = addParts<kServiceCounters>(parts);
    const bool hasTickets = !T.opened.empty(), hasNps = !N.respondedOn.empty();
    for (size_t k = 0; k < out.size(); ++k) {
        auto n = [&](ServiceCounter c) { return double(total.count(c, static_cast<int>(k))); };
        KpiSet &o = out[k];
        if (hasTickets) {
            o.set(KpiId::TicketsOpened, n(kOpened));
            o.set(KpiId::TicketsResolutionMedianHours, median(total.lists[k]));
            o.set(KpiId::Csat, ratio(n(kCsatHappy), n(kCsatRated)));
        } else {
            for (KpiId id : kTicketKeys)
                o.set(id, std::nullopt, NullReason::NoData);
        }
        if (hasNps) {
            const auto share = ratio(n(kPromoters) - n(kDetractors), n(kNpsAnswers));
            o.set(KpiId::Nps, share ? std::optional<double>(100.0 * *share) : std::nullopt);
        } else {
            o.set(KpiId::Nps, std::nullopt, NullReason::NoData);
        }
    }
}

void computeService(const Query &q, const Buckets &b, std::vector<KpiSet> &out)
{
    PassParts parts;
    parts.push_back(computeServicePart(q, b, {}));
    finishService(q, b, parts, out);
}

} // namespace ra::detail

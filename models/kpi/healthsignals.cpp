#include "kpi/healthsignals.h"
#include "domain/calendar.h"

#include "kpi/median.h"

#include <QCoreApplication>
#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <bit>
#include <numeric>
#include <tuple>

namespace ra {

QString riskSignalName(int index)
{
    static const char *const kNames[] = {
        QT_TRANSLATE_NOOP("ra::Health", "low utilisation"), QT_TRANSLATE_NOOP("ra::Health", "usage drop"),
        QT_TRANSLATE_NOOP("ra::Health", "detractor"), QT_TRANSLATE_NOOP("ra::Health", "poor service"),
        QT_TRANSLATE_NOOP("ra::Health", "contraction")};
    return index >= 0 && index < kRiskSignalCount ? QCoreApplication::translate("ra::Health", kNames[index]) : QString();
}

QString riskSignalKey(int index)
{
    static const char *const kKeys[] = {"low_utilisation", "usage_drop", "detractor", "poor_service", "contraction"};
    return index >= 0 && index < kRiskSignalCount ? QLatin1String(kKeys[index]) : QString();
}

int RiskEvidence::count() const { return std::popcount(signals); }

namespace detail {

namespace {
constexpr qint64 kDay = 86400;
} // namespace

HealthSignals::HealthSignals(const Snapshot &s, const Settings &settings, qint64 asOf)
    : m_s(s), m_settings(settings), m_asOf(asOf), m_asOfMonth(monthIndexOfEpoch(asOf))
{
}

qint64 HealthSignals::monthEnd(int m)
{
    namespace bg = boost::gregorian;
    const int next = m + 1;
    const bg::date first(static_cast<unsigned short>(next / 12), static_cast<unsigned short>(next % 12 + 1), 1);
    return static_cast<qint64>((first - bg::date(1970, 1, 1)).days()) * kDay;
}

const Snapshot::UsageCell &HealthSignals::usage(int slot, int m) const
{
    static const Snapshot::UsageCell kNoUsage;
    return m > m_asOfMonth ? kNoUsage : m_s.usageAt(slot, m);
}

bool HealthSignals::atRisk(unsigned signals) const { return std::popcount(signals) >= m_settings.riskSignals; }

unsigned HealthSignals::evaluate(int slot, int m, RiskEvidence *ev) const
{
    unsigned bits = 0;
    const Snapshot::UsageCell &now = usage(slot, m), &then = usage(slot, m - 3);
    // 1. low utilisation: users of the rows with seats against those seats.
    if (now.seats != kSeatsUnknown && now.seats > 0
        && double(now.seatUsers) / double(now.seats) < m_settings.lowUtilisation)
        bits |= kSignalLowUtilisation;
    // 2. usage drop over three months.
    if (then.users > 0 && double(now.users) <= (1.0 - m_settings.usageDrop) * double(then.users))
        bits |= kSignalUsageDrop;
    const int account = m_s.mrrAccounts[static_cast<size_t>(slot)];
    const qint64 end = monthEnd(m);
    const qint64 from = end - qint64(m_settings.healthWindowDays) * kDay;
    detractor(account, from, end, bits, ev);
    service(account, from, end, bits, ev);
    // 5. contraction against three months before.
    const qint64 mrrNow = mrr(slot, m), mrrThen = mrr(slot, m - 3);
    if (mrrThen > 0 && mrrNow < mrrThen)
        bits |= kSignalContraction;
    if (ev) {
        ev->signals = bits;
        ev->mrrNow = mrrNow;
        ev->mrrThen = mrrThen;
        ev->usersNow = now.users;
        ev->usersThen = then.users;
        ev->seats = now.seats;
        ev->seatUsers = now.seatUsers;
    }
    return bits;
}

// 3. a detractor: an answer of 0..6 in [from, end), known at as_of.
void HealthSignals::detractor(int account, qint64 from, qint64 end, unsigned &bits, RiskEvidence *ev) const
{
    const auto &off = m_s.accountNpsOffsets;
    for (int i = off[static_cast<size_t>(account)]; i < off[static_cast<size_t>(account) + 1]; ++i) {
        const size_t r = static_cast<size_t>(m_s.accountNps[static_cast<size_t>(i)]);
        const qint64 on = m_s.nps.respondedOn[r];
        const int score = m_s.nps.score[r];
        if (on > m_asOf || on < from || on >= end || score > 6)
            continue;
        bits |= kSignalDetractor;
        if (!ev)
            return;
        // The evidence: the lowest score, the latest of equals.
        if (ev->detractorScore < 0 || score < ev->detractorScore || (score == ev->detractorScore && on > ev->detractorOn)) {
            ev->detractorScore = score;
            ev->detractorOn = on;
        }
    }
}

// 4. poor service: a ticket resolved in [from, end) rated 1 or 2, or one opened
// open_ticket_days before min(end, as_of) and not resolved before end.
void HealthSignals::service(int account, qint64 from, qint64 end, unsigned &bits, RiskEvidence *ev) const
{
    const qint64 cutoff = std::min(end, m_asOf) - qint64(m_settings.openTicketDays) * kDay;
    const auto &off = m_s.accountTicketOffsets;
    for (int i = off[static_cast<size_t>(account)]; i < off[static_cast<size_t>(account) + 1]; ++i) {
        const size_t r = static_cast<size_t>(m_s.accountTickets[static_cast<size_t>(i)]);
        const qint64 opened = m_s.tickets.opened[r];
        if (opened > m_asOf) // not yet known
            continue;
        const qint64 resolved = m_s.tickets.resolved[r] <= m_asOf ? m_s.tickets.resolved[r] : kNever;
        const int csat = m_s.tickets.csat[r];
        const bool rated = resolved != kNever && resolved >= from && resolved < end && csat >= 1 && csat <= 2;
        const bool open = opened < cutoff && resolved >= end;
        if (!rated && !open)
            continue;
        bits |= kSignalPoorService;
        if (!ev)
            return;
        // The evidence: the oldest open ticket, else the worst rated one.
        const bool better = ev->ticketOpened == 0 || (open && (ev->ticketCsat != 0 || opened < ev->ticketOpened))
                            || (!open && ev->ticketCsat != 0 && csat < ev->ticketCsat);
        if (better) {
            ev->ticketOpened = opened;
            ev->ticketResolved = open ? 0 : resolved;
            ev->ticketCsat = open ? 0 : csat;
        }
    }
}

// ---------------------------------------------------------------- peer products

PeerProducts::PeerProducts(const Snapshot &s, const HealthSignals &sig, int m) : m_s(s)
{
    const int groups = s.segments.size() + 1;
    m_groupBegin.assign(static_cast<size_t>(groups) + 1, 0);
    m_groupAccounts.assign(static_cast<size_t>(groups), 0);
    m_slotBegin.assign(s.mrrAccounts.size(), -1);
    const int c = m - s.mrrFirstIndex;
    if (m > sig.asOfMonth() || c < 0 || c >= s.mrrMonths)
        return;
    m_begin = s.productOffsets[static_cast<size_t>(c)];
    m_end = s.productOffsets[static_cast<size_t>(c) + 1];

    // (group, product, mrr) of every entry, sorted: each (group, product) a run.
    struct Holding {
        int group, product;
        qint64 mrr;
        bool operator<(const Holding &o) const { return std::tie(group, product, mrr) < std::tie(o.group, o.product, o.mrr); }
    };
    std::vector<Holding> h;
    h.reserve(static_cast<size_t>(m_end - m_begin));
    int lastSlot = -1;
    for (int i = m_begin; i < m_end; ++i) {
        const Snapshot::ProductMrr &e = s.productMrr[static_cast<size_t>(i)];
        const int g = groupOf(e.slot);
        if (e.slot != lastSlot) {
            m_slotBegin[static_cast<size_t>(e.slot)] = i;
            ++m_groupAccounts[static_cast<size_t>(g)];
            lastSlot = e.slot;
        }
        h.push_back({g, e.product, e.mrr});
    }
    std::sort(h.begin(), h.end());
    std::vector<double> values;
    for (size_t i = 0; i < h.size();) {
        size_t j = i;
        values.clear();
        for (; j < h.size() && h[j].group == h[i].group && h[j].product == h[i].product; ++j)
            values.push_back(double(h[j].mrr));
        const PeerProduct p{h[i].group, h[i].product, static_cast<int>(j - i), *median(values)};
        m_all.push_back(p);
        ++m_groupBegin[static_cast<size_t>(p.group) + 1];
        i = j;
    }
    std::partial_sum(m_groupBegin.begin(), m_groupBegin.end(), m_groupBegin.begin());
}

int PeerProducts::groupOf(int slot) const
{
    return m_s.accounts.segment[static_cast<size_t>(m_s.mrrAccounts[static_cast<size_t>(slot)])] + 1;
}

int PeerProducts::accountsIn(int group) const { return m_groupAccounts[static_cast<size_t>(group)]; }

std::vector<int> PeerProducts::productsOf(int slot) const
{
    std::vector<int> out;
    for (int i = m_slotBegin[static_cast<size_t>(slot)]; i >= 0 && i < m_end; ++i) {
        const Snapshot::ProductMrr &e = m_s.productMrr[static_cast<size_t>(i)];
        if (e.slot != slot)
            break;
        out.push_back(e.product);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void PeerProducts::gapsOf(int slot, int &count, double &potential, std::vector<const PeerProduct *> *list) const
{
    const int g = groupOf(slot);
    const std::vector<int> own = productsOf(slot);
    count = 0;
    potential = 0;
    for (int i = m_groupBegin[static_cast<size_t>(g)]; i < m_groupBegin[static_cast<size_t>(g) + 1]; ++i) {
        const PeerProduct &p = m_all[static_cast<size_t>(i)];
        if (p.holders < 3 || std::binary_search(own.begin(), own.end(), p.product))
            continue;
        ++count;
        potential += p.median;
        if (list)
            list->push_back(&p);
    }
}

} // namespace detail
} // namespace ra

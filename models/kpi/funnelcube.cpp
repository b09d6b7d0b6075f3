#include "kpi/funnelcube.h"

#include <algorithm>
#include <limits>

namespace ra::detail {

namespace {

constexpr qint64 kDay = 86400;

// Days since the epoch, rounded down (before 1970 too).
qint64 dayOf(qint64 t)
{
    return t >= 0 ? t / kDay : -((-t + kDay - 1) / kDay);
}

// The leads that exist at as_of, and the first and last day of their
// bucketed events (created, MQL, SAL, SQL) known by then.
struct DayRange {
    qint64 first = 0, last = -1;
    bool empty() const { return last < first; }
};

DayRange eventDays(const Snapshot &s, qint64 asOf)
{
    qint64 lo = kNever, hi = std::numeric_limits<qint64>::min();
    const auto &L = s.leads;
    for (size_t i = 0; i < L.created.size(); ++i) {
        if (L.created[i] > asOf)
            continue;
        for (const qint64 t : {L.created[i], L.mql[i], L.sal[i], L.sql[i]}) {
            const bool known = t <= asOf; // kNever (unset) is never ≤ as_of
            lo = known ? std::min(lo, t) : lo;
            hi = known ? std::max(hi, t) : hi;
        }
    }
    if (lo == kNever)
        return {};
    return {dayOf(lo), dayOf(hi)};
}

// Where lead i's (persona, segment, channel) is in a table of every
// combination of the store's values (kNone, the first of each, at 0).
struct ComboKeys {
    const int *persona, *segment, *channel;
    size_t segments, channels; // values + 1
    explicit ComboKeys(const Snapshot &s)
        : persona(s.leads.persona.data()), segment(s.leadSegment.data()), channel(s.leads.channel.data()),
          segments(static_cast<size_t>(s.segments.size()) + 1), channels(static_cast<size_t>(s.channels.size()) + 1)
    {
    }
    size_t operator()(size_t i) const
    {
        return (static_cast<size_t>(persona[i] + 1) * segments + static_cast<size_t>(segment[i] + 1)) * channels
            + static_cast<size_t>(channel[i] + 1);
    }
};

} // namespace

// Counts into the cube's cells: lead i's events go to its combination's days.
// The acceptance times are only counted per cell here, and placed by a second
// pass over the leads once each cell's share is known (build()).
class FunnelCube::Builder {
public:
    using Count = qint32;
    Builder(const Snapshot &s, FunnelCube &cube, const std::vector<int> &comboOf)
        : m_keys(s), m_comboOf(comboOf.data()), m_counts(cube.m_counts.data()),
          m_accepted(cube.m_secondsStart.data() + 1), m_firstSecond(cube.m_firstDay * kDay), m_days(cube.m_days),
          m_stride(kFunnelCounters * cube.m_days), m_spare(static_cast<int>(cube.m_combos.size()) * m_stride)
    {
    }
    int slot(size_t i, qint64 t) const { return t == kNever ? m_spare : combo(i) * m_stride + day(t); }
    int spare() const { return m_spare; }
    qint32 *counter(int c) { return m_counts + static_cast<ptrdiff_t>(c) * m_days; }
    void addAcceptance(int k, qint64 seconds)
    {
        tooLong |= seconds > qint64(std::numeric_limits<quint32>::max());
        ++m_accepted[(k / m_stride) * m_days + k % m_stride];
    }
    // The cell (combination × days + day) of lead i's event at t (known, not kNever).
    size_t cell(size_t i, qint64 t) const { return static_cast<size_t>(combo(i)) * m_days + static_cast<size_t>(day(t)); }
    bool tooLong = false; // an acceptance time that does not fit 32 bits

private:
    int combo(size_t i) const { return m_comboOf[m_keys(i)]; }
    int day(qint64 t) const { return static_cast<int>((t - m_firstSecond) / kDay); }
    const ComboKeys m_keys;
    const int *m_comboOf;
    qint32 *m_counts;
    quint32 *m_accepted;
    qint64 m_firstSecond;
    int m_days, m_stride, m_spare;
};

std::unique_ptr<const FunnelCube> FunnelCube::build(const Snapshot &s, const Settings &settings, qint64 asOf,
                                                    bool anySize, const std::atomic<bool> *cancel)
{
    const DayRange days = eventDays(s, asOf);
    if (days.empty() || days.last - days.first >= 1 << 20)
        return nullptr;
    const auto &L = s.leads;
    // The combinations of (persona, segment, channel) of the leads, in order of first use.
    const ComboKeys keyOf(s);
    const qint64 keys = qint64(s.personas.size() + 1) * qint64(keyOf.segments) * qint64(keyOf.channels);
    if (keys > (qint64(1) << 24))
        return nullptr;
    std::unique_ptr<FunnelCube> cube(new FunnelCube);
    cube->m_firstDay = days.first;
    cube->m_days = static_cast<int>(days.last - days.first + 1);
    std::vector<int> comboOf(static_cast<size_t>(keys), -1);
    for (size_t i = 0; i < L.created.size(); ++i) {
        if (L.created[i] > asOf)
            continue;
        if (const size_t key = keyOf(i); comboOf[key] < 0) {
            comboOf[key] = static_cast<int>(cube->m_combos.size());
            cube->m_combos.push_back({L.persona[i], s.leadSegment[i], L.channel[i]});
        }
    }
    const size_t cells = cube->m_combos.size() * static_cast<size_t>(cube->m_days);
    const size_t counts = (cube->m_combos.size() + 1) * kFunnelCounters * static_cast<size_t>(cube->m_days);
    if (counts * sizeof(qint32) > kMaxBytes || counts > size_t(std::numeric_limits<int>::max()))
        return nullptr;
    if (!anySize && cells * 4 > static_cast<size_t>(s.leadCount()))
        return nullptr;
    cube->m_counts.assign(counts, 0);
    cube->m_secondsStart.assign(cells + 1, 0);

    const FunnelWindows w(asOf, settings);
    Builder sink(s, *cube, comboOf);
    LeadCounter<Builder> counter(s, w, sink);
    // Stopped between blocks of leads when asked to (the engine is going away).
    auto stopped = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    constexpr size_t kBlock = 1 << 16;
    for (size_t from = 0; from < L.created.size(); from += kBlock) {
        if (stopped())
            return nullptr;
        for (size_t i = from, to = std::min(L.created.size(), from + kBlock); i < to; ++i)
            if (L.created[i] <= asOf)
                counter.count(i);
    }
    if (sink.tooLong || stopped())
        return nullptr;

    // Each cell's acceptance times, placed in its share: the leads LeadCounter
    // gave an acceptance (an MQL and a SAL known at as_of, in order).
    for (size_t c = 0; c < cells; ++c)
        cube->m_secondsStart[c + 1] += cube->m_secondsStart[c];
    cube->m_seconds.resize(cube->m_secondsStart.back());
    std::vector<quint32> fill(cube->m_secondsStart.begin(), cube->m_secondsStart.end() - 1);
    for (size_t i = 0; i < L.created.size(); ++i) {
        const qint64 mql = L.mql[i], sal = L.sal[i];
        if (L.created[i] > asOf || mql == kNever || sal == kNever || mql > asOf || sal > asOf)
            continue;
        const qint64 accept = wrappingMinus(sal, mql);
        if (accept < 0)
            continue;
        const size_t c = sink.cell(i, mql);
        if (fill[c] == cube->m_secondsStart[c + 1]) // more than counted: never (the same test as LeadCounter's)
            return nullptr;
        cube->m_seconds[fill[c]++] = static_cast<quint32>(accept);
    }
    return cube;
}

void FunnelCube::answer(const Query &q, const Buckets &b, FunnelPart &part) const
{
    // Each day's period (or the spare), and the days that have one.
    std::vector<int> slotOfDay(static_cast<size_t>(m_days));
    int first = m_days, last = 0;
    for (int d = 0; d < m_days; ++d) {
        const int k = b.slot((m_firstDay + d) * kDay);
        slotOfDay[static_cast<size_t>(d)] = k;
        if (k < b.size()) {
            first = std::min(first, d);
            last = d + 1;
        }
    }
    std::vector<const Combo *> kept;
    for (const Combo &c : m_combos)
        if (q.persona.matches(c.persona) && q.segment.matches(c.segment) && q.channel.matches(c.channel))
            kept.push_back(&c);
    auto comboOf = [&](const Combo *c) { return static_cast<int>(c - m_combos.data()); };
    for (const Combo *c : kept) {
        for (int counter = 0; counter < kFunnelCounters; ++counter) {
            const qint32 *from = m_counts.data() + (static_cast<size_t>(comboOf(c)) * kFunnelCounters + counter) * m_days;
            qint64 *to = part.counter(counter);
            for (int d = first; d < last; ++d)
                to[slotOfDay[static_cast<size_t>(d)]] += from[d];
        }
    }
    // The SLA median's lists, each allocated once at its size.
    std::vector<size_t> sizes(static_cast<size_t>(b.size()) + 1, 0);
    for (const Combo *c : kept)
        for (int d = first; d < last; ++d) {
            const size_t at = cell(comboOf(c), d);
            sizes[static_cast<size_t>(slotOfDay[static_cast<size_t>(d)])] += m_secondsStart[at + 1] - m_secondsStart[at];
        }
    for (int k = 0; k < b.size(); ++k)
        part.lists[static_cast<size_t>(k)].reserve(part.lists[static_cast<size_t>(k)].size() + sizes[static_cast<size_t>(k)]);
    for (const Combo *c : kept)
        for (int d = first; d < last; ++d) {
            const int k = slotOfDay[static_cast<size_t>(d)];
            if (k == b.size())
                continue;
            std::vector<double> &list = part.lists[static_cast<size_t>(k)];
            const size_t at = cell(comboOf(c), d);
            for (quint32 a = m_secondsStart[at]; a < m_secondsStart[at + 1]; ++a)
                list.push_back(acceptanceHours(m_seconds[a]));
        }
}

FunnelCubes::FunnelCubes(std::shared_ptr<const Snapshot> s, Settings settings)
    : m_s(std::move(s)), m_settings(std::move(settings))
{
}

FunnelCubes::~FunnelCubes()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
}

std::shared_ptr<const FunnelCube> FunnelCubes::ready(qint64 asOf) const
{
    std::lock_guard lock(m_mutex);
    const auto *entry = find(asOf);
    return entry ? entry->second : nullptr;
}

const std::pair<qint64, std::shared_ptr<const FunnelCube>> *FunnelCubes::find(qint64 asOf) const
{
    for (const auto &entry : m_byAsOf)
        if (entry.first == asOf)
            return &entry;
    return nullptr;
}

void FunnelCubes::prepare(qint64 asOf) const
{
    std::lock_guard lock(m_mutex);
    if (m_building || find(asOf))
        return;
    if (m_thread.joinable()) // the last build, done
        m_thread.join();
    m_building = true;
    m_thread = std::thread([this, asOf] {
        std::shared_ptr<const FunnelCube> cube = FunnelCube::build(*m_s, m_settings, asOf, false, &m_cancel);
        std::lock_guard done(m_mutex);
        if (!m_cancel)
            keep(asOf, std::move(cube));
        m_building = false;
    });
}

std::shared_ptr<const FunnelCube> FunnelCubes::at(qint64 asOf) const
{
    if (auto cube = ready(asOf))
        return cube;
    std::shared_ptr<const FunnelCube> cube = FunnelCube::build(*m_s, m_settings, asOf);
    std::lock_guard lock(m_mutex);
    keep(asOf, cube);
    return cube;
}

void FunnelCubes::keep(qint64 asOf, std::shared_ptr<const FunnelCube> cube) const
{
    if (find(asOf))
        return; // built meanwhile by another caller: the same numbers
    if (m_byAsOf.size() >= 2)
        m_byAsOf.erase(m_byAsOf.begin());
    m_byAsOf.emplace_back(asOf, std::move(cube));
}

} // namespace ra::detail

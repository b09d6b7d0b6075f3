#include "kpi/kpiengine.h"

#include "kpi/enginequery.h"
#include "kpi/funnelcube.h"
#include "kpi/healthsignals.h"
#include "kpi/rowzones.h"
#include "kpi/snapshot.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <map>
#include <mutex>

namespace ra {

namespace detail {

std::vector<KpiSet> computeSetsImpl(const Query &q, const std::vector<Period> &periods, KpiFamilies families);
std::vector<CohortRow> computeCohorts(const Query &q, std::optional<int> fromMonth);
WhitespaceTable whitespaceTable(const Query &q, const Period &period);
std::vector<TargetResult> judgeTargets(const Snapshot &s, const Period &period, const KpiSet &actual);

Buckets::Buckets(const std::vector<Period> &periods, qint64 asOf) : m_periods(periods)
{
    for (const Period &p : periods) {
        m_starts.push_back(p.startEpoch());
        m_ends.push_back(p.endEpoch());
    }
    if (!periods.empty()) {
        m_lo = m_starts.front();
        // as_of is inclusive: an event at exactly as_of is known.
        m_hi = std::min(m_ends.back(), asOf == kNever ? kNever : asOf + 1);
    }
    // The day table: every boundary is a UTC midnight, so each day from m_lo
    // lies in one period or in none. Kept small (at most ~90 years of days).
    constexpr qint64 kMaxDays = 32768;
    if (m_hi <= m_lo || m_periods.size() > 32767 || (m_hi - m_lo) / kSecondsPerDay >= kMaxDays)
        return;
    for (size_t i = 0; i < m_periods.size(); ++i)
        if ((m_starts[i] - m_lo) % kSecondsPerDay != 0 || (m_ends[i] - m_lo) % kSecondsPerDay != 0)
            return;
    m_daySlot.assign(static_cast<size_t>((m_hi - 1 - m_lo) / kSecondsPerDay + 2), static_cast<qint16>(size()));
    for (size_t i = 0; i < m_periods.size(); ++i)
        for (qint64 t = m_starts[i]; t < m_ends[i] && t < m_hi; t += kSecondsPerDay)
            m_daySlot[static_cast<size_t>((t - m_lo) / kSecondsPerDay)] = static_cast<qint16>(i);
}

bool Buckets::usable(const std::vector<Period> &periods)
{
    for (size_t i = 0; i < periods.size(); ++i) {
        if (!periods[i].isValid())
            return false;
        if (i > 0 && periods[i].startEpoch() < periods[i - 1].endEpoch())
            return false;
    }
    return true;
}

void setNull(std::vector<KpiSet> &out, std::initializer_list<KpiId> ids, NullReason why)
{
    for (KpiSet &o : out)
        for (KpiId id : ids)
            o.set(id, std::nullopt, why);
}

namespace {

// The engine's passes, and the families whose keys each one sets. At 5M
// leads (engine-passes-5m.md), CPU of a period + 24-month trend, unfiltered
// and for a persona: funnel ~35 % / 33 %, health ~26 % / 24 %, bookings
// ~23 % / 20 %, recurring ~8 % / 15 %, service ~8 % / 10 %. On a big store
// the row passes are cut in parts (passparts.h) and both threads take tasks
// off one list: the passes that are not cut first (the longest, health,
// leads the list), then the parts, so that the threads end together.
struct Pass {
    KpiFamilies families;
    void (*run)(const Query &, const Buckets &, std::vector<KpiSet> &);
    // A pass that can be cut: its part and its finish, and how many parts.
    PassPartPtr (*part)(const Query &, const Buckets &, RowSlice) = nullptr;
    void (*finish)(const Query &, const Buckets &, PassParts &, std::vector<KpiSet> &) = nullptr;
    int (*parts)(const Query &, const Buckets &) = nullptr;
};
const Pass kPasses[] = {
    {{KpiFamily::Health}, computeHealth},
    {{KpiFamily::Recurring, KpiFamily::Spend}, computeRecurring},
    {{KpiFamily::Survey}, computeSurvey},
    {{KpiFamily::Lead}, computeFunnel, computeFunnelPart, finishFunnel, funnelParts},
    {{KpiFamily::Opportunity}, computeBookings, computeBookingsPart, finishBookings,
     [](const Query &, const Buckets &) { return 4; }},
    {{KpiFamily::Service}, computeService, computeServicePart, finishService,
     [](const Query &, const Buckets &) { return 2; }},
};

// Copies the keys a pass set (a value, or null with a reason) into `out`.
void mergeSet(const KpiSet &from, KpiSet &out)
{
    for (const KpiInfo &info : kpiCatalog())
        if (const std::optional<double> v = from.value(info.id); v || from.nullReason(info.id) != NullReason::None)
            out.set(info.id, v, from.nullReason(info.id));
}

// One pass of a parallel computation: its sets, and its parts until the last
// one done runs the finish (on whichever thread did it).
struct PassRun {
    const Pass *pass = nullptr;
    std::vector<KpiSet> sets;
    PassParts parts;
    int partCount = 0;
    std::atomic<int> partsLeft{0};
};

struct PassTask {
    PassRun *run;
    int part; // −1: the whole pass
};

} // namespace

std::vector<KpiSet> computeSetsImpl(const Query &q, const std::vector<Period> &periods, KpiFamilies families)
{
    const Buckets buckets(periods, q.asOf);
    std::vector<KpiSet> out(periods.size());
    std::vector<const Pass *> passes;
    for (const Pass &p : kPasses)
        if (p.families.intersects(families))
            passes.push_back(&p);
    // A persona's passes on a mid-sized store are too short to be worth a second thread.
    const int leads = q.snap.leadCount();
    const bool parallel = leads > 20000 && (!q.persona.active || leads > 200000);
    if (!parallel) {
        for (const Pass *p : passes)
            p->run(q, buckets, out);
        return out;
    }
    std::vector<PassRun> runs(passes.size());
    std::vector<PassTask> tasks;
    for (size_t i = 0; i < passes.size(); ++i) {
        PassRun &r = runs[i];
        r.pass = passes[i];
        r.sets.resize(periods.size());
        if (!r.pass->part)
            tasks.push_back({&r, -1});
    }
    for (PassRun &r : runs) {
        if (!r.pass->part)
            continue;
        r.partCount = r.pass->parts(q, buckets);
        r.parts.resize(static_cast<size_t>(r.partCount));
        r.partsLeft = r.partCount;
        for (int p = 0; p < r.partCount; ++p)
            tasks.push_back({&r, p});
    }
    std::atomic<size_t> next{0};
    auto drain = [&] {
        for (size_t i; (i = next++) < tasks.size();) {
            const PassTask &t = tasks[i];
            PassRun &r = *t.run;
            if (t.part < 0) {
                r.pass->run(q, buckets, r.sets);
                continue;
            }
            r.parts[static_cast<size_t>(t.part)] = r.pass->part(q, buckets, {t.part, r.partCount});
            if (--r.partsLeft == 0) // the last part: every other part's counters are written
                r.pass->finish(q, buckets, r.parts, r.sets);
        }
    };
    QFuture<void> other = QtConcurrent::run(drain);
    drain();
    other.waitForFinished();
    for (const PassRun &r : runs)
        for (size_t k = 0; k < out.size(); ++k)
            mergeSet(r.sets[k], out[k]);
    return out;
}

} // namespace detail

// A few resolutions per explicit as_of; the default as_of uses the snapshot's own.
struct KpiEngine::ResolutionCache {
    std::mutex mutex;
    std::map<qint64, std::shared_ptr<const Resolution>> byAsOf;
};

// The account-health matrix per as_of, built on first use (a few as_of values kept).
struct KpiEngine::HealthCache {
    std::mutex mutex;
    std::map<qint64, std::shared_ptr<const detail::HealthMatrix>> byAsOf;
};

// The zone maps of the snapshot's rows (a few hundred kilobytes at 5M leads),
// built by the first computation that needs them.
struct KpiEngine::ZoneCache {
    std::once_flag once;
    std::unique_ptr<const detail::EngineZones> zones;
};

KpiEngine::KpiEngine(std::shared_ptr<const Snapshot> snapshot, Settings settings)
    : m_snapshot(std::move(snapshot)), m_settings(std::move(settings)), m_cache(std::make_unique<ResolutionCache>()),
      m_healthCache(std::make_unique<HealthCache>()), m_zones(std::make_unique<ZoneCache>()),
      m_funnelCubes(std::make_unique<detail::FunnelCubes>(m_snapshot, m_settings))
{
}

const detail::EngineZones &KpiEngine::zones() const
{
    std::call_once(m_zones->once, [this] { m_zones->zones = std::make_unique<const detail::EngineZones>(*m_snapshot); });
    return *m_zones->zones;
}

std::shared_ptr<const detail::HealthMatrix> KpiEngine::healthFor(qint64 asOf) const
{
    std::lock_guard lock(m_healthCache->mutex); // a second caller waits for the first build
    auto &cache = m_healthCache->byAsOf;
    if (auto it = cache.find(asOf); it != cache.end())
        return it->second;
    if (cache.size() >= 4)
        cache.erase(cache.begin());
    auto h = std::make_shared<const detail::HealthMatrix>(detail::HealthMatrix::build(*m_snapshot, m_settings, asOf));
    cache.emplace(asOf, h);
    return h;
}

void KpiEngine::adoptHealth(qint64 asOf, std::shared_ptr<const detail::HealthMatrix> matrix)
{
    std::lock_guard lock(m_healthCache->mutex);
    m_healthCache->byAsOf[asOf] = std::move(matrix);
}

namespace {

detail::DimFilter dimFilter(const std::optional<QString> &value, const TextPool &pool)
{
    detail::DimFilter f;
    if (value) {
        f.active = true;
        f.id = pool.find(*value);
    }
    return f;
}

// The filters as interned ids: one query shape for every family and cohorts.
detail::Query makeQuery(const Snapshot &s, const Settings &settings, qint64 asOf, const Resolution &res,
                        const KpiFilters &filters)
{
    return {s, settings, asOf, res, dimFilter(filters.persona, s.personas), dimFilter(filters.segment, s.segments),
            dimFilter(filters.channel, s.channels), nullptr, nullptr};
}

} // namespace

KpiEngine::~KpiEngine() = default;

qint64 KpiEngine::defaultAsOf() const { return m_snapshot->defaultAsOf(); }

std::shared_ptr<const Resolution> KpiEngine::resolutionFor(qint64 asOf) const
{
    if (asOf >= m_snapshot->latestEvent())
        return std::shared_ptr<const Resolution>(m_snapshot, &m_snapshot->resolution);
    std::lock_guard lock(m_cache->mutex);
    auto it = m_cache->byAsOf.find(asOf);
    if (it != m_cache->byAsOf.end())
        return it->second;
    if (m_cache->byAsOf.size() >= 4)
        m_cache->byAsOf.erase(m_cache->byAsOf.begin());
    auto r = std::make_shared<const Resolution>(m_snapshot->resolve(asOf));
    m_cache->byAsOf.emplace(asOf, r);
    return r;
}

std::vector<KpiSet> KpiEngine::computeSets(const std::vector<Period> &periods, const KpiFilters &filters, qint64 asOf,
                                           KpiFamilies families) const
{
    if (periods.empty())
        return {};
    if (!detail::Buckets::usable(periods)) {
        std::vector<KpiSet> out;
        for (const Period &p : periods) {
            if (p.isValid()) {
                out.push_back(computeSets({p}, filters, asOf, families).front());
                continue;
            }
            KpiSet none; // an invalid period has no values (callers should not ask)
            for (const KpiInfo &k : kpiCatalog())
                none.set(k.id, std::nullopt, NullReason::NoData);
            out.push_back(none);
        }
        return out;
    }
    const auto res = resolutionFor(asOf);
    const Snapshot &s = *m_snapshot;
    detail::Query q = makeQuery(s, m_settings, asOf, *res, filters);
    q.zones = &zones();
    std::shared_ptr<const detail::HealthMatrix> health;
    if (families.has(KpiFamily::Health) && !q.channel.active && !s.mrrAccounts.empty()) {
        health = healthFor(asOf);
        q.health = health.get();
    }
    // The lead family from its cube when it is built (else from the rows, and
    // the cube built for the next computation at this as_of).
    std::shared_ptr<const detail::FunnelCube> cube;
    if (families.has(KpiFamily::Lead))
        q.funnelCube = (cube = m_funnelCubes->ready(asOf)).get();
    std::vector<KpiSet> sets = detail::computeSetsImpl(q, periods, families);
    if (families.has(KpiFamily::Lead) && !cube)
        m_funnelCubes->prepare(asOf);
    return sets;
}

KpiSet KpiEngine::computeSet(const Period &period, const KpiFilters &filters, qint64 asOf) const
{
    return computeSets({period}, filters, asOf).front();
}

KpiReport KpiEngine::compute(const Period &period, const KpiFilters &filters, std::optional<qint64> asOf) const
{
    KpiReport r;
    r.period = period;
    r.previousPeriod = period.previous();
    r.asOf = asOf.value_or(defaultAsOf());
    r.filters = filters;
    const auto sets = computeSets({r.previousPeriod, period}, filters, r.asOf);
    r.previous = sets[0];
    r.current = sets[1];
    r.targets = targets(period, r.current);
    return r;
}

TrendSeries KpiEngine::trend(Period::Kind grain, int n, const Period &endingAt, const KpiFilters &filters,
                             std::optional<qint64> asOf, KpiFamilies families) const
{
    TrendSeries t;
    t.periods = Period::lastN(grain, endingAt.last(), n);
    t.values = computeSets(t.periods, filters, asOf.value_or(defaultAsOf()), families);
    return t;
}

std::vector<BreakdownRow> KpiEngine::breakdown(const Period &period, Dimension by, const KpiFilters &filters,
                                               std::optional<qint64> asOf) const
{
    std::vector<BreakdownRow> rows;
    const qint64 a = asOf.value_or(defaultAsOf());
    for (const QString &v : values(by)) {
        KpiFilters f = filters;
        (by == Dimension::Persona ? f.persona : by == Dimension::Segment ? f.segment : f.channel) = v;
        rows.push_back({v, computeSet(period, f, a)});
    }
    return rows;
}

std::vector<CohortRow> KpiEngine::cohorts(std::optional<int> fromMonth, const KpiFilters &filters,
                                          std::optional<qint64> asOf) const
{
    const qint64 a = asOf.value_or(defaultAsOf());
    const auto res = resolutionFor(a);
    const Snapshot &s = *m_snapshot;
    return detail::computeCohorts(makeQuery(s, m_settings, a, *res, filters), fromMonth);
}

HealthList KpiEngine::health(const Period &period, const KpiFilters &filters, std::optional<qint64> asOf) const
{
    const qint64 a = asOf.value_or(defaultAsOf());
    const auto res = resolutionFor(a);
    detail::Query q = makeQuery(*m_snapshot, m_settings, a, *res, filters);
    std::shared_ptr<const detail::HealthMatrix> matrix;
    if (!q.channel.active && !m_snapshot->mrrAccounts.empty())
        q.health = (matrix = healthFor(a)).get(); // at-risk bits and lift counts, as the keys read them
    return detail::healthList(q, period);
}

WhitespaceTable KpiEngine::whitespace(const Period &period, const KpiFilters &filters, std::optional<qint64> asOf) const
{
    const qint64 a = asOf.value_or(defaultAsOf());
    const auto res = resolutionFor(a);
    return detail::whitespaceTable(makeQuery(*m_snapshot, m_settings, a, *res, filters), period);
}

std::vector<TargetResult> KpiEngine::targets(const Period &period, const KpiSet &actual) const
{
    return detail::judgeTargets(*m_snapshot, period, actual);
}

QStringList KpiEngine::values(Dimension d) const
{
    switch (d) {
    case Dimension::Persona: return m_snapshot->personaValues;
    case Dimension::Segment: return m_snapshot->segmentValues;
    case Dimension::Channel: return m_snapshot->channelValues;
    }
    return {};
}

} // namespace ra

#include "kpi/kpiengine.h"

#include "kpi/enginequery.h"
#include "kpi/snapshot.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <mutex>

namespace ra {

namespace detail {

std::vector<KpiSet> computeSetsImpl(const Query &q, const std::vector<Period> &periods);
std::vector<CohortRow> computeCohorts(const Query &q, std::optional<int> fromMonth);
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

std::vector<KpiSet> computeSetsImpl(const Query &q, const std::vector<Period> &periods)
{
    const Buckets buckets(periods, q.asOf);
    std::vector<KpiSet> out(periods.size());
    // The lead pass is the largest: on a big store it runs beside the others.
    const bool parallel = q.snap.leadCount() > 20000 && (!q.persona.active || q.snap.leadCount() > 200000);
    if (parallel) {
        // Each family writes only its own keys of `out`; the arrays do not overlap.
        std::vector<KpiSet> funnel(periods.size());
        QFuture<void> f = QtConcurrent::run([&] { computeFunnel(q, buckets, funnel); });
        computeBookings(q, buckets, out);
        computeRecurring(q, buckets, out);
        computeService(q, buckets, out);
        computeSurvey(q, buckets, out);
        f.waitForFinished();
        // The funnel pass computes exactly the Lead family of the catalog.
        for (size_t k = 0; k < out.size(); ++k)
            for (const KpiInfo &info : kpiCatalog())
                if (info.family == KpiFamily::Lead)
                    out[k].set(info.id, funnel[k].value(info.id), funnel[k].nullReason(info.id));
    } else {
        computeFunnel(q, buckets, out);
        computeBookings(q, buckets, out);
        computeRecurring(q, buckets, out);
        computeService(q, buckets, out);
        computeSurvey(q, buckets, out);
    }
    return out;
}

} // namespace detail

// A few resolutions per explicit as_of; the default as_of uses the snapshot's own.
struct KpiEngine::ResolutionCache {
    std::mutex mutex;
    std::map<qint64, std::shared_ptr<const Resolution>> byAsOf;
};

KpiEngine::KpiEngine(std::shared_ptr<const Snapshot> snapshot, Settings settings)
    : m_snapshot(std::move(snapshot)), m_settings(std::move(settings)), m_cache(std::make_unique<ResolutionCache>())
{
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
            dimFilter(filters.channel, s.channels)};
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

std::vector<KpiSet> KpiEngine::computeSets(const std::vector<Period> &periods, const KpiFilters &filters, qint64 asOf) const
{
    if (periods.empty())
        return {};
    if (!detail::Buckets::usable(periods)) {
        std::vector<KpiSet> out;
        for (const Period &p : periods) {
            if (p.isValid()) {
                out.push_back(computeSets({p}, filters, asOf).front());
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
    return detail::computeSetsImpl(makeQuery(s, m_settings, asOf, *res, filters), periods);
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
                             std::optional<qint64> asOf) const
{
    TrendSeries t;
    t.periods = Period::lastN(grain, endingAt.last(), n);
    t.values = computeSets(t.periods, filters, asOf.value_or(defaultAsOf()));
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

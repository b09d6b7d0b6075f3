#pragma once
// The one KPI implementation behind the dashboard, the PDF and the CLI.
// Pure: reads an in-memory Snapshot, never the disk.
#include "domain/settings.h"
#include "kpi/accounthealth.h"
#include "kpi/kpiresult.h"

#include <QStringList>
#include <initializer_list>
#include <memory>

namespace ra {

class Snapshot;
struct Resolution;
namespace detail {
struct HealthMatrix;
class FunnelCubes;
struct EngineZones;
}

// A set of KPI families (kpicatalog.h): what a page shows, so that the
// engine computes only those. Keys of other families are left unset.
class KpiFamilies {
public:
    constexpr KpiFamilies(std::initializer_list<KpiFamily> families)
    {
        for (KpiFamily f : families)
            m_bits |= bit(f);
    }
    static constexpr KpiFamilies all()
    {
        KpiFamilies f{};
        f.m_bits = ~quint32(0);
        return f;
    }
    constexpr KpiFamilies &operator|=(KpiFamily f)
    {
        m_bits |= bit(f);
        return *this;
    }
    constexpr bool has(KpiFamily f) const { return (m_bits & bit(f)) != 0; }
    constexpr bool intersects(KpiFamilies o) const { return (m_bits & o.m_bits) != 0; }
    constexpr bool operator==(const KpiFamilies &o) const = default;

private:
    static constexpr quint32 bit(KpiFamily f) { return quint32(1) << static_cast<int>(f); }
    quint32 m_bits = 0;
};

struct TrendSeries {
    std::vector<Period> periods;     // oldest first
    std::vector<KpiSet> values;      // one per period
};

struct BreakdownRow {
    QString value;   // persona / segment / channel; "Unassigned" for none
    KpiSet kpis;
};

struct CohortRow {
    int month = 0;                 // yyyymm of acquisition
    int accounts = 0;              // cohort size
    double startMrr = 0;           // cents, MRR of the cohort in its month
    std::vector<std::optional<double>> logoRetention;    // offset k = 0.. (0..1)
    std::vector<std::optional<double>> revenueRetention; // offset k = 0..
};

class KpiEngine {
public:
    KpiEngine(std::shared_ptr<const Snapshot> snapshot, Settings settings);
    ~KpiEngine();

    const Snapshot &snapshot() const { return *m_snapshot; }
    std::shared_ptr<const Snapshot> sharedSnapshot() const { return m_snapshot; }
    const Settings &settings() const { return m_settings; }
    qint64 defaultAsOf() const; // latest event timestamp of docs/kpi-definitions.md (0 for an empty store)

    // All KPIs for the period and its previous period, plus the period's targets.
    KpiReport compute(const Period &period, const KpiFilters &filters, std::optional<qint64> asOf = {}) const;
    // All KPIs for one period only.
    KpiSet computeSet(const Period &period, const KpiFilters &filters, qint64 asOf) const;
    // The n periods of `grain` ending with the one containing `endingAt`'s last day.
    TrendSeries trend(Period::Kind grain, int n, const Period &endingAt, const KpiFilters &filters,
                      std::optional<qint64> asOf = {}, KpiFamilies families = KpiFamilies::all()) const;
    std::vector<BreakdownRow> breakdown(const Period &period, Dimension by, const KpiFilters &filters,
                                        std::optional<qint64> asOf = {}) const;
    std::vector<CohortRow> cohorts(std::optional<int> fromMonth, const KpiFilters &filters,
                                   std::optional<qint64> asOf = {}) const;

    // The accounts at risk at the period's last month (worst first) with the
    // lift, and the white space of that month (kpis.md "Expansion and account
    // health"); not defined for other periods or under a channel filter.
    HealthList health(const Period &period, const KpiFilters &filters, std::optional<qint64> asOf = {}) const;
    WhitespaceTable whitespace(const Period &period, const KpiFilters &filters, std::optional<qint64> asOf = {}) const;

    // Values present in the store, sorted, with "Unassigned" last when it occurs.
    QStringList values(Dimension d) const;

    // The KPIs of `families` for each of the given periods (sorted,
    // non-overlapping periods share one pass per family; others are computed
    // one by one). On a large store the families run on two threads.
    std::vector<KpiSet> computeSets(const std::vector<Period> &periods, const KpiFilters &filters, qint64 asOf,
                                    KpiFamilies families = KpiFamilies::all()) const;
    // The targets.csv rows of the period, judged against `actual`.
    std::vector<TargetResult> targets(const Period &period, const KpiSet &actual) const;

    // The account-health matrix at as_of (built on first use and kept), for
    // the snapshot cache to store; adoptHealth() hands a new engine the one a
    // cache kept for these settings, before the engine is shared.
    std::shared_ptr<const detail::HealthMatrix> healthMatrix(qint64 asOf) const { return healthFor(asOf); }
    void adoptHealth(qint64 asOf, std::shared_ptr<const detail::HealthMatrix> matrix);

private:
    struct ResolutionCache;
    std::shared_ptr<const Resolution> resolutionFor(qint64 asOf) const;
    struct HealthCache;
    std::shared_ptr<const detail::HealthMatrix> healthFor(qint64 asOf) const;
    struct ZoneCache;
    const detail::EngineZones &zones() const; // built on first use

    std::shared_ptr<const Snapshot> m_snapshot;
    Settings m_settings;
    std::unique_ptr<ResolutionCache> m_cache;
    std::unique_ptr<HealthCache> m_healthCache;
    std::unique_ptr<ZoneCache> m_zones;
    std::unique_ptr<detail::FunnelCubes> m_funnelCubes; // the lead family's counters per as_of
};

} // namespace ra

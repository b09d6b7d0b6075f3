#pragma once
// What the engine returns: one value (or null with a reason) per KPI key.
#include "domain/kpicatalog.h"
#include "domain/period.h"
#include "kpi/kpifilters.h"

#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace ra {

enum class NullReason : quint8 {
    None,               // the value is set
    NoData,             // the source table is empty in the store
    ZeroDenominator,    // a ratio/mean/median over nothing
    NotWholeMonths,     // a monthly-grain KPI asked for a non-month period
    FilterNotApplicable,// e.g. CAC under a persona filter
};

// Values in engine units: money in cents (may be fractional for means),
// ratios 0..1, durations in hours/days/months, counts integral.
class KpiSet {
public:
    std::optional<double> value(KpiId id) const { return m_values[static_cast<int>(id)]; }
    NullReason nullReason(KpiId id) const { return m_reasons[static_cast<int>(id)]; }
    void set(KpiId id, std::optional<double> v, NullReason whyNull = NullReason::ZeroDenominator)
    {
        m_values[static_cast<int>(id)] = v;
        m_reasons[static_cast<int>(id)] = v ? NullReason::None : whyNull;
    }

private:
    std::array<std::optional<double>, kKpiCount> m_values{};
    std::array<NullReason, kKpiCount> m_reasons{};
};

enum class TargetStatus : quint8 { OnTrack, Behind, NoValue };

struct TargetResult {
    KpiId kpi;
    double target = 0;          // as written in targets.csv (major units for money)
    double value = 0;           // the target in engine units (cents for money): compare and format this
    QString owner;              // marketing, sales, service, shared or empty
    std::optional<double> actual; // engine units
    TargetStatus status = TargetStatus::NoValue;
};

struct KpiReport {
    Period period;
    Period previousPeriod;
    qint64 asOf = 0; // epoch seconds UTC
    KpiFilters filters;
    KpiSet current;
    KpiSet previous;
    std::vector<TargetResult> targets; // rows of targets.csv for this period
    const TargetResult *targetFor(KpiId id) const;
};

} // namespace ra

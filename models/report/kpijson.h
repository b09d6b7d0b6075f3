#pragma once
// The JSON form of docs/kpi-definitions.md ("The JSON form") and the JSON of trends,
// breakdowns and cohorts. Written by hand rather than through QJsonObject
// because the contract lists the KPI keys in catalog order and QJsonObject
// sorts its keys; numbers are printed in their shortest exact form.
#include "kpi/kpiengine.h"

#include <QString>
#include <vector>

namespace ra {

// One KPI value in JSON units: counts as integers, money in major units
// (cents / 100), everything else at full precision; "null" when null.
QString kpiJsonValue(KpiId id, std::optional<double> value);
// A double in its shortest text that reads back to the same double.
QString jsonNumber(double v);
// An amount in engine cents as JSON major units: whole cents exactly
// (Money::toJsonText), a fraction of a cent (a mean) at full precision.
QString jsonMoney(double cents);
QString jsonString(const QString &s);

// {"key": "2026-11", "start": "2026-11-01", "end": "2026-11-30"}
QString periodJson(const Period &p);
// {"persona": null, "segment": "SMB", "channel": null}
QString filtersJson(const KpiFilters &f);

// The JSON object of docs/kpi-definitions.md plus "previous" (the previous period and its kpis) and
// "targets" (the period's rows of targets.csv with actual and status).
QString kpiReportJson(const KpiReport &report);
QString trendJson(const TrendSeries &trend, const std::vector<KpiId> &keys, Period::Kind grain, qint64 asOf,
                  const KpiFilters &filters);
QString breakdownJson(const Period &period, Dimension by, const std::vector<BreakdownRow> &rows, qint64 asOf,
                      const KpiFilters &filters);
QString cohortsJson(const std::vector<CohortRow> &cohorts, qint64 asOf, const KpiFilters &filters);

QString dimensionKey(Dimension d); // "persona", "segment", "channel"
QString targetStatusName(TargetStatus s); // "on_track", "behind", null-ish "no_value"

} // namespace ra

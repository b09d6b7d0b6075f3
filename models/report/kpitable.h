#pragma once
// Plain-text tables for people (the CLI without --json) and the CSV forms of
// trends, breakdowns and cohorts. Values in CSV use the JSON units of
// docs/kpi-definitions.md (money in major units, ratios 0..1), empty for null, so that a
// spreadsheet gets numbers, not formatted text.
#include "kpi/kpiengine.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace ra {

// Columns padded to the widest cell; the first `leftColumns` columns are
// left-aligned, the others right-aligned. Widths count characters, so
// "—", "€" and "×" take one column each.
QString alignedTable(const QStringList &header, const std::vector<QStringList> &rows, int leftColumns = 1);

// KPI, key, value, previous, change, target, status; grouped by KpiGroup.
QString kpiReportTable(const KpiReport &report, const QString &currency);
QString trendTable(const TrendSeries &trend, const std::vector<KpiId> &keys, const QString &currency);
// One row per KPI, one column per value of the dimension.
QString breakdownTable(const std::vector<BreakdownRow> &rows, const QString &currency);
QString cohortsTable(const std::vector<CohortRow> &cohorts, const QString &currency);

// CSV for spreadsheets: every line goes through spreadsheetCsvLine()
// (csv/csvsafety.h), so a text cell such as a persona named "=HYPERLINK(...)"
// is neutralised, not run as a formula.
QString trendCsv(const TrendSeries &trend, const std::vector<KpiId> &keys);
QString breakdownCsv(const std::vector<BreakdownRow> &rows, Dimension by);
// One line per cohort and measure: month, accounts, start_mrr, measure (logo|revenue), k0, k1, ...
QString cohortsCsv(const std::vector<CohortRow> &cohorts);

} // namespace ra

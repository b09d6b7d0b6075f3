#pragma once
// How a KPI value reads for people: one implementation for the dashboard,
// the PDF report and the CLI's human table. Null is "—".
#include "domain/kpicatalog.h"
#include "kpi/kpiresult.h"

#include <QString>
#include <optional>

namespace ra {

// Value in engine units → text: counts "1,234"; money "€12,345" (cents
// dropped at ≥ 1,000, kept below); ratios "63.4%"; hours "4.2 h"; days
// "38.5 d"; months "14.2 mo"; multiples "3.2×"; scores "42" / "7.4".
QString formatKpiValue(KpiId id, std::optional<double> value, const QString &currency);
// Change from previous to current: ratios in percentage points ("+3.1 pp"),
// others as a relative change ("+12.0%"), "—" when either is null or the
// previous is 0 (for relative changes).
QString formatKpiChange(KpiId id, std::optional<double> current, std::optional<double> previous);

enum class ChangeDirection { Better, Worse, Same, Unknown };
ChangeDirection changeDirection(KpiId id, std::optional<double> current, std::optional<double> previous);

// Plain words for why a value is null (tooltips, PDF notes).
QString nullReasonText(KpiId id, NullReason reason);
QString currencySymbol(const QString &currency); // EUR → €, USD → $, GBP → £, else the code + space

} // namespace ra

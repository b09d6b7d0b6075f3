#pragma once
// How a KPI value reads for people: one implementation for the dashboard,
// the PDF report and the CLI's human table, in the reader's locale (by
// default QLocale(), which the application sets to the chosen language).
// Null is "—".
#include "domain/kpicatalog.h"
#include "kpi/kpiresult.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace ra {

// Value in engine units → text: counts "1,234"; money "€12,345" (whole
// units, MoneyPrecision::Whole); ratios "63.4%"; hours "4.2 h"; days
// "38.5 d"; months "14.2 mo"; multiples "3.2×"; scores "42" / "7.4".
QString formatKpiValue(KpiId id, std::optional<double> value, const QString &currency,
                       const QLocale &locale = QLocale());

// How precisely an amount reads (docs/decisions/money.md). The choice is by
// what the amount is, never by its size, so two amounts of one kind always
// look alike:
//  - Whole: a KPI value or any other figure computed over many records
//    (sums, means, medians, estimates): "€365", "€12,141";
//  - Cents: the amount of one record as imported (an account's MRR), which
//    a reader checks against the source system: "€902.00", "€2,042.50".
enum class MoneyPrecision { Whole, Cents };
// cents in the engine's unit (may be fractional for a mean) → "€1,234".
QString formatMoneyAmount(double cents, const QString &currency, MoneyPrecision precision,
                          const QLocale &locale = QLocale());
// Change from previous to current: ratios in percentage points ("+3.1 pp"),
// others as a relative change ("+12.0%"), "—" when either is null or the
// previous is 0 (for relative changes).
QString formatKpiChange(KpiId id, std::optional<double> current, std::optional<double> previous,
                        const QLocale &locale = QLocale());

enum class ChangeDirection { Better, Worse, Same, Unknown };
ChangeDirection changeDirection(KpiId id, std::optional<double> current, std::optional<double> previous);

// Plain words for why a value is null (tooltips, PDF notes).
QString nullReasonText(KpiId id, NullReason reason);
QString currencySymbol(const QString &currency);

// Plain numbers and shares for people, by the same rules.
QString formatNumber(double value, int decimals, const QLocale &locale = QLocale());
QString formatPercent(double share, int decimals, const QLocale &locale = QLocale()); // 0.123 → "12.3%" // EUR → €, USD → $, GBP → £, else the code + space

} // namespace ra

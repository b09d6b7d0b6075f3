#include "report/kpiformat.h"

#include <algorithm>
#include <cmath>

namespace ra {

// Precision, chosen for a reader comparing two numbers at a glance:
//  - counts: whole numbers;
//  - money: whole major units from 1,000 up (cents are noise there), two
//    decimals below (an ARPA of €42.50 must not read €43);
//  - ratios: percentage with one decimal;
//  - hours, days, months, multiples: one decimal;
//  - NPS: whole when the value is whole, else one decimal (a mean of few
//    answers can be 33.3); survey means and the gap: always one decimal,
//    so that 7.0 and 7.4 line up in a column.
// Everything is built from QString::number, which ignores the system locale:
// the CLI's output and the PDF must not change with LANG.

namespace {

const QString kDash = QStringLiteral("—");

bool isSurvey(KpiId id)
{
    return kpiInfo(id).family == KpiFamily::Survey;
}

// "1234567.891" → "1,234,567.891"; keeps a leading minus sign.
QString groupThousands(const QString &plain)
{
    QString sign;
    QString digits = plain;
    if (digits.startsWith(QLatin1Char('-'))) {
        sign = QStringLiteral("-");
        digits.remove(0, 1);
    }
    const qsizetype dot = digits.indexOf(QLatin1Char('.'));
    QString intPart = dot < 0 ? digits : digits.left(dot);
    const QString frac = dot < 0 ? QString() : digits.mid(dot);
    for (qsizetype i = intPart.size() - 3; i > 0; i -= 3)
        intPart.insert(i, QLatin1Char(','));
    return sign + intPart + frac;
}

bool allZeroDigits(const QString &s)
{
    for (QChar c : s)
        if (c.isDigit() && c != QLatin1Char('0'))
            return false;
    return true;
}

// Fixed-point text with thousands separators, never "-0.0".
QString fixed(double v, int decimals)
{
    QString s = QString::number(v, 'f', decimals);
    if (allZeroDigits(s) && s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    return groupThousands(s);
}

bool isWhole(double v)
{
    return std::fabs(v - std::round(v)) < 1e-9;
}

QString formatMoneyCents(double cents, const QString &currency)
{
    const double major = cents / 100.0;
    const QString symbol = currencySymbol(currency);
    const bool negative = major < 0 && std::fabs(major) >= 0.005;
    const double absMajor = std::fabs(major);
    // Whole units from 1,000 up: decided on the rounded value so that 999.996 reads "€1,000".
    const QString digits = std::round(absMajor * 100.0) >= 100000.0 ? fixed(absMajor, 0) : fixed(absMajor, 2);
    return (negative ? QStringLiteral("-") : QString()) + symbol + digits;
}

// Signed fixed text: "+3.1", "-0.4", "0.0" (no sign for zero).
QString signedFixed(double v, int decimals)
{
    const QString s = fixed(v, decimals);
    if (s.startsWith(QLatin1Char('-')))
        return s;
    return allZeroDigits(s) ? s : QStringLiteral("+") + s;
}

} // namespace

QString currencySymbol(const QString &currency)
{
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    return currency + QLatin1Char(' ');
}

QString formatKpiValue(KpiId id, std::optional<double> value, const QString &currency)
{
    if (!value || !std::isfinite(*value))
        return kDash;
    const double v = *value;
    switch (kpiInfo(id).unit) {
    case KpiUnit::Count:
        return fixed(v, 0);
    case KpiUnit::Money:
        return formatMoneyCents(v, currency);
    case KpiUnit::Ratio:
        return fixed(v * 100.0, 1) + QLatin1Char('%');
    case KpiUnit::Hours:
        return fixed(v, 1) + QStringLiteral(" h");
    case KpiUnit::Days:
        return fixed(v, 1) + QStringLiteral(" d");
    case KpiUnit::Months:
        return fixed(v, 1) + QStringLiteral(" mo");
    case KpiUnit::Multiple:
        return fixed(v, 1) + QStringLiteral("×");
    case KpiUnit::Score:
        if (isSurvey(id))
            return fixed(v, 1);
        return isWhole(v) ? fixed(v, 0) : fixed(v, 1);
    }
    return kDash;
}

namespace {

// The change as people read it: percentage points for shares, points for
// scores, else percent of the previous value; nullopt when there is none to
// show (a value missing, or a relative change from zero).
struct ShownChange {
    double amount;
    const char *suffix;
};
std::optional<ShownChange> shownChange(KpiId id, std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous || !std::isfinite(*current) || !std::isfinite(*previous))
        return std::nullopt;
    const KpiUnit unit = kpiInfo(id).unit;
    if (unit == KpiUnit::Ratio)
        return ShownChange{(*current - *previous) * 100.0, " pp"};
    // A score lives on a fixed scale that crosses zero (NPS −100..100): a
    // relative change of a negative NPS would have the wrong sign, so
    // scores change by points.
    if (unit == KpiUnit::Score)
        return ShownChange{*current - *previous, " pts"};
    if (*previous == 0.0)
        return std::nullopt;
    return ShownChange{(*current - *previous) / std::fabs(*previous) * 100.0, "%"};
}

} // namespace

QString formatKpiChange(KpiId id, std::optional<double> current, std::optional<double> previous)
{
    const auto change = shownChange(id, current, previous);
    return change ? signedFixed(change->amount, 1) + QLatin1String(change->suffix) : kDash;
}

ChangeDirection changeDirection(KpiId id, std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous)
        return ChangeDirection::Unknown;
    const double d = *current - *previous;
    // Equal within floating noise (means of the same data computed in a
    // different order), or a change that shows as 0.0: no arrow colour for
    // what the reader sees as no change.
    if (std::fabs(d) <= 1e-12 * std::max(1.0, std::fabs(*previous)))
        return ChangeDirection::Same;
    if (const auto change = shownChange(id, current, previous); change && allZeroDigits(fixed(change->amount, 1)))
        return ChangeDirection::Same;
    const bool up = d > 0;
    return up != kpiInfo(id).lowerIsBetter ? ChangeDirection::Better : ChangeDirection::Worse;
}

QString nullReasonText(KpiId id, NullReason reason)
{
    const KpiInfo &info = kpiInfo(id);
    switch (reason) {
    case NullReason::None:
        return {};
    case NullReason::NoData:
        switch (info.family) {
        case KpiFamily::Lead: return QStringLiteral("No leads have been imported.");
        case KpiFamily::Opportunity: return QStringLiteral("No opportunities have been imported.");
        case KpiFamily::Recurring: return QStringLiteral("No revenue has been imported.");
        case KpiFamily::Spend: return QStringLiteral("No revenue or no spend has been imported.");
        case KpiFamily::Service: return QStringLiteral("No tickets or NPS answers have been imported.");
        case KpiFamily::Survey: return QStringLiteral("No alignment survey has been imported.");
        case KpiFamily::Health:
            return id == KpiId::UsageActiveShare || id == KpiId::UsageSeatUtilisation
                       ? QStringLiteral("No product usage has been imported.")
                       : QStringLiteral("No revenue has been imported.");
        }
        return QStringLiteral("No data has been imported for this KPI.");
    case NullReason::ZeroDenominator:
        return QStringLiteral("Nothing to measure in this period (the count it divides by is zero).");
    case NullReason::NotWholeMonths:
        return QStringLiteral("Defined for whole calendar months only (month, quarter, year).");
    case NullReason::FilterNotApplicable:
        return QStringLiteral("The selected filter cannot apply to this KPI.");
    }
    return {};
}

} // namespace ra

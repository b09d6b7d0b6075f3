#include "report/kpiformat.h"

#include "domain/language.h"
#include "domain/money.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ra {

// Precision, chosen for a reader comparing two numbers at a glance:
//  - counts: whole numbers;
//  - money: see MoneyPrecision in the header: KPI values in whole major
//    units, one record's amount with its cents;
//  - ratios: percentage with one decimal;
//  - hours, days, months, multiples: one decimal;
//  - NPS: whole when the value is whole, else one decimal (a mean of few
//    answers can be 33.3); survey means and the gap: always one decimal,
//    so that 7.0 and 7.4 line up in a column.
// Every number is written by the QLocale passed in (by default the one the
// application chose, models/domain/language.h): "1,234.5" in English,
// "1 234,5" in Swedish. The C locale (no LANG at all) reads as US English.
// Machine output (JSON, CSV) never comes through here.

namespace {

const QString kDash = QStringLiteral("—");

bool isSurvey(KpiId id)
{
    return kpiInfo(id).family == KpiFamily::Survey;
}

bool allZeroDigits(const QString &s)
{
    for (QChar c : s)
        if (c.isDigit() && c.digitValue() != 0)
            return false;
    return true;
}

// Fixed-point text with the locale's separators, never "-0.0".
QString fixed(double v, int decimals, const QLocale &locale)
{
    const QString s = locale.toString(v, 'f', decimals);
    return allZeroDigits(s) ? locale.toString(std::fabs(v), 'f', decimals) : s;
}

bool isWhole(double v)
{
    return std::fabs(v - std::round(v)) < 1e-9;
}

// CLDR's percent patterns: Swedish puts a non-breaking space before the sign
// ("12,3 %"), English and Chinese none. QLocale has the sign, not the pattern.
QString withPercent(const QString &number, const QLocale &locale)
{
    return locale.language() == QLocale::Swedish ? number + QChar(0x00A0) + locale.percent() : number + locale.percent();
}

// Signed fixed text: "+3.1", "-0.4", "0.0" (no sign for zero).
QString signedFixed(double v, int decimals, const QLocale &locale)
{
    const QString s = fixed(v, decimals, locale);
    if (allZeroDigits(s) || v < 0)
        return s;
    return locale.positiveSign() + s;
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

QString formatMoneyAmount(double cents, const QString &currency, MoneyPrecision precision, const QLocale &locale)
{
    const QLocale l = readerLocale(locale);
    const int decimals = precision == MoneyPrecision::Whole ? 0 : 2;
    // Rounded before the sign is decided, so that -0.4 reads "€0", not "-€0".
    const double scale = precision == MoneyPrecision::Whole ? 1.0 : 100.0;
    const double shown = std::round(std::fabs(majorFromCents(cents)) * scale) / scale;
    const bool negative = cents < 0 && shown > 0;
    // The locale's own currency gets its own symbol (SEK in Swedish: "kr").
    const QString symbol = currency == l.currencySymbol(QLocale::CurrencyIsoCode) && !currency.isEmpty()
                               ? l.currencySymbol(QLocale::CurrencySymbol)
                               : currencySymbol(currency);
    // The sign in front, as in the locale's numbers: QLocale's en_US currency
    // format would write a negative sum in accounting brackets, "(€2,500)".
    return (negative ? l.negativeSign() : QString()) + l.toCurrencyString(shown, symbol, decimals).trimmed();
}

QString formatNumber(double value, int decimals, const QLocale &locale)
{
    return fixed(value, decimals, readerLocale(locale));
}

QString formatPercent(double share, int decimals, const QLocale &locale)
{
    const QLocale l = readerLocale(locale);
    return withPercent(fixed(share * 100.0, decimals, l), l);
}

QString formatKpiValue(KpiId id, std::optional<double> value, const QString &currency, const QLocale &locale)
{
    if (!value || !std::isfinite(*value))
        return kDash;
    const double v = *value;
    const QLocale l = readerLocale(locale);
    switch (kpiInfo(id).unit) {
    case KpiUnit::Count:
        return fixed(v, 0, l);
    case KpiUnit::Money:
        return formatMoneyAmount(v, currency, MoneyPrecision::Whole, l);
    case KpiUnit::Ratio:
        return withPercent(fixed(v * 100.0, 1, l), l);
    case KpiUnit::Hours:
        return QCoreApplication::translate("ra::KpiFormat", "%1 h").arg(fixed(v, 1, l));
    case KpiUnit::Days:
        return QCoreApplication::translate("ra::KpiFormat", "%1 d").arg(fixed(v, 1, l));
    case KpiUnit::Months:
        return QCoreApplication::translate("ra::KpiFormat", "%1 mo").arg(fixed(v, 1, l));
    case KpiUnit::Multiple:
        return fixed(v, 1, l) + QStringLiteral("×");
    case KpiUnit::Score:
        if (isSurvey(id))
            return fixed(v, 1, l);
        return isWhole(v) ? fixed(v, 0, l) : fixed(v, 1, l);
    }
    return kDash;
}

namespace {

// The change as people read it: percentage points for shares, points for
// scores, else percent of the previous value; nullopt when there is none to
// show (a value missing, or a relative change from zero).
enum class ChangeUnit { Percent, PercentagePoints, Points };
struct ShownChange {
    double amount;
    ChangeUnit unit;
};
std::optional<ShownChange> shownChange(KpiId id, std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous || !std::isfinite(*current) || !std::isfinite(*previous))
        return std::nullopt;
    const KpiUnit unit = kpiInfo(id).unit;
    if (unit == KpiUnit::Ratio)
        return ShownChange{(*current - *previous) * 100.0, ChangeUnit::PercentagePoints};
    // A score lives on a fixed scale that crosses zero (NPS −100..100): a
    // relative change of a negative NPS would have the wrong sign, so
    // scores change by points.
    if (unit == KpiUnit::Score)
        return ShownChange{*current - *previous, ChangeUnit::Points};
    if (*previous == 0.0)
        return std::nullopt;
    return ShownChange{(*current - *previous) / std::fabs(*previous) * 100.0, ChangeUnit::Percent};
}

} // namespace

QString formatKpiChange(KpiId id, std::optional<double> current, std::optional<double> previous, const QLocale &locale)
{
    const auto change = shownChange(id, current, previous);
    if (!change)
        return kDash;
    const QLocale l = readerLocale(locale);
    const QString amount = signedFixed(change->amount, 1, l);
    switch (change->unit) {
    case ChangeUnit::Percent: return withPercent(amount, l);
    case ChangeUnit::PercentagePoints: return QCoreApplication::translate("ra::KpiFormat", "%1 pp").arg(amount);
    case ChangeUnit::Points: return QCoreApplication::translate("ra::KpiFormat", "%1 pts").arg(amount);
    }
    return kDash;
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
    if (const auto change = shownChange(id, current, previous); change && allZeroDigits(QString::number(change->amount, 'f', 1)))
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
        case KpiFamily::Lead: return QCoreApplication::translate("ra::KpiFormat", "No leads have been imported.");
        case KpiFamily::Opportunity: return QCoreApplication::translate("ra::KpiFormat", "No opportunities have been imported.");
        case KpiFamily::Recurring: return QCoreApplication::translate("ra::KpiFormat", "No revenue has been imported.");
        case KpiFamily::Spend: return QCoreApplication::translate("ra::KpiFormat", "No revenue or no spend has been imported.");
        case KpiFamily::Service: return QCoreApplication::translate("ra::KpiFormat", "No tickets or NPS answers have been imported.");
        case KpiFamily::Survey: return QCoreApplication::translate("ra::KpiFormat", "No alignment survey has been imported.");
        case KpiFamily::Health:
            return id == KpiId::UsageActiveShare || id == KpiId::UsageSeatUtilisation
                       ? QCoreApplication::translate("ra::KpiFormat", "No product usage has been imported.")
                       : QCoreApplication::translate("ra::KpiFormat", "No revenue has been imported.");
        }
        return QCoreApplication::translate("ra::KpiFormat", "No data has been imported for this KPI.");
    case NullReason::ZeroDenominator:
        return QCoreApplication::translate("ra::KpiFormat", "Nothing to measure in this period (the count it divides by is zero).");
    case NullReason::NotWholeMonths:
        return QCoreApplication::translate("ra::KpiFormat", "Defined for whole calendar months only (month, quarter, year).");
    case NullReason::FilterNotApplicable:
        return QCoreApplication::translate("ra::KpiFormat", "The selected filter cannot apply to this KPI.");
    }
    return {};
}

} // namespace ra

#pragma once
// Money outside the engine's inner loops: an exact number of cents
// (docs/decisions/money.md). Text becomes cents digit by digit, never through
// a binary float, so 0.1 + 0.2 is 0.30 and 19.99 × 3 is 59.97. The engine
// keeps its money KPIs as double cents (a mean may be a fraction of a cent);
// the conversions to and from major units below are the only ones.
#include "core/result.h"

#include <QString>
#include <QStringView>
#include <compare>
#include <string_view>

namespace ra {

// Which written forms a parse accepts.
//  - Bundle: the money cells of docs/bundle-format.md: [sign] digits [. digits],
//    no exponent, no thousands separator, no currency sign.
//  - Number: the same plus an exponent (1.5e6), as targets.csv's target column
//    is a number; a money KPI's target must still be a whole number of cents.
// In both, digits beyond the cent are rejected unless they are zeros (1.250 is
// 125 cents, 1.255 is an error: never rounded), and "-0" is 0, not negative.
enum class MoneyForm { Bundle, Number };

class Money {
public:
    // The largest amount: 15 digits of major units and the cents.
    static constexpr qint64 kMaxCents = 99'999'999'999'999'999;

    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    // Exact decimal text → cents. Errors: Parse (the form, "more than two
    // decimals", "too large"), Validation (a negative amount when not allowed).
    static Result<Money> parse(std::string_view text, MoneyForm form = MoneyForm::Bundle, bool allowNegative = false);

    constexpr qint64 cents() const { return m_cents; }
    // "1234.50": the bundle's form, exact, always two decimals.
    QString toBundleText() const;
    // "1234.5": the JSON form (major units, shortest exact decimal).
    QString toJsonText() const;

    // Exact within ±kMaxCents; amounts read from a bundle and their sums over
    // any realistic store stay far below qint64's range.
    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_cents - b.m_cents); }
    friend constexpr Money operator*(Money a, qint64 times) { return Money(a.m_cents * times); }
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

// The engine's money unit (double cents) ↔ the unit people and targets.csv
// write (major units). centsFromMajor rounds to the nearest cent: a target of
// 19.99 is 1999 cents, not 1998.9999999999998.
double centsFromMajor(double major);
double majorFromCents(double cents);

// The bundle money form on qint64 cents, for code that keeps amounts in
// integer columns (the importer, the exporter, the export converters).
Result<qint64> parseMoney(std::string_view text, bool allowNegative = false);
Result<qint64> parseMoney(QStringView text, bool allowNegative = false);
QString formatMoney(qint64 cents); // 123450 → "1234.50"

} // namespace ra

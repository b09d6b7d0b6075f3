#include "domain/money.h"

#include "domain/reasons.h"
#include "domain/values.h"

#include <cmath>

namespace ra {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }


// An exponent beyond this makes any non-zero mantissa too large or too
// small; capping it keeps the digit walk below bounded.
constexpr long kMaxExponent = 100;

// The written number as its digits: mantissa digits (integer part then
// fraction) and where the decimal point sits among them, moved by the exponent.
struct Decimal {
    std::string_view intDigits, fracDigits;
    long point = 0; // the point follows this many mantissa digits
    bool negative = false;

    long size() const { return long(intDigits.size() + fracDigits.size()); }
    int digit(long k) const
    {
        if (k < 0 || k >= size())
            return 0;
        const auto i = std::size_t(k);
        return (i < intDigits.size() ? intDigits[i] : fracDigits[i - intDigits.size()]) - '0';
    }
};

// Splits s into its parts; false when it is not [sign] digits [. digits] [exponent].
bool split(std::string_view s, MoneyForm form, Decimal &d)
{
    std::size_t p = 0;
    if (p < s.size() && (s[p] == '-' || s[p] == '+'))
        d.negative = s[p++] == '-';
    const std::size_t intStart = p;
    while (p < s.size() && isDigit(s[p]))
        ++p;
    d.intDigits = s.substr(intStart, p - intStart);
    if (p < s.size() && s[p] == '.') {
        const std::size_t fracStart = ++p;
        while (p < s.size() && isDigit(s[p]))
            ++p;
        d.fracDigits = s.substr(fracStart, p - fracStart);
        if (d.fracDigits.empty())
            return false; // "5." is not a number here
    }
    if (d.intDigits.empty() && d.fracDigits.empty())
        return false;
    long exponent = 0;
    if (form == MoneyForm::Number && p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
        ++p;
        bool negativeExp = false;
        if (p < s.size() && (s[p] == '-' || s[p] == '+'))
            negativeExp = s[p++] == '-';
        const std::size_t expStart = p;
        for (; p < s.size() && isDigit(s[p]); ++p)
            exponent = std::min(kMaxExponent, exponent * 10 + (s[p] - '0'));
        if (p == expStart)
            return false;
        exponent = negativeExp ? -exponent : exponent;
    }
    d.point = long(d.intDigits.size()) + exponent;
    return p == s.size();
}

} // namespace

Result<Money> Money::parse(std::string_view text, MoneyForm form, bool allowNegative)
{
    const std::string_view s = trimmedValue(text);
    auto fail = [&](Reason why) {
        return makeError(ErrorCode::Parse, reasonText(why, {QString::fromUtf8(s.data(), qsizetype(s.size()))}));
    };
    Decimal d;
    if (!split(s, form, d))
        return fail(form == MoneyForm::Bundle ? Reason::AmountForm : Reason::InvalidNumber);
    // Cents are the digits up to two places after the point; the rest must be zeros.
    const long centsEnd = d.point + 2;
    for (long k = std::max(centsEnd, 0L); k < d.size(); ++k)
        if (d.digit(k) != 0)
            return fail(Reason::AmountDecimals);
    qint64 cents = 0;
    for (long k = 0; k < centsEnd; ++k) {
        cents = cents * 10 + d.digit(k);
        if (cents > kMaxCents)
            return fail(Reason::AmountTooLarge);
    }
    if (d.negative && cents != 0) {
        if (!allowNegative)
            return makeError(ErrorCode::Validation,
                             reasonText(Reason::NegativeAmount, {QString::fromUtf8(s.data(), qsizetype(s.size()))}));
        cents = -cents;
    }
    return Money(cents);
}

QString Money::toBundleText() const
{
    const bool negative = m_cents < 0;
    const quint64 a = negative ? quint64(0) - quint64(m_cents) : quint64(m_cents);
    return QString::asprintf("%s%llu.%02llu", negative ? "-" : "", a / 100, a % 100);
}

QString Money::toJsonText() const
{
    QString s = toBundleText();
    while (s.endsWith(QLatin1Char('0')) && s.contains(QLatin1Char('.')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

double centsFromMajor(double major) { return std::round(major * 100.0); }
double majorFromCents(double cents) { return cents / 100.0; }

Result<qint64> parseMoney(std::string_view text, bool allowNegative)
{
    auto m = Money::parse(text, MoneyForm::Bundle, allowNegative);
    if (!m)
        return m.error();
    return m->cents();
}

Result<qint64> parseMoney(QStringView text, bool allowNegative)
{
    const QByteArray bytes = text.toUtf8(); // any non-ASCII byte fails the form check
    return parseMoney(std::string_view(bytes.constData(), std::size_t(bytes.size())), allowNegative);
}

QString formatMoney(qint64 cents) { return Money::fromCents(cents).toBundleText(); }

} // namespace ra

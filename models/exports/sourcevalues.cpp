#include "exports/sourcevalues.h"

#include "domain/calendar.h"
#include "domain/reasons.h"
#include "domain/values.h"

#include <QDate>
#include <QDateTime>
#include <cctype>

namespace ra {
namespace {

struct Cursor {
    std::string_view s;
    std::size_t i = 0;
    bool done() const { return i >= s.size(); }
    char peek() const { return done() ? '\0' : s[i]; }
    bool eat(char c)
    {
        if (peek() != c)
            return false;
        ++i;
        return true;
    }
    // 1..maxDigits digits; -1 when none.
    int number(int maxDigits, int *digits = nullptr)
    {
        int v = 0, n = 0;
        while (!done() && n < maxDigits && std::isdigit(static_cast<unsigned char>(s[i])))
            v = v * 10 + (s[i++] - '0'), ++n;
        if (digits)
            *digits = n;
        return n == 0 ? -1 : v;
    }
    void spaces()
    {
        while (!done() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
    }
};

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

Error bad(std::string_view text, Reason why)
{
    return makeError(ErrorCode::Parse,
                     reasonText(Reason::UnparseableDateTime,
                                {QString::fromUtf8(text.data(), qsizetype(text.size())), reasonText(why)}));
}

struct Parts {
    int y = 0, m = 0, d = 0;
    bool slash = false;
};

// The date part: YYYY-MM-DD, YYYY/MM/DD, N/N/YY(YY), N.N.YY(YY).
std::optional<Parts> dateParts(Cursor &c, DateOrder order, bool *ambiguous)
{
    int n1d = 0;
    const int a = c.number(4, &n1d);
    if (a < 0)
        return std::nullopt;
    const char sep = c.peek();
    if (sep != '-' && sep != '/' && sep != '.')
        return std::nullopt;
    ++c.i;
    const int b = c.number(2);
    if (b < 0 || !c.eat(sep))
        return std::nullopt;
    int n3d = 0;
    const int e = c.number(4, &n3d);
    if (e < 0)
        return std::nullopt;
    Parts p;
    if (n1d == 4) {
        p.y = a, p.m = b, p.d = e;
        return n3d <= 2 ? std::optional(p) : std::nullopt;
    }
    if (n1d > 2 || (n3d != 2 && n3d != 4))
        return std::nullopt;
    p.slash = true;
    p.y = n3d == 2 ? 2000 + e : e; // spreadsheet two-digit years: this century
    DateOrder o = sep == '.' ? DateOrder::DayFirst : order;
    if (o == DateOrder::Unknown) {
        if (a > 12)
            o = DateOrder::DayFirst;
        else if (b > 12)
            o = DateOrder::MonthFirst;
        else if (a == b)
            o = DateOrder::MonthFirst; // same either way
        else {
            *ambiguous = true;
            return std::nullopt;
        }
    }
    if (o == DateOrder::DayFirst)
        p.d = a, p.m = b;
    else
        p.m = a, p.d = b;
    return p;
}

} // namespace

bool isSlashDate(std::string_view text)
{
    Cursor c{trimmed(text)};
    int digits = 0;
    if (c.number(4, &digits) < 0 || digits > 2)
        return false;
    return c.peek() == '/';
}

DateOrder provenDateOrder(std::string_view text)
{
    Cursor c{trimmed(text)};
    int digits = 0;
    const int a = c.number(4, &digits);
    if (a < 0 || digits > 2 || !c.eat('/'))
        return DateOrder::Unknown;
    const int b = c.number(2);
    if (a > 12 && b >= 1 && b <= 12)
        return DateOrder::DayFirst;
    if (b > 12 && a >= 1 && a <= 12)
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

Result<qint64> parseSourceTime(std::string_view raw, const SourceTimeOptions &options, bool dateOnly)
{
    const std::string_view text = trimmed(raw);
    Cursor c{text};
    bool ambiguous = false;
    const std::optional<Parts> p = dateParts(c, options.order, &ambiguous);
    if (ambiguous)
        return bad(text, Reason::DateOrderUnknown);
    if (!p)
        return bad(text, Reason::DateTimeForm);
    const QDate date(p->y, p->m, p->d);
    if (!date.isValid())
        return bad(text, Reason::NoSuchDay);
    int hh = 0, mm = 0, ss = 0;
    bool hasTime = false;
    if (c.eat('T') || c.peek() == ' ') {
        c.spaces();
        if (!c.done()) {
            hh = c.number(2);
            if (hh < 0 || !c.eat(':') || (mm = c.number(2)) < 0)
                return bad(text, Reason::TimeForm);
            if (c.eat(':') && (ss = c.number(2)) < 0)
                return bad(text, Reason::SecondsExpected);
            if (c.eat('.'))
                c.number(9); // fractions of a second are dropped
            hasTime = true;
        }
    }
    c.spaces();
    // AM/PM (spreadsheets in US locales).
    if (c.s.size() - c.i >= 2 && (iequals(c.s.substr(c.i, 2), "AM") || iequals(c.s.substr(c.i, 2), "PM"))) {
        const bool pm = iequals(c.s.substr(c.i, 2), "PM");
        if (!hasTime || hh < 1 || hh > 12)
            return bad(text, Reason::AmPmHour);
        hh = (hh % 12) + (pm ? 12 : 0);
        c.i += 2;
        c.spaces();
    }
    if (hh > 23 || mm > 59 || ss > 59)
        return bad(text, Reason::NoSuchTime);
    std::optional<int> offsetSeconds;
    if (c.eat('Z') || (c.s.size() - c.i == 3 && (iequals(c.s.substr(c.i), "UTC") || iequals(c.s.substr(c.i), "GMT")))) {
        offsetSeconds = 0;
        c.i = c.s.size();
    } else if (c.peek() == '+' || c.peek() == '-') {
        const int sign = c.peek() == '-' ? -1 : 1;
        ++c.i;
        int digits = 0;
        int oh = c.number(4, &digits), om = 0;
        if (digits == 4)
            om = oh % 100, oh /= 100;
        else if (digits == 2 && c.eat(':'))
            om = c.number(2);
        if (oh < 0 || om < 0 || oh > 14 || om > 59 || (digits != 2 && digits != 4))
            return bad(text, Reason::OffsetForm);
        offsetSeconds = sign * (oh * 3600 + om * 60);
    }
    c.spaces();
    if (!c.done())
        return bad(text, Reason::TrailingText);
    const qint64 day = daysFromCivil(p->y, p->m, p->d) * kSecondsPerDay;
    const qint64 local = day + hh * 3600 + mm * 60 + ss;
    if (dateOnly)
        return day;
    if (offsetSeconds)
        return local - *offsetSeconds;
    if (options.zone == QTimeZone::utc() || !options.zone.isValid())
        return local;
    return QDateTime(date, QTime(hh, mm, ss), options.zone).toSecsSinceEpoch();
}

Result<qint64> parseSourceMoney(std::string_view raw)
{
    std::string_view s = trimmed(raw);
    bool negative = false;
    std::string digits;
    digits.reserve(s.size());
    int lastDot = -1, lastComma = -1, dots = 0, commas = 0;
    for (char ch : s) {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isdigit(u)) {
            digits.push_back(ch);
        } else if (ch == '.') {
            lastDot = int(digits.size()), ++dots;
            digits.push_back('.');
        } else if (ch == ',') {
            lastComma = int(digits.size()), ++commas;
            digits.push_back(',');
        } else if (ch == '-' && digits.empty()) {
            negative = true;
        } else if (ch == '\'' || ch == ' ' || u >= 0x80 || std::isalpha(u) || ch == '$' || ch == '(' || ch == ')') {
            // currency signs and codes, apostrophe and (narrow) no-break space thousands separators
            if (ch == '(')
                negative = true;
        } else {
            return makeError(ErrorCode::Parse,
                             reasonText(Reason::UnparseableAmount, {QString::fromUtf8(s.data(), qsizetype(s.size()))}));
        }
    }
    if (digits.empty())
        return makeError(ErrorCode::Parse,
                         reasonText(Reason::UnparseableAmount, {QString::fromUtf8(s.data(), qsizetype(s.size()))}));
    // The decimal separator is the last of '.' and ',' when both appear; a
    // lone ',' is decimal unless it is a thousands group (exactly three digits after it, more than once or no '.').
    char decimal = '.';
    if (dots && commas)
        decimal = lastDot > lastComma ? '.' : ',';
    else if (commas == 1 && !dots && int(digits.size()) - lastComma - 1 != 3)
        decimal = ',';
    else if (dots > 1)
        decimal = ','; // 1.234.567: dots are thousands separators
    std::string plain;
    for (char ch : digits) {
        if (ch == decimal)
            plain.push_back('.');
        else if (ch != '.' && ch != ',')
            plain.push_back(ch);
    }
    auto cents = parseMoney(std::string_view(plain), true);
    if (!cents)
        return makeError(ErrorCode::Parse,
                         reasonText(Reason::UnparseableAmountBecause,
                                    {QString::fromUtf8(s.data(), qsizetype(s.size())), cents.message()}));
    return negative ? -*cents : *cents;
}

std::optional<bool> parseSourceBool(std::string_view raw)
{
    const std::string_view s = trimmed(raw);
    for (const char *t : {"true", "1", "yes", "y"})
        if (iequals(s, t))
            return true;
    for (const char *f : {"false", "0", "no", "n"})
        if (iequals(s, f))
            return false;
    return std::nullopt;
}

QString normaliseHeader(QStringView header)
{
    QString h = header.toString().simplified().toCaseFolded();
    if (h.startsWith(QChar(0xFEFF)))
        h.remove(0, 1);
    return h;
}

} // namespace ra

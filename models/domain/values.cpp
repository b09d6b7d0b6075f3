#include "domain/values.h"

#include "domain/calendar.h"
#include "domain/reasons.h"

#include <QLocale>
#include <cmath>
#include <limits>

namespace ra {
namespace {

// The parsers work on ASCII bytes: the importer calls the string_view overloads
// straight on libcsv's UTF-8 buffers, and the QStringView overloads convert
// once. Any non-ASCII character makes a value invalid anyway.

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly n digits at p[0..n).
bool digits(std::string_view s, std::size_t pos, int n, int &out)
{
    if (pos + std::size_t(n) > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[pos + std::size_t(i)];
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}


QString quoted(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// YYYY-MM-DD at the start of s; returns days since epoch.
bool parseDatePart(std::string_view s, qint64 &days)
{
    int y = 0, m = 0, d = 0;
    if (s.size() < 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-'
        || !digits(s, 8, 2, d))
        return false;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return false;
    days = daysFromCivil(y, m, d);
    return true;
}


// QStringView → ASCII bytes; false when a non-ASCII character is present.
bool toAscii(QStringView text, std::string &out)
{
    out.resize(std::size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            return false;
        out[std::size_t(i)] = char(c);
    }
    return true;
}

// Text with a character outside ASCII is no value of any kind: rejected with
// the reason a malformed one gets (its %1 the text, then `more`).
template <typename T, typename F>
Result<T> viaAscii(QStringView text, F parse, Reason reason, const QStringList &more = {})
{
    std::string bytes;
    if (!toAscii(text, bytes))
        return makeError(ErrorCode::Parse, reasonText(reason, QStringList{text.trimmed().toString()} + more));
    return parse(std::string_view(bytes));
}

// The range of a whole number in a reason: "from 0 to 10", "0 or more".
bool openRange(int max)
{
    return max == std::numeric_limits<int>::max();
}
QStringList rangeArgs(int min, int max)
{
    return openRange(max) ? QStringList{QString::number(min)} : QStringList{QString::number(min), QString::number(max)};
}

} // namespace

Result<qint64> parseTimestamp(std::string_view text)
{
    const std::string_view s = trimmedValue(text);
    auto fail = [&] { return makeError(ErrorCode::Parse, reasonText(Reason::UnparseableTimestamp, {quoted(s)})); };
    qint64 days = 0;
    if (!parseDatePart(s, days))
        return fail();
    if (s.size() == 10)
        return days * 86400;
    if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        return fail();
    int hh = 0, mm = 0, ss = 0;
    std::size_t p = 11;
    if (!digits(s, p, 2, hh) || p + 2 >= s.size() || s[p + 2] != ':' || !digits(s, p + 3, 2, mm))
        return fail();
    p += 5;
    if (p < s.size() && s[p] == ':') {
        if (!digits(s, p + 1, 2, ss))
            return fail();
        p += 3;
        if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
            ++p;
            const std::size_t start = p;
            while (p < s.size() && isDigit(s[p]))
                ++p;
            if (p == start)
                return fail();
        }
    }
    if (hh > 23 || mm > 59 || ss > 59)
        return fail();
    qint64 offset = 0;
    if (p < s.size()) {
        const char z = s[p];
        if ((z == 'Z' || z == 'z') && p + 1 == s.size()) {
            p += 1;
        } else if (z == '+' || z == '-') {
            int oh = 0, om = 0;
            if (!digits(s, p + 1, 2, oh))
                return fail();
            std::size_t q = p + 3;
            if (q < s.size() && s[q] == ':')
                ++q;
            if (!digits(s, q, 2, om) || q + 2 != s.size() || oh > 23 || om > 59)
                return fail();
            offset = (z == '+' ? 1 : -1) * (qint64(oh) * 3600 + qint64(om) * 60);
            p = s.size();
        } else {
            return fail();
        }
    }
    // Local time minus its offset = UTC.
    return days * 86400 + qint64(hh) * 3600 + qint64(mm) * 60 + ss - offset;
}

Result<qint64> parseDate(std::string_view text)
{
    const std::string_view s = trimmedValue(text);
    qint64 days = 0;
    if (s.size() != 10 || !parseDatePart(s, days))
        return makeError(ErrorCode::Parse, reasonText(Reason::UnparseableDate, {quoted(s)}));
    return days * 86400;
}

Result<int> parseMonth(std::string_view text)
{
    const std::string_view s = trimmedValue(text);
    int y = 0, m = 0;
    if (s.size() != 7 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || m < 1 || m > 12)
        return makeError(ErrorCode::Parse, reasonText(Reason::UnparseableMonth, {quoted(s)}));
    return y * 100 + m;
}

Result<int> parseInteger(std::string_view text, int min, int max)
{
    const std::string_view s = trimmedValue(text);
    // An open-ended range (counts such as active users) reads "0 or more".
    // The reason is built only on failure: this runs for every score of an import.
    auto fail = [&] {
        return makeError(ErrorCode::Parse,
                         reasonText(openRange(max) ? Reason::IntegerAtLeast : Reason::IntegerFromTo,
                                    QStringList{quoted(s)} + rangeArgs(min, max)));
    };
    std::size_t p = 0;
    bool negative = false;
    if (p < s.size() && (s[p] == '-' || s[p] == '+')) {
        negative = s[p] == '-';
        ++p;
    }
    if (p == s.size())
        return fail();
    qint64 v = 0;
    for (; p < s.size(); ++p) {
        if (!isDigit(s[p]) || v > std::numeric_limits<int>::max())
            return fail();
        v = v * 10 + (s[p] - '0');
    }
    if (negative)
        v = -v;
    if (v < min || v > max)
        return makeError(ErrorCode::Validation,
                         reasonText(openRange(max) ? Reason::OutOfRangeAtLeast : Reason::OutOfRangeFromTo,
                                    QStringList{QString::number(v)} + rangeArgs(min, max)));
    return int(v);
}

Result<double> parseNumber(std::string_view text)
{
    const std::string_view s = trimmedValue(text);
    auto fail = [&] { return makeError(ErrorCode::Parse, reasonText(Reason::InvalidNumber, {quoted(s)})); };
    // Only [sign] digits [. digits] [e[sign]digits]: no locale, no inf/nan, no hex.
    std::size_t p = 0;
    if (p < s.size() && (s[p] == '-' || s[p] == '+'))
        ++p;
    std::size_t mant = 0;
    while (p < s.size() && isDigit(s[p]))
        ++p, ++mant;
    if (p < s.size() && s[p] == '.') {
        ++p;
        while (p < s.size() && isDigit(s[p]))
            ++p, ++mant;
    }
    if (mant == 0)
        return fail();
    if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
        ++p;
        if (p < s.size() && (s[p] == '-' || s[p] == '+'))
            ++p;
        std::size_t e = 0;
        while (p < s.size() && isDigit(s[p]))
            ++p, ++e;
        if (e == 0)
            return fail();
    }
    if (p != s.size())
        return fail();
    bool ok = false;
    const double v = QLocale::c().toDouble(QLatin1String(s.data(), qsizetype(s.size())), &ok);
    if (!ok || !std::isfinite(v))
        return fail();
    return v;
}

Result<qint64> parseTimestamp(QStringView text)
{
    return viaAscii<qint64>(
        text, [](std::string_view s) { return parseTimestamp(s); }, Reason::UnparseableTimestamp);
}

Result<qint64> parseDate(QStringView text)
{
    return viaAscii<qint64>(
        text, [](std::string_view s) { return parseDate(s); }, Reason::UnparseableDate);
}

Result<int> parseMonth(QStringView text)
{
    return viaAscii<int>(
        text, [](std::string_view s) { return parseMonth(s); }, Reason::UnparseableMonth);
}

Result<int> parseInteger(QStringView text, int min, int max)
{
    return viaAscii<int>(
        text, [min, max](std::string_view s) { return parseInteger(s, min, max); },
        openRange(max) ? Reason::IntegerAtLeast : Reason::IntegerFromTo, rangeArgs(min, max));
}

Result<double> parseNumber(QStringView text)
{
    return viaAscii<double>(
        text, [](std::string_view s) { return parseNumber(s); }, Reason::InvalidNumber);
}

std::string_view trimmedValue(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

namespace {

// Writes value as width zero-padded digits: the formatters below run once per
// imported date, where QString::asprintf showed in profiles.
void putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString formatTimestamp(qint64 epochSeconds)
{
    const qint64 days = dayIndexOf(epochSeconds);
    const int secs = int(epochSeconds - days * 86400);
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    if (y < 0 || y > 9999)
        return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, secs / 3600, secs / 60 % 60, secs % 60);
    char text[] = "0000-00-00T00:00:00Z";
    putDigits(text, y, 4);
    putDigits(text + 5, m, 2);
    putDigits(text + 8, d, 2);
    putDigits(text + 11, secs / 3600, 2);
    putDigits(text + 14, secs / 60 % 60, 2);
    putDigits(text + 17, secs % 60, 2);
    return QString::fromLatin1(text, qsizetype(sizeof text - 1));
}

QString formatDate(qint64 epochSeconds)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(dayIndexOf(epochSeconds), y, m, d);
    if (y < 0 || y > 9999)
        return QString::asprintf("%04d-%02d-%02d", y, m, d);
    char text[] = "0000-00-00";
    putDigits(text, y, 4);
    putDigits(text + 5, m, 2);
    putDigits(text + 8, d, 2);
    return QString::fromLatin1(text, qsizetype(sizeof text - 1));
}

QString formatMonth(int yyyymm) { return QString::asprintf("%04d-%02d", yyyymm / 100, yyyymm % 100); }

} // namespace ra

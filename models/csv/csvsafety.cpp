#include "csv/csvsafety.h"

namespace ra {
namespace {

// [+-]digits[.digits][%] and nothing else: no operator or function can hide in it.
bool isPlainNumber(const QString &t)
{
    qsizetype i = 1; // t[0] is the sign
    qsizetype digits = 0;
    while (i < t.size() && t.at(i).isDigit() && t.at(i).unicode() < 128)
        ++i, ++digits;
    if (i < t.size() && t.at(i) == QLatin1Char('.')) {
        ++i;
        qsizetype fraction = 0;
        while (i < t.size() && t.at(i).isDigit() && t.at(i).unicode() < 128)
            ++i, ++fraction;
        if (fraction == 0)
            return false;
    }
    if (i < t.size() && t.at(i) == QLatin1Char('%'))
        ++i;
    return digits > 0 && i == t.size();
}

QString quoted(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

QString neutraliseCsvCell(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar c = text.at(0);
    const bool sign = c == QLatin1Char('+') || c == QLatin1Char('-');
    const bool risky = sign || c == QLatin1Char('=') || c == QLatin1Char('@') || c == QLatin1Char('\t')
        || c == QLatin1Char('\r');
    if (!risky || (sign && isPlainNumber(text)))
        return text;
    return QLatin1Char('\'') + text;
}

QString spreadsheetCsvLine(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out << quoted(neutraliseCsvCell(cell));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace ra

#include "import/cellparser.h"

#include "domain/kpicatalog.h"
#include "domain/period.h"
#include "domain/reasons.h"
#include "domain/values.h"

#include <QStringList>

namespace ra {
namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (x != b[i])
            return false;
    }
    return true;
}

template<typename T>
std::optional<QString> take(const Result<T> &r, Cell &cell)
{
    if (!r)
        return r.message();
    if constexpr (std::is_same_v<T, double>) {
        cell.type = Cell::Type::Real;
        cell.d = *r;
    } else {
        cell.type = Cell::Type::Int;
        cell.i = *r;
    }
    return std::nullopt;
}

std::optional<QString> parseEnum(const ColumnSpec &col, std::string_view text, Cell &cell)
{
    for (const std::string &v : col.enumValues) {
        if (equalsIgnoreCase(text, v)) {
            cell.type = Cell::Type::Text;
            cell.text = v;
            return std::nullopt;
        }
    }
    return reasonText(Reason::UnknownValue, {qs(col.enumLabel), qs(text), enumValueList(col)});
}

std::optional<QString> parsePeriod(std::string_view text, Cell &cell, std::string &periodKey)
{
    const QString t = qs(text);
    const auto p = Period::parse(t);
    if (!p)
        return p.message();
    if (p->kind() == Period::Kind::Custom)
        return reasonText(Reason::PeriodNotCustom, {t});
    periodKey = p->key().toStdString();
    cell.type = Cell::Type::Text;
    cell.text = periodKey;
    return std::nullopt;
}

std::optional<QString> parseKpiKey(std::string_view text, Cell &cell)
{
    const auto id = kpiFromKey(qs(text));
    if (!id)
        return reasonText(Reason::UnknownKpi, {qs(text)});
    cell.type = Cell::Type::Text;
    cell.text = kpiInfo(*id).key;
    return std::nullopt;
}

} // namespace

std::optional<QString> parseCell(const ColumnSpec &col, std::string_view text, Cell &cell, std::string &periodKey)
{
    switch (col.kind) {
    case ColumnKind::Id:
    case ColumnKind::Text:
        cell.type = Cell::Type::Text;
        cell.text = text;
        return std::nullopt;
    case ColumnKind::Timestamp: return take(parseTimestamp(text), cell);
    case ColumnKind::Date: return take(parseDate(text), cell);
    case ColumnKind::Month: return take(parseMonth(text), cell);
    case ColumnKind::Money: return take(parseMoney(text, false), cell);
    case ColumnKind::Score: return take(parseInteger(text, col.min, col.max), cell);
    case ColumnKind::Number: return take(parseNumber(text), cell);
    case ColumnKind::Enum: return parseEnum(col, text, cell);
    case ColumnKind::Period: return parsePeriod(text, cell, periodKey);
    case ColumnKind::Kpi: return parseKpiKey(text, cell);
    }
    return QStringLiteral("unknown column kind");
}

QString enumValueList(const ColumnSpec &col)
{
    QStringList l;
    for (const std::string &v : col.enumValues)
        l << qs(v);
    return l.join(QStringLiteral(", "));
}

} // namespace ra

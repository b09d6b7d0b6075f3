#include "import/rowrules.h"

#include "domain/kpicatalog.h"
#include "domain/money.h"
#include "domain/reasons.h"

#include <QCoreApplication>

namespace ra {
namespace {

constexpr std::string_view kDefaultProduct = "default";

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

void defaultText(Cell &cell, std::string_view value)
{
    if (cell.type != Cell::Type::Null)
        return;
    cell.type = Cell::Type::Text;
    cell.text = value;
}

} // namespace

RowRules::RowRules(const TableSpec &table, const std::vector<int> &colFile) : m_t(table), m_colFile(colFile)
{
    auto col = [&](const char *name) { return m_t.columnIndex(name); };
    m_product = col("product");
    m_respondent = col("respondent");
    m_status = col("status");
    m_closed = col("closed_at");
    m_created = col("created_at");
    m_opened = col("opened_at");
    m_resolved = col("resolved_at");
    m_kpi = col("kpi");
    m_target = col("target");
    if (m_t.id == BundleTable::Leads)
        m_stage = {m_created, col("mql_at"), col("sal_at"), col("sql_at"), col("disqualified_at")};
}

std::optional<CellFailure> RowRules::apply(std::span<Cell> cells, const ColumnFlags &failed,
                                           const CsvRecord &rec) const
{
    switch (m_t.id) {
    case BundleTable::Revenue:
    case BundleTable::Usage: defaultText(cells[std::size_t(m_product)], kDefaultProduct); return std::nullopt;
    case BundleTable::Nps: defaultText(cells[std::size_t(m_respondent)], {}); return std::nullopt;
    case BundleTable::Opportunities: return closedAtRule(cells, failed);
    case BundleTable::Targets: return moneyTargetRule(cells, failed, rec);
    default: return std::nullopt;
    }
}

std::optional<CellFailure> RowRules::closedAtRule(std::span<const Cell> cells, const ColumnFlags &failed) const
{
    const Cell &status = cells[std::size_t(m_status)];
    if (status.type != Cell::Type::Text || status.text == "open" || failed.test(m_closed)
        || cells[std::size_t(m_closed)].type != Cell::Type::Null)
        return std::nullopt;
    return CellFailure{m_colFile[std::size_t(m_closed)] >= 0 ? m_closed : m_status,
                       reasonText(Reason::ClosedAtRequired, {qs(status.text)})};
}

// A money KPI's target is an amount in major units: it is read again, exactly,
// by the money rules (at most two decimals, never rounded), so that it is
// compared with the engine's cents in one unit. Other targets stay numbers.
std::optional<CellFailure> RowRules::moneyTargetRule(std::span<Cell> cells, const ColumnFlags &failed,
                                                     const CsvRecord &rec) const
{
    const Cell &kpi = cells[std::size_t(m_kpi)];
    Cell &target = cells[std::size_t(m_target)];
    if (kpi.type != Cell::Type::Text || target.type != Cell::Type::Real || failed.test(m_target))
        return std::nullopt;
    const auto id = kpiFromKey(qs(kpi.text));
    if (!id || kpiInfo(*id).unit != KpiUnit::Money)
        return std::nullopt;
    const auto amount = Money::parse(rec.field(m_colFile[std::size_t(m_target)]), MoneyForm::Number, true);
    if (!amount)
        return CellFailure{m_target, reasonText(Reason::MoneyTarget, {qs(kpi.text), amount.message()})};
    target.d = majorFromCents(double(amount->cents()));
    return std::nullopt;
}

std::optional<QString> RowRules::before(std::span<const Cell> cells, int a, int b) const
{
    const Cell &x = cells[std::size_t(a)], &y = cells[std::size_t(b)];
    if (x.type != Cell::Type::Int || y.type != Cell::Type::Int || y.i >= x.i)
        return std::nullopt;
    return QCoreApplication::translate("ra::Import", "%1 before %2 (imported; left out of durations)")
        .arg(qs(m_t.columns[std::size_t(b)].name), qs(m_t.columns[std::size_t(a)].name));
}

std::optional<QString> RowRules::orderWarning(std::span<const Cell> cells) const
{
    switch (m_t.id) {
    case BundleTable::Leads: {
        // created_at <= mql_at <= sal_at <= sql_at over the stages present; one warning per row.
        int prev = m_stage[0];
        for (int i = 1; i < 4; ++i) {
            if (cells[std::size_t(m_stage[i])].type != Cell::Type::Int)
                continue;
            if (auto w = before(cells, prev, m_stage[i]))
                return w;
            prev = m_stage[i];
        }
        return before(cells, m_stage[0], m_stage[4]);
    }
    case BundleTable::Opportunities: return before(cells, m_created, m_closed);
    case BundleTable::Tickets: return before(cells, m_opened, m_resolved);
    default: return std::nullopt;
    }
}

} // namespace ra

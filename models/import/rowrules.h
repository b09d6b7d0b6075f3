#pragma once
// The rules of docs/bundle-format.md that span the columns of one row: the
// defaults one column takes from another, the checks between columns, and
// the out-of-order timestamps that are imported but flagged.
#include "csv/csvreader.h"
#include "import/bundlespec.h"
#include "import/columnflags.h"
#include "import/upsertstatement.h"

#include <QString>
#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace ra {

struct CellFailure {
    int column; // spec column the rejection names
    QString reason;
};

class RowRules {
public:
    // colFile: per spec column, its field in the file (-1 when absent).
    RowRules(const TableSpec &table, const std::vector<int> &colFile);

    // Fills defaults into cells and checks what spans columns; failed marks
    // the columns already rejected; rec is the row as read.
    std::optional<CellFailure> apply(std::span<Cell> cells, const ColumnFlags &failed,
                                     const CsvRecord &rec) const;
    // "sql_at before mql_at (...)" for the first pair out of order, if any.
    std::optional<QString> orderWarning(std::span<const Cell> cells) const;

private:
    std::optional<CellFailure> closedAtRule(std::span<const Cell> cells, const ColumnFlags &failed) const;
    std::optional<CellFailure> moneyTargetRule(std::span<Cell> cells, const ColumnFlags &failed,
                                               const CsvRecord &rec) const;
    std::optional<QString> before(std::span<const Cell> cells, int a, int b) const;

    const TableSpec &m_t;
    const std::vector<int> &m_colFile;
    int m_product = -1, m_respondent = -1, m_status = -1, m_closed = -1, m_created = -1, m_opened = -1,
        m_resolved = -1, m_kpi = -1, m_target = -1;
    std::array<int, 5> m_stage{}; // leads: created, mql, sal, sql, disqualified
};

} // namespace ra

#pragma once
// The prepared "INSERT ... ON CONFLICT(key) DO UPDATE ... WHERE something
// differs" of one bundle file: builds the SQL from the table spec and binds a
// row's cells into the two Statements (upsert, plain insert).
#include "core/result.h"
#include "import/bundlespec.h"
#include "store/statement.h"

#include <span>
#include <string_view>
#include <vector>

namespace ra {

// One parsed field. Text views point into the CSV record, a RowBatch or
// static strings and must outlive step().
struct Cell {
    enum class Type : quint8 { Null, Int, Real, Text };
    Type type = Type::Null;
    qint64 i = 0;
    double d = 0;
    std::string_view text;
};

class UpsertStatement {
public:
    // Columns written: the key columns and those present in the file (a column
    // absent from the file keeps its stored value on update).
    Status prepare(sqlite3 *db, const TableSpec &table, const std::vector<bool> &written);
    // Binds cells (indexed like table.columns) and steps; changed = a row was
    // inserted or an existing row's values differed. knownNew: the key index
    // says the key is neither stored nor imported yet, so the plain INSERT runs
    // (no upsert clause to evaluate).
    Status execute(std::span<const Cell> cells, bool knownNew, bool &changed);

private:
    Statement m_upsert; // INSERT ... ON CONFLICT ... DO UPDATE/NOTHING
    Statement m_insert; // INSERT
    std::vector<int> m_param; // per table column: 1-based parameter, 0 = not written
};

} // namespace ra

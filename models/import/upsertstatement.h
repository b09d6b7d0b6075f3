#pragma once
// The prepared "INSERT ... ON CONFLICT(key) DO UPDATE ... WHERE something
// differs" of one bundle file, on the raw sqlite3 handle: bind values only.
#include "core/result.h"
#include "import/bundlespec.h"

#include <span>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

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
    UpsertStatement() = default;
    ~UpsertStatement();
    UpsertStatement(const UpsertStatement &) = delete;
    UpsertStatement &operator=(const UpsertStatement &) = delete;

    // Columns written: the key columns and those present in the file (a column
    // absent from the file keeps its stored value on update).
    Status prepare(sqlite3 *db, const TableSpec &table, const std::vector<bool> &written);
    // Binds cells (indexed like table.columns) and steps; changed = a row was
    // inserted or an existing row's values differed. knownNew: the key index
    // says the key is neither stored nor imported yet, so the plain INSERT runs
    // (no upsert clause to evaluate).
    Status execute(std::span<const Cell> cells, bool knownNew, bool &changed);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;   // INSERT ... ON CONFLICT ... DO UPDATE/NOTHING
    sqlite3_stmt *m_insert = nullptr; // INSERT
    std::vector<int> m_param; // per table column: 1-based parameter, 0 = not written
};

} // namespace ra

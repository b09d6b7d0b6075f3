#include "import/upsertstatement.h"

#include <sqlite3.h>

namespace ra {

UpsertStatement::~UpsertStatement()
{
    sqlite3_finalize(m_stmt);
    sqlite3_finalize(m_insert);
}

Status UpsertStatement::prepare(sqlite3 *db, const TableSpec &table, const std::vector<bool> &written)
{
    m_db = db;
    m_param.assign(table.columns.size(), 0);
    // Identifiers come from the fixed spec, never from the file; values are bound.
    std::string names, params, keys, sets, differs;
    int n = 0;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const ColumnSpec &col = table.columns[c];
        if (!col.key && !written[c])
            continue;
        m_param[c] = ++n;
        names += (n > 1 ? "," : "") + col.name;
        params += (n > 1 ? ",?" : "?") + std::to_string(n);
        if (col.key) {
            keys += (keys.empty() ? "" : ",") + col.name;
        } else {
            sets += (sets.empty() ? "" : ",") + col.name + "=excluded." + col.name;
            differs += (differs.empty() ? "" : " OR ") + table.table + "." + col.name + " IS NOT excluded." + col.name;
        }
    }
    const std::string insert = "INSERT INTO " + table.table + " (" + names + ") VALUES (" + params + ")";
    std::string sql = insert + " ON CONFLICT(" + keys + ") ";
    sql += sets.empty() ? "DO NOTHING" : "DO UPDATE SET " + sets + " WHERE " + differs;
    if (sqlite3_prepare_v3(db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(db, insert.c_str(), int(insert.size()), SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr)
               != SQLITE_OK)
        return makeError(ErrorCode::Database, QStringLiteral("cannot prepare the %1 upsert: %2")
                                                  .arg(QString::fromStdString(table.table), QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

Status UpsertStatement::execute(std::span<const Cell> cells, bool knownNew, bool &changed)
{
    sqlite3_stmt *stmt = knownNew ? m_insert : m_stmt;
    static const char kEmpty[] = "";
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const int p = m_param[c];
        if (p == 0)
            continue;
        const Cell &cell = cells[c];
        switch (cell.type) {
        case Cell::Type::Null: sqlite3_bind_null(stmt, p); break;
        case Cell::Type::Int: sqlite3_bind_int64(stmt, p, cell.i); break;
        case Cell::Type::Real: sqlite3_bind_double(stmt, p, cell.d); break;
        case Cell::Type::Text:
            // A null pointer would bind NULL; an empty key part ('') must stay text.
            sqlite3_bind_text(stmt, p, cell.text.empty() ? kEmpty : cell.text.data(), int(cell.text.size()),
                              SQLITE_STATIC);
            break;
        }
    }
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    changed = sqlite3_changes(m_db) > 0;
    return {};
}

} // namespace ra

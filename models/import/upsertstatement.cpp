#include "import/upsertstatement.h"

namespace ra {

Status UpsertStatement::prepare(sqlite3 *db, const TableSpec &table, const std::vector<bool> &written)
{
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
    if (Status s = m_upsert.prepare(db, sql, Statement::Prepare::Persistent); !s)
        return s;
    return m_insert.prepare(db, insert, Statement::Prepare::Persistent);
}

Status UpsertStatement::execute(std::span<const Cell> cells, bool knownNew, bool &changed)
{
    Statement &stmt = knownNew ? m_insert : m_upsert;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const int p = m_param[c];
        if (p == 0)
            continue;
        const Cell &cell = cells[c];
        switch (cell.type) {
        case Cell::Type::Null: stmt.bindNull(p); break;
        case Cell::Type::Int: stmt.bind(p, cell.i); break;
        case Cell::Type::Real: stmt.bind(p, cell.d); break;
        case Cell::Type::Text: stmt.bind(p, cell.text); break; // not copied: the cells outlive run()
        }
    }
    // Every written column is bound for every row: nothing to clear.
    if (!stmt.run(Statement::Bindings::Keep))
        return stmt.status();
    changed = stmt.changes() > 0;
    return {};
}

} // namespace ra

#include "pgstore/tablelayout.h"

#include "store/schema.h"
#include "store/statement.h"

#include <sqlite3.h>

#include <algorithm>
#include <iterator>

namespace ra {
namespace {

QStringList column(sqlite3 *db, const QString &sql, int col)
{
    QStringList out;
    Statement st(db, sql.toUtf8().toStdString());
    while (st.next())
        out << st.string(col);
    return out;
}

std::vector<TableLayout> readTables(sqlite3 *db)
{
    std::vector<TableLayout> tables;
    // rowid order of sqlite_master = creation order, with renamed tables
    // keeping the place of their final CREATE.
    for (const QString &name : column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                         "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"), 0)) {
        TableLayout t;
        t.name = name;
        const QString info = QStringLiteral("SELECT name, upper(type), pk FROM pragma_table_info('%1') ORDER BY cid").arg(name);
        t.columns = column(db, info, 0);
        t.types = column(db, info, 1);
        t.key = column(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk > 0 ORDER BY pk").arg(name), 0);
        // The log is appended to: its rows are those of one import each. A
        // keyed table that only names the import that last wrote a row
        // (source_rows) is data like any other.
        const bool logOfImports = t.columns.contains(QLatin1String("import_id"))
            && (t.key.isEmpty() || t.key == QStringList{QStringLiteral("import_id")});
        if (name == QLatin1String("data_state"))
            t.sync = TableLayout::Sync::Local;
        else if (logOfImports)
            t.sync = TableLayout::Sync::ByImport;
        // settings change outside imports (the settings verb), so no import
        // revision can track them; they are a handful of rows.
        else if (!t.key.isEmpty() && name != QLatin1String("settings"))
            t.sync = TableLayout::Sync::ByRevision;
        tables.push_back(std::move(t));
    }
    return tables;
}

// Referenced tables before the tables referring to them (a copy inserts in
// this order with foreign keys on); otherwise creation order.
std::vector<TableLayout> dependencyOrder(std::vector<TableLayout> tables, sqlite3 *db)
{
    std::vector<TableLayout> ordered;
    QStringList placed;
    while (!tables.empty()) {
        const size_t before = tables.size();
        for (auto it = tables.begin(); it != tables.end();) {
            const QStringList refs = column(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(it->name), 0);
            const bool ready = std::all_of(refs.begin(), refs.end(),
                                           [&](const QString &r) { return r == it->name || placed.contains(r); });
            if (ready) {
                placed << it->name;
                ordered.push_back(std::move(*it));
                it = tables.erase(it);
            } else {
                ++it;
            }
        }
        if (tables.size() == before) // a cycle: keep the rest as created
            std::move(tables.begin(), tables.end(), std::back_inserter(ordered)), tables.clear();
    }
    return ordered;
}

std::vector<TableLayout> readLayout()
{
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    for (const MigrationStep &step : migrationSteps())
        for (const QString &sql : step.statements)
            (void)execSql(db, sql.toUtf8().constData()); // the store's own schema, in memory
    std::vector<TableLayout> tables = dependencyOrder(readTables(db), db);
    sqlite3_close(db);
    return tables;
}

} // namespace

const std::vector<TableLayout> &storeTables()
{
    static const std::vector<TableLayout> tables = readLayout();
    return tables;
}

} // namespace ra

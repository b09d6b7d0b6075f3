#pragma once
// The store's tables as the SQLite migration list defines them, read back from
// an in-memory database built by that list: the one source of truth from which
// the team store's schema and the copy between the two backends are derived.
#include <QString>
#include <QStringList>
#include <vector>

namespace ra {

struct TableLayout {
    enum class Sync {
        ByRevision, // data tables: rows carry the import that last changed them (server only)
        ByImport,   // the imports log and its rejections: rows of imports after the last seen
        Whole,      // settings: small, replaced as a whole
        Local,      // data_state: each store counts its own changes; never copied
    };
    QString name;
    QStringList columns;
    QStringList types; // as declared in SQLite: INTEGER, TEXT, REAL
    QStringList key;   // primary-key columns, in key order
    Sync sync = Sync::Whole;
};

// Every table of the current schema, in creation order (referenced tables
// before the tables referring to them).
const std::vector<TableLayout> &storeTables();

} // namespace ra

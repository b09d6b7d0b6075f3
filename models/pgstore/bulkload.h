#pragma once
// Whole tables loaded inside an import's transaction, their checks and
// indexes set aside during the load and built back before the commit, in the
// same transaction (a failure leaves the server as it was): a sorted index
// build and one validating join per foreign key instead of an index insert
// and a lookup per row. Only the tables' owner may alter them.
#include "core/result.h"

#include <QString>
#include <vector>

namespace ra {

class PgConnection;

class DeferredChecks {
public:
    // Takes the data tables' locks in the order readers take theirs (so a
    // snapshot being copied meanwhile finishes first or waits: no deadlock).
    // Returns false, and locks nothing, when this login does not own them:
    // the rows are then checked one by one as they arrive.
    static Result<bool> lockDataTables(PgConnection &conn);

    // Drops the foreign keys of `table` (in the revalign schema).
    Status deferForeignKeys(PgConnection &conn, const QString &table);
    // For a table that is empty before the load: its foreign keys, the ones
    // that refer to it, its primary key and its indexes.
    Status deferAll(PgConnection &conn, const QString &table);
    // Builds back what was dropped: keys, then indexes, then foreign keys
    // (each validated by one join). Nothing is left to restore afterwards.
    Status restore(PgConnection &conn);

private:
    Status dropForeignKeys(PgConnection &conn, const QString &table, bool referring);

    // ALTER TABLE <table> ADD CONSTRAINT <definition>, or CREATE INDEX statements.
    struct Dropped {
        QString table, definition;
    };
    std::vector<Dropped> m_keys, m_foreignKeys;
    std::vector<QString> m_indexes;
};

} // namespace ra

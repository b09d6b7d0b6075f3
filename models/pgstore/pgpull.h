#pragma once
// Copies team-store rows into a local SQLite store: each table through
// COPY (SELECT ...) TO STDOUT (FORMAT binary), decoded and written with
// prepared upserts on the store's raw handle. The caller holds the
// transactions on both sides (pullRows does not commit), so a pull is
// all-or-nothing and reads one snapshot of the server.
#include "core/result.h"

#include <QString>
#include <functional>

namespace ra {

class PgConnection;
class Store;

struct PullStats {
    qint64 rows = 0;        // rows written locally
    qint64 lastImport = 0;  // the newest import_id in the server's log (0: none)
    bool incremental = false;
};

// percent 0..100 and the table being read; false cancels (Cancelled).
using PullProgress = std::function<bool(int percent, const QString &table)>;

// sinceImport < 0: every row (into an empty store or replacing what it holds);
// else only the rows the imports after sinceImport changed, and the settings.
Result<PullStats> pullRows(PgConnection &conn, Store &local, qint64 sinceImport, const PullProgress &progress = {});

} // namespace ra

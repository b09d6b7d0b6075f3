#pragma once
// Copies team-store rows into a local SQLite store: each table through
// COPY (SELECT ...) TO STDOUT (FORMAT binary), decoded and written with
// prepared upserts on the store's raw handle. The caller holds the
// transactions on both sides (pullRows does not commit), so a pull is
// all-or-nothing and reads one snapshot of the server.
#include "core/progress.h"
#include "core/result.h"

#include <QString>

namespace ra {

class PgConnection;
class Store;

struct PullStats {
    qint64 rows = 0;        // rows written locally
    qint64 lastImport = 0;  // the newest import_id in the server's log (0: none)
    bool incremental = false;
    bool changed = false;   // false: the local rows are as they were (commit nothing)
};

// progress: done/total in tables, the stage is the table being read.
// sinceImport < 0: every row (into an empty store or replacing what it holds);
// else only the rows the imports after sinceImport changed, and the settings.
Result<PullStats> pullRows(PgConnection &conn, Store &local, qint64 sinceImport, const Progress &progress = {});

// For the duration of a pull, outside its transaction (SQLite ignores the
// pragma inside one): no foreign-key checks — the rows come from a server
// that already enforced them — and a larger page cache for the key indexes.
// A Fresh copy (a new file that is thrown away when the pull fails: a
// temporary copy, or a first sync written beside its final name) also goes
// without a journal and without syncs to disk — its pages are written once,
// not once to the write-ahead log and again at the checkpoint — and is back
// in the store's usual journal mode afterwards.
class BulkCopyMode {
public:
    enum class Target { Existing, Fresh };
    explicit BulkCopyMode(Store &local, Target target = Target::Existing);
    ~BulkCopyMode();
    BulkCopyMode(const BulkCopyMode &) = delete;
    BulkCopyMode &operator=(const BulkCopyMode &) = delete;

private:
    Store &m_local;
    Target m_target;
};

} // namespace ra

#include "pgstore/teamimport.h"

#include "import/bundleimporter.h"
#include "pgstore/bulkload.h"
#include "pgstore/copysink.h"
#include "pgstore/pgconnection.h"
#include "pgstore/pgpull.h"
#include "pgstore/pgpush.h"
#include "pgstore/pgtransaction.h"
#include "pgstore/tablelayout.h"
#include "pgstore/teamsnapshot.h"
#include "pgstore/teamstore.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace ra {
namespace {

// A page-by-page copy of the store at `from` into a new file `to` (SQLite's
// online backup: a consistent copy even while another program syncs it).
bool backupInto(const QString &from, const QString &to)
{
    if (!QFileInfo::exists(from))
        return false;
    sqlite3 *src = nullptr, *dst = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(from).constData(), &src, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_open(QFile::encodeName(to).constData(), &dst) == SQLITE_OK;
    if (ok) {
        sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
        ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
        ok = sqlite3_backup_finish(backup) == SQLITE_OK && ok;
    }
    sqlite3_close(src);
    sqlite3_close(dst);
    if (!ok)
        QFile::remove(to);
    return ok;
}

// The server's rows in a throw-away local store, with change tracking on.
// When this laptop keeps an offline copy of the team store, the working
// store starts from it and only what the imports since changed is copied
// (the same check as a sync: the copy's newest import must be the server's
// import of that number); else the whole server is copied.
// An empty location: no offline copy to start from.
Result<std::unique_ptr<Store>> workingCopy(PgConnection &conn, const QString &location, const QTemporaryDir &dir,
                                           qint64 &lastImport)
{
    const QString path = dir.filePath(QStringLiteral("work.db"));
    const bool fromCopy = !location.isEmpty() && backupInto(offlineCopyPath(location), path);
    Result<std::unique_ptr<Store>> work = Store::open(path, Store::Mode::ReadWrite);
    if (!work)
        return work.error();
    {
        const BulkCopyMode bulk(**work, BulkCopyMode::Target::Fresh); // thrown away after the import
        Transaction tx(**work);
        if (!tx.isActive())
            return tx.beginStatus().error();
        Result<PullStats> pulled = pullRows(conn, **work, fromCopy ? resumePoint(**work, conn) : -1);
        if (!pulled)
            return pulled.error();
        lastImport = pulled->lastImport;
        if (Status s = trackChanges(**work); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    } // foreign keys back on before the import checks anything
    return work;
}

// True when no data table of the server holds a row.
Result<bool> serverIsEmpty(PgConnection &conn)
{
    QStringList empty;
    for (const TableLayout &t : storeTables())
        if (t.sync == TableLayout::Sync::ByRevision)
            empty << QStringLiteral("NOT EXISTS (SELECT 1 FROM revalign.%1)").arg(t.name);
    Result<PgRows> r = conn.query(QStringLiteral("SELECT ") + empty.join(QStringLiteral(" AND ")));
    if (!r)
        return r.error();
    return r->text(0, 0) == QLatin1String("t");
}

// The number the working store's log gives the import (INTEGER PRIMARY KEY:
// one more than the largest); the rows are tagged with it before it is logged.
qint64 nextImportId(Store &work)
{
    Statement st(work.handle(), "SELECT coalesce(max(import_id), 0) + 1 FROM imports");
    return st.next() ? st.int64(0) : 1;
}

// The first import into an empty team store (the big one): no working copy
// of the data. The BundleImporter checks the bundle as always — against a
// local store holding only the server's imports log and settings, as the
// server holds no rows — and its write queue streams the valid rows straight
// into the server's tables with COPY, whose keys, indexes and foreign keys
// are dropped before and built back after the load, all in the server
// transaction (docs/decisions/team-store-first-import.md). The caller holds the write
// lock and has locked the data tables.
Result<ImportSummary> loadIntoEmptyStore(PgConnection &conn, PgTransaction &server, const QString &bundleDir,
                                         const TeamImportOptions &options, const QTemporaryDir &dir)
{
    qint64 lastImport = 0;
    Result<std::unique_ptr<Store>> log = workingCopy(conn, QString(), dir, lastImport);
    if (!log)
        return log.error();
    const qint64 importId = nextImportId(**log);
    // A strict import with rejections keeps its log entry, not its rows.
    if (Status s = conn.command(QStringLiteral("SAVEPOINT ra_rows")); !s)
        return s.error();
    DeferredChecks deferred;
    for (const TableLayout &t : storeTables())
        if (t.sync == TableLayout::Sync::ByRevision)
            if (Status s = deferred.deferAll(conn, t.name); !s)
                return s.error();
    BundleImporter importer(**log);
    importer.setRowSinks(teamCopySinks(conn, importId));
    Result<ImportSummary> summary = importer.run(bundleDir, options.import);
    if (!summary)
        return summary;
    if (!summary->committed) {
        if (Status s = conn.command(QStringLiteral("ROLLBACK TO SAVEPOINT ra_rows")); !s)
            return s.error();
    } else {
        if (summary->importId != importId)
            return makeError(ErrorCode::Internal, QStringLiteral("the import was logged as number %1, its rows carry %2")
                                                      .arg(summary->importId)
                                                      .arg(importId));
        // Memory for the key and index builds' sorts and for the joins that
        // check the foreign keys (the server runs those with this setting too).
        if (Status s = conn.command(QStringLiteral("SET LOCAL maintenance_work_mem = '512MB'")); !s)
            return s.error();
        (void)reportProgress(options.import.progress, 1, 1, QLatin1String(kStageServerKeys)); // not cancellable
        if (Status s = deferred.restore(conn); !s)
            return s.error();
    }
    Result<qint64> pushed = pushChanges(**log, conn, lastImport, summary->importId); // the log entry
    if (!pushed)
        return pushed.error();
    if (Status s = server.commit(); !s)
        return s.error();
    return summary;
}

// The direct load is for a real import into a server without rows, by the
// tables' owner (who may set their keys aside); it locks the data tables.
Result<bool> loadDirectly(PgConnection &conn, const TeamImportOptions &options)
{
    if (options.import.dryRun)
        return false;
    Result<bool> empty = serverIsEmpty(conn);
    if (!empty || !*empty)
        return empty;
    return DeferredChecks::lockDataTables(conn);
}

} // namespace

Result<ImportSummary> importIntoTeamStore(const QString &location, const QString &bundleDir, const TeamImportOptions &options)
{
    // The bundle's own faults (missing folder) are reported before any server work.
    if (!QFileInfo(bundleDir).isDir())
        return makeError(ErrorCode::NotFound, QStringLiteral("no bundle folder at %1").arg(bundleDir));
    Result<TeamConnection> tc = connectTeamStore(location, TeamAccess::Write, QStringLiteral("import"));
    if (!tc)
        return tc.error();
    PgConnection &conn = *tc->conn;
    PgTransaction server(conn);
    if (!server.beginStatus())
        return server.beginStatus().error();
    if (Status s = lockForTransaction(conn, kWriteLockKey, options.lockWaitMs, QStringLiteral("this import")); !s)
        return s.error();

    const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/revalign-import-XXXXXX"));
    if (!dir.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a temporary folder for the import"));
    Result<bool> direct = loadDirectly(conn, options);
    if (!direct)
        return direct.error();
    if (*direct) {
        Result<ImportSummary> loaded = loadIntoEmptyStore(conn, server, bundleDir, options, dir);
        // No working store holds its rows: the snapshot for first reads comes
        // from this laptop's offline copy (teamsnapshot.h); a fault there costs
        // those readers the fast path, not the import.
        if (loaded && loaded->committed) {
            (void)reportProgress(options.import.progress, 1, 1, QLatin1String(kStageServerSnapshot));
            (void)publishTeamSnapshotFromCopy(location, options.lockWaitMs);
        }
        return loaded;
    }
    qint64 lastImport = 0;
    Result<std::unique_ptr<Store>> work = workingCopy(conn, location, dir, lastImport);
    if (!work)
        return work.error();
    Result<ImportSummary> summary = BundleImporter(**work).run(bundleDir, options.import);
    if (!summary || summary->dryRun)
        return summary; // the server transaction rolls back untouched
    (void)reportProgress(options.import.progress, 1, 1, QLatin1String(kStageServerSend)); // not cancellable
    Result<qint64> pushed = pushChanges(**work, conn, lastImport, summary->importId);
    if (!pushed)
        return pushed.error();
    // What a laptop without an offline copy reads first (teamsnapshot.h). A
    // fault here costs those readers the fast path, not the import.
    (void)reportProgress(options.import.progress, 1, 1, QLatin1String(kStageServerSnapshot));
    (void)publishTeamSnapshot(conn, **work);
    if (Status s = server.commit(); !s)
        return s.error();
    return summary;
}

} // namespace ra

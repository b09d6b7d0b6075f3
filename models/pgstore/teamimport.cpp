#include "pgstore/teamimport.h"

#include "import/bundleimporter.h"
#include "pgstore/pgconnection.h"
#include "pgstore/pgpull.h"
#include "pgstore/pgpush.h"
#include "pgstore/pgtransaction.h"
#include "pgstore/teamsnapshot.h"
#include "pgstore/teamstore.h"
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
Result<std::unique_ptr<Store>> workingCopy(PgConnection &conn, const QString &location, const QTemporaryDir &dir,
                                           qint64 &lastImport)
{
    const QString path = dir.filePath(QStringLiteral("work.db"));
    const bool fromCopy = backupInto(offlineCopyPath(location), path);
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
    qint64 lastImport = 0;
    Result<std::unique_ptr<Store>> work = workingCopy(conn, location, dir, lastImport);
    if (!work)
        return work.error();
    Result<ImportSummary> summary = BundleImporter(**work).run(bundleDir, options.import);
    if (!summary || summary->dryRun)
        return summary; // the server transaction rolls back untouched
    Result<qint64> pushed = pushChanges(**work, conn, lastImport, summary->importId);
    if (!pushed)
        return pushed.error();
    // What a laptop without an offline copy reads first (teamsnapshot.h). A
    // fault here costs those readers the fast path, not the import.
    (void)publishTeamSnapshot(conn, **work);
    if (Status s = server.commit(); !s)
        return s.error();
    return summary;
}

} // namespace ra

#include "pgstore/teamimport.h"

#include "import/bundleimporter.h"
#include "pgstore/pgconnection.h"
#include "pgstore/pgpull.h"
#include "pgstore/pgpush.h"
#include "pgstore/pgtransaction.h"
#include "pgstore/teamstore.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace ra {
namespace {

// The server's rows in a throw-away local store, with change tracking on.
Result<std::unique_ptr<Store>> workingCopy(PgConnection &conn, const QTemporaryDir &dir, qint64 &lastImport)
{
    Result<std::unique_ptr<Store>> work = Store::open(dir.filePath(QStringLiteral("work.db")), Store::Mode::ReadWrite);
    if (!work)
        return work.error();
    {
        const BulkCopyMode bulk(**work, BulkCopyMode::Target::Fresh); // thrown away after the import
        Transaction tx(**work);
        if (!tx.isActive())
            return tx.beginStatus().error();
        Result<PullStats> pulled = pullRows(conn, **work, -1);
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
    Result<std::unique_ptr<Store>> work = workingCopy(conn, dir, lastImport);
    if (!work)
        return work.error();
    Result<ImportSummary> summary = BundleImporter(**work).run(bundleDir, options.import);
    if (!summary || summary->dryRun)
        return summary; // the server transaction rolls back untouched
    Result<qint64> pushed = pushChanges(**work, conn, lastImport, summary->importId);
    if (!pushed)
        return pushed.error();
    if (Status s = server.commit(); !s)
        return s.error();
    return summary;
}

} // namespace ra

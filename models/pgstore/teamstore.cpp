#include "pgstore/teamstore.h"

#include "pgstore/pgconnection.h"
#include "pgstore/pgtransaction.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

#include <QCoreApplication>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace ra {

namespace {
// How long a sync waits for another program's sync of the same copy.
constexpr int kSyncBusyTimeoutMs = 120000;
} // namespace

bool isTeamStoreLocation(const QString &db)
{
    const QString d = db.trimmed();
    return d.startsWith(QLatin1String("postgresql://")) || d.startsWith(QLatin1String("postgres://"))
        || d.startsWith(QLatin1String("service="));
}

QString withoutPassword(const QString &location)
{
    if (location.startsWith(QLatin1String("service=")) || !location.contains(QLatin1String("://"))) {
        static const QRegularExpression password(QStringLiteral("\\s*\\bpassword\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S*)"));
        return QString(location).remove(password).trimmed();
    }
    QUrl url(location);
    QUrlQuery query(url);
    if (url.password().isEmpty() && !query.hasQueryItem(QStringLiteral("password")))
        return location; // as typed: a round trip through QUrl would re-encode it
    url.setPassword(QString());
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}

Result<TeamConnection> connectTeamStore(const QString &location, TeamAccess access, const QString &purpose)
{
    Result<std::unique_ptr<PgConnection>> conn = PgConnection::connect(location, purpose);
    if (!conn)
        return conn.error();
    TeamConnection tc;
    tc.conn = std::move(conn.value());
    Result<TeamRole> role = teamRole(*tc.conn);
    if (!role)
        return role.error();
    tc.role = *role;
    if (access == TeamAccess::Write && tc.role == TeamRole::Viewer)
        return makeError(ErrorCode::ReadOnly,
                         QStringLiteral("connected to the team store %1 as %2, a viewer: importing and changing "
                                        "settings need the admin role (docs/team-store.md)")
                             .arg(tc.conn->describe(), tc.conn->user()));
    const Status schema = tc.role == TeamRole::Admin ? upgradeTeamSchema(*tc.conn) : checkTeamSchema(*tc.conn);
    if (!schema)
        return schema.error();
    return tc;
}

namespace {

// One consistent view of the server for the whole copy.
const QString kSnapshotMode = QStringLiteral("ISOLATION LEVEL REPEATABLE READ READ ONLY");

// A first copy's secondary indexes (leads_account, …; not those of keys,
// which have no SQL in sqlite_master) are dropped before the rows and made
// again after them, in the same transaction: one sorted build each instead
// of an index insert per row (about a sixth of a 1M-lead first sync's CPU).
struct DeferredIndexes {
    QByteArray drop, create; // SQL scripts; empty when the store has none
};

Result<DeferredIndexes> deferIndexes(Store &local)
{
    DeferredIndexes d;
    {
        Statement q(local.handle(), "SELECT group_concat('DROP INDEX \"' || name || '\"', ';'), group_concat(sql, ';') "
                                    "FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
        if (!q.next())
            return q.status().error();
        d = {q.string(0).toUtf8(), q.string(1).toUtf8()};
    } // finished before the schema changes
    if (Status s = d.drop.isEmpty() ? Status() : execSql(local.handle(), d.drop.constData()); !s)
        return s.error();
    return d;
}

Result<PullStats> pullInto(PgConnection &conn, Store &local, qint64 sinceImport, BulkCopyMode::Target target,
                           const Progress &progress)
{
    PgTransaction server(conn, kSnapshotMode);
    if (!server.beginStatus())
        return server.beginStatus().error();
    const BulkCopyMode bulk(local, target);
    Transaction tx(local);
    if (!tx.isActive())
        return tx.beginStatus().error();
    Result<DeferredIndexes> indexes = target == BulkCopyMode::Target::Fresh ? deferIndexes(local) : DeferredIndexes{};
    if (!indexes)
        return indexes.error();
    Result<PullStats> stats = pullRows(conn, local, sinceImport, progress);
    if (!stats)
        return stats;
    if (!indexes->create.isEmpty())
        if (Status s = execSql(local.handle(), indexes->create.constData()); !s)
            return s.error();
    // Unchanged: no commit, so the copy keeps its data version and the
    // window's snapshot cache beside it stays valid.
    if (!stats->changed) {
        tx.rollback();
        return stats;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return stats;
}

} // namespace

namespace {

QString recordPath(const QString &localPath) { return localPath + QStringLiteral(".team"); }

void writeRecord(const QString &localPath, const SyncResult &r, const QString &location)
{
    QSaveFile f(recordPath(localPath));
    if (!f.open(QIODevice::WriteOnly))
        return; // only what the status bar shows; the copy itself is complete
    const QJsonObject o{{QStringLiteral("server"), r.server},
                        {QStringLiteral("location"), withoutPassword(location)},
                        {QStringLiteral("synced_at"), r.syncedAt.toString(Qt::ISODate)},
                        {QStringLiteral("last_import"), r.stats.lastImport}};
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    (void)f.commit();
}

} // namespace

qint64 resumePoint(Store &local, PgConnection &conn)
{
    Statement q(local.handle(), "SELECT import_id, started_at, bundle FROM imports ORDER BY import_id DESC LIMIT 1");
    if (!q.next())
        return -1;
    const qint64 id = q.int64(0);
    Result<PgRows> server = conn.query(QStringLiteral("SELECT started_at, bundle FROM revalign.imports WHERE import_id = $1"),
                                       {QString::number(id)});
    if (!server || server->rows() != 1 || server->integer(0, 0) != q.int64(1)
        || server->text(0, 1) != q.string(2))
        return -1;
    return id;
}

Result<SyncResult> syncTeamStore(const QString &location, const QString &localPath, const Progress &progress)
{
    Result<TeamConnection> tc = connectTeamStore(location, TeamAccess::Read, QStringLiteral("sync"));
    if (!tc)
        return tc.error();
    SyncResult result;
    result.server = tc->conn->describe();
    result.role = tc->role;
    const bool fresh = !QFileInfo::exists(localPath);
    // A first copy is built beside its final name, under a name of this
    // sync's own (another program may be making the same copy), and linked
    // into place when complete.
    static std::atomic<int> syncs{0};
    const QString target = fresh ? QStringLiteral("%1.sync-part-%2-%3").arg(localPath).arg(QCoreApplication::applicationPid()).arg(++syncs)
                                 : localPath;
    if (fresh) {
        QDir().mkpath(QFileInfo(localPath).absolutePath());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
    }
    {
        // Another program's sync of the same copy is waited for, not failed.
        Result<std::unique_ptr<Store>> local = Store::open(target, Store::Mode::ReadWrite, kSyncBusyTimeoutMs);
        if (!local)
            return local.error();
        if (Status w = (*local)->requireWritable(); !w)
            return w.error();
        const qint64 since = fresh ? -1 : resumePoint(**local, *tc->conn);
        // A first copy is a new file, removed when the pull fails: no journal needed.
        Result<PullStats> pulled = pullInto(*tc->conn, **local, since,
                                            fresh ? BulkCopyMode::Target::Fresh : BulkCopyMode::Target::Existing, progress);
        if (!pulled) {
            local->reset();
            if (fresh)
                QFile::remove(target);
            return pulled.error();
        }
        result.stats = *pulled;
    } // closed: SQLite folds its write-ahead log back into the file
    if (fresh) {
        // link() does not replace: when another program put its copy in place
        // first, that one is kept (it may be open) and brought up to date.
        const int linked = ::link(QFile::encodeName(target).constData(), QFile::encodeName(localPath).constData());
        const int why = errno;
        QFile::remove(target);
        if (linked != 0 && why == EEXIST)
            return syncTeamStore(location, localPath, progress);
        if (linked != 0)
            return makeError(ErrorCode::Io, QStringLiteral("cannot put the copy in place at %1: %2")
                                                 .arg(localPath, QString::fromLocal8Bit(std::strerror(why))));
    }
    result.syncedAt = QDateTime::currentDateTimeUtc();
    writeRecord(localPath, result, location);
    QFile::remove(firstReadNotePath(localPath));
    return result;
}

QString firstReadNotePath(const QString &copyPath) { return copyPath + QStringLiteral(".first-read"); }

std::optional<SyncRecord> lastSync(const QString &localPath)
{
    QFile f(recordPath(localPath));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    return SyncRecord{o.value(QStringLiteral("server")).toString(), o.value(QStringLiteral("location")).toString(),
                      QDateTime::fromString(o.value(QStringLiteral("synced_at")).toString(), Qt::ISODate)};
}

} // namespace ra

namespace ra {

QString offlineCopyPath(const QString &location)
{
    const QByteArray id = QCryptographicHash::hash(withoutPassword(location.trimmed()).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/team-copies/")
        + QString::fromLatin1(id) + QStringLiteral(".db");
}

} // namespace ra

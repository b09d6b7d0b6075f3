#include "pgstore/teamsnapshot.h"

#include "kpi/snapshot.h"
#include "kpi/snapshotcache.h"
#include "kpi/snapshotloader.h"
#include "pgstore/pgconnection.h"
#include "pgstore/pgtransaction.h"
#include "pgstore/teamstore.h"
#include "store/schema.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <cstring>
#include <limits>

namespace ra {
namespace {

// COPY's binary format: the file header (signature, flags, no extension).
constexpr char kCopySignature[11] = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\377', '\r', '\n', '\0'};
constexpr size_t kCopyHeader = 19;
constexpr qint64 kSendBlock = qint64(1) << 20;

template<typename T>
void appendBig(std::string &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

QString abiName() { return QSysInfo::buildAbi(); }

Error notKept(const QString &why)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("the team store keeps no snapshot %1").arg(why));
}

Result<DataState> serverDataState(PgConnection &conn)
{
    Result<PgRows> r = conn.query(QStringLiteral("SELECT version, stamp FROM revalign.data_state WHERE id = 1"));
    if (!r)
        return r.error();
    if (r->rows() != 1)
        return makeError(ErrorCode::NotAStore, QStringLiteral("the team store %1 has no data version").arg(conn.describe()));
    return DataState{r->integer(0, 0), r->integer(0, 1)};
}

// The one row of revalign.snapshot_cache as binary COPY data: the key, the
// ABI, then the cache file's bytes, sent in blocks.
Status sendCacheRow(PgConnection &conn, const CacheKey &key, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(file, in.errorString()));
    if (in.size() > qint64(std::numeric_limits<qint32>::max()))
        return makeError(ErrorCode::Io, QStringLiteral("%1 is too large to keep on the server").arg(file));
    const QByteArray abi = abiName().toUtf8();
    bool headerSent = false, trailerSent = false, failed = false;
    Status copied = conn.copyIn(
        QStringLiteral("COPY revalign.snapshot_cache (schema_version, data_version, data_stamp, abi, bytes) "
                       "FROM STDIN (FORMAT binary)"),
        [&](std::string &buf) {
            if (!headerSent) {
                buf.append(kCopySignature, sizeof kCopySignature);
                appendBig<qint32>(buf, 0); // flags
                appendBig<qint32>(buf, 0); // header extension length
                appendBig<qint16>(buf, 5);
                for (const qint64 v : {qint64(key.schemaVersion), key.data.version, key.data.stamp}) {
                    appendBig<qint32>(buf, 8);
                    appendBig<qint64>(buf, v);
                }
                appendBig<qint32>(buf, qint32(abi.size()));
                buf.append(abi.constData(), size_t(abi.size()));
                appendBig<qint32>(buf, qint32(in.size()));
                headerSent = true;
                return true;
            }
            if (!in.atEnd()) {
                const QByteArray block = in.read(kSendBlock);
                failed = failed || block.isEmpty();
                buf.append(block.constData(), size_t(block.size()));
                return !failed;
            }
            if (!trailerSent) {
                appendBig<qint16>(buf, -1);
                trailerSent = true;
            }
            return false;
        });
    if (failed)
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(file, in.errorString()));
    return copied;
}

// Receives the bytes column of COPY's binary rows into `out`: the file header
// rides on the first message, then one row (field count, length, bytes), then
// the -1 trailer alone.
class CacheReceiver {
public:
    explicit CacheReceiver(QFile &out) : m_out(out) {}

    bool take(std::string_view msg)
    {
        const char *p = msg.data(), *end = p + msg.size();
        if (!m_headerSeen) {
            if (msg.size() < kCopyHeader || std::memcmp(p, kCopySignature, sizeof kCopySignature) != 0)
                return fail(QStringLiteral("not a binary COPY stream"));
            const qint32 extension = qFromBigEndian<qint32>(p + 15);
            if (extension < 0 || size_t(extension) > msg.size() - kCopyHeader)
                return fail(QStringLiteral("not a binary COPY stream"));
            p += kCopyHeader + size_t(extension);
            m_headerSeen = true;
        }
        if (p == end)
            return true;
        if (end - p < 2)
            return fail(QStringLiteral("a row ends early"));
        const qint16 fields = qFromBigEndian<qint16>(p);
        if (fields == -1)
            return true;
        if (fields != 1 || end - p < 6 || m_rows > 0)
            return fail(QStringLiteral("not the one row of one column that was asked for"));
        const qint32 len = qFromBigEndian<qint32>(p + 2);
        p += 6;
        if (len < 0 || len != end - p)
            return fail(QStringLiteral("the bytes do not match their length"));
        if (m_out.write(p, len) != len)
            return fail(m_out.errorString());
        m_bytes = len;
        ++m_rows;
        return true;
    }

    qint64 rows() const { return m_rows; }
    qint64 bytes() const { return m_bytes; }
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    QFile &m_out;
    bool m_headerSeen = false;
    qint64 m_rows = 0, m_bytes = 0;
    QString m_error;
};

// What the server keeps for the data state `state`: NotFound (with the
// reason) unless there is a cache of this schema, state and kind of machine.
Status checkKept(PgConnection &conn, const DataState &state)
{
    Result<PgRows> kept = conn.query(QStringLiteral("SELECT schema_version, data_version, data_stamp, abi FROM revalign.snapshot_cache"));
    if (!kept)
        return kept.error();
    if (kept->rows() == 0)
        return notKept(QStringLiteral("(none was published)"));
    if (kept->integer(0, 0) != currentSchemaVersion() || kept->integer(0, 1) != state.version
        || kept->integer(0, 2) != state.stamp)
        return notKept(QStringLiteral("for its current data (version %1)").arg(state.version));
    if (kept->text(0, 3) != abiName())
        return makeError(ErrorCode::Validation, QStringLiteral("the team store's snapshot was written on another kind of "
                                                               "machine (%1, this one is %2)")
                                                    .arg(kept->text(0, 3), abiName()));
    return {};
}

Result<Settings> serverSettings(PgConnection &conn)
{
    Result<PgRows> rows = conn.query(QStringLiteral("SELECT key, value FROM revalign.settings"));
    if (!rows)
        return rows.error();
    Settings s;
    for (int i = 0; i < rows->rows(); ++i)
        (void)s.set(rows->text(i, 0), rows->text(i, 1)); // as loadSettings: a stray value keeps the default
    return s;
}

// Inside the reading transaction: the settings and the snapshot of the data
// state `state`, the cache bytes received into a file in `dir`.
Result<TeamSnapshot> receiveSnapshot(PgConnection &conn, const DataState &state, const QTemporaryDir &dir)
{
    if (Status s = checkKept(conn, state); !s)
        return s.error();
    TeamSnapshot out;
    Result<Settings> settings = serverSettings(conn);
    if (!settings)
        return settings.error();
    out.settings = *settings;
    QFile file(dir.filePath(QStringLiteral("snapshot")));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    CacheReceiver receiver(file);
    bool refused = false;
    const Status copied = conn.copyOut(
        QStringLiteral("COPY (SELECT c.bytes FROM revalign.snapshot_cache c JOIN revalign.data_state d "
                       "ON d.id = 1 AND c.data_version = d.version AND c.data_stamp = d.stamp) TO STDOUT (FORMAT binary)"),
        [&](std::string_view msg) {
            refused = !receiver.take(msg);
            return !refused;
        });
    file.close();
    if (refused)
        return makeError(ErrorCode::Validation, QStringLiteral("the team store's snapshot cannot be read: %1").arg(receiver.error()));
    if (!copied)
        return copied.error();
    if (receiver.rows() != 1)
        return notKept(QStringLiteral("for its current data"));
    Result<std::shared_ptr<Snapshot>> read
        = SnapshotCache::read(file.fileName(), CacheKey{currentSchemaVersion(), state});
    if (!read)
        return read.error();
    out.snapshot = std::move(read.value());
    out.bytes = receiver.bytes();
    return out;
}

} // namespace

QStringList teamSnapshotTableStatements()
{
    // The file is binary and checksummed: compressing it would only cost time
    // on both sides, so its bytes are stored out of line as they are.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS snapshot_cache (schema_version BIGINT NOT NULL, "
                           "data_version BIGINT NOT NULL, data_stamp BIGINT NOT NULL, abi TEXT NOT NULL, "
                           "bytes BYTEA NOT NULL)"),
            QStringLiteral("ALTER TABLE snapshot_cache ALTER COLUMN bytes SET STORAGE EXTERNAL")};
}

Result<bool> hasTeamSnapshotTable(PgConnection &conn)
{
    Result<PgRows> r = conn.query(QStringLiteral("SELECT to_regclass('revalign.snapshot_cache') IS NOT NULL"));
    if (!r)
        return r.error();
    return r->text(0, 0) == QLatin1String("t");
}

Status publishTeamSnapshot(PgConnection &conn, Store &work)
{
    Result<bool> table = hasTeamSnapshotTable(conn);
    if (!table)
        return table.error();
    if (!*table)
        return notKept(QStringLiteral("(the server has no table for it)"));
    Result<DataState> state = serverDataState(conn);
    if (!state)
        return state.error();
    Result<std::shared_ptr<const Snapshot>> snapshot = SnapshotLoader::load(work);
    if (!snapshot)
        return snapshot.error();
    const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/revalign-publish-XXXXXX"));
    if (!dir.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a temporary folder for the snapshot"));
    const QString file = dir.filePath(QStringLiteral("snapshot"));
    const CacheKey key{currentSchemaVersion(), *state};
    if (Status s = SnapshotCache::write(**snapshot, key, file); !s)
        return s;
    // A fault on the server side undoes this step only, not the import.
    if (Status s = conn.command(QStringLiteral("SAVEPOINT publish_snapshot")); !s)
        return s;
    Status sent = conn.command(QStringLiteral("DELETE FROM revalign.snapshot_cache"));
    if (sent)
        sent = sendCacheRow(conn, key, file);
    if (!sent) {
        (void)conn.command(QStringLiteral("ROLLBACK TO SAVEPOINT publish_snapshot"));
        return sent;
    }
    return conn.command(QStringLiteral("RELEASE SAVEPOINT publish_snapshot"));
}

Status publishTeamSnapshotFromCopy(const QString &location, int lockWaitMs)
{
    Result<TeamConnection> tc = connectTeamStore(location, TeamAccess::Write, QStringLiteral("publish"));
    if (!tc)
        return tc.error();
    PgTransaction tx(*tc->conn);
    if (!tx.beginStatus())
        return tx.beginStatus();
    // Held until the commit: no import or settings change can come between
    // the copy's rows and the data state the snapshot is tagged with.
    if (Status s = lockForTransaction(*tc->conn, kWriteLockKey, lockWaitMs, QStringLiteral("the snapshot for first reads")); !s)
        return s;
    const QString copy = offlineCopyPath(location);
    if (Result<SyncResult> synced = syncTeamStore(location, copy); !synced)
        return synced.error();
    Result<std::unique_ptr<Store>> store = Store::open(copy, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    if (Status s = publishTeamSnapshot(*tc->conn, **store); !s)
        return s;
    return tx.commit();
}

Result<TeamSnapshot> fetchTeamSnapshot(const QString &location)
{
    Result<TeamConnection> tc = connectTeamStore(location, TeamAccess::Read, QStringLiteral("read"));
    if (!tc)
        return tc.error();
    PgConnection &conn = *tc->conn;
    Result<bool> table = hasTeamSnapshotTable(conn);
    if (!table)
        return table.error();
    if (!*table)
        return notKept(QStringLiteral("(the server has no table for it yet)"));
    const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/revalign-read-XXXXXX"));
    if (!dir.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a temporary folder for the snapshot"));
    // One view of the server: the data state, its settings and its snapshot.
    PgTransaction snapshotRead(conn, QStringLiteral("ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!snapshotRead.beginStatus())
        return snapshotRead.beginStatus().error();
    Result<DataState> state = serverDataState(conn);
    if (!state)
        return state.error();
    Result<TeamSnapshot> out = receiveSnapshot(conn, *state, dir);
    if (!out)
        return out;
    out->server = conn.describe();
    out->role = tc->role;
    return out;
}

} // namespace ra

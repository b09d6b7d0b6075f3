#include "store/store.h"

#include "store/backup.h"
#include "store/datastate.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/storefaults.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>
#include <atomic>
#include <sqlite3.h>

namespace ra {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("ra_store_%1").arg(counter.fetch_add(1));
}

// Only fixed statements (PRAGMAs and the schema's DDL) go through here.
Status exec(QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return storeError(q.lastError(), path);
    return {};
}

// A read-only folder cannot receive the -shm file SQLite wants beside a WAL
// store; when none is there already, opening "immutable" is the only way to
// read it (nobody can write into that folder either).
bool needsImmutable(const QString &path)
{
    const QFileInfo info(path);
    QString reason;
    return !storeIsWritable(info.absolutePath() + QStringLiteral("/.ra-probe"), &reason)
        && !QFileInfo::exists(path + QStringLiteral("-shm"));
}

// Checks the file before SQLite sees it: a folder, a missing file (created
// for a writer), an unreadable file or a non-store header are refused with
// their own message. Sets whether the store is opened read-only, and why.
Status checkStoreFile(const QFileInfo &info, const QString &path, Store::Mode mode, bool &readOnly, QString &readOnlyReason)
{
    if (info.isDir())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Store", "%1 is a folder, not a store file").arg(path));
    readOnly = mode == Store::Mode::ReadOnly;
    readOnlyReason = readOnly ? QCoreApplication::translate("ra::Store", "it was opened for reading only") : QString();
    if (!info.exists()) {
        if (readOnly)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("ra::Store", "no store at %1").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("ra::Store", "cannot create folder %1").arg(info.absolutePath()));
        QString why;
        if (!storeIsWritable(path, &why))
            return makeError(ErrorCode::ReadOnly,
                             QCoreApplication::translate("ra::Store", "cannot create the store %1: %2").arg(path, why));
    } else {
        if (!info.isReadable())
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("ra::Store", "cannot read %1: permission denied").arg(path));
        if (Status s = checkStoreFileHeader(path); !s)
            return s.error();
        if (!readOnly && !storeIsWritable(path, &readOnlyReason))
            readOnly = true; // still worth reading; writers are refused with the reason
    }
    return {};
}

// Points the connection at the file (read-only, or "immutable" where no -shm
// file can be made) and opens it.
Status openConnection(QSqlDatabase &db, const QString &path, bool readOnly, int busyTimeoutMs)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly && needsImmutable(path)) {
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?mode=ro&immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return storeError(db.lastError(), path, busyTimeoutMs);
    return {};
}

// The schema version, from the first read, which also tells a SQLite file
// from anything else; a newer schema than this build knows is refused.
Result<int> readSchemaVersion(QSqlDatabase &db, const QString &path, int busyTimeoutMs)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        Error e = storeError(q.lastError(), path, busyTimeoutMs);
        if (e.code == ErrorCode::Database)
            e = makeError(ErrorCode::NotAStore,
                          QCoreApplication::translate(
                              "ra::Store", "%1 is not a RevAlign store (not a SQLite database, or damaged): %2")
                              .arg(path, q.lastError().text()));
        return e;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > currentSchemaVersion())
        return makeError(
            ErrorCode::SchemaTooNew,
            QCoreApplication::translate("ra::Store",
                                        "%1 was written by a newer RevAlign (schema version %2); this RevAlign %3 "
                                        "understands up to version %4 — open it with a RevAlign that supports "
                                        "schema version %2 or later. The file was not changed.")
                .arg(path)
                .arg(version)
                .arg(QStringLiteral(RA_VERSION_STRING))
                .arg(currentSchemaVersion()));
    return version;
}

} // namespace

Store::Store(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/revalign.db");
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode)
{
    return open(path, mode, kDefaultBusyTimeoutMs);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    bool needsMigration = false;
    auto store = openOnce(path, mode, busyTimeoutMs, needsMigration);
    if (store || !needsMigration || mode != Mode::ReadOnly || !storeIsWritable(path, nullptr))
        return store;
    // A reader (revalign kpis, report) of a store from an earlier release:
    // migrate it once, with its backup, then read it.
    auto writer = openOnce(path, Mode::ReadWrite, busyTimeoutMs, needsMigration);
    if (!writer)
        return writer.error();
    writer->reset();
    return openOnce(path, Mode::ReadOnly, busyTimeoutMs, needsMigration);
}

Result<std::unique_ptr<Store>> Store::openOnce(const QString &path, Mode mode, int busyTimeoutMs, bool &needsMigration)
{
    needsMigration = false;
    const QFileInfo info(path);
    bool readOnly = false;
    QString readOnlyReason;
    if (Status s = checkStoreFile(info, path, mode, readOnly, readOnlyReason); !s)
        return s.error();

    const QString name = nextConnectionName();
    std::unique_ptr<Store> store(new Store(path, name, readOnly));
    store->m_readOnlyReason = readOnlyReason;
    store->m_busyTimeoutMs = busyTimeoutMs;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (Status s = openConnection(db, path, readOnly, busyTimeoutMs); !s)
        return s.error();

    const Result<int> schemaVersion = readSchemaVersion(db, path, busyTimeoutMs);
    if (!schemaVersion)
        return schemaVersion.error();
    const int version = *schemaVersion;

    // Damaged pages are found before a migration writes on top of them (the
    // importer checks again before it writes). Not on every open: quick_check
    // reads the whole file, seconds on a large store, and a read of a damaged
    // page reports SQLITE_CORRUPT anyway.
    if (!readOnly && version > 0 && version < currentSchemaVersion()) {
        if (Status s = store->checkIntegrity(); !s)
            return s.error();
    }

    if (Status s = exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), path); !s)
        return s.error();
    if (!readOnly) {
        if (Status s = exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), path); !s)
            return s.error();
        if (Status s = exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), path); !s)
            return s.error();
        if (version < currentSchemaVersion()) {
            if (Status s = store->migrate(); !s)
                return s.error();
        }
    } else if (version < currentSchemaVersion()) {
        needsMigration = true;
        return makeError(
            ErrorCode::ReadOnly,
            QCoreApplication::translate("ra::Store", "%1 has an older schema (version %2) that needs migrating, but %3")
                .arg(path)
                .arg(version)
                .arg(readOnlyReason));
    }
    return store;
}

Status Store::migrate()
{
    sqlite3 *raw = handle();
    // A deferred transaction whose first read pins the snapshot: the backup
    // copies exactly what is migrated (SQLite refuses to back up from a
    // connection that already holds the write lock). If another program
    // writes in between, our first write fails busy and nothing is migrated.
    Transaction tx(*this, Transaction::Kind::Deferred);
    if (!tx.isActive())
        return tx.beginStatus();

    const int from = schemaVersion();
    Statement count(raw, "SELECT count(*) FROM sqlite_master");
    if (!count.next())
        return count.status().ok() ? makeError(ErrorCode::Internal, QStringLiteral("no schema row")) : count.status();
    const bool hasContent = count.int64(0) > 0;
    count.finalize();
    if (hasContent) {
        const QString backup = backupPathFor(m_path, from);
        if (Status s = backupDatabase(raw, backup); !s)
            return makeError(
                s.error().code,
                QCoreApplication::translate("ra::Store", "%1; the store was not migrated").arg(s.message()));
        m_backupPath = backup;
    }
    const QString kept = m_backupPath.isEmpty()
        ? QString()
        : QCoreApplication::translate("ra::Store", " (a copy from before is at %1)").arg(m_backupPath);
    auto failed = [&](int to, const Status &s) -> Status {
        return makeError(s.error().code,
                         QCoreApplication::translate("ra::Store",
                                                     "cannot upgrade %1 from schema version %2 to %3: %4. The store "
                                                     "was left unchanged%5")
                             .arg(m_path)
                             .arg(from)
                             .arg(to)
                             .arg(s.message(), kept));
    };
    for (const MigrationStep &step : migrationSteps()) {
        if (step.toVersion <= from)
            continue;
        for (const QString &sql : step.statements) {
            if (Status s = execSql(raw, sql.toUtf8().constData()); !s)
                return failed(step.toVersion, s);
        }
        // PRAGMA cannot take a bound value; the number is our own constant.
        const QByteArray version = QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion).toUtf8();
        if (Status s = execSql(raw, version.constData()); !s)
            return failed(step.toVersion, s);
    }
    // A migration can change what the rows mean: anything derived from them
    // is stale. commit() of this (Deferred, writing) transaction bumps the
    // data version before COMMIT, in the same transaction as the steps.
    if (Status s = tx.commit(); !s)
        return failed(currentSchemaVersion(), s);
    return {};
}

Status Store::requireWritable() const
{
    if (!m_readOnly)
        return {};
    return makeError(
        ErrorCode::ReadOnly,
        QCoreApplication::translate("ra::Store", "cannot write to the store %1: %2").arg(m_path, m_readOnlyReason));
}

Status Store::checkIntegrity() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
        Error e = storeError(q.lastError(), m_path, m_busyTimeoutMs);
        if (e.code == ErrorCode::Database)
            e.code = ErrorCode::Corrupt;
        return e;
    }
    const QString verdict = q.value(0).toString().simplified();
    if (verdict != QLatin1String("ok"))
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("ra::Store", "%1 is damaged (%2); restore it from a backup")
                             .arg(m_path, verdict));
    return {};
}

Error Store::error(int sqliteCode, const QString &detail) const
{
    return storeError(sqliteCode, m_path, detail, m_busyTimeoutMs);
}

QSqlDatabase Store::database() const { return QSqlDatabase::database(m_connectionName, false); }

sqlite3 *Store::handle() const
{
    const QVariant v = database().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace ra

#include "store/store.h"

#include "store/schema.h"
#include "store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return makeError(ErrorCode::Database, QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql.left(60)));
    return {};
}

ErrorCode classify(const QSqlError &e)
{
    const QString t = e.text().toLower();
    if (t.contains(QLatin1String("not a database")) || t.contains(QLatin1String("malformed")))
        return ErrorCode::NotAStore;
    if (t.contains(QLatin1String("locked")) || t.contains(QLatin1String("busy")))
        return ErrorCode::Busy;
    if (t.contains(QLatin1String("readonly")) || t.contains(QLatin1String("read-only")))
        return ErrorCode::ReadOnly;
    return ErrorCode::Database;
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
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::Io, QStringLiteral("%1 is a folder, not a store file").arg(path));
    bool readOnly = mode == Mode::ReadOnly;
    if (!info.exists()) {
        if (readOnly)
            return makeError(ErrorCode::NotFound, QStringLiteral("no store at %1").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorCode::Io, QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Store> store(new Store(path, name, readOnly));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return makeError(classify(db.lastError()),
                         QStringLiteral("cannot open store %1: %2").arg(path, db.lastError().text()));

    // The first read tells a SQLite file from anything else.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return makeError(ErrorCode::NotAStore,
                         QStringLiteral("%1 is not a RevAlign store (not a SQLite database, or damaged): %2")
                             .arg(path, q.lastError().text()));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > currentSchemaVersion())
        return makeError(ErrorCode::SchemaTooNew,
                         QStringLiteral("%1 has schema version %2; this RevAlign %3 reads up to version %4 — "
                                        "open it with a newer RevAlign")
                             .arg(path).arg(version).arg(QStringLiteral(RA_VERSION_STRING)).arg(currentSchemaVersion()));

    if (Status s = exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s.error();
    if (!readOnly) {
        if (Status s = exec(db, QStringLiteral("PRAGMA journal_mode = WAL")); !s)
            return makeError(classify(db.lastError()), s.message());
        if (Status s = exec(db, QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
            return s.error();
        if (version < currentSchemaVersion()) {
            if (Status s = store->migrate(); !s)
                return s.error();
        }
    } else if (version < currentSchemaVersion()) {
        return makeError(ErrorCode::ReadOnly,
                         QStringLiteral("%1 is read-only and has an older schema (version %2) that needs migrating")
                             .arg(path).arg(version));
    }
    return store;
}

Status Store::migrate()
{
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isActive())
        return makeError(ErrorCode::Busy, QStringLiteral("cannot migrate %1: %2").arg(m_path, tx.beginStatus().message()));
    const int from = schemaVersion();
    for (const MigrationStep &step : migrationSteps()) {
        if (step.toVersion <= from)
            continue;
        for (const QString &sql : step.statements) {
            if (Status s = exec(db, sql); !s)
                return makeError(ErrorCode::Database,
                                 QStringLiteral("migration to version %1 failed: %2").arg(step.toVersion).arg(s.message()));
        }
        if (Status s = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion)); !s)
            return s;
    }
    return tx.commit();
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

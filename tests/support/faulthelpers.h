#pragma once
// Shared by the reliability tests (tst_storefaults, tst_crashsafety,
// tst_badinput): raw SQLite access that bypasses Store (to build broken or old
// stores and to look at them without our own code in the way) and content
// hashing. Running programs is support/processrun.h's.
// Header-only because each tst_*.cpp is a test program of its own.
#include "store/store.h"

#include <QByteArrayList>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <sqlite3.h>

namespace ra::testing {

inline void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(data);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray fileSha(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        h.addData(&f);
    return h.result().toHex();
}

// A plain sqlite3 connection: "another program" in the lock tests.
class RawConnection {
public:
    explicit RawConnection(const QString &path, int flags = SQLITE_OPEN_READWRITE)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~RawConnection() { sqlite3_close(m_db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    bool exec(const char *sql) { return m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    QString lastError() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open"); }
    // First column of the first row, as text; empty when there is none.
    QString scalar(const char *sql) const
    {
        sqlite3_stmt *st = nullptr;
        QString out;
        if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
};

inline bool rawExec(const QString &path, const QString &sql)
{
    RawConnection c(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    return c.exec(sql.toUtf8().constData());
}

inline QString rawScalar(const QString &path, const char *sql)
{
    RawConnection c(path, SQLITE_OPEN_READONLY);
    return c.scalar(sql);
}

inline bool integrityOk(const QString &path)
{
    return rawScalar(path, "PRAGMA integrity_check") == QLatin1String("ok");
}

// SHA-256 over every table (by name) and every row ordered by all columns:
// equal hashes mean equal content, whatever the page layout.
inline QByteArray contentHash(const QString &path, const QStringList &skipTables = {})
{
    RawConnection c(path, SQLITE_OPEN_READONLY);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!c.isOpen())
        return QByteArray();
    QStringList tables;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(c.handle(),
                       "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    for (const QString &t : tables) {
        if (skipTables.contains(t))
            continue;
        h.addData(t.toUtf8());
        sqlite3_stmt *probe = nullptr;
        // Test-only: table names come from sqlite_master, not from input.
        sqlite3_prepare_v2(c.handle(), ("SELECT * FROM \"" + t.toUtf8() + "\" LIMIT 0").constData(), -1, &probe,
                           nullptr);
        const int cols = sqlite3_column_count(probe);
        sqlite3_finalize(probe);
        QByteArray order;
        for (int i = 1; i <= cols; ++i)
            order += (i > 1 ? "," : "") + QByteArray::number(i);
        sqlite3_prepare_v2(c.handle(), ("SELECT * FROM \"" + t.toUtf8() + "\" ORDER BY " + order).constData(), -1,
                           &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int i = 0; i < cols; ++i) {
                const int type = sqlite3_column_type(st, i);
                h.addData(QByteArray::number(type));
                h.addData(QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(st, i)),
                                     sqlite3_column_bytes(st, i)));
                h.addData("\x1f", 1);
            }
            h.addData("\x1e", 1);
        }
        sqlite3_finalize(st);
    }
    return h.result().toHex();
}

// A current store holding n accounts, closed again (WAL folded back in).
inline bool makeStoreWithAccounts(const QString &path, int n)
{
    auto store = Store::open(path);
    if (!store)
        return false;
    QSqlDatabase db = (*store)->database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO accounts(account_id, name, segment) VALUES(?, ?, ?)"));
    for (int i = 0; i < n; ++i) {
        q.addBindValue(QStringLiteral("ACC-%1").arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("Account number %1 with a longer name to fill pages").arg(i));
        q.addBindValue(i % 2 ? QStringLiteral("SMB") : QStringLiteral("Enterprise"));
        if (!q.exec())
            return false;
    }
    return db.commit();
}

// A hand-made older store: user_version 0, rollback journal, given tables.
inline bool makeLegacyStore(const QString &path, const QByteArrayList &statements)
{
    RawConnection c(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    for (const QByteArray &sql : statements)
        if (!c.exec(sql.constData()))
            return false;
    return c.exec("PRAGMA user_version = 0");
}

} // namespace ra::testing

#include "store/transaction.h"

#include "store/datastate.h"
#include "store/store.h"
#include "store/storefaults.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace ra {

Transaction::Transaction(const Store &store, Kind kind)
    : m_db(store.handle())
    , m_busyTimeoutMs(store.busyTimeoutMs())
{
    begin(kind);
}

Transaction::Transaction(sqlite3 *db, Kind kind)
    : m_db(db)
{
    begin(kind);
}

void Transaction::begin(Kind kind)
{
    m_writes = kind != Kind::Read;
    if (!m_db) {
        m_begin = makeError(ErrorCode::Internal, QStringLiteral("no open store to start a transaction on"));
        return;
    }
    if (kind == Kind::Read && sqlite3_get_autocommit(m_db) == 0) {
        m_active = true;
        m_owned = false;
        return;
    }
    const char *sql = kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN";
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        m_active = true;
    else
        m_begin = failure(QCoreApplication::translate("ra::Store", "cannot start a transaction"));
}

Transaction::~Transaction() { rollback(); }

Error Transaction::failure(const QString &context) const { return sqliteError(m_db, context, m_busyTimeoutMs); }

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? makeError(ErrorCode::Internal, QStringLiteral("commit without an active transaction")) : m_begin;
    if (!m_owned) {
        m_active = false;
        return {};
    }
    // Every committed write changes the data version in the same transaction
    // (store/datastate.h): a cache of the old rows can never pass for the new.
    // A Read transaction changed nothing, so it leaves the version alone.
    if (m_writes && sqlite3_exec(m_db, bumpDataStateSql(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error e = failure(QCoreApplication::translate("ra::Store", "cannot mark the store's data as changed"));
        rollback();
        return e;
    }
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error e = failure(QCoreApplication::translate("ra::Store", "cannot commit"));
        rollback();
        return e;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // A failed COMMIT may have ended the transaction already (SQLite rolls
    // back by itself after some errors); only roll back what is still open.
    if (m_owned && sqlite3_get_autocommit(m_db) == 0)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace ra

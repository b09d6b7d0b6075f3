#pragma once
// RAII transaction on a team-store connection: rolls back unless commit() was
// called (the SQLite twin is store/transaction.h). A lost connection needs no
// rollback: the server drops the transaction with it.
#include "core/result.h"

#include <QString>

namespace ra {

class PgConnection;

class PgTransaction {
public:
    // mode: what follows BEGIN, e.g. "ISOLATION LEVEL REPEATABLE READ READ ONLY".
    explicit PgTransaction(PgConnection &conn, const QString &mode = {});
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;

    Status beginStatus() const { return m_begin; }
    Status commit();

private:
    PgConnection &m_conn;
    Status m_begin;
    bool m_active = false;
};

// Takes the advisory lock `key` for the current transaction, waiting at most
// waitMs; on timeout a Busy error naming who holds it and since when.
Status lockForTransaction(PgConnection &conn, qint64 key, int waitMs, const QString &what);

// The same lock held by the session until the guard ends, for work that must
// start its transaction only once it holds the lock: a transaction begun
// before another client's committed DDL may still resolve names as before it.
class SessionLock {
public:
    SessionLock(PgConnection &conn, qint64 key, int waitMs, const QString &what);
    ~SessionLock();
    SessionLock(const SessionLock &) = delete;
    SessionLock &operator=(const SessionLock &) = delete;
    Status status() const { return m_status; }

private:
    PgConnection &m_conn;
    qint64 m_key;
    Status m_status;
};

} // namespace ra

#pragma once
// The one transaction guard of ra_core: it rolls back unless commit() was
// called, so an early return or a failure leaves the store as it was.
//
// - Immediate (the default for writers): BEGIN IMMEDIATE takes the write lock
//   up front, so a concurrent writer is reported now (busy) rather than
//   half-way through our work.
// - Deferred: BEGIN; the first read pins the snapshot and the write lock is
//   taken by the first write (the migration backs up that snapshot first).
// - Read: one consistent view for several statements (export, snapshot
//   load); joins a transaction already open on the connection instead of
//   failing, and simply ends at scope exit.
//
// BEGIN, COMMIT and ROLLBACK failures go through the one SQLite error mapping
// (storefaults.h), so a commit that fails on a full disk or a lock says so
// and names the file.
#include "core/result.h"

struct sqlite3;

namespace ra {

class Store;

class Transaction {
public:
    enum class Kind { Deferred, Immediate, Read };

    explicit Transaction(const Store &store, Kind kind = Kind::Immediate);
    // On a raw connection that has no Store (the snapshot's second reader).
    Transaction(sqlite3 *db, Kind kind);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (beginStatus() says why); a Read transaction
    // that joined an open one is active too.
    bool isActive() const { return m_active; }
    const Status &beginStatus() const { return m_begin; }
    // On failure the transaction is rolled back and the error is the mapped one.
    Status commit();
    void rollback();

private:
    void begin(Kind kind);
    Error failure(const QString &context) const;

    sqlite3 *m_db = nullptr;
    int m_busyTimeoutMs = -1;
    Status m_begin;
    bool m_active = false;
    bool m_owned = true; // false: a Read that joined the caller's transaction
};

} // namespace ra

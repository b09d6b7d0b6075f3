#pragma once
// RAII transaction: rolls back unless commit() was called.
#include "core/result.h"

#include <QSqlDatabase>

namespace ra {

class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed; check before using the transaction.
    bool isActive() const { return m_active; }
    Status beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace ra

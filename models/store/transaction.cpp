#include "store/transaction.h"

#include "store/datastate.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ra {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // BEGIN IMMEDIATE takes the write lock up front, so a concurrent writer is
    // reported now (busy) rather than half-way through our work.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_active = true;
    else
        m_begin = makeError(ErrorCode::Database, q.lastError().text());
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Internal, QStringLiteral("commit without an active transaction"));
    QSqlQuery q(m_db);
    // Every committed write changes the data version in the same transaction
    // (store/datastate.h): a cache of the old rows can never pass for the new.
    if (!q.exec(QString::fromLatin1(bumpDataStateSql())) || !q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        rollback();
        return makeError(ErrorCode::Database, why);
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace ra

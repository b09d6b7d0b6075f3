#include "pgstore/pgtransaction.h"

#include "pgstore/pgconnection.h"

#include <QElapsedTimer>
#include <QThread>

namespace ra {

PgTransaction::PgTransaction(PgConnection &conn, const QString &mode) : m_conn(conn)
{
    m_begin = conn.command(mode.isEmpty() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ") + mode);
    m_active = m_begin.ok();
}

PgTransaction::~PgTransaction()
{
    if (m_active)
        (void)m_conn.command(QStringLiteral("ROLLBACK"));
}

Status PgTransaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? makeError(ErrorCode::Internal, QStringLiteral("no transaction to commit")) : m_begin;
    m_active = false;
    return m_conn.command(QStringLiteral("COMMIT"));
}

namespace {

// Who holds the advisory lock: application_name carries "revalign import by
// user on host" (PgConnection::connect), plus the login and since when.
QString lockHolder(PgConnection &conn, qint64 key)
{
    Result<PgRows> r = conn.query(
        QStringLiteral("SELECT a.usename, a.application_name, coalesce(host(a.client_addr), 'local socket'), "
                       "to_char(a.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') "
                       "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                       "WHERE l.locktype = 'advisory' AND l.granted "
                       "AND ((l.classid::bigint << 32) | l.objid::bigint) = $1 LIMIT 1"),
        {QString::number(key)});
    if (!r || r->rows() == 0)
        return QStringLiteral("another client");
    return QStringLiteral("%1 (login %2, from %3) since %4 UTC")
        .arg(r->text(0, 1), r->text(0, 0), r->text(0, 2), r->text(0, 3));
}

Status tryLock(PgConnection &conn, qint64 key, int waitMs, const QString &what, const QString &function)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        Result<PgRows> r = conn.query(QStringLiteral("SELECT %1($1)").arg(function), {QString::number(key)});
        if (!r)
            return r.error();
        if (r->text(0, 0) == QLatin1String("t"))
            return {};
        if (clock.elapsed() >= waitMs)
            return makeError(ErrorCode::Busy, QStringLiteral("the team store %1 is locked by %2 — %3 waited %4 s; "
                                                             "try again when it has finished")
                                                  .arg(conn.describe(), lockHolder(conn, key), what)
                                                  .arg(waitMs / 1000.0, 0, 'f', 1));
        QThread::msleep(100);
    }
}

} // namespace

Status lockForTransaction(PgConnection &conn, qint64 key, int waitMs, const QString &what)
{
    return tryLock(conn, key, waitMs, what, QStringLiteral("pg_try_advisory_xact_lock"));
}

SessionLock::SessionLock(PgConnection &conn, qint64 key, int waitMs, const QString &what) : m_conn(conn), m_key(key)
{
    m_status = tryLock(conn, key, waitMs, what, QStringLiteral("pg_try_advisory_lock"));
}

SessionLock::~SessionLock()
{
    if (m_status)
        (void)m_conn.query(QStringLiteral("SELECT pg_advisory_unlock($1)"), {QString::number(m_key)});
}

} // namespace ra

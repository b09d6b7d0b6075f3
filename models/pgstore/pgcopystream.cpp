#include "pgstore/pgcopystream.h"

#include "pgstore/pgconnection.h"
#include "pgstore/pgerrors.h"

#include <libpq-fe.h>

namespace ra {
namespace {

// The statement's final result, and whatever else libpq still holds.
PGresult *takeResult(PGconn *conn)
{
    PGresult *result = PQgetResult(conn);
    while (PGresult *rest = PQgetResult(conn))
        PQclear(rest);
    return result;
}

} // namespace

PgCopyStream::~PgCopyStream()
{
    if (!m_open)
        return;
    PQputCopyEnd(m_conn.handle(), "the import was abandoned");
    PQclear(takeResult(m_conn.handle()));
}

Error PgCopyStream::failure() const
{
    return pgStatementError(m_conn.describe(), nullptr, QString::fromUtf8(PQerrorMessage(m_conn.handle())));
}

Status PgCopyStream::begin(const QString &copySql)
{
    PGresult *start = PQexec(m_conn.handle(), copySql.toUtf8().constData());
    const bool ok = start && PQresultStatus(start) == PGRES_COPY_IN;
    const Error error = ok ? Error{} : pgStatementError(m_conn.describe(), start, QString::fromUtf8(PQerrorMessage(m_conn.handle())));
    PQclear(start);
    if (!ok)
        return error;
    m_open = true;
    m_buf.reserve(kSendBytes + 64 * 1024);
    return {};
}

Status PgCopyStream::send()
{
    if (m_buf.empty())
        return {};
    if (PQputCopyData(m_conn.handle(), m_buf.data(), int(m_buf.size())) != 1)
        return failure();
    m_buf.clear();
    return {};
}

Status PgCopyStream::end()
{
    if (Status s = send(); !s)
        return s;
    m_open = false;
    if (PQputCopyEnd(m_conn.handle(), nullptr) != 1)
        return failure();
    PGresult *result = takeResult(m_conn.handle());
    const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    const Error error = ok ? Error{} : pgStatementError(m_conn.describe(), result, QString::fromUtf8(PQerrorMessage(m_conn.handle())));
    PQclear(result);
    return ok ? Status() : Status(error);
}

} // namespace ra

#include "pgstore/pgconnection.h"

#include "pgstore/pgerrors.h"

#include <libpq-fe.h>

#include <vector>

namespace ra {

PgRows::PgRows(pg_result *r) : m_r(r) {}
PgRows::~PgRows() { PQclear(m_r); }
PgRows::PgRows(PgRows &&other) noexcept : m_r(other.m_r) { other.m_r = nullptr; }
int PgRows::rows() const { return m_r ? PQntuples(m_r) : 0; }
bool PgRows::isNull(int row, int col) const { return PQgetisnull(m_r, row, col) != 0; }
QString PgRows::text(int row, int col) const
{
    return QString::fromUtf8(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col));
}
qint64 PgRows::integer(int row, int col) const { return QByteArray(PQgetvalue(m_r, row, col)).toLongLong(); }

namespace {

using ResultPtr = std::unique_ptr<PGresult, void (*)(PGresult *)>;
ResultPtr wrap(PGresult *r) { return ResultPtr(r, &PQclear); }

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &conninfo, const QString &purpose)
{
    const QByteArray info = conninfo.toUtf8();
    const QByteArray app = (purpose.isEmpty() ? QStringLiteral("revalign") : QStringLiteral("revalign ") + purpose).toUtf8();
    // Keywords before dbname are defaults the URI or service may override.
    const char *keys[] = {"connect_timeout", "fallback_application_name", "dbname", nullptr};
    const char *values[] = {"10", app.constData(), info.constData(), nullptr};
    PGconn *conn = PQconnectdbParams(keys, values, 1);
    if (!conn)
        return makeError(ErrorCode::Internal, QStringLiteral("out of memory opening a team store connection"));
    if (PQstatus(conn) != CONNECTION_OK) {
        // PQhost/PQdb are known even on failure; the password never is shown.
        const QString server = QStringLiteral("%1@%2:%3/%4")
                                   .arg(QString::fromUtf8(PQuser(conn)), QString::fromUtf8(PQhost(conn)),
                                        QString::fromUtf8(PQport(conn)), QString::fromUtf8(PQdb(conn)));
        const QString message = QString::fromUtf8(PQerrorMessage(conn));
        PQfinish(conn);
        return pgConnectError(server, message);
    }
    PQsetClientEncoding(conn, "UTF8");
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::~PgConnection() { PQfinish(m_conn); }

QString PgConnection::user() const { return QString::fromUtf8(PQuser(m_conn)); }

QString PgConnection::describe() const
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(user(), QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)), QString::fromUtf8(PQdb(m_conn)));
}

Result<PgRows> PgConnection::query(const QString &sql, const QList<std::optional<QString>> &params)
{
    const QByteArray text = sql.toUtf8();
    std::vector<QByteArray> bytes;
    std::vector<const char *> values;
    bytes.reserve(size_t(params.size()));
    for (const std::optional<QString> &p : params) {
        bytes.push_back(p ? p->toUtf8() : QByteArray());
        values.push_back(p ? bytes.back().constData() : nullptr);
    }
    ResultPtr r = wrap(PQexecParams(m_conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr,
                                    nullptr, 0));
    const ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK)
        return pgStatementError(describe(), r.get(), QString::fromUtf8(PQerrorMessage(m_conn)));
    return PgRows(r.release());
}

Status PgConnection::command(const QString &sql, const QList<std::optional<QString>> &params)
{
    Result<PgRows> r = query(sql, params);
    return r ? Status() : Status(r.error());
}

Status PgConnection::copyOut(const QString &sql, const std::function<bool(std::string_view)> &chunk)
{
    ResultPtr start = wrap(PQexec(m_conn, sql.toUtf8().constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_OUT)
        return pgStatementError(describe(), start.get(), QString::fromUtf8(PQerrorMessage(m_conn)));
    bool cancelled = false;
    for (;;) {
        char *buf = nullptr;
        const int n = PQgetCopyData(m_conn, &buf, 0);
        if (n < 0)
            break;
        if (!cancelled && !chunk(std::string_view(buf, size_t(n)))) {
            cancelled = true;
            if (PGcancel *c = PQgetCancel(m_conn)) {
                char err[256];
                PQcancel(c, err, sizeof err);
                PQfreeCancel(c);
            }
        }
        PQfreemem(buf);
    }
    ResultPtr end = wrap(PQgetResult(m_conn));
    while (PGresult *more = PQgetResult(m_conn))
        PQclear(more);
    if (cancelled)
        return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    if (!end || PQresultStatus(end.get()) != PGRES_COMMAND_OK)
        return pgStatementError(describe(), end.get(), QString::fromUtf8(PQerrorMessage(m_conn)));
    return {};
}

Status PgConnection::copyIn(const QString &sql, const std::function<bool(std::string &)> &produce)
{
    ResultPtr start = wrap(PQexec(m_conn, sql.toUtf8().constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN)
        return pgStatementError(describe(), start.get(), QString::fromUtf8(PQerrorMessage(m_conn)));
    std::string buf;
    bool more = true, sent = true;
    while (more && sent) {
        buf.clear();
        more = produce(buf);
        sent = buf.empty() || PQputCopyData(m_conn, buf.data(), int(buf.size())) == 1;
    }
    PQputCopyEnd(m_conn, sent ? nullptr : "the client could not send its rows");
    ResultPtr end = wrap(PQgetResult(m_conn));
    while (PGresult *rest = PQgetResult(m_conn))
        PQclear(rest);
    if (!end || PQresultStatus(end.get()) != PGRES_COMMAND_OK)
        return pgStatementError(describe(), end.get(), QString::fromUtf8(PQerrorMessage(m_conn)));
    return {};
}

} // namespace ra

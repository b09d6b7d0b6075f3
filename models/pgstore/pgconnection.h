#pragma once
// RAII handle on one libpq connection to a team store, with the few calls the
// team-store code needs: statements with bound text parameters, COPY out and
// in. Every failure comes back as an Error that says what to do (see
// pgerrors.h). One connection per thread, like Store.
#include "core/result.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

struct pg_conn;
struct pg_result;

namespace ra {

// One statement's result rows (owns the PGresult).
class PgRows {
public:
    explicit PgRows(pg_result *r);
    ~PgRows();
    PgRows(PgRows &&other) noexcept;
    PgRows &operator=(PgRows &&) = delete;
    PgRows(const PgRows &) = delete;

    int rows() const;
    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    qint64 integer(int row, int col) const;

private:
    pg_result *m_r;
};

class PgConnection {
public:
    // conninfo: a postgresql:// URI or "service=NAME" (or any libpq keyword
    // string). Passwords come from libpq itself (~/.pgpass, PGPASSWORD, the
    // service file); nothing here stores one. application_name names this
    // client to others (the holder of an import lock is reported by it).
    static Result<std::unique_ptr<PgConnection>> connect(const QString &conninfo, const QString &purpose = {});
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // A statement; params bound as text ($1, $2, ...; nullopt = NULL).
    Result<PgRows> query(const QString &sql, const QList<std::optional<QString>> &params = {});
    // A statement whose rows (if any) are not needed.
    Status command(const QString &sql, const QList<std::optional<QString>> &params = {});
    // COPY ... TO STDOUT: `chunk` gets each row's bytes as libpq hands them
    // (one row per call); return false to cancel (the COPY is then abandoned
    // and the connection reset by the caller's rollback).
    Status copyOut(const QString &sql, const std::function<bool(std::string_view)> &chunk);
    // COPY ... FROM STDIN: `produce` appends data to the buffer and returns
    // false when there is no more.
    Status copyIn(const QString &sql, const std::function<bool(std::string &)> &produce);

    // "user@host:port/db", never a password: for the status bar and messages.
    QString describe() const;
    QString user() const;
    pg_conn *handle() const { return m_conn; }

private:
    explicit PgConnection(pg_conn *conn) : m_conn(conn) {}

    pg_conn *m_conn;
};

} // namespace ra

#pragma once
// A throw-away PostgreSQL server for one test program: initdb into a fresh
// folder under the system temp folder, pg_ctl start on a Unix socket in that
// folder and a free TCP port on 127.0.0.1, stopped and removed by the
// destructor. PostgreSQL refuses to run as root, so as root the server runs
// as the unprivileged user that tools/dev.sh creates (kServerUser), through
// runuser; the folder is its own (the checkout may sit in a folder that user
// cannot enter). Missing binaries or user are an error, never a skip.
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace ra::testing {

class PgTestServer {
public:
    static constexpr const char *kServerUser = "revalign-pg";
    static constexpr const char *kSuperuser = "postgres";
    // The password of kPasswordUser, a login role made for the wrong-password
    // tests; TCP connections check passwords (scram), the socket trusts.
    static constexpr const char *kPasswordUser = "alice";
    static constexpr const char *kPassword = "alice-secret";

    PgTestServer() = default;
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // initdb, start, create the database `revalign` and the password role.
    Status start();
    // pg_ctl stop (fast, or immediate = a crash as far as clients can tell).
    Status stop(bool immediate = false);
    // Starts the stopped server again on the same folder and port.
    Status restart();
    bool isRunning() const { return m_running; }

    int port() const { return m_port; }
    QString socketDir() const { return m_dir; }
    // A libpq URI to database `db` over the socket as `user` (default superuser).
    QString uri(const QString &db = QStringLiteral("revalign"), const QString &user = QString::fromLatin1(kSuperuser)) const;
    // The same over TCP (password checked).
    QString tcpUri(const QString &user, const QString &db = QStringLiteral("revalign")) const;
    // Runs SQL through psql as the superuser; the output (unaligned, tuples only).
    Result<QString> psql(const QString &sql, const QString &db = QStringLiteral("revalign")) const;
    // Where psql and the server binaries are.
    QString binDir() const { return m_bin; }

private:
    Result<QString> run(const QString &program, const QStringList &args, int timeoutMs = 60000) const;
    Status pgCtlStart();

    QString m_bin, m_dir;
    int m_port = 0;
    bool m_asRoot = false, m_running = false;
};

} // namespace ra::testing

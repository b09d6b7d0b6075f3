#include "pgtestserver.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace ra::testing {
namespace {

Error fixtureError(const QString &message) { return makeError(ErrorCode::Internal, message); }

// The folder holding initdb, pg_ctl and postgres: RA_PG_BINDIR, else what
// pg_config names, else the newest /usr/lib/postgresql/<version>/bin (Debian).
QString findBinDir()
{
    const auto hasServer = [](const QString &dir) {
        return !dir.isEmpty() && QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable();
    };
    const QString fromEnv = qEnvironmentVariable("RA_PG_BINDIR");
    if (hasServer(fromEnv))
        return fromEnv;
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(10000) && pgConfig.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (hasServer(dir))
            return dir;
    }
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : names)
        if (hasServer(versions.filePath(v + QStringLiteral("/bin"))))
            return versions.filePath(v + QStringLiteral("/bin"));
    return {};
}

// A TCP port nobody listens on right now (the kernel's choice for port 0).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

} // namespace

PgTestServer::~PgTestServer()
{
    if (m_running)
        (void)stop(true);
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
}

Result<QString> PgTestServer::run(const QString &program, const QStringList &args, int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asRoot)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QString::fromLatin1(kServerUser),
                                                       QStringLiteral("--"), m_bin + QLatin1Char('/') + program}
                                               + args);
    else
        p.start(m_bin + QLatin1Char('/') + program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return fixtureError(QStringLiteral("%1 did not finish: %2").arg(program, p.errorString()));
    }
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fixtureError(QStringLiteral("%1 %2 failed: %3").arg(program, args.join(QLatin1Char(' ')), out));
    return out;
}

Status PgTestServer::start()
{
    m_bin = findBinDir();
    if (m_bin.isEmpty())
        return fixtureError(QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) not found: install the "
                                           "postgresql package (tools/dev.sh does) or set RA_PG_BINDIR"));
    m_asRoot = ::geteuid() == 0;
    const passwd *user = m_asRoot ? ::getpwnam(kServerUser) : nullptr;
    if (m_asRoot && !user)
        return fixtureError(QStringLiteral("PostgreSQL will not run as root and the user '%1' is missing: "
                                           "tools/dev.sh creates it (useradd)").arg(QString::fromLatin1(kServerUser)));
    QByteArray tmpl = QFile::encodeName(QDir::tempPath() + QStringLiteral("/revalign-pg-XXXXXX"));
    if (!::mkdtemp(tmpl.data()))
        return fixtureError(QStringLiteral("cannot create a folder under %1").arg(QDir::tempPath()));
    m_dir = QFile::decodeName(tmpl);
    if (m_asRoot && ::chown(tmpl.constData(), user->pw_uid, user->pw_gid) != 0)
        return fixtureError(QStringLiteral("cannot give %1 to %2").arg(m_dir, QString::fromLatin1(kServerUser)));
    // The revalign programs a test runs keep their offline copies of team
    // stores (offlineCopyPath) in here, not in the user's data folder, and
    // start with none.
    const QString clientData = m_dir + QStringLiteral("/client-data");
    if (!QDir().mkpath(clientData))
        return fixtureError(QStringLiteral("cannot create %1").arg(clientData));
    qputenv("XDG_DATA_HOME", QFile::encodeName(clientData));
    m_port = freePort();
    if (m_port == 0)
        return fixtureError(QStringLiteral("no free TCP port on 127.0.0.1"));

    Result<QString> init = run(QStringLiteral("initdb"),
                               {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-U"),
                                QString::fromLatin1(kSuperuser), QStringLiteral("--auth-local=trust"),
                                QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-sync"),
                                QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")});
    if (!init)
        return init.error();
    if (Status s = pgCtlStart(); !s)
        return s;
    Result<QString> setup = psql(QStringLiteral("CREATE DATABASE revalign"), QStringLiteral("postgres"));
    if (!setup)
        return setup.error();
    setup = psql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                     .arg(QString::fromLatin1(kPasswordUser), QString::fromLatin1(kPassword)));
    return setup ? Status() : Status(setup.error());
}

Status PgTestServer::pgCtlStart()
{
    // fsync off: a test server's data need not survive a power cut. But a
    // commit must survive the server being stopped abruptly (the tests do),
    // so synchronous_commit stays on: with it off, the last commits' WAL may
    // still be in the server's memory when it stops, and a schema set up just
    // before a test's stop came back missing.
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c full_page_writes=off")
                                .arg(m_dir)
                                .arg(m_port);
    Result<QString> r = run(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-l"),
                             m_dir + QStringLiteral("/server.log"), QStringLiteral("-o"), options, QStringLiteral("-w"),
                             QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
    if (!r)
        return r.error();
    m_running = true;
    return {};
}

Status PgTestServer::stop(bool immediate)
{
    Result<QString> r = run(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
                             immediate ? QStringLiteral("immediate") : QStringLiteral("fast"), QStringLiteral("-w"),
                             QStringLiteral("stop")});
    if (!r)
        return r.error();
    m_running = false;
    return {};
}

Status PgTestServer::restart() { return pgCtlStart(); }

QString PgTestServer::uri(const QString &db, const QString &user) const
{
    // One arg() call: the encoded folder holds '%' signs a later arg() would fill.
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
        .arg(db, QString::fromLatin1(QUrl::toPercentEncoding(m_dir)), QString::number(m_port), user);
}

QString PgTestServer::tcpUri(const QString &user, const QString &db) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(db);
}

Result<QString> PgTestServer::psql(const QString &sql, const QString &db) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_bin + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir, QStringLiteral("-p"),
             QString::number(m_port), QStringLiteral("-U"), QString::fromLatin1(kSuperuser), QStringLiteral("-d"), db,
             QStringLiteral("-c"), sql});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fixtureError(QStringLiteral("psql: %1: %2").arg(sql, QString::fromLocal8Bit(p.readAll())));
    return QString::fromLocal8Bit(p.readAll()).trimmed();
}

} // namespace ra::testing

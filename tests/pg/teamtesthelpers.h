#pragma once
// Shared by the team-store tests that drive the revalign binary: a fresh
// database per case, a fingerprint of the server's rows, bundles made from
// the demo generator, and the export-bundle output of any store as one text.
#include "pgtestserver.h"
#include "support/faulthelpers.h"
#include "support/revalign.h"

#include "pgstore/teamstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace ra::testing {

using CliRun = ra::testsupport::ProcessRun;
using ra::testsupport::runRevalign;

// A new empty database on the server; its URI (empty on failure).
inline QString freshDatabase(const PgTestServer &server, const QString &name)
{
    return server.psql(QStringLiteral("CREATE DATABASE %1").arg(name), QStringLiteral("postgres")).ok() ? server.uri(name)
                                                                                                        : QString();
}

// md5 of every row of every table but the imports log, the data version
// (its stamp is random per database) and the snapshot kept for it, as the
// server holds them (the revision column included): equal = same content.
inline QString serverFingerprint(const PgTestServer &server, const QString &db)
{
    const Result<QString> tables = server.psql(QStringLiteral(
        "SELECT string_agg(tablename, ' ' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'revalign' "
        "AND tablename NOT IN ('imports', 'import_rejections', 'data_state', 'snapshot_cache')"), db);
    if (!tables)
        return QStringLiteral("error: ") + tables.message();
    QString out;
    for (const QString &t : tables->split(QLatin1Char(' '))) {
        const Result<QString> h = server.psql(
            QStringLiteral("SELECT md5(coalesce(string_agg(t::text, chr(10) ORDER BY t::text), '')) FROM revalign.%1 t").arg(t), db);
        out += t + QLatin1Char('=') + (h ? h.value() : QStringLiteral("error")) + QLatin1Char(' ');
    }
    return out;
}

// The server's data version (revalign.data_state), as text.
inline QString dataVersion(const PgTestServer &server, const QString &db)
{
    const Result<QString> r = server.psql(QStringLiteral("SELECT version FROM revalign.data_state"), db);
    return r ? r.value() : QStringLiteral("error: ") + r.message();
}

inline QString importCount(const PgTestServer &server, const QString &db)
{
    const Result<QString> r = server.psql(QStringLiteral("SELECT count(*) FROM revalign.imports"), db);
    return r ? r.value() : QStringLiteral("error: ") + r.message();
}

// A bundle folder written from a demo store of `leads` leads.
inline QString demoBundle(const QTemporaryDir &tmp, int leads)
{
    const QString db = tmp.filePath(QStringLiteral("demo%1.db").arg(leads));
    const QString dir = tmp.filePath(QStringLiteral("demo%1-bundle").arg(leads));
    if (runRevalign({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--leads"), QString::number(leads),
                     QStringLiteral("--end"), QStringLiteral("2026-11-20")}).exitCode != 0
        || runRevalign({QStringLiteral("export-bundle"), dir, QStringLiteral("--db"), db}).exitCode != 0)
        return {};
    return dir;
}

// export-bundle of a store (file or team store) as one text: equal = same data.
inline QString exported(const QTemporaryDir &tmp, const QString &db)
{
    static int n = 0;
    const QString dir = tmp.filePath(QStringLiteral("export%1").arg(++n));
    const CliRun r = runRevalign({QStringLiteral("export-bundle"), dir, QStringLiteral("--db"), db});
    if (r.exitCode != 0)
        return QStringLiteral("export failed: ") + r.err;
    QString all;
    for (const QString &f : QDir(dir).entryList(QDir::Files, QDir::Name))
        all += f + QLatin1Char('\n') + QString::fromUtf8(readFile(dir + QLatin1Char('/') + f));
    QDir(dir).removeRecursively();
    return all;
}

inline QString revalignBin() { return ra::testsupport::revalignBinary(); }

// Where the revalign program (application name RevAlign) keeps its offline
// copy of `team` (offlineCopyPath).
inline QString programCopyPath(const QString &team)
{
    const QString appName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("RevAlign"));
    const QString copy = offlineCopyPath(team);
    QCoreApplication::setApplicationName(appName);
    return copy;
}

// The program's offline copy of `team` and what lies beside it, removed: as
// on a laptop that has never read it (a first import leaves the importer one).
inline void forgetOfflineCopy(const QString &team)
{
    const QString copy = programCopyPath(team);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".team"),
                                  QStringLiteral(".first-read"), QStringLiteral(".snapcache")})
        QFile::remove(copy + suffix);
}

} // namespace ra::testing

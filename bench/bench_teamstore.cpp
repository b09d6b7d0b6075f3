// bench_teamstore: the team store (PostgreSQL) against its yardsticks.
//
//   bench_teamstore --host H --port P [--user U] --bundle DIR --sqlite FILE [--revalign PATH] [--psql PATH]
//                   [--import-runs N] [--import-only]
//
// On a running server (H may be a socket folder), with DIR a bundle of the
// data in the SQLite store FILE (revalign export-bundle DIR --db FILE):
//  1. `revalign import DIR` into a new team-store database, against one `psql`
//     process `\copy`ing the same files into plain text tables (rows/s, ratio);
//  2. a verb's read of the team store — sync of the offline copy, then the
//     snapshot load from it — cold (the first sync) and warm (nothing new),
//     against the snapshot load of FILE;
//  3. the first `sync` into a new laptop store (part of 2's cold read);
//  4. a 10,000-lead import (new leads copied from DIR's first rows) after a
//     read verb, then the incremental sync that brings the laptop store up
//     to date.
// Wall clock throughout; run it on an idle machine, a few times.
// --import-runs N repeats 1. (each run on a new database, the import and
// psql alternating), --import-only stops after it.
#include "kpi/snapshotloader.h"
#include "pgstore/pgconnection.h"
#include "pgstore/teamstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <algorithm>
#include <cstdio>

using namespace ra;

namespace {

struct Options {
    QString host, port, user = QStringLiteral("postgres"), bundle, sqlite;
    QString revalign = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/revalign");
    QString psql = QStringLiteral("psql");
    int importRuns = 1;
    bool importOnly = false;
};

QString uriFor(const Options &o, const QString &db)
{
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
        .arg(db, QString::fromLatin1(QUrl::toPercentEncoding(o.host)), o.port, o.user);
}

void must(const Status &s, const char *what)
{
    if (!s)
        qFatal("%s: %s", what, qPrintable(s.message()));
}

double run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitCode() > 1)
        qFatal("%s failed (exit %d)", qPrintable(program), p.exitCode());
    return clock.nsecsElapsed() / 1e9;
}

void recreate(const Options &o, const QString &db)
{
    auto admin = PgConnection::connect(uriFor(o, QStringLiteral("postgres")));
    must(admin ? Status() : Status(admin.error()), "connect");
    must((*admin)->command(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db)), "drop");
    must((*admin)->command(QStringLiteral("CREATE DATABASE %1").arg(db)), "create");
}

// Data rows of the bundle's files and the psql script that \copies them into plain tables.
qint64 plainCopyScript(const Options &o, const QString &scriptPath)
{
    QFile script(scriptPath);
    script.open(QIODevice::WriteOnly);
    QTextStream out(&script);
    qint64 rows = 0;
    for (const QFileInfo &f : QDir(o.bundle).entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        QFile in(f.filePath());
        in.open(QIODevice::ReadOnly);
        const QStringList header = QString::fromUtf8(in.readLine()).trimmed().split(QLatin1Char(','));
        while (!in.atEnd()) {
            in.readLine();
            ++rows;
        }
        QStringList cols;
        for (const QString &c : header)
            cols << c + QStringLiteral(" text");
        out << "CREATE TABLE " << f.baseName() << " (" << cols.join(QStringLiteral(", ")) << ");\n";
        out << "\\copy " << f.baseName() << " FROM '" << f.absoluteFilePath() << "' WITH (FORMAT csv, HEADER true)\n";
    }
    return rows;
}

// 10,000 new leads: the bundle's first ones under new ids.
QString tenThousandLeads(const Options &o, const QTemporaryDir &tmp)
{
    const QString dir = tmp.filePath(QStringLiteral("leads10k"));
    QDir().mkpath(dir);
    QFile accounts(o.bundle + QStringLiteral("/accounts.csv")), out(dir + QStringLiteral("/accounts.csv"));
    accounts.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    out.write(accounts.readLine());
    out.close();
    QFile leads(o.bundle + QStringLiteral("/leads.csv")), leadsOut(dir + QStringLiteral("/leads.csv"));
    leads.open(QIODevice::ReadOnly);
    leadsOut.open(QIODevice::WriteOnly);
    leadsOut.write(leads.readLine());
    for (int i = 0; i < 10000 && !leads.atEnd(); ++i)
        leadsOut.write("X" + leads.readLine());
    return dir;
}

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); i += 2) {
        const QString &k = args.at(i);
        if (k == QLatin1String("--import-only")) {
            o.importOnly = true;
            --i;
            continue;
        }
        if (i + 1 >= args.size())
            qFatal("%s needs a value", qPrintable(k));
        const QString &v = args.at(i + 1);
        if (k == QLatin1String("--host")) o.host = v;
        else if (k == QLatin1String("--import-runs")) o.importRuns = std::max(1, v.toInt());
        else if (k == QLatin1String("--port")) o.port = v;
        else if (k == QLatin1String("--user")) o.user = v;
        else if (k == QLatin1String("--bundle")) o.bundle = v;
        else if (k == QLatin1String("--sqlite")) o.sqlite = v;
        else if (k == QLatin1String("--revalign")) o.revalign = v;
        else if (k == QLatin1String("--psql")) o.psql = v;
        else qFatal("unknown option %s", qPrintable(k));
    }
    if (o.host.isEmpty() || o.port.isEmpty() || o.bundle.isEmpty() || o.sqlite.isEmpty())
        qFatal("usage: bench_teamstore --host H --port P [--user U] --bundle DIR --sqlite FILE [--revalign PATH] [--psql PATH]");
    return o;
}

double snapshotSeconds(Store &store)
{
    QElapsedTimer clock;
    clock.start();
    must(SnapshotLoader::load(store).ok() ? Status() : Status(makeError(ErrorCode::Internal, QStringLiteral("load"))), "snapshot");
    return clock.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parse(app.arguments());
    QTemporaryDir tmp;
    const QString team = uriFor(o, QStringLiteral("bench_team"));

    // 1. import against psql \copy into plain tables
    const qint64 rows = plainCopyScript(o, tmp.filePath(QStringLiteral("copy.sql")));
    for (int r = 0; r < o.importRuns; ++r) {
        recreate(o, QStringLiteral("bench_team"));
        const double importS = run(o.revalign, {QStringLiteral("import"), o.bundle, QStringLiteral("--db"), team});
        recreate(o, QStringLiteral("bench_plain"));
        const double copyS = run(o.psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                          QStringLiteral("-d"), uriFor(o, QStringLiteral("bench_plain")), QStringLiteral("-f"),
                                          tmp.filePath(QStringLiteral("copy.sql"))});
        std::printf("import      %lld rows: revalign %.2f s (%.0f rows/s), psql \\copy %.2f s (%.0f rows/s), ratio %.2f\n",
                    rows, importS, rows / importS, copyS, rows / copyS, copyS / importS);
        std::fflush(stdout);
    }
    if (o.importOnly)
        return 0;

    // 2. and 3. what a verb or the window does to read the team store: bring
    // the offline copy up to date, then load the snapshot from it. Cold: the
    // first time (the first sync copies everything); warm: nothing imported
    // since (the sync only checks). Against the load of the SQLite store.
    const QString laptop = tmp.filePath(QStringLiteral("laptop.db"));
    QElapsedTimer clock;
    clock.start();
    auto first = syncTeamStore(team, laptop);
    must(first ? Status() : Status(first.error()), "first sync");
    const double firstSync = clock.nsecsElapsed() / 1e9;
    const auto loadCopy = [&] {
        auto copy = Store::open(laptop, Store::Mode::ReadOnly);
        must(copy ? Status() : Status(copy.error()), "offline copy");
        return snapshotSeconds(**copy);
    };
    const double coldLoad = loadCopy();
    clock.restart();
    auto again = syncTeamStore(team, laptop);
    must(again ? Status() : Status(again.error()), "sync");
    const double warmSync = clock.nsecsElapsed() / 1e9;
    const double warmLoad = loadCopy();
    auto local = Store::open(o.sqlite, Store::Mode::ReadOnly);
    must(local ? Status() : Status(local.error()), "sqlite store");
    const double loadLocal = snapshotSeconds(**local);
    std::printf("snapshot    cold %.2f s (first sync %.2f + load %.2f), warm %.2f s (sync %.2f + load %.2f), SQLite %.2f s; "
                "ratio cold %.2f, warm %.2f\n",
                firstSync + coldLoad, firstSync, coldLoad, warmSync + warmLoad, warmSync, warmLoad, loadLocal,
                (firstSync + coldLoad) / loadLocal, (warmSync + warmLoad) / loadLocal);
    std::printf("first sync  %.2f s, %lld rows\n", firstSync, first->stats.rows);

    // 4. incremental sync after a 10,000-lead import, made after a read verb
    // (which keeps this user's offline copy current: the import starts from it)
    run(o.revalign, {QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--db"), team});
    const double smallImport = run(o.revalign, {QStringLiteral("import"), tenThousandLeads(o, tmp), QStringLiteral("--db"), team});
    clock.restart();
    auto next = syncTeamStore(team, laptop);
    must(next ? Status() : Status(next.error()), "incremental sync");
    std::printf("incremental sync after a 10k-lead import (import %.2f s): %.2f s, %lld rows\n", smallImport,
                clock.nsecsElapsed() / 1e9, next->stats.rows);
    return 0;
}

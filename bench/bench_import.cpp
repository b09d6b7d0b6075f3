// bench_import: import throughput against the sqlite3 shell's .import.
//
//   bench_import [--leads N] [--bundle DIR] [--revalign PATH]
//
// Generates a bundle of N leads (default 1,000,000) with proportional
// accounts, campaigns, touches, opportunities, revenue and tickets into DIR
// (reused if DIR already holds one), times the `revalign import` process into
// a new store (start, store creation, import, commit, exit), then times the
// `sqlite3` shell process doing `.import --csv --skip 1` of the same files
// into plain tables with the same column names (same WAL / synchronous
// settings), and prints rows/s for both and the ratio. Both are measured the
// same way: wall clock of the child process, and its CPU time (all threads).
#include "benchrng.h"
#include "import/bundlespec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace ra;

namespace {

using bench::Rng;

void stamp(char *out, std::time_t t)
{
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

FILE *openCsv(const QString &dir, const char *name, const char *header)
{
    FILE *f = std::fopen(QDir(dir).filePath(QString::fromLatin1(name)).toLocal8Bit().constData(), "wb");
    if (!f)
        qFatal("cannot write %s", name);
    std::fputs(header, f);
    std::fputc('\n', f);
    return f;
}

void generate(const QString &dir, int leads)
{
    QDir().mkpath(dir);
    Rng rng;
    const int accounts = std::max(10, leads / 20);
    const int campaigns = 200;
    const int opps = std::max(10, leads / 10);
    const int customers = std::max(5, accounts / 2);
    const std::time_t t0 = 1735689600; // 2025-01-01
    const char *personas[] = {"CFO", "IT Director", "CEO", "Head of Sales", "Marketing Manager"};
    const char *channels[] = {"web", "email", "social", "paid", "event", "referral"};
    const char *sources[] = {"marketing", "sales", "partner"};
    const char *segments[] = {"SMB", "Mid-Market", "Enterprise"};

    FILE *f = openCsv(dir, "accounts.csv", "account_id,name,segment,industry,region,persona,created_on");
    for (int i = 0; i < accounts; ++i)
        std::fprintf(f, "A%06d,Account %d,%s,Software,EU,%s,2024-%02d-%02d\n", i, i, segments[i % 3], personas[i % 5],
                     1 + i % 12, 1 + i % 28);
    std::fclose(f);

    f = openCsv(dir, "campaigns.csv", "campaign_id,name,channel,started_on,ended_on,cost");
    for (int i = 0; i < campaigns; ++i)
        std::fprintf(f, "C%04d,Campaign %d,%s,2025-%02d-01,2025-%02d-28,%d.%02d\n", i, i, channels[i % 6], 1 + i % 12,
                     1 + i % 12, 1000 + rng.below(9000), rng.below(100));
    std::fclose(f);

    f = openCsv(dir, "leads.csv", "lead_id,email,account_id,persona,channel,source,campaign_id,owner,created_at,mql_at,"
                                  "sal_at,sql_at,disqualified_at,disqualified_reason");
    FILE *touches = openCsv(dir, "touches.csv", "lead_id,campaign_id,touched_at");
    char c[32], m[32], s[32], q[32], d[32];
    for (int i = 0; i < leads; ++i) {
        const std::time_t created = t0 + std::time_t(rng.below(700 * 86400));
        stamp(c, created);
        const int depth = rng.below(10); // 0-3 created only, 4-5 mql, 6-7 sal, 8-9 sql
        m[0] = s[0] = q[0] = d[0] = 0;
        if (depth >= 4)
            stamp(m, created + 3600 * (1 + rng.below(200)));
        if (depth >= 6)
            stamp(s, created + 3600 * (201 + rng.below(200)));
        if (depth >= 8)
            stamp(q, created + 3600 * (401 + rng.below(200)));
        const bool dq = depth == 5;
        if (dq)
            stamp(d, created + 3600 * (300 + rng.below(100)));
        const int campaign = rng.below(campaigns);
        if (i % 5 == 0)
            std::fprintf(f, "L%07d,lead%d@example.com,,%s,%s,%s,C%04d,owner%d,%s,%s,%s,%s,%s,%s\n", i, i, personas[i % 5],
                         channels[i % 6], sources[i % 3], campaign, i % 40, c, m, s, q, d, dq ? "no budget" : "");
        else
            std::fprintf(f, "L%07d,lead%d@example.com,A%06d,%s,%s,%s,C%04d,owner%d,%s,%s,%s,%s,%s,%s\n", i, i,
                         rng.below(accounts), personas[i % 5], channels[i % 6], sources[i % 3], campaign, i % 40, c, m, s, q,
                         d, dq ? "no budget" : "");
        std::fprintf(touches, "L%07d,C%04d,%s\n", i, campaign, c);
    }
    std::fclose(f);
    std::fclose(touches);

    f = openCsv(dir, "opportunities.csv", "opportunity_id,account_id,lead_id,persona,type,source,amount,created_at,"
                                          "closed_at,status,stage,lost_reason");
    const char *types[] = {"new", "expansion", "renewal"};
    for (int i = 0; i < opps; ++i) {
        const std::time_t created = t0 + std::time_t(rng.below(700 * 86400));
        stamp(c, created);
        const int st = rng.below(3);
        if (st)
            stamp(d, created + 86400 * (1 + rng.below(90)));
        else
            d[0] = 0;
        std::fprintf(f, "O%07d,A%06d,L%07d,%s,%s,%s,%d.%02d,%s,%s,%s,Stage %d,%s\n", i, rng.below(accounts), i * 10 % leads,
                     personas[i % 5], types[i % 3], i % 4 ? sources[i % 3] : "", 1000 + rng.below(50000), rng.below(100), c,
                     d, st == 0 ? "open" : st == 1 ? "won" : "lost", st, st == 2 ? "price" : "");
    }
    std::fclose(f);

    f = openCsv(dir, "revenue.csv", "account_id,month,product,mrr");
    for (int a = 0; a < customers; ++a)
        for (int mo = 1; mo <= 12; ++mo)
            std::fprintf(f, "A%06d,2025-%02d,%s,%d.%02d\n", a, mo, a % 7 ? "" : "addon", 100 + rng.below(5000), rng.below(100));
    std::fclose(f);

    f = openCsv(dir, "tickets.csv", "ticket_id,account_id,opened_at,resolved_at,category,csat");
    for (int i = 0; i < accounts; ++i) {
        const std::time_t opened = t0 + std::time_t(rng.below(700 * 86400));
        stamp(c, opened);
        stamp(d, opened + 3600 * (1 + rng.below(100)));
        std::fprintf(f, "T%07d,A%06d,%s,%s,billing,%d\n", i, rng.below(accounts), c, d, 1 + rng.below(5));
    }
    std::fclose(f);

    f = openCsv(dir, "spend.csv", "month,team,amount");
    for (int mo = 1; mo <= 12; ++mo)
        std::fprintf(f, "2025-%02d,marketing,%d\n2025-%02d,sales,%d\n", mo, 50000 + mo, mo, 70000 + mo);
    std::fclose(f);
}

qint64 dataRows(const QString &dir)
{
    qint64 rows = 0;
    for (const TableSpec &t : bundleTables()) {
        QFile f(QDir(dir).filePath(QString::fromStdString(t.file)));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd())
            rows += f.readLine().isEmpty() ? 0 : 1;
        rows -= 1; // header
    }
    return rows;
}

struct Timing {
    double wall = 0;
    double cpu = 0;
};

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Runs program to completion with stdin, timing it; dies if it fails.
Timing timeProcess(const QString &program, const QStringList &args, const QByteArray &stdinData = {})
{
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        qFatal("cannot start %s", qPrintable(program));
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    Timing t{timer.elapsed() / 1000.0, cpuSeconds(RUSAGE_CHILDREN) - cpu0};
    const QByteArray err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !err.isEmpty())
        qFatal("%s failed (exit %d): %s", qPrintable(program), p.exitCode(), err.constData());
    return t;
}

// schemaTables: the tables already exist in dbPath (the store's schema, with
// its keys and indexes); otherwise plain tables are created.
Timing sqliteShell(const QString &dir, const QString &dbPath, bool schemaTables)
{
    QString script = QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n");
    for (const TableSpec &t : bundleTables()) {
        const QString file = QDir(dir).filePath(QString::fromStdString(t.file));
        if (!QFile::exists(file))
            continue;
        QStringList cols;
        for (const ColumnSpec &c : t.columns)
            cols << QString::fromStdString(c.name);
        if (!schemaTables)
            script += QStringLiteral("CREATE TABLE %1 (%2);\n").arg(QString::fromStdString(t.table), cols.join(QStringLiteral(", ")));
        script += QStringLiteral(".import --csv --skip 1 '%1' %2\n").arg(file, QString::fromStdString(t.table));
    }
    return timeProcess(QStringLiteral("sqlite3"), {dbPath}, script.toUtf8());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int leads = 1000000;
    QString bundle;
    QString revalign = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/revalign");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--leads"))
            leads = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--bundle"))
            bundle = args[i + 1];
        else if (args[i] == QLatin1String("--revalign"))
            revalign = args[i + 1];
    }
    QTemporaryDir tmp;
    if (bundle.isEmpty())
        bundle = tmp.filePath(QStringLiteral("bundle"));
    if (!QFile::exists(QDir(bundle).filePath(QStringLiteral("accounts.csv")))) {
        QElapsedTimer g;
        g.start();
        generate(bundle, leads);
        std::printf("generated %s in %.1f s\n", qPrintable(bundle), g.elapsed() / 1000.0);
    }
    const qint64 rows = dataRows(bundle);

    // Wall time is what a user waits; CPU time (user + sys, every thread) is
    // what stays comparable when other work shares the machine.
    const Timing ours = timeProcess(revalign, {QStringLiteral("import"), bundle, QStringLiteral("--db"),
                                              tmp.filePath(QStringLiteral("bench.db"))});
    const Timing shell = sqliteShell(bundle, tmp.filePath(QStringLiteral("shell.db")), false);
    // For reference: the shell into the store's own schema (primary keys and
    // indexes to maintain, no validation, values stored as text).
    {
        auto schema = Store::open(tmp.filePath(QStringLiteral("shell-schema.db")));
        if (!schema)
            qFatal("%s", qPrintable(schema.message()));
    }
    const Timing shellSchema = sqliteShell(bundle, tmp.filePath(QStringLiteral("shell-schema.db")), true);

    auto line = [&](const char *what, const Timing &t) {
        std::printf("%-38s %7.2f  %12.0f     %7.2f  %12.0f\n", what, t.wall, rows / t.wall, t.cpu, rows / t.cpu);
    };
    std::printf("rows: %lld (leads %d)\n", rows, leads);
    std::printf("%-38s  wall s  rows/s (wall)    cpu s   rows/s (cpu)\n", "");
    line("revalign import", ours);
    line("sqlite3 .import, plain tables", shell);
    line("sqlite3 .import, the store's schema", shellSchema);
    std::printf("ratio vs plain tables (target >= 0.80x): wall %.2fx, cpu %.2fx\n", shell.wall / ours.wall, shell.cpu / ours.cpu);
    std::printf("ratio vs the store's schema           : wall %.2fx, cpu %.2fx\n", shellSchema.wall / ours.wall,
                shellSchema.cpu / ours.cpu);
    return 0;
}

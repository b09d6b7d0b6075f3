// bench_exports: importing exports, at the sizes of issue 11.
//
//   bench_exports [--rows N] [--columns C] [--runs R] [--dir DIR] [--revalign PATH]
//
// 1. Generates a HubSpot-style contacts export of N rows (default 1,000,000)
//    and C columns (default 300; ten of them used by RevAlign, the rest
//    properties it ignores), every field quoted, about 1 GB at the defaults,
//    and times `revalign import --from hubspot` of it into a new store: wall
//    clock, CPU (all threads) and the peak resident memory of the process,
//    R times (default 1) into a fresh store each time.
// 2. Generates the same N contacts with only the used columns, imports them
//    once (not timed), then times the re-import of the unchanged file: the
//    weekly refresh when nothing changed.
// Files are kept in DIR (default a temporary folder) and reused when present.
#include "benchrng.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using ra::bench::Rng;

const char *const kSources[] = {"Organic Search", "Paid Search", "Email Marketing", "Social Media", "Referrals",
                                "Direct Traffic", "Offline Sources", "Paid Social", "Other Campaigns"};
const char *const kPersonas[] = {"CFO", "IT Director", "Operations Lead", "Founder", ""};

void generate(const QString &path, int rows, int columns)
{
    if (QFile::exists(path))
        return;
    FILE *f = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (!f)
        qFatal("cannot write %s", qPrintable(path));
    std::fputs("\"Record ID\",\"First Name\",\"Email\",\"Create Date\",\"Lifecycle Stage\","
               "\"Date entered \"\"Marketing Qualified Lead (Lifecycle Stage Pipeline)\"\"\","
               "\"Date entered \"\"Sales Qualified Lead (Lifecycle Stage Pipeline)\"\"\",\"Original Traffic Source\",\"Persona\",\"Contact owner\"",
               f);
    for (int c = 10; c < columns; ++c)
        std::fprintf(f, ",\"Unused property %d\"", c);
    std::fputc('\n', f);
    Rng rng;
    static const char *const filler[] = {"", "x", "42", "no"};
    for (int i = 0; i < rows; ++i) {
        const int day = 1 + rng.below(28), month = 1 + rng.below(10), hour = rng.below(24), minute = rng.below(60);
        const bool mql = rng.below(3) == 0, sql = mql && rng.below(2) == 0;
        std::fprintf(f, "\"%d\",\"Name%d\",\"person%d@company%d.example\",\"2026-%02d-%02d %02d:%02d\",\"%s\",", 100000 + i, i, i,
                     rng.below(50000), month, day, hour, minute, sql ? "salesqualifiedlead" : mql ? "marketingqualifiedlead" : "lead");
        if (mql)
            std::fprintf(f, "\"2026-%02d-%02d %02d:%02d\",", month + 1, day, hour, minute);
        else
            std::fputs("\"\",", f);
        if (sql)
            std::fprintf(f, "\"2026-%02d-%02d %02d:%02d\",", month + 2, day, hour, minute);
        else
            std::fputs("\"\",", f);
        std::fprintf(f, "\"%s\",\"%s\",\"Owner %d\"", kSources[rng.below(9)], kPersonas[rng.below(5)], rng.below(40));
        for (int c = 10; c < columns; ++c)
            std::fprintf(f, ",\"%s\"", filler[rng.below(4)]);
        std::fputc('\n', f);
    }
    std::fclose(f);
}

struct Measure {
    double wall = 0, cpu = 0;
    long peakKiB = 0;
    int exitCode = -1;
    QByteArray out, err;
};

// fork/exec + wait4: the child's own CPU time and peak RSS.
Measure run(const QString &program, const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        qFatal("cannot start %s", qPrintable(program));
    const qint64 pid = p.processId();
    Measure m;
    // QProcess reaps the child itself; read the rusage of all children before and after instead.
    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    p.waitForFinished(-1);
    m.wall = timer.elapsed() / 1000.0;
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    auto secs = [](const rusage &u) {
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    m.cpu = secs(after) - secs(before);
    m.peakKiB = after.ru_maxrss; // the largest child so far: run the big import first
    m.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    m.out = p.readAllStandardOutput();
    m.err = p.readAllStandardError();
    (void)pid;
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int rows = option("--rows", QStringLiteral("1000000")).toInt();
    const int columns = std::max(10, option("--columns", QStringLiteral("300")).toInt());
    const int runs = std::max(1, option("--runs", QStringLiteral("1")).toInt());
    QTemporaryDir tmp;
    const QString dir = option("--dir", tmp.path());
    QDir().mkpath(dir);
    const QString revalign = option("--revalign", QCoreApplication::applicationDirPath() + QStringLiteral("/../app/revalign"));

    const QString wide = QDir(dir).filePath(QStringLiteral("contacts-%1x%2.csv").arg(rows).arg(columns));
    const QString narrow = QDir(dir).filePath(QStringLiteral("contacts-%1x10.csv").arg(rows));
    QElapsedTimer gen;
    gen.start();
    generate(wide, rows, columns);
    generate(narrow, rows, 10);
    std::printf("export files ready in %.1f s: %s (%.0f MB), %s (%.0f MB)\n", gen.elapsed() / 1000.0, qPrintable(wide),
                QFile(wide).size() / 1e6, qPrintable(narrow), QFile(narrow).size() / 1e6);

    const QString db1 = QDir(dir).filePath(QStringLiteral("wide.db")), db2 = QDir(dir).filePath(QStringLiteral("narrow.db"));
    auto removeStore = [](const QString &db) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(db + QLatin1String(suffix));
    };
    removeStore(db2);
    for (int i = 0; i < runs; ++i) {
        removeStore(db1);
        const Measure first = run(revalign, {QStringLiteral("import"), QStringLiteral("--db"), db1, QStringLiteral("--from"),
                                             QStringLiteral("hubspot"), wide});
        if (first.exitCode != 0)
            qFatal("import failed (%d): %s", first.exitCode, first.err.constData());
        std::printf("import %d x %d columns: %.2f s wall, %.2f s CPU, peak %.0f MB\n", rows, columns, first.wall, first.cpu,
                    first.peakKiB / 1024.0);
    }

    const Measure seed = run(revalign, {QStringLiteral("import"), QStringLiteral("--db"), db2, QStringLiteral("--from"),
                                        QStringLiteral("hubspot"), narrow});
    if (seed.exitCode != 0)
        qFatal("import failed (%d): %s", seed.exitCode, seed.err.constData());
    for (int i = 0; i < 3; ++i) {
        const Measure again = run(revalign, {QStringLiteral("import"), QStringLiteral("--db"), db2, QStringLiteral("--from"),
                                             QStringLiteral("hubspot"), narrow});
        // Every row unchanged: the import says so and opens no transaction.
        if (again.exitCode != 0 || !again.out.contains("nothing new or changed"))
            std::printf("%s", again.out.constData());
        std::printf("re-import of the unchanged %d-contact export: %.2f s wall, %.2f s CPU\n", rows, again.wall, again.cpu);
    }
    return 0;
}

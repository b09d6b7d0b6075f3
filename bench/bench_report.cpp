// Times `revalign report` end to end (process start, store open, snapshot
// load, engine, six pages, commit) on a demo store, and reports the file size.
// Usage: bench_report [--revalign PATH] [--db FILE] [--leads N] [--period P] [--runs N]
// Without --db a demo store of N leads (default 1,000,000) is generated once
// into a temporary folder with `revalign demo`.
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

bool runProcess(const QString &program, const QStringList &args, qint64 &ms)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_report: %s %s failed\n", qPrintable(program), qPrintable(args.join(' ')));
        return false;
    }
    ms = t.elapsed();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"revalign", "The revalign binary.", "PATH",
                        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/revalign")},
                       {"db", "An existing store (else a demo store is generated).", "FILE"},
                       {"leads", "Leads of the generated demo store.", "N", "1000000"},
                       {"period", "Report period.", "P", "2026-10"},
                       {"runs", "Timed runs (the median is reported).", "N", "3"}});
    parser.addHelpOption();
    parser.process(app);
    const QString revalign = parser.value("revalign");
    QTemporaryDir tmp;
    QString db = parser.value("db");
    if (db.isEmpty()) {
        db = tmp.filePath("bench.db");
        qint64 ms = 0;
        if (!runProcess(revalign, {"demo", "--db", db, "--leads", parser.value("leads"), "--seed", "7", "--end",
                                   "2026-11-20"},
                        ms))
            return 1;
        std::printf("demo store of %s leads generated in %.2f s\n", qPrintable(parser.value("leads")), ms / 1000.0);
    }
    const QString out = tmp.filePath("report.pdf");
    std::vector<qint64> times;
    const int runs = std::max(1, parser.value("runs").toInt());
    for (int i = 0; i < runs; ++i) {
        qint64 ms = 0;
        if (!runProcess(revalign, {"report", "--db", db, "--period", parser.value("period"), "--out", out}, ms))
            return 1;
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    std::printf("revalign report --period %s: median %.3f s (min %.3f s, max %.3f s, %d runs); PDF %.1f KB\n",
                qPrintable(parser.value("period")), times[times.size() / 2] / 1000.0, times.front() / 1000.0,
                times.back() / 1000.0, runs, QFileInfo(out).size() / 1024.0);
    return 0;
}

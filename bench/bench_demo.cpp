// Times the demo generator: bench_demo [LEADS] [STORE]. Prints rows, seconds
// and rows per second; the store file is replaced.
#include "demo/demogenerator.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int leads = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/revalign-bench-demo.db");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto store = ra::Store::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        return 2;
    }
    ra::DemoOptions options;
    options.leads = leads;
    options.seed = 7;
    options.end = QDate(2026, 11, 22);
    QElapsedTimer timer;
    timer.start();
    const auto r = ra::DemoGenerator::generate(**store, options);
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return 2;
    }
    const double secs = double(timer.elapsed()) / 1000.0;
    std::printf("%d leads: %lld rows (%lld opportunities, %lld revenue, %lld tickets, %lld touches) in %.2f s, %.0f rows/s\n",
                leads, r->totalRows(), r->opportunities, r->revenueRows, r->tickets, r->touches, secs,
                double(r->totalRows()) / secs);
    return 0;
}

// Dashboard timings on a real store (issue: start → first Overview ≤ 1.5 s,
// with or without the snapshot cache: `revalign cache clear` first for a run without,
// persona change ≤ 100 ms per page, memory ≤ 600 MB). Not run by CTest.
//   bench_ui --db FILE [--persona X] [--runs N]
// Renders offscreen; every timing includes painting (grab()).
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pages/pagefactory.h"
#include "services/storesession.h"
#include "services/uisettings.h"
#include "widgets/filterbar.h"
#include "widgets/pagehost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace ra;

namespace {

double ms(const QElapsedTimer &t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("store"), QStringLiteral("FILE")},
                       {QStringLiteral("persona"), QStringLiteral("persona to click"), QStringLiteral("X"), QStringLiteral("CFO")},
                       {QStringLiteral("runs"), QStringLiteral("clicks per page"), QStringLiteral("N"), QStringLiteral("5")}});
    parser.process(app);
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty()) {
        std::fprintf(stderr, "usage: bench_ui --db FILE [--persona X] [--runs N]\n");
        return 2;
    }
    const QString persona = parser.value(QStringLiteral("persona"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir scratch;
    UiSettings uiSettings(scratch.filePath(QStringLiteral("bench.ini")));
    MainWindow window(uiSettings, createDashboardPages);
    window.setInteractive(false);
    window.resize(1600, 1000);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();

    QEventLoop loop;
    bool failed = false;
    QObject::connect(&window, &MainWindow::storeLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&window, &MainWindow::storeFault, &loop, [&](const Error &e, const QString &) {
        std::fprintf(stderr, "bench_ui: %s\n", qPrintable(e.message));
        failed = true;
        loop.quit();
    });
    window.openStore(db);
    if (!failed && !window.session().engine()) // the load's end arrives through the event loop
        loop.exec();
    if (failed || !window.session().engine())
        return 2;
    window.pageHost().selectPage(QStringLiteral("overview"));
    QCoreApplication::sendPostedEvents();
    (void)window.grab();
    std::printf("start → first Overview painted: %.0f ms (budget 1500 ms), CPU of all threads %.0f ms, peak memory so far %ld MB\n",
                ms(sinceStart), cpuMs(), peakRssMb());
    std::printf("snapshot %s\n", qPrintable(window.session().snapshotOrigin().describe()));

    std::printf("persona change ('%s' ↔ All), median of %d, including paint (budget 100 ms):\n", qPrintable(persona), runs);
    double worst = 0;
    for (DashboardPage *page : window.pageHost().pages()) {
        window.pageHost().selectPage(page->pageId());
        QCoreApplication::sendPostedEvents();
        (void)window.grab();
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            window.filterBar().setFilter(Dimension::Persona, i % 2 == 0 ? std::optional<QString>(persona) : std::nullopt);
            QCoreApplication::sendPostedEvents();
            (void)window.grab();
            times.push_back(ms(t));
        }
        const double m = median(times);
        worst = std::max(worst, m);
        std::printf("  %-14s %7.1f ms\n", qPrintable(page->pageId()), m);
    }
    std::printf("slowest page: %.1f ms; peak memory: %ld MB (budget 600 MB)\n", worst, peakRssMb());
    return 0;
}

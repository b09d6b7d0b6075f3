// `revalign screenshot`: renders dashboard pages to PNG without a display.
#ifdef RA_HAVE_UI
#include "cliutil.h"
#include "commands.h"
#include "kpioptions.h"

#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pages/pagefactory.h"
#include "services/storesession.h"
#include "services/uisettings.h"
#include "widgets/filterbar.h"
#include "widgets/pagehost.h"
#include "widgets/periodbar.h"
#include "widgets/theme.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <optional>
#include <vector>

namespace ra::cli {

namespace {

bool parseSize(const QString &text, QSize &size)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    return true;
}

void addScreenshotOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("page"), QCoreApplication::translate("ra::Cli", "A page id (overview, marketing, …) or all (default)."), QStringLiteral("NAME"),
         QStringLiteral("all")},
        {QStringLiteral("out"), QCoreApplication::translate("ra::Cli", "The folder to write <page>.png into."), QStringLiteral("DIR")},
        {QStringLiteral("size"), QCoreApplication::translate("ra::Cli", "Window size WxH (default 1600x1000)."), QStringLiteral("WxH"),
         QStringLiteral("1600x1000")},
        {QStringLiteral("dark"), QCoreApplication::translate("ra::Cli", "Use the dark palette.")},
    });
}

// Opens the store in the window and waits until its KPIs are loaded and the
// data-quality checks (the Data quality page shows them) are done.
bool loadStore(MainWindow &window, const QString &dbPath)
{
    std::optional<Error> fault;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::storeLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&window, &MainWindow::storeFault, &loop, [&](const Error &e, const QString &) {
        fault = e;
        loop.quit();
    });
    window.openStore(dbPath);
    // The snapshot loads on a worker thread. Its end is handled through the
    // event loop, so wait for the engine, not for the worker: a load from the
    // snapshot cache can be over before this line runs.
    if (!fault && !window.session().engine())
        loop.exec();
    if (fault || !window.session().engine()) {
        printError(fault ? fault->message : QCoreApplication::translate("ra::Cli", "the store could not be loaded"));
        return false;
    }
    if (window.session().isCheckingQuality()) { // the Data quality page shows their result
        QEventLoop qualityLoop;
        QObject::connect(&window.session(), &StoreSession::qualityChanged, &qualityLoop, &QEventLoop::quit);
        qualityLoop.exec();
    }
    return true;
}

// The pages --page names; prints the valid ids when there is none.
std::vector<DashboardPage *> choosePages(MainWindow &window, const QString &wanted)
{
    std::vector<DashboardPage *> pages;
    for (DashboardPage *page : window.pageHost().pages())
        if (wanted == QLatin1String("all") || page->pageId() == wanted)
            pages.push_back(page);
    if (pages.empty()) {
        QStringList ids;
        for (DashboardPage *page : window.pageHost().pages())
            ids << page->pageId();
        printError(QCoreApplication::translate("ra::Cli", "no page '%1' (pages: %2, all)").arg(wanted, ids.join(QStringLiteral(", "))));
    }
    return pages;
}

// Writes <page>.png for each page; returns how many could not be written.
int savePages(MainWindow &window, const std::vector<DashboardPage *> &pages, const QString &outDir)
{
    int failures = 0;
    for (DashboardPage *page : pages) {
        window.pageHost().selectPage(page->pageId());
        // Deliver the posted resize and layout events before grabbing (no event loop turn).
        QCoreApplication::sendPostedEvents();
        const QString file = QDir(outDir).filePath(page->pageId() + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            printError(QCoreApplication::translate("ra::Cli", "cannot write %1").arg(file));
            ++failures;
            continue;
        }
        printLine(QDir::toNativeSeparators(file));
    }
    return failures;
}

} // namespace

int runScreenshot(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("screenshot"), QCoreApplication::translate("ra::Cli", "render dashboard pages to PNG files"));
    KpiOptionSpec spec;
    spec.period = KpiOptionSpec::PeriodUse::Optional;
    spec.periodDefault = QCoreApplication::translate("ra::Cli", "the last complete month");
    spec.asOf = false;
    addKpiOptions(parser, spec);
    addScreenshotOptions(parser);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, exitCode))
        return exitCode;
    const QString outDir = parser.value(QStringLiteral("out"));
    if (outDir.isEmpty()) {
        printError(QCoreApplication::translate("ra::Cli", "screenshot needs --out DIR"));
        return ExitFailure;
    }
    QSize size;
    if (!parseSize(parser.value(QStringLiteral("size")), size)) {
        printError(QCoreApplication::translate("ra::Cli", "--size must look like 1600x1000"));
        return ExitFailure;
    }
    const auto options = readKpiOptions(parser, spec, exitCode);
    if (!options)
        return exitCode;
    if (!QDir().mkpath(outDir)) {
        printError(QCoreApplication::translate("ra::Cli", "cannot create %1").arg(outDir));
        return ExitFailure;
    }

    // The user's remembered window state must not leak into screenshots.
    QTemporaryDir scratch;
    UiSettings uiSettings(scratch.filePath(QStringLiteral("screenshot.ini")));
    applyTheme(parser.isSet(QStringLiteral("dark")));
    MainWindow window(uiSettings, createDashboardPages);
    window.setInteractive(false);
    window.resize(size);
    // Shown (off screen) before anything loads, so pages lay out at their real size.
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();

    if (!loadStore(window, storePath(parser)))
        return ExitFailure;
    if (!checkFilters(*window.session().engine(), options->filters))
        return ExitFailure;
    if (options->period)
        window.periodBar().setPeriod(*options->period);
    if (!options->filters.isEmpty())
        window.filterBar().setFilters(options->filters);

    const std::vector<DashboardPage *> pages = choosePages(window, parser.value(QStringLiteral("page")));
    if (pages.empty())
        return ExitFailure;
    return savePages(window, pages, outDir) ? ExitFailure : ExitOk;
}

} // namespace ra::cli
#endif

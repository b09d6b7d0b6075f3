// revalign report: the weekly stand-up PDF from the command line (for
// scheduled runs). Same content and renderer as File → Export PDF report….
#include "cliutil.h"
#include "pgstore/teamstore.h"
#include "commands.h"
#include "kpioptions.h"

#include "kpi/kpiengine.h"
#include "quality/dataquality.h"
#include "report/reportmodel.h"
#include "report/reportwriter.h"
#include "services/engineloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdio>
#include <optional>
#include <utility>

namespace ra::cli {

namespace {

// Fails early, before the snapshot is loaded, when the file could never be
// written; the QSaveFile in the writer still has the last word.
Status checkOutputPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::Io, QCoreApplication::translate("ra::Cli", "cannot write %1: it is a folder").arg(path));
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("ra::Cli", "cannot write %1: folder %2 does not exist")
                                                  .arg(path, QDir::toNativeSeparators(dir.absoluteFilePath())));
    if (!dir.isWritable())
        return makeError(ErrorCode::ReadOnly, QCoreApplication::translate("ra::Cli", "cannot write %1: folder %2 is not writable")
                                                  .arg(path, QDir::toNativeSeparators(dir.absoluteFilePath())));
    return {};
}

// The data-quality checks are SQL over the whole store and take about as long
// as loading the snapshot on a large store, so they run beside it on their own
// connection (one Store per thread). A failing check does not withhold the
// report; it becomes a note itself.
QStringList qualityWarnings(const QString &dbPath)
{
    Result<std::unique_ptr<Store>> store = Store::open(dbPath, Store::Mode::ReadOnly);
    if (!store)
        return {QCoreApplication::translate("ra::Cli", "The data-quality checks could not run: %1").arg(store.message())};
    Result<DataQualityReport> quality = checkDataQuality(**store);
    if (!quality)
        return {QCoreApplication::translate("ra::Cli", "The data-quality checks could not run: %1").arg(quality.message())};
    return quality->warnings();
}

void addReportOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("compare"),
         QCoreApplication::translate("ra::Cli", "What the scorecard's change column compares with: previous (default) or target."),
         QStringLiteral("previous|target"), QStringLiteral("previous")},
        {QStringLiteral("page-size"),
         QCoreApplication::translate("ra::Cli", "A4 or Letter (default: Letter where the system locale is US, else A4)."),
         QStringLiteral("A4|Letter")},
        {QStringLiteral("out"), QCoreApplication::translate("ra::Cli", "The PDF to write (default: revalign-report-<period>.pdf here)."),
         QStringLiteral("FILE.pdf")},
        {QStringLiteral("timings"), QCoreApplication::translate("ra::Cli", "Print how long each step took on stderr.")},
    });
}

// What to write and where, read from the command line before any store is
// opened.
struct ReportJob {
    ReportRequest request;
    QPageSize pageSize;
    QString out;
};

// Prints one line and returns nothing when an option is bad.
std::optional<ReportJob> readReportJob(const QCommandLineParser &parser, const KpiOptions &options)
{
    ReportJob job{ReportRequest{}, defaultReportPageSize(), parser.value(QStringLiteral("out"))};
    job.request.period = *options.period;
    job.request.filters = options.filters;
    const QString compare = parser.value(QStringLiteral("compare")).trimmed().toLower();
    if (compare == QLatin1String("target")) {
        job.request.compare = ReportCompare::Target;
    } else if (compare != QLatin1String("previous")) {
        printError(QCoreApplication::translate("ra::Cli", "unknown --compare '%1' (use previous or target)").arg(compare));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("page-size"))) {
        Result<QPageSize> size = parseReportPageSize(parser.value(QStringLiteral("page-size")));
        if (!size) {
            printError(size.message());
            return std::nullopt;
        }
        job.pageSize = *size;
    }
    if (job.out.isEmpty())
        job.out = QStringLiteral("revalign-report-%1.pdf").arg(job.request.period.key());
    if (Status s = checkOutputPath(job.out); !s) {
        printError(s.message());
        return std::nullopt;
    }
    return job;
}

// Loads the store's KPIs, builds the report and saves the PDF; with
// --timings, each step's time goes to stderr.
int writeReport(const QString &dbPath, ReportJob job, bool timings)
{
    QElapsedTimer clock;
    clock.start();
    auto step = [&](const char *what) {
        if (timings)
            std::fprintf(stderr, "revalign: %-34s %6lld ms\n", what, clock.restart());
    };
    std::unique_ptr<Store> store = openStoreOrReport(dbPath, Store::Mode::ReadOnly);
    if (!store)
        return ExitFailure;
    step("store opened");
    // store->path(): for a team store, the local copy of its snapshot.
    QFuture<QStringList> quality = QtConcurrent::run(qualityWarnings, store->path());
    SnapshotOrigin origin; // its cache write, if any, ends before the verb returns
    Result<std::shared_ptr<const KpiEngine>> loaded = loadEngineCached(*store, origin);
    if (!loaded) {
        printError(loaded.message());
        return ExitFailure;
    }
    const KpiEngine &engine = **loaded;
    step("settings and snapshot loaded");
    if (!checkFilters(engine, job.request.filters))
        return ExitFailure;
    job.request.storeName = storeDisplayName(dbPath);
    const ReportContent content = [&] {
        ReportContent c = buildReportContent(engine, job.request);
        step("KPIs, trends, breakdowns, cohorts");
        c.dataQualityWarnings = quality.result(); // the notes page says what the numbers rest on
        step("data-quality checks (rest)");
        return c;
    }();
    if (Status s = writeReportPdf(content, job.out, job.pageSize); !s) {
        printError(s.message());
        return ExitFailure;
    }
    step("seven pages painted and saved");
    printLine(QDir::toNativeSeparators(QFileInfo(job.out).absoluteFilePath()));
    return ExitOk;
}

} // namespace

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("report"), QCoreApplication::translate("ra::Cli", "write the stand-up PDF report"));
    KpiOptionSpec spec;
    spec.period = KpiOptionSpec::PeriodUse::Required;
    spec.asOf = false;
    addKpiOptions(parser, spec);
    addReportOptions(parser);
    int exitCode = ExitOk;
    const auto options = parseKpiCommandLine(parser, args, spec, exitCode);
    if (!options)
        return exitCode;
    std::optional<ReportJob> job = readReportJob(parser, *options);
    if (!job)
        return ExitFailure;
    const QString dbPath = storePath(parser);
    if (!isTeamStoreLocation(dbPath) && !QFileInfo::exists(dbPath)) {
        printError(QCoreApplication::translate("ra::Cli", "no store at %1 (create one with revalign demo or revalign import)").arg(dbPath));
        return ExitFailure;
    }
    return writeReport(dbPath, std::move(*job), parser.isSet(QStringLiteral("timings")));
}

} // namespace ra::cli

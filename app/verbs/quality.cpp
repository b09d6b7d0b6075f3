// revalign quality: the data-quality report (what the KPIs leave out, what
// the last imports rejected).
#include "cliutil.h"
#include "commands.h"
#include "kpi/kpiengine.h"
#include "quality/dataquality.h"
#include "services/engineloader.h"

#include <QCoreApplication>
#include <cstdio>

namespace ra::cli {

int runQuality(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("quality"),
                QCoreApplication::translate("ra::Cli", "print the data-quality report: out-of-order timestamps, missing personas and leads, "
                               "stalled and re-entered leads, the last imports' rejections"));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("ra::Cli", "Print JSON instead of text.")});
    int code = ExitOk;
    if (!parseOrExit(parser, args, code))
        return code;
    std::unique_ptr<Store> store = openStoreOrReport(storePath(parser), Store::Mode::ReadOnly);
    if (!store)
        return ExitFailure;
    SnapshotOrigin origin; // its cache write, if any, ends before the verb returns
    Result<std::shared_ptr<const KpiEngine>> engine = loadEngineCached(*store, origin);
    if (!engine) {
        printError(engine.message());
        return ExitFailure;
    }
    Result<DataQualityReport> report = checkDataQuality(*store, engine.value().get());
    if (!report) {
        printError(report.message());
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json")))
        printLine(report->toJson());
    else
        std::fputs(report->toText().toUtf8().constData(), stdout);
    return ExitOk;
}

} // namespace ra::cli

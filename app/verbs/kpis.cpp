// revalign kpis: every KPI of a period, as a table for people or as the JSON
// form of docs kpis.md for scripts.
#include "cliutil.h"
#include "commands.h"
#include "kpiverbutil.h"
#include "report/kpijson.h"
#include "report/kpitable.h"

#include <QCoreApplication>

namespace ra::cli {

int runKpis(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("kpis"),
                QCoreApplication::translate("ra::Cli", "print every KPI of a period with its previous period, change and target"));
    addPeriodOption(parser);
    addFilterOptions(parser);
    addAsOfOption(parser);
    addFormatOptions(parser, false);
    int code = ExitOk;
    if (!parseOrExit(parser, args, code))
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("ra::Cli", "kpis takes no arguments besides options (see revalign kpis --help)"));
        return ExitFailure;
    }
    const auto format = formatOption(parser, code);
    if (!format)
        return code;
    const auto period = periodOption(parser, code);
    if (!period)
        return code;
    const auto ctx = loadKpiContext(parser, code);
    if (!ctx)
        return code;
    const KpiReport report = ctx->engine->compute(*period, ctx->filters, ctx->asOf);
    if (*format == OutputFormat::Json)
        printLine(kpiReportJson(report));
    else
        std::fputs(kpiReportTable(report, ctx->engine->settings().currency).toUtf8().constData(), stdout);
    return ExitOk;
}

} // namespace ra::cli

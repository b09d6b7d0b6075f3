// revalign kpis: every KPI of a period, as a table for people or as the JSON
// form of docs/kpi-definitions.md for scripts.
#include "cliutil.h"
#include "commands.h"
#include "kpioptions.h"
#include "report/kpijson.h"
#include "report/kpitable.h"

#include <QCoreApplication>

namespace ra::cli {

int runKpis(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("kpis"),
                QCoreApplication::translate("ra::Cli", "print every KPI of a period with its previous period, change and target"));
    KpiOptionSpec spec;
    spec.period = KpiOptionSpec::PeriodUse::Required;
    spec.json = true;
    addKpiOptions(parser, spec);
    int code = ExitOk;
    if (!parseOrExit(parser, args, code))
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("ra::Cli", "kpis takes no arguments besides options (see revalign kpis --help)"));
        return ExitFailure;
    }
    const auto options = readKpiOptions(parser, spec, code);
    if (!options)
        return code;
    const auto ctx = loadKpiContext(parser, *options, code);
    if (!ctx)
        return code;
    const KpiReport report = ctx->engine->compute(*options->period, ctx->filters, ctx->asOf);
    if (options->format == OutputFormat::Json)
        printLine(kpiReportJson(report));
    else
        std::fputs(kpiReportTable(report, ctx->engine->settings().currency).toUtf8().constData(), stdout);
    return ExitOk;
}

} // namespace ra::cli

// revalign cohorts: logo and revenue retention per acquisition month.
#include "cliutil.h"
#include "commands.h"
#include "domain/reasons.h"
#include "domain/values.h"
#include "kpioptions.h"
#include "report/kpijson.h"
#include "report/kpitable.h"

#include <QCoreApplication>

namespace ra::cli {

int runCohorts(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("cohorts"),
                QCoreApplication::translate("ra::Cli", "print logo and revenue retention per acquisition month (offsets up to --as-of's month)"));
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("ra::Cli", "First cohort month, YYYY-MM (default: all)."), QStringLiteral("MONTH")});
    KpiOptionSpec spec;
    spec.channel = false; // cohorts are built from revenue, which has no channel
    spec.json = spec.csv = true;
    addKpiOptions(parser, spec);
    int code = ExitOk;
    const auto options = parseKpiCommandLine(parser, args, spec, code);
    if (!options)
        return code;
    std::optional<int> from;
    if (parser.isSet(QStringLiteral("from"))) {
        Result<int> m = parseMonth(parser.value(QStringLiteral("from")));
        if (!m) {
            printError(QCoreApplication::translate("ra::Cli", "--from: %1").arg(shownReason(m.message())));
            return ExitFailure;
        }
        from = m.value();
    }
    const auto ctx = loadKpiContext(parser, *options, code);
    if (!ctx)
        return code;
    const auto rows = ctx->engine->cohorts(from, ctx->filters, ctx->asOf);
    printKpiResult(options->format, {[&] { return cohortsJson(rows, ctx->asOf, ctx->filters); },
                                     [&] { return cohortsCsv(rows); },
                                     [&] { return cohortsTable(rows, ctx->engine->settings().currency); }});
    return ExitOk;
}

} // namespace ra::cli

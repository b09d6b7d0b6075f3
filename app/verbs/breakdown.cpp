// revalign breakdown: every KPI of a period per persona, segment or channel.
#include "cliutil.h"
#include "commands.h"
#include "kpioptions.h"
#include "report/kpijson.h"
#include "report/kpitable.h"

#include <QCoreApplication>

namespace ra::cli {

int runBreakdown(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("breakdown"), QCoreApplication::translate("ra::Cli", "print every KPI of a period per persona, segment or channel"));
    KpiOptionSpec spec;
    spec.period = KpiOptionSpec::PeriodUse::Required;
    spec.json = spec.csv = true;
    addKpiOptions(parser, spec);
    parser.addOption({QStringLiteral("by"), QCoreApplication::translate("ra::Cli", "persona, segment or channel."), QStringLiteral("D")});
    int code = ExitOk;
    const auto options = parseKpiCommandLine(parser, args, spec, code);
    if (!options)
        return code;
    const Period &period = *options->period;
    const QString byText = parser.value(QStringLiteral("by")).trimmed().toLower();
    Dimension by;
    if (byText == QLatin1String("persona"))
        by = Dimension::Persona;
    else if (byText == QLatin1String("segment"))
        by = Dimension::Segment;
    else if (byText == QLatin1String("channel"))
        by = Dimension::Channel;
    else {
        printError(QCoreApplication::translate("ra::Cli", "--by must be persona, segment or channel%1")
                       .arg(byText.isEmpty() ? QString() : QCoreApplication::translate("ra::Cli", ", not '%1'").arg(byText)));
        return ExitFailure;
    }
    const auto ctx = loadKpiContext(parser, *options, code);
    if (!ctx)
        return code;
    const auto rows = ctx->engine->breakdown(period, by, ctx->filters, ctx->asOf);
    printKpiResult(options->format,
                   {[&] { return breakdownJson(period, by, rows, ctx->asOf, ctx->filters); }, [&] { return breakdownCsv(rows, by); },
                    [&] {
                        return QStringLiteral("%1 by %2\n").arg(period.key(), dimensionKey(by))
                               + breakdownTable(rows, ctx->engine->settings().currency);
                    }});
    return ExitOk;
}

} // namespace ra::cli

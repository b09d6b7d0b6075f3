// revalign trend: chosen KPIs over the last N weeks, months or quarters.
#include "cliutil.h"
#include "commands.h"
#include "domain/calendar.h"
#include "domain/values.h"
#include "kpioptions.h"
#include "report/kpijson.h"
#include "report/kpitable.h"

namespace ra::cli {
namespace {

std::optional<std::vector<KpiId>> parseKeys(const QString &text)
{
    std::vector<KpiId> keys;
    for (const QString &k : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto id = kpiFromKey(k);
        if (!id) {
            printError(QCoreApplication::translate("ra::Cli", "unknown KPI key '%1'; the keys are listed in docs/kpi-definitions.md, e.g. leads.mql, "
                                      "conv.mql_to_sal, bookings.total, mrr.end (revalign kpis --json prints them all)")
                           .arg(k.trimmed()));
            return std::nullopt;
        }
        keys.push_back(*id);
    }
    if (keys.empty()) {
        printError(QCoreApplication::translate("ra::Cli", "name at least one KPI key, e.g. revalign trend leads.mql,bookings.total"));
        return std::nullopt;
    }
    return keys;
}

} // namespace

int runTrend(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("trend"),
                QCoreApplication::translate("ra::Cli", "print KPIs over the last N periods; the last one is the period containing --as-of "
                               "(default: the latest event in the store)"));
    parser.addPositionalArgument(QStringLiteral("KEYS"), QCoreApplication::translate("ra::Cli", "KPI keys, comma separated (e.g. leads.mql,bookings.total)."));
    parser.addOption({QStringLiteral("grain"), QCoreApplication::translate("ra::Cli", "week, month (default) or quarter."), QStringLiteral("G"),
                      QStringLiteral("month")});
    parser.addOption({QStringLiteral("last"), QCoreApplication::translate("ra::Cli", "How many periods (1-520, default 12)."), QStringLiteral("N"),
                      QStringLiteral("12")});
    KpiOptionSpec spec;
    spec.json = spec.csv = true;
    addKpiOptions(parser, spec);
    int code = ExitOk;
    const auto options = parseKpiCommandLine(parser, args, spec, code);
    if (!options)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(QCoreApplication::translate("ra::Cli", "usage: revalign trend KEY[,KEY...] --grain week|month|quarter --last N"));
        return ExitFailure;
    }
    const auto keys = parseKeys(parser.positionalArguments().front());
    if (!keys)
        return ExitFailure;
    const QString grainText = parser.value(QStringLiteral("grain")).trimmed().toLower();
    Period::Kind grain;
    if (grainText == QLatin1String("week"))
        grain = Period::Kind::Week;
    else if (grainText == QLatin1String("month"))
        grain = Period::Kind::Month;
    else if (grainText == QLatin1String("quarter"))
        grain = Period::Kind::Quarter;
    else {
        printError(QCoreApplication::translate("ra::Cli", "--grain must be week, month or quarter, not '%1'").arg(grainText));
        return ExitFailure;
    }
    Result<int> last = parseInteger(parser.value(QStringLiteral("last")), 1, 520);
    if (!last) {
        printError(QCoreApplication::translate("ra::Cli", "--last must be a whole number from 1 to 520, not '%1'").arg(parser.value(QStringLiteral("last"))));
        return ExitFailure;
    }
    const auto ctx = loadKpiContext(parser, *options, code);
    if (!ctx)
        return code;
    if (ctx->engine->defaultAsOf() == 0 && !options->asOf) {
        // Without events there is no "now" to end the series at.
        printError(QCoreApplication::translate("ra::Cli", "the store has no events yet; import a bundle first or pass --as-of"));
        return ExitFailure;
    }
    const Period ending = Period::containing(grain, dateOf(ctx->asOf));
    const TrendSeries t = ctx->engine->trend(grain, last.value(), ending, ctx->filters, ctx->asOf);
    printKpiResult(options->format, {[&] { return trendJson(t, *keys, grain, ctx->asOf, ctx->filters); },
                                     [&] { return trendCsv(t, *keys); },
                                     [&] { return trendTable(t, *keys, ctx->engine->settings().currency); }});
    return ExitOk;
}

} // namespace ra::cli

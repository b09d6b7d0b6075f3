#include "kpiverbutil.h"

#include "cliutil.h"
#include "domain/values.h"
#include "report/kpijson.h"
#include "services/engineloader.h"

namespace ra::cli {
namespace {

const QString kPersona = QStringLiteral("persona");
const QString kSegment = QStringLiteral("segment");
const QString kChannel = QStringLiteral("channel");
const QString kAsOf = QStringLiteral("as-of");

// A filter value must name something in the store: a typo would otherwise
// silently show an empty dashboard. "Unassigned" is always accepted.
bool checkFilter(const KpiEngine &engine, Dimension d, const QCommandLineParser &parser, const QString &option,
                 std::optional<QString> &out)
{
    if (!parser.optionNames().contains(option))
        return true;
    const QString v = parser.value(option).trimmed();
    const QStringList known = engine.values(d);
    if (v == QLatin1String("Unassigned") || known.contains(v)) {
        out = v;
        return true;
    }
    QStringList valid = known;
    if (!valid.contains(QStringLiteral("Unassigned")))
        valid << QStringLiteral("Unassigned");
    printError(QStringLiteral("unknown %1 '%2'; valid values: %3").arg(dimensionKey(d), v, valid.join(QStringLiteral(", "))));
    return false;
}

} // namespace

void addFilterOptions(QCommandLineParser &parser, bool withChannel)
{
    parser.addOption({kPersona, QStringLiteral("Only this buyer persona (\"Unassigned\" = none)."), QStringLiteral("X")});
    parser.addOption({kSegment, QStringLiteral("Only this account segment."), QStringLiteral("Y")});
    if (withChannel)
        parser.addOption({kChannel, QStringLiteral("Only this lead channel (leads and opportunities)."), QStringLiteral("Z")});
}

void addAsOfOption(QCommandLineParser &parser)
{
    parser.addOption({kAsOf,
                      QStringLiteral("Evaluate the store as known at this timestamp (UTC; default: the latest event)."),
                      QStringLiteral("TS")});
}

void addPeriodOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("period"),
                      QStringLiteral("2026, 2026-Q4, 2026-11, 2026-W47 or 2026-11-01..2026-11-30."), QStringLiteral("P")});
}

void addFormatOptions(QCommandLineParser &parser, bool withCsv)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of a table.")});
    if (withCsv)
        parser.addOption({QStringLiteral("csv"), QStringLiteral("Print CSV instead of a table.")});
}

std::optional<OutputFormat> formatOption(const QCommandLineParser &parser, int &exitCode)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    // optionNames() lists the options given, and never warns about one this verb does not define.
    const bool csv = parser.optionNames().contains(QStringLiteral("csv"));
    if (json && csv) {
        printError(QStringLiteral("--json and --csv exclude each other"));
        exitCode = ExitFailure;
        return std::nullopt;
    }
    return json ? OutputFormat::Json : csv ? OutputFormat::Csv : OutputFormat::Table;
}

std::optional<Period> periodOption(const QCommandLineParser &parser, int &exitCode)
{
    if (!parser.isSet(QStringLiteral("period"))) {
        printError(QStringLiteral("--period is required: 2026, 2026-Q4, 2026-11, 2026-W47 or 2026-11-01..2026-11-30"));
        exitCode = ExitFailure;
        return std::nullopt;
    }
    Result<Period> p = Period::parse(parser.value(QStringLiteral("period")));
    if (!p) {
        printError(p.message());
        exitCode = ExitFailure;
        return std::nullopt;
    }
    return p.value();
}

std::optional<KpiContext> loadKpiContext(const QCommandLineParser &parser, int &exitCode)
{
    exitCode = ExitFailure;
    std::optional<qint64> asOf;
    if (parser.isSet(kAsOf)) {
        Result<qint64> ts = parseTimestamp(parser.value(kAsOf));
        if (!ts) {
            printError(QStringLiteral("--as-of: %1").arg(ts.message()));
            return std::nullopt;
        }
        asOf = ts.value();
    }
    std::unique_ptr<Store> store = openStoreOrReport(storePath(parser), Store::Mode::ReadOnly);
    if (!store)
        return std::nullopt;
    SnapshotOrigin origin;
    Result<std::shared_ptr<const KpiEngine>> engine = loadEngineCached(*store, origin);
    if (!engine) {
        printError(engine.message());
        return std::nullopt;
    }
    KpiContext ctx;
    ctx.engine = engine.value();
    ctx.cacheWrite = origin.write;
    if (!checkFilter(*ctx.engine, Dimension::Persona, parser, kPersona, ctx.filters.persona)
        || !checkFilter(*ctx.engine, Dimension::Segment, parser, kSegment, ctx.filters.segment)
        || !checkFilter(*ctx.engine, Dimension::Channel, parser, kChannel, ctx.filters.channel))
        return std::nullopt;
    ctx.asOf = asOf.value_or(ctx.engine->defaultAsOf());
    exitCode = ExitOk;
    return ctx;
}

} // namespace ra::cli

#include "kpioptions.h"

#include "cliutil.h"
#include "domain/reasons.h"
#include "domain/values.h"
#include "kpi/snapshot.h"
#include "pgstore/teamsnapshot.h"
#include "pgstore/teamstore.h"
#include "report/kpijson.h"
#include "services/engineloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace ra::cli {
namespace {

const QString kPeriod = QStringLiteral("period");
const QString kPersona = QStringLiteral("persona");
const QString kSegment = QStringLiteral("segment");
const QString kChannel = QStringLiteral("channel");
const QString kAsOf = QStringLiteral("as-of");
const QString kJson = QStringLiteral("json");
const QString kCsv = QStringLiteral("csv");
const QString kPeriodForms = QStringLiteral("2026, 2026-Q4, 2026-11, 2026-W47 or 2026-11-01..2026-11-30");

std::optional<QString> filterValue(const QCommandLineParser &parser, const QString &option)
{
    // optionNames() lists the options given, and never warns about one this verb does not define.
    if (!parser.optionNames().contains(option))
        return std::nullopt;
    return parser.value(option).trimmed();
}

bool checkFilter(const KpiEngine &engine, Dimension d, const std::optional<QString> &value)
{
    if (!value)
        return true;
    const QStringList known = engine.values(d);
    if (*value == QLatin1String("Unassigned") || known.contains(*value))
        return true;
    QStringList valid = known;
    if (!valid.contains(QStringLiteral("Unassigned")))
        valid << QStringLiteral("Unassigned");
    printError(QCoreApplication::translate("ra::Cli", "unknown %1 '%2'; valid values: %3")
                   .arg(dimensionKey(d), *value, valid.join(QStringLiteral(", "))));
    return false;
}

bool readPeriod(const QCommandLineParser &parser, const KpiOptionSpec &spec, KpiOptions &out)
{
    if (spec.period == KpiOptionSpec::PeriodUse::None)
        return true;
    if (!parser.isSet(kPeriod)) {
        if (spec.period == KpiOptionSpec::PeriodUse::Optional)
            return true;
        printError(QCoreApplication::translate("ra::Cli", "--period is required: %1").arg(kPeriodForms));
        return false;
    }
    Result<Period> p = Period::parse(parser.value(kPeriod));
    if (!p) {
        printError(shownReason(p.message()));
        return false;
    }
    out.period = p.value();
    return true;
}

} // namespace

void addKpiOptions(QCommandLineParser &parser, const KpiOptionSpec &spec)
{
    parser.setApplicationDescription(parser.applicationDescription()
                                     + QStringLiteral("\nWhat every KPI means, its unit and its filters: docs/kpi-definitions.md."));
    if (spec.period != KpiOptionSpec::PeriodUse::None)
        parser.addOption({kPeriod,
                          kPeriodForms + (spec.periodDefault.isEmpty() ? QStringLiteral(".")
                                                                       : QCoreApplication::translate("ra::Cli", "; default: %1.").arg(spec.periodDefault)),
                          QStringLiteral("P")});
    parser.addOption({kPersona, QCoreApplication::translate("ra::Cli", "Only this buyer persona (\"Unassigned\" = none)."), QStringLiteral("X")});
    parser.addOption({kSegment, QCoreApplication::translate("ra::Cli", "Only this account segment."), QStringLiteral("Y")});
    if (spec.channel)
        parser.addOption({kChannel, QCoreApplication::translate("ra::Cli", "Only this lead channel (leads and opportunities)."), QStringLiteral("Z")});
    if (spec.asOf)
        parser.addOption({kAsOf, QCoreApplication::translate("ra::Cli", "Evaluate the store as known at this timestamp (UTC; default: the latest event)."),
                          QStringLiteral("TS")});
    if (spec.json)
        parser.addOption({kJson, QCoreApplication::translate("ra::Cli", "Print JSON instead of a table.")});
    if (spec.csv)
        parser.addOption({kCsv, QCoreApplication::translate("ra::Cli", "Print CSV instead of a table (text cells neutralised for spreadsheets).")});
}

std::optional<KpiOptions> readKpiOptions(const QCommandLineParser &parser, const KpiOptionSpec &spec, int &exitCode)
{
    exitCode = ExitFailure;
    KpiOptions out;
    const bool json = spec.json && parser.isSet(kJson);
    const bool csv = spec.csv && parser.isSet(kCsv);
    if (json && csv) {
        printError(QCoreApplication::translate("ra::Cli", "--json and --csv exclude each other"));
        return std::nullopt;
    }
    out.format = json ? OutputFormat::Json : csv ? OutputFormat::Csv : OutputFormat::Table;
    if (!readPeriod(parser, spec, out))
        return std::nullopt;
    if (spec.asOf && parser.isSet(kAsOf)) {
        Result<qint64> ts = parseTimestamp(parser.value(kAsOf));
        if (!ts) {
            printError(QCoreApplication::translate("ra::Cli", "--as-of: %1").arg(shownReason(ts.message())));
            return std::nullopt;
        }
        out.asOf = ts.value();
    }
    out.filters.persona = filterValue(parser, kPersona);
    out.filters.segment = filterValue(parser, kSegment);
    if (spec.channel)
        out.filters.channel = filterValue(parser, kChannel);
    exitCode = ExitOk;
    return out;
}

bool checkFilters(const KpiEngine &engine, const KpiFilters &filters)
{
    return checkFilter(engine, Dimension::Persona, filters.persona)
        && checkFilter(engine, Dimension::Segment, filters.segment)
        && checkFilter(engine, Dimension::Channel, filters.channel);
}

namespace {

// The first read of a team store on a machine without its offline copy
// answers from the snapshot the server keeps for its current data
// (docs/decisions/team-store-first-read.md) and leaves a note, so that the
// next read makes the copy. nullptr (no such snapshot, or the note is there)
// sends the caller through the offline copy as usual.
std::shared_ptr<const KpiEngine> firstTeamRead(const QString &location)
{
    if (!isTeamStoreLocation(location))
        return nullptr;
    const QString copy = offlineCopyPath(location);
    const QString note = firstReadNotePath(copy);
    if (QFileInfo::exists(copy) || QFileInfo::exists(note))
        return nullptr;
    Result<TeamSnapshot> fetched = fetchTeamSnapshot(location);
    if (!fetched)
        return nullptr;
    QDir().mkpath(QFileInfo(note).absolutePath());
    QFile mark(note);
    (void)mark.open(QIODevice::WriteOnly); // without it, reads keep taking this path: no copy, not wrong
    return std::make_shared<const KpiEngine>(std::move(fetched->snapshot), fetched->settings);
}

} // namespace

std::optional<KpiContext> loadKpiContext(const QCommandLineParser &parser, const KpiOptions &options, int &exitCode)
{
    exitCode = ExitFailure;
    SnapshotOrigin origin;
    std::shared_ptr<const KpiEngine> loaded = firstTeamRead(storePath(parser));
    if (!loaded) {
        std::unique_ptr<Store> store = openStoreOrReport(storePath(parser), Store::Mode::ReadOnly);
        if (!store)
            return std::nullopt;
        Result<std::shared_ptr<const KpiEngine>> engine = loadEngineCached(*store, origin);
        if (!engine) {
            printError(engine.message());
            return std::nullopt;
        }
        loaded = engine.value();
    }
    if (!checkFilters(*loaded, options.filters))
        return std::nullopt;
    KpiContext ctx;
    ctx.engine = loaded;
    ctx.cacheWrite = origin.write;
    ctx.filters = options.filters;
    ctx.asOf = options.asOf.value_or(ctx.engine->defaultAsOf());
    exitCode = ExitOk;
    return ctx;
}

std::optional<KpiOptions> parseKpiCommandLine(QCommandLineParser &parser, const QStringList &args, const KpiOptionSpec &spec,
                                              int &exitCode)
{
    if (!parseOrExit(parser, args, exitCode))
        return std::nullopt;
    return readKpiOptions(parser, spec, exitCode);
}

void printKpiResult(OutputFormat format, const KpiRenderings &renderings)
{
    switch (format) {
    case OutputFormat::Json:
        printLine(renderings.json());
        break;
    case OutputFormat::Csv:
        std::fputs(renderings.csv().toUtf8().constData(), stdout);
        break;
    case OutputFormat::Table:
        std::fputs(renderings.table().toUtf8().constData(), stdout);
        break;
    }
}

} // namespace ra::cli

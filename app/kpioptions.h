#pragma once
// The options the KPI verbs share (kpis, trend, breakdown, cohorts, report,
// screenshot), declared, parsed and validated in one place, so that a
// period, a filter value or --as-of is read the same way by every verb and a
// bad one always exits 2 naming the valid forms or values.
#include "kpi/kpiengine.h"
#include "services/engineloader.h"

#include <QCommandLineParser>
#include <functional>
#include <memory>
#include <optional>

namespace ra::cli {

enum class OutputFormat { Table, Json, Csv };

// Which of the shared options a verb takes.
struct KpiOptionSpec {
    enum class PeriodUse { None, Required, Optional };
    PeriodUse period = PeriodUse::None;
    QString periodDefault; // for --help when the period is optional
    bool channel = true;   // cohorts: revenue has no channel
    bool asOf = true;
    bool json = false;
    bool csv = false;
};

// What the command line asked for. The filter values are as given: they are
// checked against the store once it is loaded (checkFilters).
struct KpiOptions {
    std::optional<Period> period;
    KpiFilters filters;
    std::optional<qint64> asOf;
    OutputFormat format = OutputFormat::Table;
};

void addKpiOptions(QCommandLineParser &parser, const KpiOptionSpec &spec);
// Parses what addKpiOptions declared; on a bad value prints one line and
// sets exitCode to 2.
std::optional<KpiOptions> readKpiOptions(const QCommandLineParser &parser, const KpiOptionSpec &spec, int &exitCode);
// parseOrExit, then readKpiOptions: the start every KPI verb shares.
std::optional<KpiOptions> parseKpiCommandLine(QCommandLineParser &parser, const QStringList &args, const KpiOptionSpec &spec,
                                              int &exitCode);
// Every filter value must name a value in the store ("Unassigned" always
// does): a typo would otherwise show an empty dashboard. Prints the valid
// values of the first that does not.
bool checkFilters(const KpiEngine &engine, const KpiFilters &filters);

struct KpiContext {
    std::shared_ptr<const KpiEngine> engine;
    KpiFilters filters;
    qint64 asOf = 0; // the --as-of value, else the engine's default
    std::shared_ptr<CacheWrite> cacheWrite; // a snapshot cache being written: kept until the verb ends
};

// Opens --db read-only, loads the engine and checks the filters. On failure
// prints one line and sets exitCode (2).
std::optional<KpiContext> loadKpiContext(const QCommandLineParser &parser, const KpiOptions &options, int &exitCode);

// A verb's result in each output format; only the chosen one is rendered.
struct KpiRenderings {
    std::function<QString()> json;  // printed with a final newline
    std::function<QString()> csv;   // printed as is
    std::function<QString()> table; // printed as is
};
void printKpiResult(OutputFormat format, const KpiRenderings &renderings);

} // namespace ra::cli

#pragma once
// Plumbing shared by the KPI verbs (kpis, trend, breakdown, cohorts): filter
// and --as-of options, loading the engine from a read-only store, and the
// checks that turn a bad value into exit code 2 with the valid forms named.
#include "kpi/kpiengine.h"
#include "services/engineloader.h"

#include <QCommandLineParser>
#include <memory>
#include <optional>

namespace ra::cli {

enum class OutputFormat { Table, Json, Csv };

void addFilterOptions(QCommandLineParser &parser, bool withChannel = true);
void addAsOfOption(QCommandLineParser &parser);
void addPeriodOption(QCommandLineParser &parser);
void addFormatOptions(QCommandLineParser &parser, bool withCsv);

struct KpiContext {
    std::shared_ptr<const KpiEngine> engine;
    KpiFilters filters;
    qint64 asOf = 0; // the --as-of value, else the engine's default
    std::shared_ptr<CacheWrite> cacheWrite; // a snapshot cache being written: kept until the verb ends
};

// Opens --db read-only and loads the engine; checks --persona/--segment/--channel
// against the values in the store and parses --as-of. On failure prints one line
// and sets exitCode (2).
std::optional<KpiContext> loadKpiContext(const QCommandLineParser &parser, int &exitCode);
// --period, parsed; prints the valid forms on failure.
std::optional<Period> periodOption(const QCommandLineParser &parser, int &exitCode);
// --json / --csv (both given is a usage error).
std::optional<OutputFormat> formatOption(const QCommandLineParser &parser, int &exitCode);

} // namespace ra::cli

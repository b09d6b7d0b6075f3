#pragma once
// The `revalign` verbs. Each returns the process exit code:
// 0 success, 1 partial (some rows rejected), 2 usage error or nothing done.
#include "domain/language.h"

#include <QStringList>
#include <optional>

namespace ra::cli {

int runImport(const QStringList &args);
int runMapping(const QStringList &args);
int runMatch(const QStringList &args);
int runDemo(const QStringList &args);
int runExportBundle(const QStringList &args);
int runSettings(const QStringList &args);
int runKpis(const QStringList &args);
int runTrend(const QStringList &args);
int runBreakdown(const QStringList &args);
int runCohorts(const QStringList &args);
int runHealth(const QStringList &args);
int runWhitespace(const QStringList &args);
int runQuality(const QStringList &args);
int runCache(const QStringList &args);
int runSync(const QStringList &args);
int runReport(const QStringList &args);      // needs a GUI application (offscreen is fine)
int runScreenshot(const QStringList &args);  // needs a GUI application (offscreen is fine)
int runGui(int argc, char **argv, std::optional<Language> language); // --lang, if given

} // namespace ra::cli

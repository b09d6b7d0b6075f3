#pragma once
// Shared by the two forms of `revalign import`: a bundle folder (import.cpp)
// and exports with --from (importexports.cpp).
#include "core/progress.h"
#include "import/importsummary.h"

#include <QCommandLineParser>
#include <functional>

namespace ra {
class Store;
}

namespace ra::cli {

// The per-bundle-file table, the absent files and the outcome line.
void printBundleSummary(const ImportSummary &summary, bool listAbsent = true);
// Warnings of the bundle files, on stderr.
void printBundleWarnings(const ImportSummary &summary);
// Progress on stderr when it is a terminal or --progress: at most four updates a second.
// The returned function ends the progress line; call it before printing anything else.
std::function<void()> attachProgress(const QCommandLineParser &parser, Progress &progress);

int runImportExports(const QCommandLineParser &parser, Store &store);

} // namespace ra::cli

#pragma once
// Store → settings → snapshot → engine in one call: the plumbing shared by
// the command line, the window and the PDF report, so that each of them
// computes the same numbers from the same load.
#include "core/progress.h"
#include "core/result.h"
#include "domain/settings.h"

#include <QString>
#include <functional>
#include <memory>

namespace ra {

class KpiEngine;
class Store;

// Reads settings and loads the snapshot of an open store. Run it on the
// thread that opened the store (one Store per thread).
Result<std::shared_ptr<const KpiEngine>> loadEngine(Store &store, const Progress &progress = {}); // percent of 100; false cancels

// Opens the store at path read-only, loads the engine and closes the store.
Result<std::shared_ptr<const KpiEngine>> loadEngine(const QString &storePath, const Progress &progress = {});

} // namespace ra

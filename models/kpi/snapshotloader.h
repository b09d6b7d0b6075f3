#pragma once
// Loads a Snapshot from a store in one go, through the raw SQLite handle with
// prepared statements (the bulk path; QSqlQuery per row is several times
// slower). Run it on the thread that opened the Store (one Store per thread),
// e.g. inside QtConcurrent::run with a Store opened there.
#include "core/progress.h"
#include "core/result.h"

#include <QString>
#include <functional>
#include <memory>

namespace ra {

class Snapshot;
class Store;

class SnapshotLoader {
public:
    // Reports percent (done of 100) and what is being read; returning false
    // cancels (the load then fails with ErrorCode::Cancelled).
    static Result<std::shared_ptr<const Snapshot>> load(const Store &store, const Progress &progress = {});
};

} // namespace ra

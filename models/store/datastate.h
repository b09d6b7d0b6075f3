#pragma once
// The store's data version: one row that every committed write transaction
// (import, settings change, demo data) and every migration changes in the same
// transaction. Anything derived from the store's rows and settings (the
// snapshot cache) is valid for exactly one (version, stamp) pair. The stamp is
// random, so two copies of one store that were changed apart never share it.
#include "core/result.h"

#include <QtGlobal>

struct sqlite3;

namespace ra {

struct DataState {
    qint64 version = 0; // counts changes; for people ("data version 7")
    qint64 stamp = 0;   // random, new at every change; what caches compare
    bool operator==(const DataState &o) const { return version == o.version && stamp == o.stamp; }
};

// Reads the row; an error when the store has none (older schema).
Result<DataState> readDataState(sqlite3 *db);
// The statement that marks a change; run inside the writing transaction.
const char *bumpDataStateSql();

} // namespace ra

#pragma once
// Backup copies of a store, taken before a migration rewrites it.
#include "core/result.h"

#include <QString>

struct sqlite3;

namespace ra {

// "<store>.bak-<version>", or with "-2", "-3"... appended when that name is
// taken: an earlier backup is never overwritten.
QString backupPathFor(const QString &storePath, int version);

// Copies the main database of db to target with SQLite's online backup API
// (consistent even while db is in a transaction), through a temporary file
// renamed into place, so target is either absent or complete.
Status backupDatabase(sqlite3 *db, const QString &target);

} // namespace ra

#pragma once
// What can be wrong with a store file before and while we use it, turned into
// errors a person can act on. Store::open and the bulk writers (import) share
// these so the command line and the window say the same thing.
#include "core/result.h"

#include <QString>

class QSqlError;

namespace ra {

// Reads the header of an existing, non-empty file: it must be a SQLite
// database whose size agrees with its header (catches "not a SQLite file" and
// truncated copies before SQLite gets to half-read them). Empty files pass:
// SQLite treats them as a new database.
Status checkStoreFileHeader(const QString &path);

// Whether the store at path can be written: the file (if it exists) and its
// folder (SQLite writes the -wal/-shm files and new stores there). On false,
// reason says which of them is read-only.
bool storeIsWritable(const QString &path, QString *reason);

// A SQLite result code (primary or extended) plus the driver's text as our
// error: locked, read-only, disk full, damaged each get a sentence naming the
// file; anything else is ErrorCode::Database with the detail.
// How long a writer waits for another program's write transaction to end
// before giving up with ErrorCode::Busy.
constexpr int kDefaultBusyTimeoutMs = 5000;

Error storeError(int sqliteCode, const QString &path, const QString &detail, int busyTimeoutMs = kDefaultBusyTimeoutMs);
Error storeError(const QSqlError &error, const QString &path, int busyTimeoutMs = kDefaultBusyTimeoutMs);

} // namespace ra

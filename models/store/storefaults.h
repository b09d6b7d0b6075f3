#pragma once
// What can be wrong with a store file before and while we use it, turned into
// errors a person can act on. Store::open and the bulk writers (import) share
// these so the command line and the window say the same thing.
#include "core/result.h"

#include <QString>

class QSqlError;
struct sqlite3;

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

// How long a writer waits for another program's write transaction to end
// before giving up with ErrorCode::Busy.
constexpr int kDefaultBusyTimeoutMs = 5000;
constexpr int kUnknownBusyTimeout = -1; // the message then does not say how long it waited

// THE mapping of SQLite failures to our errors; every SQLite failure in
// ra_core goes through it. A result code (primary or extended) plus the
// driver's text: busy/locked → Busy, read-only → ReadOnly, full → DiskFull,
// corrupt → Corrupt, not a database → NotAStore, can't open / I/O → Io, each
// with a sentence naming the file; anything else is Database with the detail.
Error storeError(int sqliteCode, const QString &path, const QString &detail, int busyTimeoutMs = kDefaultBusyTimeoutMs);
Error storeError(const QSqlError &error, const QString &path, int busyTimeoutMs = kDefaultBusyTimeoutMs);
// The last failure on a raw connection, naming its file. A non-empty context
// ("cannot commit the import") goes in front of the message.
Error sqliteError(sqlite3 *db, const QString &context, int busyTimeoutMs = kUnknownBusyTimeout);

} // namespace ra

#pragma once
// The way back of an import into the team store: rows that the import changed
// in the local working copy go to the server through COPY ... FROM STDIN into
// staging tables and are merged with INSERT ... ON CONFLICT. The caller holds
// the server transaction and the write lock; nothing here commits.
#include "core/result.h"

namespace ra {

class PgConnection;
class Store;

// Adds, on the working copy, a table of changed keys per data table and the
// triggers that fill it. Run before the import, on a throw-away copy only.
// Tables that are empty (on the server, so in the copy) are not tracked:
// whatever they hold after the import is new and is sent whole.
Status trackChanges(Store &work);

// Sends the rows trackChanges recorded, tagged with `importId` as their
// revision, plus the imports log rows after `lastImport` and their rejections.
// Returns the number of data rows sent.
Result<qint64> pushChanges(Store &work, PgConnection &conn, qint64 lastImport, qint64 importId);

} // namespace ra

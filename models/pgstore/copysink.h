#pragma once
// The rows of a first import into an empty team store, streamed by the
// import's write queue straight into the server's tables: one
// COPY revalign.<table> (<the file's columns>, rev) FROM STDIN per bundle
// file, in COPY's text format, every row tagged with the import's number as
// its revision. The checks stay the BundleImporter's (import/rowsink.h).
#include "import/rowsink.h"

#include <QtGlobal>

namespace ra {

class PgConnection;

// Every row must be new: the sinks refuse a row the checks found stored
// (the caller has made sure the server's tables are empty). Opened and fed
// on the write queue's thread, which has the connection to itself meanwhile.
RowSinkFactory teamCopySinks(PgConnection &conn, qint64 importId);

} // namespace ra

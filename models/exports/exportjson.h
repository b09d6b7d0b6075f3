#pragma once
// Zendesk's JSON ticket exports — the incremental export's pages
// ({"tickets": [...], "users": [...], "end_of_stream": ...}, several pages one
// after another too), one ticket per line, a list of tickets — read as the
// CSV text the rest of the export import knows. Each ticket becomes one line
// of a generated CSV whose header holds the API's field names (nested ones
// with a dot: satisfaction_rating.score), so the zendesk-tickets-json mapping
// and every rule of the CSV path apply. The file is streamed twice (side-loaded
// users, organisations and metric sets first, then the tickets), one record
// at a time; the CSV goes to a temporary file.
#include "core/result.h"
#include "exports/exporttext.h"

#include <QByteArrayView>
#include <QString>

namespace ra {

// A .json/.jsonl/.ndjson name, or text that starts like JSON.
bool looksLikeJson(const QString &path, QByteArrayView head);

// Records that do not parse, and tickets that are not data (a deleted one, an
// older version of a ticket the file has again later), are settled in the
// result with their ordinal; every other record is a line of its CSV.
// Progress: bytes of both passes (twice the file's size); false cancels.
// Errors: Io, Parse (no ticket in the file), Cancelled.
Result<ExportText> openJsonExport(const QString &path, const Progress &progress = {});

} // namespace ra

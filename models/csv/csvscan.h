#pragma once
// The reader's fast path (csvreader.cpp): one record of the shape nearly
// every export and bundle file has, read in place from the chunk buffer. A
// record qualifies when it is one physical line (LF or CRLF) whose fields are
// each either bare (no quote, no CR) or quoted with no quote inside and the
// delimiter or the line end right after the closing quote. Anything else is
// Unusual and goes through libcsv, whose results these match byte for byte
// (fields trimmed of spaces and tabs, as CsvCallbacks trims them).
#include <string_view>
#include <vector>

namespace ra {

enum class ScanOutcome {
    Record,   // the first count slots hold the fields, next = start of the following line
    Blank,    // an empty line (LF or CRLF only): no record, next = following line
    NeedMore, // no line end before end: the record may continue in the next chunk
    Unusual,  // not the simple shape: leave this record to libcsv
};

// p is the start of a line where libcsv would be between records. slots
// only grows (a wide record costs no clearing).
ScanOutcome scanSimpleRecord(const char *p, const char *end, char delimiter, std::vector<std::string_view> &slots,
                             int &count, const char *&next);

} // namespace ra

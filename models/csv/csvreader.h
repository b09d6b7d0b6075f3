#pragma once
// Streaming RFC 4180 reader for bundle and export files. Widgets-free, no
// printing: it hands each record to a callback with the physical line where
// the record starts, and reports progress and honours cancel per chunk.
// libcsv is the reference parser; records of the common simple shape are
// read in place without it (csvscan.h) with the same result, so a wide file
// costs one scan of its bytes, not a copy of every field.
#include "core/progress.h"
#include "core/result.h"

#include <QString>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace ra {

struct CsvCallbacks;

// One record, valid only during the callback. Fields are trimmed of spaces and
// tabs (quoted ones too: docs/bundle-format.md trims every field); an empty field is NULL.
class CsvRecord {
public:
    qint64 line() const { return m_line; } // 1-based physical line where the record starts
    int size() const { return m_count; }
    // "" when NULL or i >= size()
    std::string_view field(int i) const { return i >= 0 && i < size() ? m_fields[std::size_t(i)] : std::string_view(); }
    bool isNull(int i) const { return field(i).empty(); }

private:
    friend struct CsvCallbacks;
    qint64 m_line = 0;
    std::vector<std::string_view> m_fields; // the first m_count: into m_buf, or into the reader's chunk
    int m_count = 0;
    std::string m_buf;               // field bytes of a record libcsv read
    std::vector<std::size_t> m_ends; // end offset of each field in m_buf
};

struct CsvReadStats {
    qint64 records = 0; // records handed to the callback (header included)
    qint64 lines = 0;   // physical lines read
    qint64 bytes = 0;
    qint64 scanned = 0; // records read by the fast path (the rest went through libcsv)
};

class CsvReader {
public:
    // Return false to stop reading (read() then returns the stats so far).
    using RecordFn = std::function<bool(const CsvRecord &)>;

    // Bytes read of the file's size, before each chunk and once at the end;
    // false cancels (read() then fails with Cancelled). stage names the file.
    void setProgress(Progress fn, QString stage = {})
    {
        m_progress = std::move(fn);
        m_stage = std::move(stage);
    }
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }
    // Field separator: ',' for bundles; exports may use ';' or a tab.
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    // Off: every record goes through libcsv (the reference the fast path is
    // tested against). On by default.
    void setFastScan(bool on) { m_fastScan = on; }

    // Reads the file at path. Errors: Io (cannot open/read), Parse (unterminated
    // quoted field, with the line where its record starts), Cancelled.
    Result<CsvReadStats> readFile(const QString &path, const RecordFn &onRecord) const;
    // Same on an open device (a QBuffer in tests); totalBytes from device->size().
    Result<CsvReadStats> read(QIODevice &device, const RecordFn &onRecord) const;

private:
    Progress m_progress;
    QString m_stage;
    qint64 m_chunkSize = 1 << 20;
    char m_delimiter = ',';
    bool m_fastScan = true;
};

} // namespace ra

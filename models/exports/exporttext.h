#pragma once
// Opens an export file as UTF-8 CSV text: detects the encoding (UTF-8 with or
// without BOM, UTF-16 with BOM, else Windows-1252) and the field separator
// (',', ';' or tab), and refuses what is not a CSV text file with one line.
#include "core/progress.h"
#include "core/result.h"

#include <QIODevice>
#include <QString>
#include <memory>
#include <vector>

namespace ra {

// A source record settled while the file was read, before any mapping saw
// it: a JSON record that does not parse, or an older version of a ticket.
struct SettledRecord {
    qint64 position = 0; // the record's ordinal in a JSON file
    QString field;       // the field at fault, or "record"
    QString reason;
    bool rejected = true; // else skipped (counted, with the reason in the notes)
};

struct ExportText {
    QString path;
    QString encoding;      // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "Windows-1252 (assumed: not UTF-8)"
    char delimiter = ',';
    bool utf8Checked = false; // the whole file was checked as UTF-8 (else fields are checked as they are read)
    std::unique_ptr<QIODevice> device; // UTF-8 bytes, open, at the start
    qint64 size = 0;                   // bytes of the original file
    // A JSON export is flattened into CSV text (exportjson.h): its data rows
    // stand for records whose ordinals are in positions, and some records are
    // settled before that. Both are empty for CSV files.
    bool json = false;
    std::vector<qint64> positions;
    std::vector<SettledRecord> settled;

    // Where a data record of the device's text starts in the original file.
    qint64 positionOf(qint64 line) const;
};

// Progress (false cancels) covers what is read before the text is ready:
// a JSON export's flattening. Errors: Io (cannot read), Parse (binary, a
// workbook, UTF-16 without BOM, empty), Cancelled.
Result<ExportText> openExportText(const QString &path, const Progress &progress = {});

// ',' ';' or '\t': the one of them most frequent outside quotes on the first record.
char sniffDelimiter(QByteArrayView head);

QString delimiterName(char delimiter); // "comma", "semicolon", "tab"

} // namespace ra

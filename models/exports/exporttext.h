#pragma once
// Opens an export file as UTF-8 CSV text: detects the encoding (UTF-8 with or
// without BOM, UTF-16 with BOM, else Windows-1252) and the field separator
// (',', ';' or tab), and refuses what is not a CSV text file with one line.
#include "core/result.h"

#include <QIODevice>
#include <QString>
#include <memory>

namespace ra {

struct ExportText {
    QString path;
    QString encoding;      // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "Windows-1252 (assumed: not UTF-8)"
    char delimiter = ',';
    bool utf8Checked = false; // the whole file was checked as UTF-8 (else fields are checked as they are read)
    std::unique_ptr<QIODevice> device; // UTF-8 bytes, open, at the start
    qint64 size = 0;                   // bytes of the original file
};

// Errors: Io (cannot read), Parse (binary, a workbook, UTF-16 without BOM, empty).
Result<ExportText> openExportText(const QString &path);

// ',' ';' or '\t': the one of them most frequent outside quotes on the first record.
char sniffDelimiter(QByteArrayView head);

QString delimiterName(char delimiter); // "comma", "semicolon", "tab"

} // namespace ra

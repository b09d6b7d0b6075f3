#pragma once
// The first records of an export file as read (header, the first rows, the
// distinct values of each column in a sample), with what the recognition made
// of it: what the window's mapping step shows and edits.
#include "core/progress.h"
#include "core/result.h"
#include "exports/mapping.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace ra {

struct ValueCount {
    QString value;
    qint64 count = 0;
};

struct ExportPreview {
    QString path;
    QString file;       // file name
    bool named = true;  // named itself, not found in a folder (an import refuses it when no mapping fits)
    QString encoding;   // as ExportText says it
    QString delimiter;  // "comma", "semicolon", "tab", "JSON"
    QStringList header; // the cells as written
    std::vector<std::vector<std::string>> rows; // the first rows' raw cells (UTF-8)
    std::vector<std::vector<ValueCount>>
        values;                          // per column: distinct non-empty values of the sample, most frequent first
    qint64 sampled = 0;                  // records read for the values
    const Mapping *recognised = nullptr; // nullptr: no mapping fits
    double confidence = 0;
    const Mapping *closest = nullptr;
};

constexpr int kPreviewRows = 20;
constexpr int kPreviewSample = 5000;  // records read for the distinct values
constexpr int kPreviewDistinct = 100; // distinct values kept per column

// Progress as openExportText's (false cancels). Errors: those of opening the
// file (NotFound, Io, Parse, Cancelled).
Result<ExportPreview> previewExport(const QString &path, const std::vector<const Mapping *> &candidates,
                                    const Progress &progress = {});

} // namespace ra

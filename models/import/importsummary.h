#pragma once
// What an import did, per file and in total: the importer fills it, the
// command line and the import dialog show it. No printing in ra_core.
#include "core/progress.h"
#include "domain/rejection.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace ra {

struct ImportOptions {
    bool strict = false; // any rejected row rolls the whole import back
    bool dryRun = false; // validate and count, then roll back: the store (and its imports log) is unchanged
    // Bytes of the bundle read of its total, stage = the file being read;
    // called every chunk (throttle when showing it). Returning false stops,
    // rolls back and returns ErrorCode::Cancelled. Safe from a worker thread.
    Progress progress;
};

struct FileSummary {
    QString file;
    bool present = false;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 warnings = 0;
    QStringList warningMessages; // the first few, "leads.csv:17: sql_at before mql_at"; warnings counts all
};

struct ImportSummary {
    QString bundle;                // absolute folder path
    std::vector<FileSummary> files; // every bundle file in import order, present or not
    std::vector<Rejection> rejections; // all of them, in import order
    bool strict = false;
    bool dryRun = false;
    bool committed = false; // valid rows were written (false for dry runs and strict rollbacks)
    qint64 importId = 0;    // row in the imports table, 0 when nothing was logged
    qint64 startedAt = 0;   // epoch seconds
    qint64 finishedAt = 0;

    qint64 totalRejected() const;
    qint64 totalWritten() const; // inserted + updated
    QString status() const;      // "ok", "partial", "rolled_back", "dry_run"
    QString toJson() const;      // compact JSON of the per-file counts, stored in imports.summary
};

} // namespace ra

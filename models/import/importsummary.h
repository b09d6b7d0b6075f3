#pragma once
// What an import did, per file and in total: the importer fills it, the
// command line and the import dialog show it. No printing in ra_core.
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace ra {

struct ImportOptions {
    bool strict = false; // any rejected row rolls the whole import back
    bool dryRun = false; // validate and count, then roll back: the store (and its imports log) is unchanged
    QString logLabel;    // what the imports log records as the bundle; empty = the folder's path
    // Fraction 0..1 of the bundle's bytes read; called often (every chunk), throttle when showing it.
    std::function<void(double)> progress;
    // Polled every chunk; true = stop, roll back, return ErrorCode::Cancelled. Safe from a worker thread.
    std::function<bool()> cancelled;
};

struct Rejection {
    QString file;   // "leads.csv"
    qint64 line = 0; // physical line where the record starts
    QString column;  // header name of the first failing column in file order
    QString reason;
    QString toString() const; // "leads.csv:17:mql_at: reason"
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

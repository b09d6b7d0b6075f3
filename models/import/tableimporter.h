#pragma once
// Imports one bundle file into its table inside the caller's transaction:
// header mapping, per-row validation in file column order, reference and
// duplicate checks against the key index, and the upsert on the raw handle.
#include "core/result.h"
#include "import/bundlespec.h"
#include "import/importsummary.h"
#include "import/keyindex.h"
#include "import/rowsink.h"

#include <QString>
#include <functional>
#include <string>
#include <vector>

struct sqlite3;

namespace ra {

// Loads the stored keys of table t into index (once), in the same composite
// form the importer builds: key parts joined by '\x1f', integers in decimal.
Status loadStoredKeys(sqlite3 *db, const TableSpec &t, KeyIndex &index);

class WriteQueue;

// The importer's connection is used only through writer jobs while a file
// is read (see WriteQueue).
struct TableImportContext {
    sqlite3 *db = nullptr;
    RowSinkFactory sinks; // where valid rows go; unset: db's tables (sqliteRowSinks)
    bool ownTables = true; // they go to db's tables (whose indexes the importer may rebuild)
    WriteQueue *writer = nullptr;
    std::vector<KeyIndex> *keys = nullptr; // one per bundleTables() entry
    std::vector<Rejection> *rejections = nullptr;
    Progress progress; // bytes of this file read, of its size; false cancels
};

// Errors (nothing of the bundle can be imported): unreadable file, missing
// required column, unterminated quoted field, SQLite failure (of this file or
// of an earlier job of the queue), Cancelled. On success the file's rows are
// queued, not necessarily written: drain the writer before reading the
// summary's updated/unchanged counts or using the connection.
Status importTableFile(const TableSpec &table, const QString &path, TableImportContext &ctx, FileSummary &summary);

} // namespace ra

#pragma once
// Imports one bundle file into its table inside the caller's transaction:
// header mapping, per-row validation in file column order, reference and
// duplicate checks against the key index, and the upsert on the raw handle.
#include "core/result.h"
#include "import/bundlespec.h"
#include "import/importsummary.h"

#include <QString>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;

namespace ra {

// Keys of one table: what the store held before the import, what valid rows
// of this import claimed (with their line), and what rejected rows carried.
struct KeyIndex {
    bool loaded = false;
    std::unordered_set<std::string> stored;
    std::unordered_map<std::string, qint64> claimed;
    std::unordered_set<std::string> rejected;
    bool exists(const std::string &key) const { return stored.count(key) || claimed.count(key); }
};

// Loads the stored keys of table t into index (once), in the same composite
// form the importer builds: key parts joined by '\x1f', integers in decimal.
Status loadStoredKeys(sqlite3 *db, const TableSpec &t, KeyIndex &index);

struct TableImportContext {
    sqlite3 *db = nullptr;
    std::vector<KeyIndex> *keys = nullptr; // one per bundleTables() entry
    std::vector<Rejection> *rejections = nullptr;
    std::function<void(qint64 bytesRead)> progress;
    std::function<bool()> cancelled;
};

// Errors (nothing of the bundle can be imported): unreadable file, missing
// required column, unterminated quoted field, SQLite failure, Cancelled.
Status importTableFile(const TableSpec &table, const QString &path, TableImportContext &ctx, FileSummary &summary);

} // namespace ra

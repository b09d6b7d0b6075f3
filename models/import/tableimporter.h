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

// Keys of one table in one hash map: whether the store held the key before
// the import, and the line of the valid row of this import that claimed it
// (0 = none yet). One lookup answers "exists?", "duplicate?" and "insert or
// update?" in the hot loop. Keys of rejected rows are kept apart, for messages.
struct KeyIndex {
    struct Entry {
        qint64 claimedLine = 0;
        bool stored = false;
    };
    bool loaded = false;
    std::unordered_map<std::string, Entry> keys;
    std::unordered_set<std::string> rejected;
    bool exists(const std::string &key) const { return keys.find(key) != keys.end(); }
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

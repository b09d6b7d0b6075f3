#pragma once
// The snapshot cache: a Snapshot's parts (snapshotcolumns.h) written to one
// file that the next open reads instead of the store's rows. The file is tied
// to one state of one store (CacheKey); a file that does not match, or is
// truncated, damaged, or written by another RevAlign or another kind of
// machine, is refused with the reason and the store is read as usual. See
// docs/decisions/snapshot-cache.md for the layout.
#include "core/result.h"
#include "store/datastate.h"

#include <QDateTime>
#include <QString>
#include <atomic>
#include <memory>

namespace ra {

class Snapshot;

// What a cache file must describe: the store's schema version and its data
// version (every import, settings change and migration changes the stamp).
struct CacheKey {
    int schemaVersion = 0;
    DataState data;
    bool operator==(const CacheKey &o) const { return schemaVersion == o.schemaVersion && data == o.data; }
};

// The header of a cache file, as `revalign cache status` shows it.
struct CacheFileInfo {
    QString path;
    qint64 bytes = 0;
    CacheKey key;
    QString appVersion, abi;
    QDateTime writtenAt;
};

namespace SnapshotCache {

// Where the cache of the store at storePath lives: "<store>.snapcache" beside
// it when that folder can be written, else a file named after the store's
// path in the user's cache folder (a read-only or shared store).
QString pathFor(const QString &storePath);

// Writes the snapshot to path atomically: a temporary file beside it, then
// renamed over path; a crash of the program leaves the old file or none (a
// power cut may leave a torn file, which read() refuses by its checksums).
// `cancel` (may be null) stops the write and removes the temporary file.
Status write(const Snapshot &snapshot, const CacheKey &key, const QString &path,
             const std::atomic<bool> *cancel = nullptr);

// Reads and checks a cache file: its header against `expected`, then every
// part's checksum while copying it into a new Snapshot. The error says why
// the file cannot be used (NotFound when there is none).
Result<std::shared_ptr<Snapshot>> read(const QString &path, const CacheKey &expected);

// The header only, checked for being a cache file of this RevAlign.
Result<CacheFileInfo> inspect(const QString &path);

// Removes the cache file and any temporary file a killed writer left.
Status remove(const QString &path);

} // namespace SnapshotCache

} // namespace ra

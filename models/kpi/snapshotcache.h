#pragma once
// The snapshot cache: a Snapshot's parts (snapshotcolumns.h) written to one
// file that the next open reads instead of the store's rows. The file is tied
// to one state of one store (CacheKey); a file that does not match, or is
// truncated, damaged, or written by another RevAlign or another kind of
// machine, is refused with the reason and the store is read as usual. See
// docs/decisions/snapshot-cache.md for the layout.
#include "core/result.h"
#include "store/datastate.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <atomic>
#include <limits>
#include <memory>

namespace ra {

class Snapshot;
struct Settings;
namespace detail {
struct HealthMatrix;
}

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

// The account-health matrix the engine builds for an as_of (the first page
// showing health keys needs it; 0.5 s of CPU at 5M leads), kept in the cache
// beside the snapshot for its default as_of. It is used only for that as_of
// and the very settings it was built with.
struct CachedHealth {
    qint64 asOf = std::numeric_limits<qint64>::max(); // kNever: none
    quint64 settings = 0; // SnapshotCache::settingsFingerprint() of the settings it was built with
    std::shared_ptr<const detail::HealthMatrix> matrix;
    bool fits(qint64 defaultAsOf, const Settings &current) const;
};

namespace SnapshotCache {

// A hash of every setting's value (Settings::keys()).
quint64 settingsFingerprint(const Settings &settings);

// Where the cache of the store at storePath lives: "<store>.snapcache" beside
// it when that folder can be written, else a file named after the store's
// path in the user's cache folder (a read-only or shared store).
QString pathFor(const QString &storePath);

// Writes the snapshot to path atomically: a temporary file beside it, then
// renamed over path; a crash of the program leaves the old file or none (a
// power cut may leave a torn file, which read() refuses by its checksums).
// `cancel` (may be null) stops the write and removes the temporary file.
// `health` (may be null) is stored with it when its matrix is set.
Status write(const Snapshot &snapshot, const CacheKey &key, const QString &path,
             const std::atomic<bool> *cancel = nullptr, const CachedHealth *health = nullptr);

// Reads and checks a cache file: its header against `expected`, then every
// part's checksum while copying it into a new Snapshot. The error says why
// the file cannot be used (NotFound when there is none). With `health`, the
// stored health matrix is read and checked too (left empty when the file has
// none); without, those sections are not read.
Result<std::shared_ptr<Snapshot>> read(const QString &path, const CacheKey &expected, CachedHealth *health = nullptr);

// The header only, checked for being a cache file of this RevAlign.
Result<CacheFileInfo> inspect(const QString &path);

// Removes the cache file and any temporary file a killed writer left.
Status remove(const QString &path);

} // namespace SnapshotCache

} // namespace ra

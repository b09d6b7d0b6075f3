#pragma once
// Store → settings → snapshot → engine in one call: the plumbing shared by
// the command line, the window and the PDF report, so that each of them
// computes the same numbers from the same load.
#include "core/progress.h"
#include "core/result.h"
#include "domain/settings.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace ra {

class KpiEngine;
class Snapshot;
class Store;

// A background write of the snapshot cache, on a thread of its own: the
// global pool's threads stay free for the engine and the quality checks. The
// destructor waits for it to end (a finished cache is worth the wait);
// cancel() first to drop it.
class CacheWrite {
public:
    explicit CacheWrite(std::function<Status(const std::atomic<bool> &cancel)> write);
    ~CacheWrite();
    CacheWrite(const CacheWrite &) = delete;
    CacheWrite &operator=(const CacheWrite &) = delete;

    void cancel() { m_cancel = true; }
    Status wait(); // the write's outcome

private:
    std::atomic<bool> m_cancel{false};
    Status m_outcome;
    std::thread m_thread; // last: starts after the members it uses exist
};

// Where a snapshot came from, for the About box and the status bar.
struct SnapshotOrigin {
    bool fromCache = false;
    QString cachePath;
    QString note;       // why the cache was not used; empty when it was
    qint64 loadMs = 0;  // reading the snapshot (cache or store)
    std::shared_ptr<CacheWrite> write; // the cache being written after a store load, if any
    QString describe() const;          // one sentence for people
};
// Reads settings and loads the snapshot of an open store. Run it on the
// thread that opened the store (one Store per thread).
Result<std::shared_ptr<const KpiEngine>> loadEngine(Store &store, const Progress &progress = {}); // percent of 100; false cancels

// Opens the store at path read-only, loads the engine and closes the store.
Result<std::shared_ptr<const KpiEngine>> loadEngine(const QString &storePath, const Progress &progress = {});

// The snapshot of an open store through its cache (SnapshotCache::pathFor):
// a cache that matches the store's schema and data version is read instead
// of the rows; otherwise the rows are read and a new cache is written on a
// pool thread (origin.write), never before this returns.
Result<std::shared_ptr<const Snapshot>> loadSnapshotCached(Store &store, SnapshotOrigin &origin,
                                                           const Progress &progress = {});

// loadEngine() through loadSnapshotCached(): the command line's verbs. Keep
// origin.write alive until the verb ends so that the cache is complete.
Result<std::shared_ptr<const KpiEngine>> loadEngineCached(Store &store, SnapshotOrigin &origin,
                                                          const Progress &progress = {});

} // namespace ra

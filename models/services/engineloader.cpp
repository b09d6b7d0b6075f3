#include "services/engineloader.h"

#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotcache.h"
#include "kpi/snapshotloader.h"
#include "store/datastate.h"
#include "store/settingsstore.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

CacheWrite::CacheWrite(QFuture<Status> done, std::shared_ptr<std::atomic<bool>> cancel)
    : m_done(std::move(done))
    , m_cancel(std::move(cancel))
{
}

CacheWrite::~CacheWrite() { m_done.waitForFinished(); }

Status CacheWrite::wait()
{
    m_done.waitForFinished();
    return m_done.result();
}

QString SnapshotOrigin::describe() const
{
    if (fromCache)
        return QStringLiteral("read from the snapshot cache %1 in %2 ms").arg(cachePath).arg(loadMs);
    QString s = QStringLiteral("read from the store in %1 ms").arg(loadMs);
    if (!note.isEmpty())
        s += QStringLiteral(" (cache not used: %1)").arg(note);
    return s;
}

Result<std::shared_ptr<const KpiEngine>> loadEngine(Store &store, const LoadProgress &progress)
{
    Result<Settings> settings = loadSettings(store);
    if (!settings)
        return settings.error();
    Result<std::shared_ptr<const Snapshot>> snapshot = SnapshotLoader::load(store, progress);
    if (!snapshot)
        return snapshot.error();
    return std::shared_ptr<const KpiEngine>(std::make_shared<KpiEngine>(std::move(snapshot.value()), settings.value()));
}

Result<std::shared_ptr<const KpiEngine>> loadEngine(const QString &storePath, const LoadProgress &progress)
{
    Result<std::unique_ptr<Store>> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    return loadEngine(*store.value(), progress);
}

Result<std::shared_ptr<const Snapshot>> loadSnapshotCached(Store &store, SnapshotOrigin &origin, const LoadProgress &progress)
{
    QElapsedTimer clock;
    clock.start();
    origin = {};
    origin.cachePath = SnapshotCache::pathFor(store.path());
    const Result<DataState> state = readDataState(store.handle());
    if (state) {
        const CacheKey key{store.schemaVersion(), state.value()};
        if (progress && !progress(0, QStringLiteral("cache")))
            return makeError(ErrorCode::Cancelled, QStringLiteral("loading was cancelled"));
        Result<std::shared_ptr<Snapshot>> cached = SnapshotCache::read(origin.cachePath, key);
        if (cached) {
            origin.fromCache = true;
            origin.loadMs = clock.elapsed();
            return std::shared_ptr<const Snapshot>(std::move(cached.value()));
        }
        origin.note = cached.error().code == ErrorCode::NotFound ? QStringLiteral("there was none") : cached.message();
    } else {
        origin.note = state.message();
    }

    Result<std::shared_ptr<const Snapshot>> snapshot = SnapshotLoader::load(store, progress);
    if (!snapshot)
        return snapshot.error();
    origin.loadMs = clock.elapsed();
    const std::shared_ptr<const Snapshot> loaded = snapshot.value();
    // Only a snapshot whose readers all saw one data version describes it.
    if (loaded->readAt) {
        const CacheKey key{store.schemaVersion(), *loaded->readAt};
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        QFuture<Status> done = QtConcurrent::run([loaded, key, path = origin.cachePath, cancel] {
            return SnapshotCache::write(*loaded, key, path, cancel.get());
        });
        origin.write = std::make_shared<CacheWrite>(std::move(done), cancel);
    }
    return loaded;
}

Result<std::shared_ptr<const KpiEngine>> loadEngineCached(Store &store, SnapshotOrigin &origin, const LoadProgress &progress)
{
    Result<Settings> settings = loadSettings(store);
    if (!settings)
        return settings.error();
    Result<std::shared_ptr<const Snapshot>> snapshot = loadSnapshotCached(store, origin, progress);
    if (!snapshot)
        return snapshot.error();
    return std::shared_ptr<const KpiEngine>(std::make_shared<KpiEngine>(std::move(snapshot.value()), settings.value()));
}

} // namespace ra

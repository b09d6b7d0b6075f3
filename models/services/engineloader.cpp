#include "services/engineloader.h"

#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotcache.h"
#include "kpi/snapshotloader.h"
#include "store/datastate.h"
#include "store/settingsstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QElapsedTimer>

namespace ra {

CacheWrite::CacheWrite(std::function<Status(const std::atomic<bool> &cancel)> write)
    : m_thread([this, write = std::move(write)] { m_outcome = write(m_cancel); })
{
}

CacheWrite::~CacheWrite()
{
    if (m_thread.joinable())
        m_thread.join();
}

Status CacheWrite::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_outcome;
}

QString SnapshotOrigin::describe() const
{
    if (fromCache)
        return QCoreApplication::translate("ra::Snapshot", "read from the snapshot cache %1 in %2 ms")
            .arg(cachePath, QLocale().toString(loadMs));
    QString s
        = QCoreApplication::translate("ra::Snapshot", "read from the store in %1 ms").arg(QLocale().toString(loadMs));
    if (!note.isEmpty())
        s += QCoreApplication::translate("ra::Snapshot", " (cache not used: %1)").arg(note);
    return s;
}

Result<std::shared_ptr<const KpiEngine>> loadEngine(Store &store, const Progress &progress)
{
    Result<Settings> settings = loadSettings(store);
    if (!settings)
        return settings.error();
    Result<std::shared_ptr<const Snapshot>> snapshot = SnapshotLoader::load(store, progress);
    if (!snapshot)
        return snapshot.error();
    return std::shared_ptr<const KpiEngine>(std::make_shared<KpiEngine>(std::move(snapshot.value()), settings.value()));
}

Result<std::shared_ptr<const KpiEngine>> loadEngine(const QString &storePath, const Progress &progress)
{
    Result<std::unique_ptr<Store>> store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    return loadEngine(*store.value(), progress);
}

Result<std::shared_ptr<const Snapshot>> loadSnapshotCached(Store &store, SnapshotOrigin &origin, const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    origin = {};
    origin.cachePath = SnapshotCache::pathFor(store.path());
    const Result<DataState> state = readDataState(store.handle());
    if (state) {
        const CacheKey key{store.schemaVersion(), state.value()};
        if (!reportProgress(progress, 0, 100, QStringLiteral("cache")))
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("ra::Snapshot", "loading was cancelled"));
        Result<std::shared_ptr<Snapshot>> cached = SnapshotCache::read(origin.cachePath, key);
        if (cached) {
            origin.fromCache = true;
            origin.loadMs = clock.elapsed();
            return std::shared_ptr<const Snapshot>(std::move(cached.value()));
        }
        origin.note = cached.error().code == ErrorCode::NotFound
            ? QCoreApplication::translate("ra::Snapshot", "there was none")
            : cached.message();
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
        origin.write = std::make_shared<CacheWrite>([loaded, key, path = origin.cachePath](const std::atomic<bool> &cancel) {
            return SnapshotCache::write(*loaded, key, path, &cancel);
        });
    }
    return loaded;
}

Result<std::shared_ptr<const KpiEngine>> loadEngineCached(Store &store, SnapshotOrigin &origin, const Progress &progress)
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

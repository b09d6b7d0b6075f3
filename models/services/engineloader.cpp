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
#include <optional>

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

namespace {

// The snapshot from its cache (with the health matrix kept there, when
// `health` is given), else from the store; starts no cache write.
Result<std::shared_ptr<const Snapshot>> readOrLoad(Store &store, SnapshotOrigin &origin, const Progress &progress,
                                                   CachedHealth *health)
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
        Result<std::shared_ptr<Snapshot>> cached = SnapshotCache::read(origin.cachePath, key, health);
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
    return snapshot;
}

// The key a new cache of this snapshot gets: only a snapshot loaded from the
// store whose readers all saw one data version describes it.
std::optional<CacheKey> keyToWrite(const Store &store, const Snapshot &snapshot, const SnapshotOrigin &origin)
{
    if (origin.fromCache || !snapshot.readAt)
        return std::nullopt;
    return CacheKey{store.schemaVersion(), *snapshot.readAt};
}

} // namespace

Result<std::shared_ptr<const Snapshot>> loadSnapshotCached(Store &store, SnapshotOrigin &origin, const Progress &progress)
{
    Result<std::shared_ptr<const Snapshot>> snapshot = readOrLoad(store, origin, progress, nullptr);
    if (!snapshot)
        return snapshot.error();
    const std::shared_ptr<const Snapshot> loaded = snapshot.value();
    if (const std::optional<CacheKey> key = keyToWrite(store, *loaded, origin))
        origin.write = std::make_shared<CacheWrite>([loaded, key = *key, path = origin.cachePath](const std::atomic<bool> &cancel) {
            return SnapshotCache::write(*loaded, key, path, &cancel);
        });
    return loaded;
}

Result<std::shared_ptr<const KpiEngine>> loadEngineCached(Store &store, SnapshotOrigin &origin, const Progress &progress)
{
    Result<Settings> settings = loadSettings(store);
    if (!settings)
        return settings.error();
    CachedHealth health;
    Result<std::shared_ptr<const Snapshot>> snapshot = readOrLoad(store, origin, progress, &health);
    if (!snapshot)
        return snapshot.error();
    auto engine = std::make_shared<KpiEngine>(snapshot.value(), settings.value());
    if (health.fits(engine->defaultAsOf(), engine->settings()))
        engine->adoptHealth(health.asOf, std::move(health.matrix));
    if (const std::optional<CacheKey> key = keyToWrite(store, *snapshot.value(), origin))
        origin.write = std::make_shared<CacheWrite>([engine, key = *key, path = origin.cachePath](const std::atomic<bool> &cancel) {
            // The first page with health keys needs this matrix too: whichever
            // asks first builds it, the other waits for it.
            CachedHealth kept{engine->defaultAsOf(), SnapshotCache::settingsFingerprint(engine->settings()), nullptr};
            if (!cancel)
                kept.matrix = engine->healthMatrix(kept.asOf);
            return SnapshotCache::write(engine->snapshot(), key, path, &cancel, &kept);
        });
    return std::shared_ptr<const KpiEngine>(std::move(engine));
}

} // namespace ra

#include "services/engineloader.h"

#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotloader.h"
#include "store/settingsstore.h"
#include "store/store.h"

namespace ra {

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

} // namespace ra

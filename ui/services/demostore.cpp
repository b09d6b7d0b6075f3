#include "services/demostore.h"

#include "services/demogenerator.h"
#include "store/store.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

namespace {

// On a pool thread, with the thread's own Store connection.
std::optional<Error> writeDemo(const QString &path)
{
    Result<std::unique_ptr<Store>> store = Store::open(path, Store::Mode::ReadWrite);
    if (!store)
        return store.error();
    Result<bool> has = DemoGenerator::hasData(**store);
    if (!has)
        return has.error();
    if (*has)
        return std::nullopt; // an existing demo (or any filled store) is opened as it is
    DemoOptions options;
    options.leads = DemoStoreService::kDemoLeads;
    options.seed = 1;
    // Up to yesterday, so that the dashboard's default period is a full month of demo data.
    options.end = QDateTime::currentDateTimeUtc().date().addDays(-1);
    Result<DemoSummary> summary = DemoGenerator::generate(**store, options);
    if (!summary)
        return summary.error();
    return std::nullopt;
}

} // namespace

DemoStoreService::DemoStoreService(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::optional<Error>>::finished, this, &DemoStoreService::finished);
}

DemoStoreService::~DemoStoreService()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void DemoStoreService::ensureDemoStore(const QString &path)
{
    if (m_watcher.isRunning())
        return;
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run(writeDemo, path));
}

void DemoStoreService::finished()
{
    const std::optional<Error> error = m_watcher.result();
    if (error)
        Q_EMIT failed(*error, m_path);
    else
        Q_EMIT ready(m_path);
}

} // namespace ra

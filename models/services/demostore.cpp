#include "services/demostore.h"

#include "demo/demogenerator.h"
#include "store/store.h"

#include <QDateTime>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

namespace {

// On a pool thread, with the thread's own Store connection.
std::optional<Error> generateDemo(QPromise<std::optional<Error>> &promise, const QString &path)
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
    int lastPercent = -1;
    options.progress = [&promise, &lastPercent](qint64 done, qint64 total, const QString &) {
        const int percent = total > 0 ? qBound(0, int(done * 100 / total), 100) : 100;
        if (percent != lastPercent)
            promise.setProgressValue(lastPercent = percent);
        return !promise.isCanceled();
    };
    options.leads = DemoStoreService::kDemoLeads;
    options.seed = 1;
    // Up to yesterday, so that the dashboard's default period is a full month of demo data.
    options.end = QDateTime::currentDateTimeUtc().date().addDays(-1);
    Result<DemoSummary> summary = DemoGenerator::generate(**store, options);
    if (!summary)
        return summary.error();
    return std::nullopt;
}

void writeDemo(QPromise<std::optional<Error>> &promise, const QString &path)
{
    promise.setProgressRange(0, 100);
    promise.addResult(generateDemo(promise, path));
}

} // namespace

DemoStoreService::DemoStoreService(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::optional<Error>>::finished, this, &DemoStoreService::finished);
    connect(&m_watcher, &QFutureWatcher<std::optional<Error>>::progressValueChanged, this, &DemoStoreService::progress);
}

DemoStoreService::~DemoStoreService()
{
    m_watcher.disconnect(this);
    m_watcher.cancel(); // the generator rolls back: no half-written demo store
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
    const std::optional<Error> error = m_watcher.future().resultCount() > 0
                                           ? m_watcher.result()
                                           : std::optional<Error>(makeError(ErrorCode::Cancelled, tr("cancelled")));
    if (error)
        Q_EMIT failed(*error, m_path);
    else
        Q_EMIT ready(m_path);
}

} // namespace ra

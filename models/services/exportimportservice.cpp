#include "services/exportimportservice.h"

#include "exports/sourcestore.h"
#include "store/store.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {
namespace {

// On a pool thread: a QSqlDatabase connection belongs to the thread that opened it.
void runExports(QPromise<ExportImportOutcome> &promise, const QStringList &paths, ExportImportOptions options,
                const QString &storePath, bool dryRun)
{
    ExportImportOutcome outcome;
    outcome.dryRun = dryRun;
    promise.setProgressRange(0, 100);
    auto store = Store::open(storePath, Store::Mode::ReadWrite);
    if (!store) {
        outcome.error = store.error();
        promise.addResult(std::move(outcome));
        return;
    }
    options.dryRun = dryRun;
    int last = -1;
    options.progress = [&promise, &last](qint64 done, qint64 total, const QString &) {
        const int percent = total > 0 ? qBound(0, int(done * 100 / total), 100) : 100;
        if (percent != last)
            promise.setProgressValue(last = percent);
        return !promise.isCanceled();
    };
    auto summary = ExportImporter(**store).run(paths, options);
    if (!summary)
        outcome.error = summary.error();
    else
        outcome.summary = std::move(*summary);
    promise.addResult(std::move(outcome));
}

} // namespace

ExportImportService::ExportImportService(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ExportImportOutcome>::progressValueChanged, this, &ExportImportService::progress);
    connect(&m_watcher, &QFutureWatcher<ExportImportOutcome>::finished, this, [this] {
        const QFuture<ExportImportOutcome> f = m_watcher.future();
        ExportImportOutcome outcome;
        if (f.resultCount() > 0)
            outcome = f.result();
        else
            outcome.error = makeError(ErrorCode::Cancelled, tr("The import was cancelled; the store is unchanged."));
        Q_EMIT finished(outcome);
    });
}

ExportImportService::~ExportImportService()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ExportImportService::run(const QStringList &paths, ExportImportOptions options, const QString &storePath, bool dryRun)
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run(runExports, paths, std::move(options), storePath, dryRun));
}

void ExportImportService::cancel() { m_watcher.cancel(); }

Status ExportImportService::confirmMatch(const QString &storePath, const QString &source, const QString &externalId,
                                         const QString &accountId)
{
    auto store = Store::open(storePath, Store::Mode::ReadWrite);
    if (!store)
        return store.error();
    return sourcestore::confirmMatch(**store, source, externalId, accountId, true);
}

} // namespace ra

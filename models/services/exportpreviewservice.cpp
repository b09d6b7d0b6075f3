#include "services/exportpreviewservice.h"

#include "exports/exportimporter.h"
#include "exports/sourcestore.h"
#include "store/store.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ra {
namespace {

// On a pool thread: a QSqlDatabase connection belongs to the thread that opened it.
PreviewOutcome previewAll(const QStringList &paths, const QString &storePath, const QString &from,
                          const std::shared_ptr<std::atomic_bool> &cancel)
{
    PreviewOutcome out;
    auto store = Store::open(storePath, Store::Mode::ReadWrite);
    if (!store) {
        out.errors << store.message();
        return out;
    }
    auto all = ExportImporter(**store).mappings();
    if (!all) {
        out.errors << all.message();
        return out;
    }
    auto mappings = std::make_shared<std::vector<Mapping>>(std::move(*all));
    std::vector<const Mapping *> candidates;
    for (const Mapping &m : *mappings)
        if (from.isEmpty() || from == QLatin1String("auto") || m.source == from || m.name == from)
            candidates.push_back(&m);
    auto files = listExportFiles(paths);
    if (!files) {
        out.errors << files.message();
        return out;
    }
    const Progress progress = [cancel](qint64, qint64, const QString &) { return !cancel->load(); };
    for (const QString &file : files->named + files->inFolder) {
        auto p = previewExport(file, candidates, progress);
        if (!p && p.error().code == ErrorCode::Cancelled)
            break;
        if (p) {
            p->named = files->named.contains(file);
            out.files.push_back(std::move(*p));
        } else
            out.errors << p.message();
    }
    out.mappings = std::move(mappings);
    return out;
}

} // namespace

ExportPreviewService::ExportPreviewService(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<PreviewOutcome>::finished, this, [this] {
        const QFuture<PreviewOutcome> f = m_watcher.future();
        Q_EMIT finished(f.resultCount() > 0 ? f.result() : PreviewOutcome{});
    });
}

ExportPreviewService::~ExportPreviewService()
{
    m_watcher.disconnect(this);
    cancel();
    m_watcher.waitForFinished();
}

void ExportPreviewService::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportPreviewService::run(const QStringList &paths, const QString &storePath, const QString &from)
{
    if (m_watcher.isRunning()) {
        // Files chosen again (Back, then Next): the old preview is dropped.
        cancel();
        m_watcher.waitForFinished();
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(previewAll, paths, storePath, from, m_cancel));
}

Status ExportPreviewService::saveMapping(const QString &storePath, const Mapping &mapping)
{
    auto store = Store::open(storePath, Store::Mode::ReadWrite);
    if (!store)
        return store.error();
    return sourcestore::saveMapping(**store, mapping);
}

} // namespace ra

#pragma once
// The window's mapping step: reads the first records of each export file on a
// worker thread (the encoding check reads whole files) with the mappings
// known to the store, and saves a mapping the user made.
#include "core/result.h"
#include "exports/exportpreview.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace ra {

struct PreviewOutcome {
    std::shared_ptr<const std::vector<Mapping>> mappings; // shipped and saved ones; the previews point into them
    std::vector<ExportPreview> files;
    QStringList errors; // files that cannot be read, one line each
};

class ExportPreviewService : public QObject {
    Q_OBJECT
public:
    explicit ExportPreviewService(QObject *parent = nullptr);
    ~ExportPreviewService() override; // cancels and waits for a running preview

    // Files and folders as the import takes them (a preview still running is
    // cancelled and dropped); from: "auto", a source
    // ("hubspot") or a mapping name, the candidates as the import takes them.
    void run(const QStringList &paths, const QString &storePath, const QString &from = QStringLiteral("auto"));
    bool isBusy() const { return m_watcher.isRunning(); }
    void cancel(); // finished() then reports what was read before
    // A small write on the calling thread: one row of source_mappings, where
    // `revalign mapping list` and recognition find it.
    static Status saveMapping(const QString &storePath, const Mapping &mapping);

Q_SIGNALS:
    void finished(const ra::PreviewOutcome &outcome);

private:
    QFutureWatcher<PreviewOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel; // read by the worker between chunks
};

} // namespace ra

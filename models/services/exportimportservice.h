#pragma once
// Runs ExportImporter on a worker thread with its own Store connection: a dry
// run for the wizard's check page and the real import, both with progress
// and cancel; and saves a match the user confirms.
#include "core/result.h"
#include "exports/exportimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>

namespace ra {

struct ExportImportOutcome {
    bool dryRun = true;
    std::optional<Error> error; // nothing imported (Cancelled included)
    ExportImportSummary summary;
};

class ExportImportService : public QObject {
    Q_OBJECT
public:
    explicit ExportImportService(QObject *parent = nullptr);
    ~ExportImportService() override; // cancels and waits for a running import

    // options.dryRun and progress (which also cancels) are set by the service.
    void run(const QStringList &paths, ExportImportOptions options, const QString &storePath, bool dryRun);
    void cancel();
    bool isBusy() const { return m_watcher.isRunning(); }
    // A small write on the calling thread: one row of account_matches.
    static Status confirmMatch(const QString &storePath, const QString &source, const QString &externalId, const QString &accountId);

Q_SIGNALS:
    void progress(int percent);
    void finished(const ra::ExportImportOutcome &outcome);

private:
    QFutureWatcher<ExportImportOutcome> m_watcher;
};

} // namespace ra

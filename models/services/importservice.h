#pragma once
// Runs the importer on a worker thread with its own Store connection: a dry
// run for the preview (counts and rejections per file, nothing written) and
// the real import, both with progress and cancel.
#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace ra {

struct ImportFileReport {
    QString file;          // "leads.csv"
    qint64 rows = 0;       // data rows read
    qint64 accepted = 0;
    qint64 rejected = 0;
    QStringList problems;  // first few rejections and warnings, "line 12, created_at: …"
};

struct ImportOutcome {
    bool dryRun = true;
    std::vector<ImportFileReport> files;
    std::optional<Error> error; // the import did not run or was rolled back (Cancelled included)
    qint64 accepted() const;
    qint64 rejected() const;
};

class ImportService : public QObject {
    Q_OBJECT
public:
    explicit ImportService(QObject *parent = nullptr);
    ~ImportService() override; // cancels and waits for a running import

    void preview(const QString &bundleFolder, const QString &storePath);
    void import(const QString &bundleFolder, const QString &storePath);
    void cancel();
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progress(int percent, const QString &stage);
    void finished(const ra::ImportOutcome &outcome);

private:
    void start(const QString &bundleFolder, const QString &storePath, bool dryRun);

    QFutureWatcher<ImportOutcome> m_watcher;
};

} // namespace ra

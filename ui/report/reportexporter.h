#pragma once
// File → Export PDF report…: asks where to save, computes the report's
// content on a worker thread (engine only, no store), then paints the pages
// on the GUI thread one per event-loop turn (the charts are Qt Charts scenes,
// which may only be drawn there) with a cancellable progress dialog, and
// offers to open the file when done.
#include "pages/dashboardcontext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPageSize>
#include <QPointer>
#include <memory>

class QProgressDialog;
class QWidget;

namespace ra {

struct ReportContent;
class ReportWriter;

class ReportExporter : public QObject {
    Q_OBJECT
public:
    explicit ReportExporter(QWidget *parentWindow);
    ~ReportExporter() override;

    // The store's file, for the report's header (its base name).
    void setStorePath(const QString &path) { m_storePath = path; }
    // Without dialogs (tests, scripted use): writes to outPath and emits finished or failed.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // Asks for a file name (interactive) and starts; a second call while busy is ignored.
    void exportReport(const DashboardContext &context, const QString &outPath = {});
    bool isBusy() const { return m_busy; }
    void cancel();

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished(const QString &path);
    void failed(const QString &message);

private:
    void contentReady();
    void paintNextPage();
    void fail(const QString &message);
    void done();

    QPointer<QWidget> m_window;
    QString m_storePath;
    bool m_interactive = true;
    bool m_busy = false;
    QString m_outPath;
    QPageSize m_pageSize;
    QFutureWatcher<std::shared_ptr<ReportContent>> m_watcher;
    std::shared_ptr<ReportContent> m_content;
    std::unique_ptr<ReportWriter> m_writer;
    QPointer<QProgressDialog> m_progress;
    int m_nextPage = 0;
};

} // namespace ra

#include "report/reportexporter.h"

#include "kpi/kpiengine.h"
#include "quality/dataquality.h"
#include "report/reportmodel.h"
#include "report/reportwriter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

namespace {
constexpr int kSteps = 1 + 6 + 1; // content, pages, commit
}

ReportExporter::ReportExporter(QWidget *parentWindow) : QObject(parentWindow), m_window(parentWindow)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<ReportContent>>::finished, this,
            &ReportExporter::contentReady);
}

ReportExporter::~ReportExporter()
{
    m_watcher.waitForFinished(); // the worker only reads the engine it holds a reference to
}

void ReportExporter::exportReport(const DashboardContext &context, const QString &outPath)
{
    if (m_busy)
        return;
    if (!context.engine || !context.period.isValid()) {
        fail(tr("Open a store and choose a period before exporting a report."));
        return;
    }
    m_outPath = outPath;
    if (m_interactive && m_outPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested = QDir(dir).filePath(QStringLiteral("revalign-report-%1.pdf").arg(context.period.key()));
        m_outPath = QFileDialog::getSaveFileName(m_window, tr("Export PDF report"), suggested,
                                                 tr("PDF documents (*.pdf)"));
        if (m_outPath.isEmpty()) {
            Q_EMIT failed(tr("Cancelled")); // the user changed their mind; lets the owner clean up
            return;
        }
        if (!m_outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            m_outPath += QLatin1String(".pdf");
    }
    if (m_outPath.isEmpty()) {
        fail(tr("No file name given for the report."));
        return;
    }
    m_busy = true;
    m_pageSize = defaultReportPageSize();
    m_nextPage = 0;
    if (m_interactive) {
        m_progress = new QProgressDialog(tr("Writing the PDF report…"), tr("Cancel"), 0, kSteps, m_window);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &ReportExporter::cancel);
        m_progress->setValue(0);
    }
    Q_EMIT progressChanged(0, kSteps);

    ReportRequest request;
    request.period = context.period;
    request.filters = context.filters;
    request.asOf = context.asOf;
    request.storeName = m_storePath.isEmpty() ? tr("RevAlign") : QFileInfo(m_storePath).completeBaseName();
    // The window ran the data-quality checks when it loaded the store; no SQL here.
    if (context.quality)
        request.dataQualityWarnings = context.quality->warnings();
    // The engine is immutable and shared: the worker reads it while the window
    // keeps working on it; holding the shared_ptr keeps it alive.
    std::shared_ptr<const KpiEngine> engine = context.engine;
    m_watcher.setFuture(QtConcurrent::run([engine, request]() {
        return std::make_shared<ReportContent>(buildReportContent(*engine, request));
    }));
}

void ReportExporter::contentReady()
{
    if (!m_busy)
        return; // cancelled while computing
    m_content = m_watcher.result();
    m_writer = std::make_unique<ReportWriter>(*m_content, m_pageSize);
    if (Status s = m_writer->begin(m_outPath); !s) {
        fail(s.message());
        return;
    }
    Q_EMIT progressChanged(1, kSteps);
    if (m_progress)
        m_progress->setValue(1);
    QTimer::singleShot(0, this, &ReportExporter::paintNextPage);
}

void ReportExporter::paintNextPage()
{
    if (!m_busy || !m_writer)
        return;
    if (Status s = m_writer->paintPage(m_nextPage); !s) {
        fail(s.message());
        return;
    }
    ++m_nextPage;
    Q_EMIT progressChanged(1 + m_nextPage, kSteps);
    if (m_progress)
        m_progress->setValue(1 + m_nextPage);
    if (m_nextPage < ReportWriter::pageCount()) {
        QTimer::singleShot(0, this, &ReportExporter::paintNextPage);
        return;
    }
    if (Status s = m_writer->finish(); !s) {
        fail(s.message());
        return;
    }
    done();
}

void ReportExporter::cancel()
{
    if (!m_busy)
        return;
    if (m_writer)
        m_writer->cancel();
    m_writer.reset();
    m_content.reset();
    m_busy = false;
    if (m_progress)
        m_progress->deleteLater();
    Q_EMIT failed(tr("Cancelled"));
}

void ReportExporter::fail(const QString &message)
{
    if (m_writer)
        m_writer->cancel();
    m_writer.reset();
    m_content.reset();
    m_busy = false;
    if (m_progress)
        m_progress->deleteLater();
    if (m_interactive)
        QMessageBox::warning(m_window, tr("Export PDF report"), tr("The report was not written: %1").arg(message));
    Q_EMIT failed(message);
}

void ReportExporter::done()
{
    m_writer.reset();
    m_content.reset();
    m_busy = false;
    if (m_progress)
        m_progress->deleteLater();
    const QString path = m_outPath;
    if (m_interactive) {
        const auto answer = QMessageBox::question(
            m_window, tr("Export PDF report"),
            tr("The report was written to %1.\n\nOpen it now?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
        if (answer == QMessageBox::Open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
    Q_EMIT finished(path); // last: the owner may delete the exporter on it
}

} // namespace ra

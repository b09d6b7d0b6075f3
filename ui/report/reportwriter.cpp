#include "report/reportwriter.h"

#include "report/reportcharts.h"
#include "report/reportmodel.h"
#include "report/reportpages.h"
#include "report/reportpainter.h"
#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace ra {

QPageSize defaultReportPageSize()
{
    return QPageSize(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                        : QPageSize::A4);
}

Result<QPageSize> parseReportPageSize(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (t.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return makeError(ErrorCode::Usage, QStringLiteral("unknown page size '%1' (use A4 or Letter)").arg(text));
}

struct ReportWriter::Private {
    Private(const ReportContent &c, const QPageSize &size) : content(c), pageSize(size) {}
    const ReportContent &content;
    QPageSize pageSize;
    QSaveFile file;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<ReportCharts> charts;
    QPainter painter;
    int nextPage = 0;
    bool open = false;
};

ReportWriter::ReportWriter(const ReportContent &content, const QPageSize &pageSize)
    : d(std::make_unique<Private>(content, pageSize))
{
}

ReportWriter::~ReportWriter() { cancel(); }

int ReportWriter::pageCount() { return kReportPageCount; }

Status ReportWriter::begin(const QString &path)
{
    cancel();
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: it is a folder").arg(path));
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::ReadOnly,
                         QStringLiteral("cannot write %1: %2").arg(path, d->file.errorString()));
    }
    d->writer = std::make_unique<QPdfWriter>(&d->file);
    d->writer->setPageSize(d->pageSize);
    d->writer->setPageOrientation(QPageLayout::Portrait);
    d->writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    d->writer->setResolution(reportstyle::kResolution);
    d->writer->setTitle(QCoreApplication::translate("ra::Report", "RevAlign stand-up report — %1 — %2")
                            .arg(d->content.storeName, d->content.periodLabel));
    d->writer->setCreator(QStringLiteral("RevAlign %1").arg(QStringLiteral(RA_VERSION_STRING)));
    if (!d->painter.begin(d->writer.get())) {
        d->writer.reset();
        d->file.cancelWriting();
        return makeError(ErrorCode::Io, QStringLiteral("cannot start a PDF in %1").arg(path));
    }
    d->charts = std::make_unique<ReportCharts>(d->content);
    d->nextPage = 0;
    d->open = true;
    return {};
}

Status ReportWriter::paintPage(int index)
{
    if (!d->open || index != d->nextPage || index >= kReportPageCount)
        return makeError(ErrorCode::Internal, QStringLiteral("report page %1 painted out of order").arg(index + 1));
    if (index > 0 && !d->writer->newPage())
        return makeError(ErrorCode::Io, QStringLiteral("cannot add page %1 to the PDF").arg(index + 1));
    const QRectF paper(QPointF(0, 0), QSizeF(d->writer->width(), d->writer->height()));
    d->painter.save();
    const QRectF body = paintPageFrame(d->painter, paper, d->content, reportPageTitle(index), index + 1,
                                       kReportPageCount);
    paintReportPage(d->painter, body, d->content, *d->charts, index);
    d->painter.restore();
    ++d->nextPage;
    return {};
}

Status ReportWriter::finish()
{
    if (!d->open || d->nextPage != kReportPageCount)
        return makeError(ErrorCode::Internal, QStringLiteral("report finished before its last page"));
    d->painter.end();
    d->writer.reset();
    d->charts.reset();
    d->open = false;
    if (!d->file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(d->file.fileName(), d->file.errorString()));
    return {};
}

void ReportWriter::cancel()
{
    if (!d->open)
        return;
    d->painter.end();
    d->writer.reset();
    d->charts.reset();
    d->file.cancelWriting();
    d->file.commit(); // with cancelWriting() this only removes the temporary file
    d->open = false;
}

Status writeReportPdf(const ReportContent &content, const QString &path, const QPageSize &pageSize)
{
    ReportWriter writer(content, pageSize);
    if (Status s = writer.begin(path); !s)
        return s;
    for (int i = 0; i < ReportWriter::pageCount(); ++i)
        if (Status s = writer.paintPage(i); !s)
            return s;
    return writer.finish();
}

} // namespace ra

#pragma once
// Writes a ReportContent as a vector PDF: QPdfWriter + QPainter on a
// QSaveFile, so the file appears under its name only once it is complete and
// a failure leaves nothing behind. Pages can be painted one at a time so the
// window can spread the work over several event-loop turns (the charts are
// Qt Charts scenes, which must be drawn on the GUI thread).
#include "core/result.h"

#include <QPageSize>
#include <QString>
#include <memory>

namespace ra {

struct ReportContent;

// A4, or Letter where the system locale measures in US units.
QPageSize defaultReportPageSize();
// "A4" / "Letter" (case-insensitive); anything else is a usage error.
Result<QPageSize> parseReportPageSize(const QString &text);

class ReportWriter {
public:
    ReportWriter(const ReportContent &content, const QPageSize &pageSize);
    ~ReportWriter(); // cancels an unfinished file
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    Status begin(const QString &path);
    static int pageCount();
    Status paintPage(int index); // in order, 0-based
    Status finish();             // commits the file
    void cancel();               // drops the temporary file

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// begin + every page + finish, in one call.
Status writeReportPdf(const ReportContent &content, const QString &path, const QPageSize &pageSize);

} // namespace ra

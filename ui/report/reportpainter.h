#pragma once
// Drawing helpers shared by the report's pages: the header and footer every
// page carries, tables, figure strips and chart frames. Pure QPainter, so
// they work on a QPdfWriter page, a QImage or a printer alike.
#include "report/kpiformat.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

class QPainter;

namespace ra {

struct ReportContent;
class ChartPainter;

// Header (title, store, period, as_of, filters) and footer (period, page
// n of m); returns the rectangle left for the page body.
QRectF paintPageFrame(QPainter &p, const QRectF &paper, const ReportContent &content, const QString &title,
                      int pageNumber, int pageCount);

struct ReportTable {
    QStringList header;
    std::vector<qreal> widths;                // relative column widths
    std::vector<Qt::Alignment> alignments;    // per column
    std::vector<QStringList> rows;
    std::vector<bool> sectionRows;            // a row that titles a group (one cell, bold)
    int highlightRow = -1;                    // set in bold (e.g. the persona the report is filtered to)
};

// Draws the table from the top of area with the given row height; returns the height used.
qreal paintTable(QPainter &p, const QRectF &area, const ReportTable &table, qreal rowHeight, qreal pointSize);

// A grid of small "label / value" tiles; returns the height used.
qreal paintFigures(QPainter &p, const QRectF &area, const std::vector<std::pair<QString, QString>> &figures,
                   int columns);

// A titled frame holding a chart; a missing chart leaves a note rather than a hole.
void paintChartFrame(QPainter &p, const QRectF &area, const QString &title, const ChartPainter *chart);

// Up/down triangle coloured by better/worse, centred in the square box.
void paintChangeArrow(QPainter &p, const QRectF &box, bool up, ChangeDirection direction);

// A section title with a rule under it; returns the height used.
qreal paintSectionTitle(QPainter &p, const QRectF &area, const QString &title);

} // namespace ra

#pragma once
// The grid both heatmaps (cohort retention, white space) are drawn on: row
// labels on the left, a header row of column labels on top, the colour scale
// below, and the cells in between.
#include <QRectF>

class QFontMetricsF;

namespace ra {

struct HeatmapGrid {
    QRectF grid; // the cells
    qreal labelW = 0, headerH = 0, cellW = 0, cellH = 0;
    int columns = 0, rows = 0;

    // Fits columns × rows cells into target under a header row and above the
    // scale; labelW is the row labels' width with their gap; no cell is
    // taller than maxCellH.
    static HeatmapGrid fit(const QRectF &target, const QFontMetricsF &fm, qreal labelW, int columns, int rows,
                           qreal maxCellH);
    // The cell under pos; false when pos is outside every cell.
    bool cellAt(const QPointF &pos, int &row, int &column) const;
    qreal rowTop(int row) const { return grid.top() + qreal(row) * cellH; }
    qreal columnLeft(int column) const { return grid.left() + qreal(column) * cellW; }
};

} // namespace ra

#include "charts/heatmapgrid.h"

#include <QFontMetricsF>
#include <algorithm>

namespace ra {

HeatmapGrid HeatmapGrid::fit(const QRectF &target, const QFontMetricsF &fm, qreal labelW, int columns, int rows,
                             qreal maxCellH)
{
    HeatmapGrid g;
    g.labelW = labelW;
    g.columns = columns;
    g.rows = rows;
    g.headerH = fm.height() * 1.6;
    const qreal scaleH = fm.height() * 1.6;
    g.grid = QRectF(target.left() + labelW, target.top() + g.headerH, target.width() - labelW,
                    target.height() - g.headerH - scaleH);
    g.cellW = columns > 0 ? g.grid.width() / qreal(columns) : 0;
    g.cellH = rows > 0 ? std::min(g.grid.height() / qreal(rows), maxCellH) : 0;
    return g;
}

bool HeatmapGrid::cellAt(const QPointF &pos, int &row, int &column) const
{
    if (!grid.contains(pos) || cellW <= 0 || cellH <= 0)
        return false;
    row = int((pos.y() - grid.top()) / cellH);
    column = int((pos.x() - grid.left()) / cellW);
    return row >= 0 && row < rows && column >= 0 && column < columns;
}

} // namespace ra

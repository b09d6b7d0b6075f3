#include "charts/paintedchart.h"

#include <QPainter>

namespace ra {

QString PaintedChart::toolTipAt(const QRectF &, const QPointF &) const { return {}; }

void PaintedChart::paintEmpty(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.setPen(m_colours.muted);
    painter.drawText(target, Qt::AlignCenter, QStringLiteral("No data for this selection"));
    painter.restore();
}

} // namespace ra

#include "charts/paintedchart.h"

#include <QCoreApplication>
#include <QPainter>

namespace ra {

QString PaintedChart::toolTipAt(const QRectF &, const QPointF &) const { return {}; }

void PaintedChart::paintEmpty(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.setPen(m_colours.muted);
    painter.drawText(target, Qt::AlignCenter, QCoreApplication::translate("ra::Charts", "No data for this selection"));
    painter.restore();
}

bool PaintedChart::beginPaint(QPainter &painter, const QRectF &target) const
{
    if (isEmpty()) {
        paintEmpty(painter, target);
        return false;
    }
    painter.save();
    painter.fillRect(target, m_colours.background);
    return true;
}

} // namespace ra

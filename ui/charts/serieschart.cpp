#include "charts/serieschart.h"

#include "charts/chartbuilder.h"

#include <QCoreApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace ra {

SeriesChart::SeriesChart(ChartSpec spec, ChartColours colours) : m_spec(std::move(spec)), m_colours(colours) {}

void SeriesChart::paintChart(QPainter &painter, const QRectF &target) const
{
    QGraphicsScene scene;
    QChart *chart = buildChart(m_spec, m_colours);
    if (m_spec.isEmpty())
        chart->setTitle(QCoreApplication::translate("ra::Charts", "No data for this selection"));
    scene.addItem(chart); // the scene owns and deletes the chart
    const QRectF local(QPointF(0, 0), target.size());
    chart->setGeometry(local);
    scene.setSceneRect(local);
    scene.render(&painter, target, local);
}

} // namespace ra

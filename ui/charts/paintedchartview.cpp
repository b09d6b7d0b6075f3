#include "charts/paintedchartview.h"

#include "charts/chartdata.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace ra {

PaintedChartView::PaintedChartView(std::unique_ptr<PaintedChart> chart, QWidget *parent)
    : QWidget(parent), m_chart(std::move(chart))
{
    setMinimumSize(320, 220);
    installShowData(this, [this] { return m_chart ? m_chart->dataTable() : ChartTable{}; });
    if (m_chart)
        describeChart(this, m_chart->dataTable());
}

PaintedChartView::~PaintedChartView() = default;

void PaintedChartView::setChart(std::unique_ptr<PaintedChart> chart)
{
    m_chart = std::move(chart);
    chartChanged();
}

void PaintedChartView::chartChanged()
{
    if (m_chart)
        describeChart(this, m_chart->dataTable());
    update();
}

void PaintedChartView::paintChart(QPainter &painter, const QRectF &target) const
{
    if (!m_chart)
        return;
    const ChartColours screen = m_chart->colours();
    m_chart->setColours(paperChartColours());
    m_chart->paintChart(painter, target);
    m_chart->setColours(screen);
}

void PaintedChartView::paintEvent(QPaintEvent *)
{
    if (!m_chart)
        return;
    QPainter painter(this);
    const QPalette &p = palette();
    QColor grid = p.color(QPalette::Mid);
    grid.setAlphaF(0.5);
    m_chart->setColours({p.color(QPalette::Base), p.color(QPalette::Text), p.color(QPalette::PlaceholderText), grid});
    m_chart->paintChart(painter, QRectF(rect()).adjusted(8, 8, -8, -8));
    paintFocusRing(painter, this, rect());
}


bool PaintedChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_chart) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_chart->toolTipAt(QRectF(rect()).adjusted(8, 8, -8, -8), help->pos());
        QToolTip::showText(help->globalPos(), text.isEmpty() ? toolTip() : text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace ra

#include "charts/chartview.h"

#include "charts/chartbuilder.h"
#include "charts/chartdata.h"
#include "charts/serieschart.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLineSeries>
#include <QToolTip>

#include <cmath>

namespace ra {

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    setFrameShape(QFrame::NoFrame);
    installShowData(this, [this] { return chartTable(m_spec); });
    rebuild();
}

ChartView::~ChartView() = default;

void ChartView::setSpec(ChartSpec spec)
{
    m_spec = std::move(spec);
    setToolTip(m_spec.definition);
    describeChart(this, chartTable(m_spec));
    rebuild();
}

void ChartView::paintChart(QPainter &painter, const QRectF &target) const
{
    SeriesChart(m_spec).paintChart(painter, target);
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    painter->save();
    painter->resetTransform(); // viewport coordinates
    paintFocusRing(*painter, this, viewport()->rect());
    painter->restore();
}


ChartColours ChartView::paletteColours() const
{
    const QPalette &p = palette();
    QColor grid = p.color(QPalette::Mid);
    grid.setAlphaF(0.5);
    return {p.color(QPalette::Base), p.color(QPalette::Text), p.color(QPalette::PlaceholderText), grid};
}

void ChartView::rebuild()
{
    QChart *old = chart();
    QChart *built = buildChart(m_spec, paletteColours());
    if (m_spec.isEmpty()) {
        built->setTitle(tr("No data for this selection"));
        built->setTitleBrush(paletteColours().muted);
    }
    setChart(built);
    delete old; // setChart() releases, not deletes, the previous chart

    // Map each Qt series back to its spec series for hover texts.
    int barSpec = 0, lineSpec = 0;
    auto nextSpecIndex = [this](int &from, SeriesKind kind) {
        while (from < static_cast<int>(m_spec.series.size()) && m_spec.series[static_cast<size_t>(from)].kind != kind)
            ++from;
        return from++;
    };
    for (QAbstractSeries *series : built->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                const int si = nextSpecIndex(barSpec, SeriesKind::Bar);
                connect(set, &QBarSet::hovered, this, [this, si](bool on, int index) {
                    if (on)
                        QToolTip::showText(QCursor::pos(),
                                           chartValueText(m_spec, si, chartCategoryIndex(m_spec, index)), this);
                });
                connect(set, &QBarSet::clicked, this, [this](int index) {
                    const int category = chartCategoryIndex(m_spec, index);
                    Q_EMIT categoryClicked(category, m_spec.categories.value(category));
                });
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            if (lineSpec >= static_cast<int>(m_spec.series.size()))
                continue; // the reference line
            const int si = nextSpecIndex(lineSpec, SeriesKind::Line);
            if (si >= static_cast<int>(m_spec.series.size()))
                continue;
            connect(line, &QLineSeries::hovered, this, [this, si](const QPointF &point, bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(),
                                       chartValueText(m_spec, si, static_cast<int>(std::lround(point.x()))), this);
            });
        }
    }
}

} // namespace ra

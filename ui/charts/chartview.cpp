#include "charts/chartview.h"

#include "charts/chartbuilder.h"
#include "charts/chartdata.h"
#include "charts/serieschart.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLineSeries>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace ra {

struct ChartView::Private {
    QChartView *view = nullptr;
};

ChartView::ChartView(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->view = new QChartView(this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    // This widget takes the focus and the context menu (Show data); the
    // view inside leaves a 2 px margin for the focus ring.
    d->view->setFocusPolicy(Qt::NoFocus);
    d->view->setContextMenuPolicy(Qt::NoContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(d->view);
    setMinimumSize(320, 240);
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
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintFocusRing(painter, this, rect());
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
    QChart *old = d->view->chart();
    QChart *built = buildChart(m_spec, paletteColours());
    if (m_spec.isEmpty()) {
        built->setTitle(tr("No data for this selection"));
        built->setTitleBrush(paletteColours().muted);
    }
    d->view->setChart(built);
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

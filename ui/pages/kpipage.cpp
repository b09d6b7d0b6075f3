#include "pages/kpipage.h"

#include "charts/chartview.h"
#include "charts/paintedchartview.h"
#include "pages/flowgrid.h"
#include "pages/kpitile.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace ra {

std::vector<std::optional<double>> trendValues(const TrendSeries &trend, KpiId id)
{
    std::vector<std::optional<double>> out;
    out.reserve(trend.values.size());
    for (const KpiSet &set : trend.values)
        out.push_back(set.value(id));
    return out;
}

KpiPage::KpiPage(const QString &id, const QString &title, QWidget *parent)
    : DashboardPage(parent), m_id(id), m_title(title)
{
    setObjectName(QStringLiteral("page:") + id);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_content = new QVBoxLayout(inner);
    m_content->setContentsMargins(16, 12, 16, 16);
    m_content->setSpacing(16);
    m_empty = new QLabel(tr("Open or import a store to see this page."), inner);
    m_empty->setAlignment(Qt::AlignCenter);
    m_content->addWidget(m_empty);
    m_tileGrid = new FlowGrid(210, 6, inner);
    m_content->addWidget(m_tileGrid);
    m_chartGrid = new FlowGrid(480, 2, inner); // two wide charts read better than three narrow ones
    m_content->addWidget(m_chartGrid);
    m_content->addStretch(1);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void KpiPage::computeExtras(const KpiEngine &, const DashboardContext &, qint64) {}

KpiTile *KpiPage::tile(KpiId id) const
{
    auto it = std::find_if(m_tiles.begin(), m_tiles.end(), [id](KpiTile *t) { return t->kpi() == id; });
    return it == m_tiles.end() ? nullptr : *it;
}

void KpiPage::addTiles(const std::vector<KpiId> &ids)
{
    for (KpiId id : ids) {
        auto *t = new KpiTile(id);
        m_tileGrid->addItem(t);
        m_tiles.push_back(t);
    }
}

KpiTile *KpiPage::addDerivedTile(KpiId base, const QString &name, const QString &label, const QString &definition)
{
    auto *t = new KpiTile(base);
    t->setObjectName(QStringLiteral("tile:") + name);
    t->setDerived(label, 1.0, definition);
    m_tileGrid->addItem(t);
    // Derived tiles are updated by their page, not by KpiId lookups.
    return t;
}

ChartView *KpiPage::addChart(const QString &name, const QString &title, int span)
{
    auto *view = new ChartView;
    view->setObjectName(QStringLiteral("chart:") + name);
    view->setAccessibleName(title);
    addCard(name, title, view, span);
    return view;
}

PaintedChartView *KpiPage::addPaintedChart(const QString &name, const QString &title,
                                           std::unique_ptr<PaintedChart> chart, int span)
{
    auto *view = new PaintedChartView(std::move(chart));
    view->setObjectName(QStringLiteral("chart:") + name);
    view->setAccessibleName(title);
    addCard(name, title, view, span);
    return view;
}

QWidget *KpiPage::addCard(const QString &name, const QString &title, QWidget *body, int span, QWidget *extra)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("card:") + name);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 8, 10, 8);
    auto *head = new QHBoxLayout;
    auto *label = new QLabel(title, card);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    head->addWidget(label, 1);
    if (extra)
        head->addWidget(extra);
    layout->addLayout(head);
    body->setParent(card);
    body->setMinimumHeight(std::max(body->minimumHeight(), 280));
    layout->addWidget(body, 1);
    m_chartGrid->addItem(card, span);
    return card;
}

void KpiPage::setContext(const DashboardContext &context)
{
    m_context = context;
    QElapsedTimer timer;
    timer.start();
    const bool open = context.engine && context.period.isValid();
    m_empty->setVisible(!open);
    m_tileGrid->setVisible(open);
    m_chartGrid->setVisible(open);
    if (!open) {
        for (KpiTile *t : m_tiles)
            t->clear();
        clearPage();
        m_lastUpdateMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return;
    }
    const KpiEngine &engine = *context.engine;
    const qint64 asOf = context.asOf.value_or(engine.defaultAsOf());
    const KpiFamilies families = m_allFamilies ? KpiFamilies::all() : this->families();

    // The sparkline grain follows the period (week → weeks, custom → ranges of
    // the same length). Its last two periods are the period and its previous
    // one, so the report comes out of the same pass (as compute() does it).
    // The trend runs on a worker while this thread does the page's own engine
    // work: the engine is const and safe to share, and a persona click then
    // costs the longer of the two rather than their sum.
    auto grainFuture = QtConcurrent::run([&engine, &context, asOf, families, withGrain = needsGrain()]() {
        TrendSeries grain;
        Period p = context.period;
        for (int i = 0; i < (withGrain ? kTrendLength : 2); ++i, p = p.previous())
            grain.periods.push_back(p);
        std::reverse(grain.periods.begin(), grain.periods.end());
        grain.values = engine.computeSets(grain.periods, context.filters, asOf, families);
        return grain;
    });
    TrendSeries monthly;
    const bool monthlyIsGrain = context.period.kind() == Period::Kind::Month && needsGrain();
    if (needsMonthly() && !monthlyIsGrain)
        monthly = engine.trend(Period::Kind::Month, kTrendLength, context.period, context.filters, asOf, families);
    computeExtras(engine, context, asOf);
    TrendSeries grain = grainFuture.result();

    KpiReport report;
    report.period = context.period;
    report.previousPeriod = context.period.previous();
    report.asOf = asOf;
    report.filters = context.filters;
    report.current = grain.values.back();
    report.previous = grain.values[grain.values.size() - 2];
    report.targets = engine.targets(context.period, report.current);
    if (!needsGrain())
        grain = {};
    if (needsMonthly() && monthlyIsGrain)
        monthly = grain;

    for (KpiTile *t : m_tiles)
        t->setData(report, trendValues(grain, t->kpi()), context.currency);
    refresh(PageData{engine, context, report, grain, monthly});
    m_lastUpdateMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace ra

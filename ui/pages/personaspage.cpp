#include "pages/personaspage.h"

#include "charts/chartview.h"
#include "charts/standardcharts.h"
#include "itemmodels/breakdownmodel.h"
#include "itemmodels/modelroles.h"
#include "pages/tablefit.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace ra {

PersonasPage::PersonasPage(QWidget *parent) : KpiPage(QStringLiteral("personas"), tr("Personas"), parent)
{
    m_model = new BreakdownModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("table:breakdown"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click a row to show the whole dashboard for it."));
    connect(m_view, &QTableView::doubleClicked, this, &PersonasPage::activateRow);

    auto *toggle = new QWidget;
    auto *row = new QHBoxLayout(toggle);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_switch = new QButtonGroup(toggle);
    const std::pair<Dimension, QString> dims[] = {
        {Dimension::Persona, tr("Persona")}, {Dimension::Segment, tr("Segment")}, {Dimension::Channel, tr("Channel")}};
    for (const auto &[dim, text] : dims) {
        auto *b = new QPushButton(text, toggle);
        b->setCheckable(true);
        b->setChecked(dim == m_dimension);
        b->setObjectName(QStringLiteral("by_") + text.toLower());
        m_switch->addButton(b, static_cast<int>(dim));
        row->addWidget(b);
    }
    connect(m_switch, &QButtonGroup::idClicked, this,
            [this](int id) { setDimension(static_cast<Dimension>(id)); });
    addCard(QStringLiteral("breakdown"), tr("Breakdown"), m_view, 3, toggle);

    m_bookings = addChart(QStringLiteral("breakdown_bookings"), tr("Bookings and pipeline created"));
    m_conversion = addChart(QStringLiteral("breakdown_conversion"), tr("MQL → SAL and win rate"));
    for (ChartView *chart : {m_bookings, m_conversion})
        connect(chart, &ChartView::categoryClicked, this,
                [this](int, const QString &value) { Q_EMIT drillDown(m_dimension, value); });
}

QAbstractItemModel *PersonasPage::primaryTable() const { return m_proxy; }

void PersonasPage::setDimension(Dimension dimension)
{
    if (dimension == m_dimension)
        return;
    m_dimension = dimension;
    if (QAbstractButton *b = m_switch->button(static_cast<int>(dimension)))
        b->setChecked(true);
    recompute();
}

void PersonasPage::recompute()
{
    setContext(context());
}

void PersonasPage::activateRow(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (source.isValid())
        Q_EMIT drillDown(m_dimension, m_model->valueAt(source.row()));
}

void PersonasPage::computeExtras(const KpiEngine &engine, const DashboardContext &context, qint64 asOf)
{
    m_rows = engine.breakdown(context.period, m_dimension, context.filters, asOf);
}

void PersonasPage::refresh(const PageData &data)
{
    const QString &cur = data.context.currency;
    auto rows = std::move(m_rows);
    m_bookings->setSpec(breakdownSpec(rows, {KpiId::BookingsTotal, KpiId::OppsPipelineCreated}, cur));
    m_conversion->setSpec(breakdownSpec(rows, {KpiId::ConvMqlToSal, KpiId::OppsWinRate}, cur));
    m_model->setRows(std::move(rows), m_dimension, cur);
    fitTableHeight(m_view, 15);
}

void PersonasPage::clearPage()
{
    m_model->setRows({}, m_dimension, context().currency);
    m_bookings->setSpec({});
    m_conversion->setSpec({});
}

} // namespace ra

#include "pages/customerspage.h"

#include "charts/chartview.h"
#include "charts/paintedchartview.h"
#include "charts/standardcharts.h"
#include "charts/whitespaceheatmap.h"
#include "itemmodels/atriskmodel.h"
#include "itemmodels/modelroles.h"
#include "pages/tablefit.h"
#include "report/healthreport.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ra {

CustomersPage::CustomersPage(QWidget *parent) : KpiPage(QStringLiteral("customers"), tr("Customers"), parent)
{
    addTiles({KpiId::HealthAtRiskMrr, KpiId::HealthAtRisk, KpiId::HealthAtRiskShare, KpiId::HealthRiskLift,
              KpiId::UsageSeatUtilisation, KpiId::UsageActiveShare, KpiId::ProductsPerCustomer,
              KpiId::ProductsMultiShare, KpiId::WhitespaceGaps, KpiId::WhitespacePotentialMrr});

    m_model = new AtRiskModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("table:at_risk"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // worst first, as the engine orders them
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click an account to show the whole dashboard for its persona and segment."));
    connect(m_view, &QTableView::doubleClicked, this, &CustomersPage::activateRow);

    m_lift = new QLabel;
    m_lift->setObjectName(QStringLiteral("label:lift"));
    m_lift->setWordWrap(true);
    m_lift->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *body = new QWidget;
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_lift);
    column->addWidget(m_view);
    addCard(QStringLiteral("at_risk"), tr("Accounts at risk"), body, 3);

    m_heatmap = addPaintedChart(QStringLiteral("whitespace"), tr("White space: product adoption by segment"),
                                std::make_unique<WhitespaceHeatmap>(), 2);
    m_heatmap->setToolTip(chartDefinition({KpiId::WhitespaceGaps, KpiId::WhitespacePotentialMrr}));
    m_heatmap->setMinimumHeight(260);
    m_trend = addChart(QStringLiteral("health_trend"), tr("MRR at risk and seat utilisation (12 months)"));
}

QAbstractItemModel *CustomersPage::primaryTable() const { return m_proxy; }

void CustomersPage::activateRow(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    const AtRiskAccount &a = m_model->accountAt(source.row());
    // The account's persona and segment: the whole app shows its peers.
    Q_EMIT drillDown(Dimension::Persona, a.persona);
    Q_EMIT drillDown(Dimension::Segment, a.segment.isEmpty() ? QStringLiteral("Unassigned") : a.segment);
}

void CustomersPage::computeExtras(const KpiEngine &engine, const DashboardContext &context, qint64 asOf)
{
    m_list = engine.health(context.period, context.filters, asOf);
    m_whitespace = engine.whitespace(context.period, context.filters, asOf);
}

void CustomersPage::refresh(const PageData &data)
{
    const QString &cur = data.context.currency;
    if (m_list.defined)
        m_lift->setText(liftSentence(m_list.lift) + QLatin1Char(' ') + liftMethod(m_list.lift));
    else
        m_lift->setText(tr("Account health is defined for whole months (month, quarter, year) without a channel "
                           "filter, on a store with revenue."));
    m_model->setList(std::move(m_list), cur);
    m_list = {};
    fitTableHeight(m_view, 12);
    m_heatmap->setChart(std::make_unique<WhitespaceHeatmap>(std::move(m_whitespace), cur));
    m_whitespace = {};
    m_trend->setSpec(healthTrendSpec(data.monthly, cur));
}

void CustomersPage::clearPage()
{
    m_model->setList({}, context().currency);
    m_lift->clear();
    m_heatmap->setChart(std::make_unique<WhitespaceHeatmap>());
    m_trend->setSpec({});
}

} // namespace ra

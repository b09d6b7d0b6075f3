#include "pages/overviewpage.h"

#include "charts/chartview.h"
#include "charts/funnelchart.h"
#include "charts/paintedchartview.h"
#include "charts/standardcharts.h"
#include "itemmodels/kpitablemodel.h"
#include "itemmodels/modelroles.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace ra {

OverviewPage::OverviewPage(QWidget *parent) : KpiPage(QStringLiteral("overview"), tr("Overview"), parent)
{
    addTiles({KpiId::LeadsCreated, KpiId::LeadsMql, KpiId::ConvMqlToSal, KpiId::SlaCompliance, KpiId::OppsPipelineCreated,
              KpiId::OppsWinRate, KpiId::BookingsTotal, KpiId::BookingsMarketingSourcedShare, KpiId::MrrEnd, KpiId::Nrr,
              KpiId::ChurnLogoRate, KpiId::Nps, KpiId::HealthAtRiskMrr});
    m_split = addChart(QStringLiteral("revenue_split"), tr("New vs existing business bookings (12 months)"));
    auto funnel = std::make_unique<FunnelChart>();
    m_funnel = addPaintedChart(QStringLiteral("funnel"), tr("Funnel: leads → MQL → SAL → SQL → won"), std::move(funnel));
    m_funnel->setToolTip(chartDefinition({KpiId::LeadsCreated, KpiId::LeadsMql, KpiId::LeadsSal, KpiId::LeadsSql,
                                          KpiId::OppsWon, KpiId::ConvMqlToSal, KpiId::ConvSalToSql, KpiId::ConvSqlToWon}));

    m_table = new KpiTableModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_table);
    proxy->setSortRole(SortRole);
    m_sorted = proxy;
    auto *view = new QTableView;
    view->setObjectName(QStringLiteral("table:all_kpis"));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // catalog order until the user sorts
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(KpiTableModel::Label, QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    view->setMinimumHeight(360);
    addCard(QStringLiteral("all_kpis"), tr("All KPIs"), view, 2);
}

QAbstractItemModel *OverviewPage::primaryTable() const { return m_sorted; }

void OverviewPage::refresh(const PageData &data)
{
    m_split->setSpec(revenueSplitSpec(data.monthly, data.context.currency));
    m_funnel->setChart(std::make_unique<FunnelChart>(funnelStages(data.report.current, data.context.currency)));
    m_table->setReport(data.report, {}, data.context.currency);
}

void OverviewPage::clearPage()
{
    m_split->setSpec({});
    m_funnel->setChart(std::make_unique<FunnelChart>());
    m_table->setReport({}, {}, QStringLiteral("EUR"));
}

} // namespace ra

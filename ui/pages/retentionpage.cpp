#include "pages/retentionpage.h"

#include "charts/chartview.h"
#include "charts/cohortheatmap.h"
#include "charts/paintedchartview.h"
#include "charts/standardcharts.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPushButton>

namespace ra {

RetentionPage::RetentionPage(QWidget *parent) : KpiPage(QStringLiteral("retention"), tr("Retention"), parent)
{
    addTiles({KpiId::ChurnLogoRate, KpiId::ChurnGrossRevenueRate, KpiId::Nrr, KpiId::Grr, KpiId::ChurnMonthlyAvg12m,
              KpiId::Clv, KpiId::Cac, KpiId::ClvToCac, KpiId::CacPaybackMonths});
    m_churn = addChart(QStringLiteral("churn_trend"), tr("Logo and gross revenue churn"));
    m_retention = addChart(QStringLiteral("retention_trend"), tr("Net and gross revenue retention"));
    m_clv = addChart(QStringLiteral("clv_trend"), tr("CLV (gross margin) and CLV:CAC"));

    // Logo / revenue switch as two exclusive buttons: both states visible at once.
    auto *toggle = new QWidget;
    auto *row = new QHBoxLayout(toggle);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    auto *group = new QButtonGroup(toggle);
    auto *logo = new QPushButton(tr("Logos"), toggle);
    m_revenueToggle = new QPushButton(tr("Revenue"), toggle);
    m_revenueToggle->setObjectName(QStringLiteral("cohort_revenue"));
    for (QAbstractButton *b : {static_cast<QAbstractButton *>(logo), m_revenueToggle}) {
        b->setCheckable(true);
        group->addButton(b);
        row->addWidget(b);
    }
    logo->setChecked(true);
    connect(m_revenueToggle, &QAbstractButton::toggled, this, &RetentionPage::setRevenueCohorts);

    m_heatmap = new PaintedChartView(std::make_unique<CohortHeatmap>());
    m_heatmap->setObjectName(QStringLiteral("chart:cohorts"));
    m_heatmap->setAccessibleName(tr("Cohort retention"));
    m_heatmap->setToolTip(tr("Each row is the accounts first paying in that month; each column a month later. "
                             "Logos: share of accounts still paying. Revenue: their MRR against their first month's."));
    m_heatmap->setMinimumHeight(360);
    addCard(QStringLiteral("cohorts"), tr("Cohort retention"), m_heatmap, 3, toggle);
}

void RetentionPage::setRevenueCohorts(bool revenue)
{
    if (auto *map = dynamic_cast<CohortHeatmap *>(m_heatmap->chart())) {
        map->setKind(revenue ? RetentionKind::Revenue : RetentionKind::Logo);
        m_heatmap->chartChanged();
    }
}

void RetentionPage::computeExtras(const KpiEngine &engine, const DashboardContext &context, qint64 asOf)
{
    const auto last = context.period.last();
    int year = static_cast<int>(last.year());
    int month = static_cast<int>(last.month()) - (kCohortMonths - 1);
    while (month < 1) {
        month += 12;
        --year;
    }
    m_cohorts = engine.cohorts(year * 100 + month, context.filters, asOf);
    // Cohorts after the period are not part of what is being looked at.
    const int lastMonth = static_cast<int>(last.year()) * 100 + static_cast<int>(last.month());
    std::erase_if(m_cohorts, [lastMonth](const CohortRow &r) { return r.month > lastMonth; });
}

void RetentionPage::refresh(const PageData &data)
{
    const QString &cur = data.context.currency;
    m_churn->setSpec(churnTrendSpec(data.monthly, cur));
    m_retention->setSpec(retentionTrendSpec(data.monthly, cur));
    m_clv->setSpec(clvTrendSpec(data.monthly, cur));

    auto rows = std::move(m_cohorts);
    m_heatmap->setChart(std::make_unique<CohortHeatmap>(
        std::move(rows), m_revenueToggle->isChecked() ? RetentionKind::Revenue : RetentionKind::Logo));
}

void RetentionPage::clearPage()
{
    for (ChartView *c : {m_churn, m_retention, m_clv})
        c->setSpec({});
    m_heatmap->setChart(std::make_unique<CohortHeatmap>());
}

} // namespace ra

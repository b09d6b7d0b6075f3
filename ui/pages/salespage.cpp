#include "pages/salespage.h"

#include "charts/chartview.h"
#include "charts/standardcharts.h"

namespace ra {

SalesPage::SalesPage(QWidget *parent) : KpiPage(QStringLiteral("sales"), tr("Sales"), parent)
{
    addTiles({KpiId::SlaCompliance, KpiId::SlaAcceptanceMedianHours, KpiId::SlaFeedbackRate, KpiId::SlaBreached,
              KpiId::OppsPipelineCreated, KpiId::OppsWinRate, KpiId::OppsCycleMedianDays, KpiId::OppsAvgWonAmount,
              KpiId::BookingsTotal, KpiId::BookingsNewBusiness, KpiId::BookingsExistingBusiness});
    m_sla = addChart(QStringLiteral("sla_trend"), tr("SLA compliance and feedback rate"));
    m_acceptance = addChart(QStringLiteral("acceptance_trend"), tr("MQL acceptance time (median) against the SLA"));
    m_pipeline = addChart(QStringLiteral("pipeline_trend"), tr("Pipeline created"));
    m_bookings = addChart(QStringLiteral("bookings_by_type"), tr("Bookings by type"));
}

void SalesPage::refresh(const PageData &data)
{
    const QString &cur = data.context.currency;
    m_sla->setSpec(slaTrendSpec(data.grain, cur));
    m_acceptance->setSpec(acceptanceTrendSpec(data.grain, data.engine.settings().slaHours, cur));
    m_pipeline->setSpec(kpiTrendSpec(data.grain, {KpiId::OppsPipelineCreated}, cur, SeriesKind::Bar));
    m_bookings->setSpec(kpiTrendSpec(data.grain, {KpiId::BookingsNewBusiness, KpiId::BookingsExistingBusiness}, cur,
                                     SeriesKind::Bar, true));
}

void SalesPage::clearPage()
{
    for (ChartView *c : {m_sla, m_acceptance, m_pipeline, m_bookings})
        c->setSpec({});
}

} // namespace ra

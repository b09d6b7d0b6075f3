#include "pages/servicepage.h"

#include "charts/chartview.h"
#include "charts/standardcharts.h"

namespace ra {

ServicePage::ServicePage(QWidget *parent) : KpiPage(QStringLiteral("service"), tr("Service"), parent)
{
    addTiles({KpiId::TicketsOpened, KpiId::TicketsResolutionMedianHours, KpiId::Csat, KpiId::Nps});
    m_tickets = addChart(QStringLiteral("tickets_trend"), tr("Tickets opened"));
    m_resolution = addChart(QStringLiteral("resolution_trend"), tr("Resolution time (median)"));
    m_csat = addChart(QStringLiteral("csat_trend"), tr("CSAT"));
    m_nps = addChart(QStringLiteral("nps_trend"), tr("NPS"));
}

void ServicePage::refresh(const PageData &data)
{
    const QString &cur = data.context.currency;
    m_tickets->setSpec(kpiTrendSpec(data.grain, {KpiId::TicketsOpened}, cur, SeriesKind::Bar));
    m_resolution->setSpec(kpiTrendSpec(data.grain, {KpiId::TicketsResolutionMedianHours}, cur));
    m_csat->setSpec(kpiTrendSpec(data.grain, {KpiId::Csat}, cur));
    ChartSpec nps = kpiTrendSpec(data.grain, {KpiId::Nps}, cur);
    nps.reference = 0.0; // above the line promoters outnumber detractors
    nps.referenceLabel = tr("0");
    m_nps->setSpec(nps);
}

void ServicePage::clearPage()
{
    for (ChartView *c : {m_tickets, m_resolution, m_csat, m_nps})
        c->setSpec({});
}

} // namespace ra

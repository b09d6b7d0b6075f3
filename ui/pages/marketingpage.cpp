#include "pages/marketingpage.h"

#include "charts/chartview.h"
#include "charts/standardcharts.h"

namespace ra {

MarketingPage::MarketingPage(QWidget *parent) : KpiPage(QStringLiteral("marketing"), tr("Marketing"), parent)
{
    addTiles({KpiId::LeadsCreated, KpiId::LeadsMql, KpiId::ConvMqlToSal, KpiId::ConvMqlToSql,
              KpiId::BookingsMarketingSourced, KpiId::BookingsMarketingSourcedShare, KpiId::BookingsMarketingInfluenced,
              KpiId::BookingsMarketingInfluencedShare, KpiId::Cac, KpiId::CacPaybackMonths});
    m_byChannel = addChart(QStringLiteral("leads_by_channel"), tr("Leads and MQLs by channel"));
    m_conversion = addChart(QStringLiteral("mql_to_sal_trend"), tr("MQL → SAL conversion"));
    m_sourced = addChart(QStringLiteral("marketing_bookings"), tr("Marketing-sourced and -influenced bookings"), 2);
    connect(m_byChannel, &ChartView::categoryClicked, this,
            [this](int, const QString &channel) { Q_EMIT drillDown(Dimension::Channel, channel); });
}

void MarketingPage::computeExtras(const KpiEngine &engine, const DashboardContext &context, qint64 asOf)
{
    m_channels = engine.breakdown(context.period, Dimension::Channel, context.filters, asOf);
}

void MarketingPage::refresh(const PageData &data)
{
    const QString &cur = data.context.currency;
    m_byChannel->setSpec(breakdownSpec(m_channels, {KpiId::LeadsCreated, KpiId::LeadsMql}, cur));
    m_conversion->setSpec(kpiTrendSpec(data.grain, {KpiId::ConvMqlToSal, KpiId::ConvMqlToSql}, cur));
    m_sourced->setSpec(kpiTrendSpec(data.grain, {KpiId::BookingsMarketingSourced, KpiId::BookingsMarketingInfluenced},
                                    cur, SeriesKind::Bar));
}

void MarketingPage::clearPage()
{
    for (ChartView *c : {m_byChannel, m_conversion, m_sourced})
        c->setSpec({});
}

} // namespace ra

#include "pages/revenuepage.h"

#include "charts/chartview.h"
#include "charts/standardcharts.h"
#include "pages/kpitile.h"
#include "report/kpiformat.h"

namespace ra {

RevenuePage::RevenuePage(QWidget *parent) : KpiPage(QStringLiteral("revenue"), tr("Revenue"), parent)
{
    addTiles({KpiId::MrrEnd, KpiId::MrrNew, KpiId::MrrExpansion, KpiId::MrrReactivation, KpiId::MrrContraction,
              KpiId::MrrChurned, KpiId::CustomersEnd, KpiId::CustomersNew, KpiId::Arpa});
    tile(KpiId::Arpa)->setDerived(tr("RPU (ARPA, revenue per user)"), 1.0, kpiDefinition(KpiId::Arpa));
    m_ppu = addDerivedTile(KpiId::Arpa, QStringLiteral("ppu"), tr("PPU (profit per user)"),
                           tr("Profit per user: ARPA × gross margin (a store setting)."));
    addTiles({KpiId::BookingsNewBusiness, KpiId::BookingsExistingBusiness});
    m_movements = addChart(QStringLiteral("mrr_movements"), tr("MRR movements per month, with MRR at month end"), 2);
    m_split = addChart(QStringLiteral("revenue_split"), tr("New vs existing business bookings"));
    m_arpa = addChart(QStringLiteral("arpa_trend"), tr("ARPA (RPU) per month"));
}

void RevenuePage::refresh(const PageData &data)
{
    const QString &cur = data.context.currency;
    const double margin = data.engine.settings().grossMargin;
    m_ppu->setDerived(tr("PPU (profit per user)"), margin,
                      tr("Profit per user: ARPA × gross margin (%1, a store setting).").arg(formatPercent(margin, 0)));
    m_ppu->setData(data.report, trendValues(data.grain, KpiId::Arpa), cur);
    m_movements->setSpec(mrrMovementsSpec(data.monthly, cur));
    m_split->setSpec(revenueSplitSpec(data.monthly, cur));
    m_arpa->setSpec(kpiTrendSpec(data.monthly, {KpiId::Arpa}, cur));
}

void RevenuePage::clearPage()
{
    m_ppu->clear();
    for (ChartView *c : {m_movements, m_split, m_arpa})
        c->setSpec({});
}

} // namespace ra

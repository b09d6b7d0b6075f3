#pragma once
// The dashboard's charts as ChartSpecs built from engine results, shared by
// the pages and the PDF report so both show the same series the same way.
#include "charts/chartspec.h"
#include "charts/funnelchart.h"
#include "kpi/kpiengine.h"

#include <vector>

namespace ra {

QString shortPeriodLabel(const Period &period); // "Nov 26", "Q4 2026", "W47 2026", "2026", "1 Nov–7 Nov"
QStringList trendCategories(const TrendSeries &trend);
ChartSeries trendSeries(const TrendSeries &trend, KpiId id, SeriesKind kind, int colour = -1);
QString chartDefinition(const std::vector<KpiId> &ids); // the KPIs' definitions, one per line

// One line (or bar) per KPI over the trend; all KPIs in one unit.
ChartSpec kpiTrendSpec(const TrendSeries &trend, const std::vector<KpiId> &ids, const QString &currency,
                       SeriesKind kind = SeriesKind::Line, bool stacked = false);

ChartSpec revenueSplitSpec(const TrendSeries &monthly, const QString &currency);  // new vs existing bookings, stacked
ChartSpec mrrMovementsSpec(const TrendSeries &monthly, const QString &currency);  // ± movements + MRR end line
ChartSpec churnTrendSpec(const TrendSeries &monthly, const QString &currency);    // logo and gross revenue churn
ChartSpec retentionTrendSpec(const TrendSeries &monthly, const QString &currency);// NRR and GRR
// Bars of one KPI, a line of another on the secondary axis (its own unit).
ChartSpec barLineTrendSpec(const TrendSeries &monthly, KpiId bar, KpiId line, const QString &title,
                           const QString &currency, int barColour = 0, int lineColour = 1);
ChartSpec clvTrendSpec(const TrendSeries &monthly, const QString &currency);      // CLV bars, CLV:CAC line
ChartSpec healthTrendSpec(const TrendSeries &monthly, const QString &currency);   // MRR at risk bars, seat utilisation line
ChartSpec slaTrendSpec(const TrendSeries &trend, const QString &currency);        // SLA compliance and feedback rate
ChartSpec acceptanceTrendSpec(const TrendSeries &trend, int slaHours, const QString &currency);

// Leads → MQL → SAL → SQL → won of one period with the stage conversions.
std::vector<FunnelStage> funnelStages(const KpiSet &set, const QString &currency);

// One category per breakdown row (persona / segment / channel), one series per KPI.
ChartSpec breakdownSpec(const std::vector<BreakdownRow> &rows, const std::vector<KpiId> &ids, const QString &currency,
                        bool stacked = false);

} // namespace ra

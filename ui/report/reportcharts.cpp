#include "report/reportcharts.h"

#include "charts/cohortheatmap.h"
#include "charts/funnelchart.h"
#include "charts/serieschart.h"
#include "charts/standardcharts.h"
#include "report/reportmodel.h"

namespace ra {

// The dashboard's own chart specs and painters (ui/charts), drawn on paper
// colours: the PDF shows the same series, colours and axes as the window.
ReportCharts::ReportCharts(const ReportContent &c)
{
    const TrendSeries &t = c.monthly;
    auto set = [this](ReportChart which, std::unique_ptr<ChartPainter> chart) {
        m_charts[static_cast<int>(which)] = std::move(chart);
    };
    auto series = [&](ReportChart which, ChartSpec spec) {
        spec.title.clear(); // the report's frame carries the title
        if (!spec.isEmpty())
            set(which, std::make_unique<SeriesChart>(std::move(spec)));
    };
    series(ReportChart::RevenueSplit, revenueSplitSpec(t, c.currency));
    series(ReportChart::MrrMovements, mrrMovementsSpec(t, c.currency));
    series(ReportChart::ChurnTrend, churnTrendSpec(t, c.currency));
    series(ReportChart::RetentionTrend, retentionTrendSpec(t, c.currency));
    series(ReportChart::ClvTrend, clvTrendSpec(t, c.currency));
    series(ReportChart::SlaTrend, slaTrendSpec(t, c.currency));
    series(ReportChart::AcceptanceTrend, acceptanceTrendSpec(t, c.slaHours, c.currency));
    // The movers' basis: each persona's bookings now and in the previous period.
    ChartSpec personas = breakdownSpec(c.personaBreakdown, {KpiId::BookingsTotal}, c.currency);
    if (!personas.series.empty()) {
        personas.series[0].name = c.periodLabel;
        ChartSeries before = personas.series[0];
        before.name = c.previousLabel;
        before.colour = 1;
        before.values.clear();
        for (const BreakdownRow &row : c.personaBreakdown) {
            std::optional<double> v;
            for (const BreakdownRow &prev : c.previousPersonaBreakdown)
                if (prev.value == row.value)
                    v = prev.kpis.value(KpiId::BookingsTotal);
            before.values.push_back(v);
        }
        personas.series.insert(personas.series.begin(), std::move(before));
    }
    series(ReportChart::PersonaBookings, std::move(personas));
    auto funnel = std::make_unique<FunnelChart>(funnelStages(c.report.current, c.currency));
    if (!funnel->isEmpty())
        set(ReportChart::Funnel, std::move(funnel));
    if (!c.cohorts.empty())
        set(ReportChart::CohortHeatmap, std::make_unique<CohortHeatmap>(c.cohorts, RetentionKind::Logo));
}

ReportCharts::~ReportCharts() = default;

const ChartPainter *ReportCharts::chart(ReportChart which) const
{
    return m_charts[static_cast<int>(which)].get();
}

} // namespace ra

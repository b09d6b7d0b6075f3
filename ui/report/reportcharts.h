#pragma once
// The charts of the report, built from the report's content. They are the
// dashboard's own ChartPainter implementations (ui/charts), so the window and
// the PDF draw one chart the same way, as vectors.
#include <array>
#include <memory>

namespace ra {

struct ReportContent;
class ChartPainter;

enum class ReportChart {
    RevenueSplit,    // new vs existing bookings per month
    MrrMovements,    // new / expansion / reactivation up, contraction / churn down, MRR line
    ChurnTrend,      // logo and gross revenue churn
    RetentionTrend,  // NRR and GRR
    ClvTrend,        // CLV and CLV:CAC
    CohortHeatmap,
    Funnel,          // leads → MQL → SAL → SQL → won with conversions
    SlaTrend,        // SLA compliance
    AcceptanceTrend, // median MQL acceptance hours against the SLA hours
    PersonaBookings, // bookings per persona, this and the previous period
    Count_
};

class ReportCharts {
public:
    explicit ReportCharts(const ReportContent &content);
    ~ReportCharts();
    ReportCharts(const ReportCharts &) = delete;
    ReportCharts &operator=(const ReportCharts &) = delete;

    // Null when there is nothing to chart.
    const ChartPainter *chart(ReportChart which) const;

private:
    std::array<std::unique_ptr<ChartPainter>, static_cast<int>(ReportChart::Count_)> m_charts;
};

} // namespace ra

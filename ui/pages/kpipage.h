#pragma once
// Common frame of the KPI pages: a scroll area holding a reflowing grid of
// KPI tiles and a grid of chart cards. setContext() computes once — the
// report, the trend of the current grain for the sparklines and, when a page
// asks for it, the 12-month trend — and hands the results to every tile and
// to the page's refresh(), so a persona click costs one engine pass per trend.
#include "kpi/kpiengine.h"
#include "pages/dashboardpage.h"

#include <memory>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace ra {

class ChartView;
class FlowGrid;
class KpiTile;
class PaintedChart;
class PaintedChartView;

class KpiPage : public DashboardPage {
    Q_OBJECT
public:
    KpiPage(const QString &id, const QString &title, QWidget *parent = nullptr);

    QString pageId() const override { return m_id; }
    QString title() const override { return m_title; }
    void setContext(const DashboardContext &context) override;

    const DashboardContext &context() const { return m_context; }
    double lastUpdateMs() const { return m_lastUpdateMs; } // compute + widgets, for the 100 ms budget
    KpiTile *tile(KpiId id) const;
    // Computes every KPI family rather than the page's families(): to check
    // that a page shows the same with and without (tests).
    void setComputeAllFamilies(bool on) { m_allFamilies = on; }

    static constexpr int kTrendLength = 12;

protected:
    struct PageData {
        const KpiEngine &engine;
        const DashboardContext &context;
        const KpiReport &report;
        const TrendSeries &grain;   // kTrendLength periods of the period's kind, ending with it
        const TrendSeries &monthly; // kTrendLength months ending with the period's last month; empty unless asked
    };
    // The KPI families the page's tiles and charts show: only those are
    // computed for it (its extras, e.g. a breakdown, compute their own).
    virtual KpiFamilies families() const { return KpiFamilies::all(); }
    virtual bool needsMonthly() const { return false; }
    virtual bool needsGrain() const { return true; } // the sparkline trend; pages without tiles skip it
    // Engine work of the page beyond the report and trends (a breakdown,
    // cohorts). Runs on the UI thread while the trend is computed on a worker,
    // so it must only read the engine and store plain results in the page.
    virtual void computeExtras(const KpiEngine &engine, const DashboardContext &context, qint64 asOf);
    virtual void refresh(const PageData &data) = 0;
    virtual void clearPage() = 0; // no store open

    void addTiles(const std::vector<KpiId> &ids);
    KpiTile *addDerivedTile(KpiId base, const QString &name, const QString &label, const QString &definition);
    ChartView *addChart(const QString &name, const QString &title, int span = 1);
    PaintedChartView *addPaintedChart(const QString &name, const QString &title, std::unique_ptr<PaintedChart> chart,
                                      int span = 1);
    // A titled card in the chart grid; extra sits right of the title (e.g. a toggle).
    QWidget *addCard(const QString &name, const QString &title, QWidget *body, int span = 1, QWidget *extra = nullptr);
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    QString m_id;
    QString m_title;
    DashboardContext m_context;
    QVBoxLayout *m_content = nullptr;
    FlowGrid *m_tileGrid = nullptr;
    FlowGrid *m_chartGrid = nullptr;
    QLabel *m_empty = nullptr;
    std::vector<KpiTile *> m_tiles;
    double m_lastUpdateMs = 0;
    bool m_allFamilies = false;
};

// Sparkline values of one KPI over a trend.
std::vector<std::optional<double>> trendValues(const TrendSeries &trend, KpiId id);

} // namespace ra

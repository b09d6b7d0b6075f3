#pragma once
// Retention: churn, NRR/GRR, CLV and CLV:CAC, payback, and the cohort
// retention heatmap with a logo / revenue toggle.
#include "pages/kpipage.h"

class QAbstractButton;

namespace ra {

class RetentionPage : public KpiPage {
    Q_OBJECT
public:
    explicit RetentionPage(QWidget *parent = nullptr);

    static constexpr int kCohortMonths = 12;

protected:
    KpiFamilies families() const override { return {KpiFamily::Recurring, KpiFamily::Spend}; }
    bool needsMonthly() const override { return true; }
    void computeExtras(const KpiEngine &engine, const DashboardContext &context, qint64 asOf) override;
    void refresh(const PageData &data) override;
    void clearPage() override;

private:
    void setRevenueCohorts(bool revenue);

    std::vector<CohortRow> m_cohorts;
    ChartView *m_churn = nullptr;
    ChartView *m_retention = nullptr;
    ChartView *m_clv = nullptr;
    PaintedChartView *m_heatmap = nullptr;
    QAbstractButton *m_revenueToggle = nullptr;
};

} // namespace ra

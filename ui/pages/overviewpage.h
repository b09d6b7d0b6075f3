#pragma once
// The shared scorecard: the KPIs both teams look at, new vs existing
// bookings over 12 months, and the hand-off funnel.
#include "pages/kpipage.h"

class QTableView;

namespace ra {

class FunnelChart;
class KpiTableModel;

class OverviewPage : public KpiPage {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    QAbstractItemModel *primaryTable() const override; // the "All KPIs" table, as sorted

protected:
    bool needsMonthly() const override { return true; }
    void refresh(const PageData &data) override;
    void clearPage() override;

private:
    ChartView *m_split = nullptr;
    PaintedChartView *m_funnel = nullptr;
    KpiTableModel *m_table = nullptr;
    QAbstractItemModel *m_sorted = nullptr;
};

} // namespace ra

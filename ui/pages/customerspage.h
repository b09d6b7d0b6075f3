#pragma once
// Customers (existing-customer health, for the service leader): the tiles of
// the expansion and account-health keys, the accounts at risk with their
// signals (sortable; a double-click drills the whole app down to the
// account's persona and segment), the warning's lift in a sentence, the
// white-space heatmap (products × segments) and the 12-month trend of MRR at
// risk and seat utilisation.
#include "pages/kpipage.h"

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ra {

class AtRiskModel;

class CustomersPage : public KpiPage {
    Q_OBJECT
public:
    explicit CustomersPage(QWidget *parent = nullptr);
    QAbstractItemModel *primaryTable() const override;
    const AtRiskModel *atRiskModel() const { return m_model; }

protected:
    KpiFamilies families() const override { return {KpiFamily::Health}; }
    bool needsMonthly() const override { return true; }
    void computeExtras(const KpiEngine &engine, const DashboardContext &context, qint64 asOf) override;
    void refresh(const PageData &data) override;
    void clearPage() override;

private:
    void activateRow(const QModelIndex &proxyIndex);

    HealthList m_list;
    WhitespaceTable m_whitespace;
    AtRiskModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_lift = nullptr;
    PaintedChartView *m_heatmap = nullptr;
    ChartView *m_trend = nullptr;
};

} // namespace ra

#pragma once
// Personas: the breakdown table (one row per persona, segment or channel;
// sortable by value), bookings and pipeline per row; double-clicking a row or
// clicking a bar drills the whole app down to it.
#include "pages/kpipage.h"

class QButtonGroup;
class QSortFilterProxyModel;
class QTableView;

namespace ra {

class BreakdownModel;

class PersonasPage : public KpiPage {
    Q_OBJECT
public:
    explicit PersonasPage(QWidget *parent = nullptr);

    QAbstractItemModel *primaryTable() const override;
    QTableView *table() const { return m_view; }
    BreakdownModel *model() const { return m_model; }
    void setDimension(Dimension dimension);
    Dimension dimension() const { return m_dimension; }

protected:
    KpiFamilies families() const override { return {}; } // its charts are the breakdown of computeExtras()
    bool needsGrain() const override { return false; }
    void computeExtras(const KpiEngine &engine, const DashboardContext &context, qint64 asOf) override;
    void refresh(const PageData &data) override;
    void clearPage() override;

private:
    void recompute();
    void activateRow(const QModelIndex &proxyIndex);

    Dimension m_dimension = Dimension::Persona;
    std::vector<BreakdownRow> m_rows;
    BreakdownModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QButtonGroup *m_switch = nullptr;
    ChartView *m_bookings = nullptr;
    ChartView *m_conversion = nullptr;
};

} // namespace ra

#pragma once
// The cohort retention table: one row per acquisition month, column 0 the
// cohort size, then one column per month since acquisition (logo or revenue).
#include "kpi/kpiengine.h"

#include <QAbstractTableModel>
#include <vector>

namespace ra {

class CohortModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CohortModel(QObject *parent = nullptr);

    void setRows(std::vector<CohortRow> rows);
    void setRevenue(bool revenue); // false = logo retention
    bool isRevenue() const { return m_revenue; }
    const std::vector<CohortRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CohortRow> m_rows;
    int m_offsets = 0;
    bool m_revenue = false;
};

} // namespace ra

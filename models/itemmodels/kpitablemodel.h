#pragma once
// KPIs as rows: label, value, previous, change, target, status — the
// scorecard as a table (the "all KPIs" list of the Overview).
#include "kpi/kpiresult.h"

#include <QAbstractTableModel>
#include <vector>

namespace ra {

class KpiTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Label, Value, Previous, Change, Target, Status, ColumnCount };

    explicit KpiTableModel(QObject *parent = nullptr);
    // Empty ids = every KPI of the catalog.
    void setReport(const KpiReport &report, std::vector<KpiId> ids, const QString &currency);
    KpiId kpiAt(int row) const { return m_ids[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    KpiReport m_report;
    std::vector<KpiId> m_ids;
    QString m_currency = QStringLiteral("EUR");
};

} // namespace ra

#pragma once
// One row per persona (or segment / channel), one column per KPI: the
// breakdown table. Holds a copy of the rows; numbers sort by SortRole.
#include "kpi/kpiengine.h"

#include <QAbstractTableModel>
#include <vector>

namespace ra {

class BreakdownModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit BreakdownModel(QObject *parent = nullptr);

    void setRows(std::vector<BreakdownRow> rows, Dimension dimension, const QString &currency);
    void setColumns(std::vector<KpiId> columns);
    const std::vector<KpiId> &columns() const { return m_columns; }
    Dimension dimension() const { return m_dimension; }
    QString valueAt(int row) const; // the persona / segment / channel of a row

    static const std::vector<KpiId> &defaultColumns();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<BreakdownRow> m_rows;
    std::vector<KpiId> m_columns;
    Dimension m_dimension = Dimension::Persona;
    QString m_currency = QStringLiteral("EUR");
};

QString dimensionName(Dimension d); // "Persona", "Segment", "Channel"

} // namespace ra

#pragma once
// The accounts at risk of a period's last month (KpiEngine::health), one row
// each: account, persona, segment, MRR, number of signals, the signals and
// their evidence. Holds a copy of the list; numbers sort by SortRole.
#include "kpi/accounthealth.h"

#include <QAbstractTableModel>

namespace ra {

class AtRiskModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Account, Persona, Segment, Mrr, SignalCount, Signals, Evidence, ColumnCount };

    explicit AtRiskModel(QObject *parent = nullptr);

    void setList(HealthList list, const QString &currency);
    const HealthList &list() const { return m_list; }
    const AtRiskAccount &accountAt(int row) const { return m_list.accounts[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HealthList m_list;
    QString m_currency = QStringLiteral("EUR");
};

} // namespace ra

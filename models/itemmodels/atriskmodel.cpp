#include "itemmodels/atriskmodel.h"

#include "itemmodels/modelroles.h"
#include "report/healthreport.h"
#include "report/kpiformat.h"

namespace ra {

AtRiskModel::AtRiskModel(QObject *parent) : QAbstractTableModel(parent) {}

void AtRiskModel::setList(HealthList list, const QString &currency)
{
    beginResetModel();
    m_list = std::move(list);
    m_currency = currency;
    endResetModel();
}

int AtRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.accounts.size());
}

int AtRiskModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AtRiskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const AtRiskAccount &a = accountAt(index.row());
    const RiskEvidence &e = a.evidence;
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Mrr || column == SignalCount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == SortRole || role == RawValueRole) {
        if (column == Mrr)
            return double(e.mrrNow);
        if (column == SignalCount)
            return double(e.count());
        if (role == RawValueRole)
            return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (column) {
    case Account: return a.account;
    case Persona: return a.persona;
    case Segment: return a.segment.isEmpty() ? tr("(no segment)") : a.segment;
    case Mrr: return formatMoneyAmount(double(e.mrrNow), m_currency, MoneyPrecision::Cents);
    case SignalCount: return e.count();
    case Signals: return signalNames(e.signals);
    case Evidence: return evidenceText(e, m_currency);
    case ColumnCount: break;
    }
    return {};
}

QVariant AtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Account: return tr("Account");
    case Persona: return tr("Persona");
    case Segment: return tr("Segment");
    case Mrr: return tr("MRR");
    case SignalCount: return tr("Signals");
    case Signals: return tr("Which");
    case Evidence: return tr("Evidence");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ra

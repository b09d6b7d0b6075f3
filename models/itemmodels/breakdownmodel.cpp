#include "itemmodels/breakdownmodel.h"

#include "itemmodels/modelroles.h"
#include "report/kpiformat.h"

#include <QCoreApplication>
#include <limits>

namespace ra {

QString dimensionName(Dimension d)
{
    switch (d) {
    case Dimension::Persona:
        return QCoreApplication::translate("ra::BreakdownModel", "Persona");
    case Dimension::Segment:
        return QCoreApplication::translate("ra::BreakdownModel", "Segment");
    case Dimension::Channel:
        return QCoreApplication::translate("ra::BreakdownModel", "Channel");
    }
    return {};
}

const std::vector<KpiId> &BreakdownModel::defaultColumns()
{
    static const std::vector<KpiId> columns{
        KpiId::LeadsCreated, KpiId::LeadsMql,  KpiId::ConvMqlToSal, KpiId::SlaCompliance,
        KpiId::ConvSqlToWon, KpiId::OppsPipelineCreated, KpiId::OppsWinRate, KpiId::BookingsTotal,
        KpiId::MrrEnd,       KpiId::Nrr,       KpiId::ChurnLogoRate, KpiId::Arpa,
    };
    return columns;
}

BreakdownModel::BreakdownModel(QObject *parent) : QAbstractTableModel(parent), m_columns(defaultColumns()) {}

void BreakdownModel::setRows(std::vector<BreakdownRow> rows, Dimension dimension, const QString &currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_dimension = dimension;
    m_currency = currency;
    endResetModel();
}

void BreakdownModel::setColumns(std::vector<KpiId> columns)
{
    beginResetModel();
    m_columns = std::move(columns);
    endResetModel();
}

QString BreakdownModel::valueAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<size_t>(row)].value : QString();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size()) + 1;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BreakdownRow &row = m_rows[static_cast<size_t>(index.row())];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == SortRole)
            return row.value;
        return {};
    }
    const KpiId id = m_columns[static_cast<size_t>(index.column() - 1)];
    const auto v = row.kpis.value(id);
    switch (role) {
    case Qt::DisplayRole: return formatKpiValue(id, v, m_currency);
    case SortRole: return v ? *v : -std::numeric_limits<double>::infinity();
    case RawValueRole: return v ? QVariant(*v) : QVariant();
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return v ? kpiDefinition(id) : nullReasonText(id, row.kpis.nullReason(id));
    default: return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(dimensionName(m_dimension)) : QVariant();
    const KpiId id = m_columns[static_cast<size_t>(section - 1)];
    if (role == Qt::DisplayRole)
        return kpiLabel(id);
    if (role == Qt::ToolTipRole)
        return kpiDefinition(id);
    return {};
}

} // namespace ra

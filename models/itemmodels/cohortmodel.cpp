#include "itemmodels/cohortmodel.h"

#include "domain/language.h"
#include "report/kpiformat.h"
#include "itemmodels/modelroles.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace ra {

CohortModel::CohortModel(QObject *parent) : QAbstractTableModel(parent) {}

void CohortModel::setRows(std::vector<CohortRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_offsets = 0;
    for (const CohortRow &r : m_rows)
        m_offsets = std::max({m_offsets, static_cast<int>(r.logoRetention.size()), static_cast<int>(r.revenueRetention.size())});
    endResetModel();
}

void CohortModel::setRevenue(bool revenue)
{
    if (revenue == m_revenue)
        return;
    m_revenue = revenue;
    if (rowCount() > 0 && columnCount() > 1)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
}

int CohortModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CohortModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_offsets + 1;
}

QVariant CohortModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CohortRow &row = m_rows[static_cast<size_t>(index.row())];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return formatNumber(row.accounts, 0);
        if (role == SortRole || role == RawValueRole)
            return row.accounts;
        return {};
    }
    const auto &values = m_revenue ? row.revenueRetention : row.logoRetention;
    const size_t k = static_cast<size_t>(index.column() - 1);
    const std::optional<double> v = k < values.size() ? values[k] : std::nullopt;
    switch (role) {
    case Qt::DisplayRole: return v ? formatPercent(*v, 1) : QString();
    case SortRole: return v ? *v : -std::numeric_limits<double>::infinity();
    case RawValueRole: return v ? QVariant(*v) : QVariant();
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant CohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const int m = m_rows[static_cast<size_t>(section)].month;
        return formatDate(QDate(m / 100, m % 100, 1), QT_TRANSLATE_NOOP("ra::DateFormat", "MMM yyyy"));
    }
    if (section < 0 || section >= columnCount())
        return {};
    return section == 0 ? QStringLiteral("Accounts") : QStringLiteral("M%1").arg(section - 1);
}

} // namespace ra

#include "itemmodels/kpitablemodel.h"

#include "itemmodels/modelroles.h"
#include "report/kpiformat.h"
#include "report/reportmodel.h"

#include <QCoreApplication>
#include <limits>

namespace ra {

KpiTableModel::KpiTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void KpiTableModel::setReport(const KpiReport &report, std::vector<KpiId> ids, const QString &currency)
{
    beginResetModel();
    m_report = report;
    m_currency = currency;
    if (ids.empty())
        for (const KpiInfo &info : kpiCatalog())
            ids.push_back(info.id);
    m_ids = std::move(ids);
    endResetModel();
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiId id = m_ids[static_cast<size_t>(index.row())];
    const auto cur = m_report.current.value(id);
    const auto prev = m_report.previous.value(id);
    const TargetResult *target = m_report.targetFor(id);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Value && !cur)
            return nullReasonText(id, m_report.current.nullReason(id));
        if (index.column() == Previous && !prev)
            return nullReasonText(id, m_report.previous.nullReason(id));
        return kpiDefinition(id);
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Label ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != RawValueRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    auto number = [&](std::optional<double> v) -> QVariant {
        if (role == RawValueRole)
            return v ? QVariant(*v) : QVariant();
        if (role == SortRole)
            return v ? *v : -std::numeric_limits<double>::infinity();
        return formatKpiValue(id, v, m_currency);
    };
    switch (index.column()) {
    case Label: return display || role == SortRole ? QVariant(kpiLabel(id)) : QVariant();
    case Value: return number(cur);
    case Previous: return number(prev);
    case Change:
        if (display)
            return formatKpiChange(id, cur, prev);
        return cur && prev ? QVariant(*cur - *prev) : (role == SortRole ? QVariant(-std::numeric_limits<double>::infinity()) : QVariant());
    case Target:
        if (!target)
            return display ? QVariant(QStringLiteral("—")) : QVariant();
        return number(target->value);
    case Status:
        if (!target || !display)
            return display ? QVariant(QStringLiteral("—")) : QVariant();
        switch (target->status) {
        case TargetStatus::OnTrack:
            return QCoreApplication::translate("ra::KpiTableModel", "On track");
        case TargetStatus::Behind:
            return QCoreApplication::translate("ra::KpiTableModel", "Behind");
        case TargetStatus::NoValue: return QStringLiteral("—");
        }
        return {};
    default: return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ra::KpiTableModel", "KPI"),      QT_TRANSLATE_NOOP("ra::KpiTableModel", "Value"),
        QT_TRANSLATE_NOOP("ra::KpiTableModel", "Previous"), QT_TRANSLATE_NOOP("ra::KpiTableModel", "Change"),
        QT_TRANSLATE_NOOP("ra::KpiTableModel", "Target"),   QT_TRANSLATE_NOOP("ra::KpiTableModel", "Status"),
    };
    return QCoreApplication::translate("ra::KpiTableModel", names[section]);
}

} // namespace ra

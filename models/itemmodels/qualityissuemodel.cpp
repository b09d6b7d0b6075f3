#include "itemmodels/qualityissuemodel.h"

#include "domain/language.h"
#include "itemmodels/modelroles.h"

#include <QCoreApplication>
#include <QLocale>

namespace ra {

QualityIssueModel::QualityIssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void QualityIssueModel::setIssues(const std::vector<QualityIssue> &issues, const QStringList &keys)
{
    beginResetModel();
    m_issues.clear();
    for (const QualityIssue &i : issues)
        if (keys.isEmpty() || keys.contains(i.key))
            m_issues.push_back(i);
    endResetModel();
}

int QualityIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int QualityIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualityIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QualityIssue &i = m_issues[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole || role == SortRole)
            return i.displayTitle();
        if (role == Qt::ToolTipRole)
            return i.key;
        return {};
    case Count:
        if (role == Qt::DisplayRole)
            return readerLocale().toString(i.count);
        if (role == SortRole || role == RawValueRole)
            return i.count;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Samples:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (i.samples.isEmpty())
                return QString(); // counted without ids (e.g. from the engine)
            return i.samples.join(QStringLiteral(", ")) + (i.count > i.samples.size() ? QStringLiteral(", …") : QString());
        }
        if (role == Qt::ToolTipRole)
            return i.samples.join(QLatin1Char('\n'));
        return {};
    default: return {};
    }
}

QVariant QualityIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ra::QualityIssueModel", "Finding"),
        QT_TRANSLATE_NOOP("ra::QualityIssueModel", "Count"),
        QT_TRANSLATE_NOOP("ra::QualityIssueModel", "Examples"),
    };
    return QCoreApplication::translate("ra::QualityIssueModel", names[section]);
}

} // namespace ra

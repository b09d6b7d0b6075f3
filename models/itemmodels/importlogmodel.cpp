#include "itemmodels/importlogmodel.h"

#include "domain/language.h"
#include "domain/reasons.h"
#include "itemmodels/modelroles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace ra {

ImportLogModel::ImportLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportLogModel::setImports(const std::vector<ImportLogEntry> &imports)
{
    beginResetModel();
    m_imports = imports;
    endResetModel();
}

int ImportLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_imports.size());
}

int ImportLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportLogEntry &i = m_imports[static_cast<size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Rejected))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Id: return i.id;
    case Started:
        if (role == SortRole)
            return i.startedAt;
        return QDateTime::fromSecsSinceEpoch(i.startedAt, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Bundle: return i.bundle;
    case Status: return i.status;
    case Rejected: return role == SortRole ? QVariant(i.rejected) : QVariant(readerLocale().toString(i.rejected));
    default: return {};
    }
}

QVariant ImportLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ra::ImportLogModel", "Import"),
        QT_TRANSLATE_NOOP("ra::ImportLogModel", "Started (UTC)"),
        QT_TRANSLATE_NOOP("ra::ImportLogModel", "Bundle"),
        QT_TRANSLATE_NOOP("ra::ImportLogModel", "Status"),
        QT_TRANSLATE_NOOP("ra::ImportLogModel", "Rejected rows"),
    };
    return QCoreApplication::translate("ra::ImportLogModel", names[section]);
}

RejectionsModel::RejectionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RejectionsModel::setImports(const std::vector<ImportLogEntry> &imports)
{
    beginResetModel();
    m_rows.clear();
    for (const ImportLogEntry &i : imports)
        for (const Rejection &r : i.samples)
            m_rows.push_back({i.id, r});
    endResetModel();
}

int RejectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case Import: return row.importId;
    case Location: {
        QString loc = row.rejection.file + QLatin1Char(':') + QString::number(row.rejection.line);
        if (!row.rejection.column.isEmpty())
            loc += QLatin1Char(':') + row.rejection.column;
        return loc;
    }
    case Reason:
        return shownReason(row.rejection.reason);
    default: return {};
    }
}

QVariant RejectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ra::RejectionsModel", "Import"),
        QT_TRANSLATE_NOOP("ra::RejectionsModel", "File:line:column"),
        QT_TRANSLATE_NOOP("ra::RejectionsModel", "Reason"),
    };
    return QCoreApplication::translate("ra::RejectionsModel", names[section]);
}

} // namespace ra

#pragma once
// The import log: one row per import, newest first.
#include "quality/dataquality.h"

#include <QAbstractTableModel>

namespace ra {

class ImportLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Started, Bundle, Status, Rejected, ColumnCount };
    explicit ImportLogModel(QObject *parent = nullptr);
    void setImports(const std::vector<ImportLogEntry> &imports);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportLogEntry> m_imports;
};

// The rejected rows of the listed imports: "file:line:column" and the reason.
class RejectionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Import, Location, Reason, ColumnCount };
    explicit RejectionsModel(QObject *parent = nullptr);
    void setImports(const std::vector<ImportLogEntry> &imports);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qint64 importId;
        Rejection rejection;
    };
    std::vector<Row> m_rows;
};

} // namespace ra

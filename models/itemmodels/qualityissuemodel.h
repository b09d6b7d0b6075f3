#pragma once
// Data-quality findings as a table: what, how many, sample ids to look up.
#include "quality/dataquality.h"

#include <QAbstractTableModel>

namespace ra {

class QualityIssueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Count, Samples, ColumnCount };
    explicit QualityIssueModel(QObject *parent = nullptr);
    // Only the issues whose key is in keys (empty = all).
    void setIssues(const std::vector<QualityIssue> &issues, const QStringList &keys = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<QualityIssue> m_issues;
};

} // namespace ra

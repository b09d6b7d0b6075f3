#pragma once
// Data quality: the import log, the rejected rows of the last imports, rows
// the KPIs treat specially (out-of-order stages, missing personas, ...).
// Shows the DataQualityReport the window put in the context; no engine work.
#include "pages/dashboardpage.h"

class QLabel;

namespace ra {

class ImportLogModel;
class QualityIssueModel;
class RejectionsModel;

class DataQualityPage : public DashboardPage {
    Q_OBJECT
public:
    explicit DataQualityPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("quality"); }
    QString title() const override { return tr("Data quality"); }
    void setContext(const DashboardContext &context) override;
    QAbstractItemModel *primaryTable() const override;

    QualityIssueModel *issues() const { return m_issues; }
    RejectionsModel *rejections() const { return m_rejections; }

private:
    void fitTables();

    QLabel *m_status = nullptr;
    QList<QWidget *> m_cards; // hidden while the checks have failed: nothing to show
    QualityIssueModel *m_issues = nullptr;
    ImportLogModel *m_imports = nullptr;
    RejectionsModel *m_rejections = nullptr;
};

} // namespace ra

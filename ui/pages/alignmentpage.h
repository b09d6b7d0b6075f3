#pragma once
// Alignment: the SLA both ways (sales accepting MQLs in time, sales giving
// marketing feedback), the lead graveyard and re-entered leads, and the
// alignment survey by question and role with the marketing–sales gap.
#include "pages/kpipage.h"

class QLabel;
class QTableView;

namespace ra {

class QualityIssueModel;
class SurveyModel;

class AlignmentPage : public KpiPage {
    Q_OBJECT
public:
    explicit AlignmentPage(QWidget *parent = nullptr);
    QAbstractItemModel *primaryTable() const override; // the survey scorecard

protected:
    KpiFamilies families() const override { return {KpiFamily::Lead, KpiFamily::Opportunity, KpiFamily::Survey}; }
    void refresh(const PageData &data) override;
    void clearPage() override;

private:
    ChartView *m_sla = nullptr;
    ChartView *m_graveyard = nullptr;
    ChartView *m_survey = nullptr;
    SurveyModel *m_surveyModel = nullptr;
    QualityIssueModel *m_leadLists = nullptr;
    QLabel *m_surveyTitle = nullptr;
    QTableView *m_leadListView = nullptr;
};

} // namespace ra

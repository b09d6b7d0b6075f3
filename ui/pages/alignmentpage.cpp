#include "pages/alignmentpage.h"

#include "charts/chartview.h"
#include "charts/standardcharts.h"
#include "itemmodels/qualityissuemodel.h"
#include "itemmodels/surveymodel.h"

#include <QHeaderView>
#include <QTableView>

namespace ra {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

AlignmentPage::AlignmentPage(QWidget *parent) : KpiPage(QStringLiteral("alignment"), tr("Alignment"), parent)
{
    addTiles({KpiId::SlaCompliance, KpiId::SlaAcceptanceMedianHours, KpiId::SlaFeedbackRate, KpiId::SlaBreached,
              KpiId::LeadsStalled, KpiId::LeadsReentered, KpiId::BookingsReentered, KpiId::SurveyScore,
              KpiId::SurveyGap});
    m_sla = addChart(QStringLiteral("sla_both_ways"), tr("SLA both ways: acceptance by sales, feedback to marketing"));
    m_graveyard = addChart(QStringLiteral("graveyard"), tr("Stalled and re-entered leads"));
    m_survey = addChart(QStringLiteral("survey_trend"), tr("Alignment survey: score and marketing–sales gap"));

    m_surveyModel = new SurveyModel(this);
    addCard(QStringLiteral("survey"), tr("Alignment survey by question and role (this period)"),
            makeTable(m_surveyModel, QStringLiteral("table:survey")), 2);
    m_leadLists = new QualityIssueModel(this);
    auto *lists = makeTable(m_leadLists, QStringLiteral("table:lead_lists"));
    lists->setToolTip(tr("Stalled and re-entered leads over the whole store, with example lead ids to follow up."));
    addCard(QStringLiteral("lead_lists"), tr("Leads to follow up (whole store)"), lists);
}

void AlignmentPage::refresh(const PageData &data)
{
    const QString &cur = data.context.currency;
    m_sla->setSpec(slaTrendSpec(data.grain, cur));
    m_graveyard->setSpec(kpiTrendSpec(data.grain, {KpiId::LeadsStalled, KpiId::LeadsReentered}, cur, SeriesKind::Bar));
    ChartSpec survey = kpiTrendSpec(data.grain, {KpiId::SurveyScore, KpiId::SurveyGap}, cur);
    survey.unit = KpiUnit::Score;
    m_survey->setSpec(survey);
    m_surveyModel->setTable(computeSurveyTable(data.engine.snapshot(), data.context.period, data.report.asOf));
    if (data.context.quality)
        m_leadLists->setIssues(data.context.quality->issues, {QStringLiteral("leads.stalled"), QStringLiteral("leads.reentered")});
    else
        m_leadLists->setIssues({});
}

void AlignmentPage::clearPage()
{
    for (ChartView *c : {m_sla, m_graveyard, m_survey})
        c->setSpec({});
    m_surveyModel->setTable({});
    m_leadLists->setIssues({});
}

} // namespace ra

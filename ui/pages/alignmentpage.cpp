#include "pages/alignmentpage.h"

#include "charts/chartview.h"
#include "charts/standardcharts.h"
#include "itemmodels/qualityissuemodel.h"
#include "itemmodels/surveymodel.h"
#include "pages/tablefit.h"

#include <QHeaderView>
#include <QLabel>
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
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
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
    auto *survey = makeTable(m_surveyModel, QStringLiteral("table:survey"));
    QWidget *card = addCard(QStringLiteral("survey"), tr("Alignment survey by question and role"), survey, 2);
    m_surveyTitle = card->findChild<QLabel *>();
    m_leadLists = new QualityIssueModel(this);
    auto *lists = makeTable(m_leadLists, QStringLiteral("table:lead_lists"));
    m_leadListView = lists;
    lists->setToolTip(tr("Stalled and re-entered leads over the whole store, with example lead ids to follow up."));
    addCard(QStringLiteral("lead_lists"), tr("Leads to follow up (whole store)"), lists);
    fitTableHeight(survey); // after addCard, which sets a chart-sized minimum
}

QAbstractItemModel *AlignmentPage::primaryTable() const { return m_surveyModel; }

void AlignmentPage::refresh(const PageData &data)
{
    const QString &cur = data.context.currency;
    m_sla->setSpec(slaTrendSpec(data.grain, cur));
    m_graveyard->setSpec(kpiTrendSpec(data.grain, {KpiId::LeadsStalled, KpiId::LeadsReentered}, cur, SeriesKind::Bar));
    ChartSpec survey = kpiTrendSpec(data.grain, {KpiId::SurveyScore, KpiId::SurveyGap}, cur);
    survey.unit = KpiUnit::Score;
    m_survey->setSpec(survey);
    // The survey runs quarterly: a month or week without a round shows the
    // latest 12 months up to the period instead of an empty table.
    SurveyTable table = computeSurveyTable(data.engine.snapshot(), data.context.period, data.report.asOf);
    QString scope = tr("this period");
    if (table.total() == 0) {
        const Period year = Period::customRange(data.context.period.last() - boost::gregorian::months(12) +
                                                    boost::gregorian::days(1),
                                                data.context.period.last());
        table = computeSurveyTable(data.engine.snapshot(), year, data.report.asOf);
        scope = tr("last 12 months: no survey in this period");
    }
    m_surveyModel->setTable(table);
    if (m_surveyTitle)
        m_surveyTitle->setText(tr("Alignment survey by question and role (%1)").arg(scope));
    if (data.context.quality)
        m_leadLists->setIssues(data.context.quality->issues, {QStringLiteral("leads.stalled"), QStringLiteral("leads.reentered")});
    else
        m_leadLists->setIssues({});
    fitTableHeight(m_leadListView, 4, 2);
}

void AlignmentPage::clearPage()
{
    for (ChartView *c : {m_sla, m_graveyard, m_survey})
        c->setSpec({});
    m_surveyModel->setTable({});
    m_leadLists->setIssues({});
    fitTableHeight(m_leadListView, 4, 2);
}

} // namespace ra

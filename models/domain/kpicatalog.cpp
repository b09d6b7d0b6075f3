#include "domain/kpicatalog.h"

#include <QCoreApplication>

namespace ra {
namespace {

using U = KpiUnit;
using G = KpiGroup;
using F = KpiFamily;
constexpr bool Lo = true;  // lower is better
constexpr bool Hi = false; // higher (or neutral) is better
constexpr bool M = true;   // monthly grain
constexpr bool A = false;  // any period

// clang-format off
constexpr std::array<KpiInfo, kKpiCount> kCatalog{{
    {KpiId::LeadsCreated, "leads.created", QT_TRANSLATE_NOOP("ra::Kpi", "Leads created"), U::Count, G::Marketing, F::Lead, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Leads that became a known contact in the period.")},
    {KpiId::LeadsMql, "leads.mql", QT_TRANSLATE_NOOP("ra::Kpi", "MQLs"), U::Count, G::Marketing, F::Lead, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Leads that became marketing qualified in the period.")},
    {KpiId::LeadsSal, "leads.sal", QT_TRANSLATE_NOOP("ra::Kpi", "SALs"), U::Count, G::Sales, F::Lead, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Leads that sales accepted in the period.")},
    {KpiId::LeadsSql, "leads.sql", QT_TRANSLATE_NOOP("ra::Kpi", "SQLs"), U::Count, G::Sales, F::Lead, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Leads that became sales qualified in the period.")},
    {KpiId::ConvMqlToSal, "conv.mql_to_sal", QT_TRANSLATE_NOOP("ra::Kpi", "MQL → SAL"), U::Ratio, G::Marketing, F::Lead, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Of the period's MQLs, the share that sales has accepted.")},
    {KpiId::ConvSalToSql, "conv.sal_to_sql", QT_TRANSLATE_NOOP("ra::Kpi", "SAL → SQL"), U::Ratio, G::Sales, F::Lead, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Of the period's SALs, the share that became sales qualified.")},
    {KpiId::ConvMqlToSql, "conv.mql_to_sql", QT_TRANSLATE_NOOP("ra::Kpi", "MQL → SQL"), U::Ratio, G::Marketing, F::Lead, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Of the period's MQLs, the share that became sales qualified.")},
    {KpiId::ConvSqlToWon, "conv.sql_to_won", QT_TRANSLATE_NOOP("ra::Kpi", "SQL → won"), U::Ratio, G::Sales, F::Lead, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Of the period's SQLs, the share with a won opportunity.")},

    {KpiId::SlaAcceptanceMedianHours, "sla.acceptance_median_hours", QT_TRANSLATE_NOOP("ra::Kpi", "MQL acceptance time"), U::Hours, G::Sales, F::Lead, Lo, Lo, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Median hours from MQL to sales acceptance, for the period's MQLs.")},
    {KpiId::SlaCompliance, "sla.compliance", QT_TRANSLATE_NOOP("ra::Kpi", "SLA compliance"), U::Ratio, G::Sales, F::Lead, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Share of the period's decided MQLs that sales accepted within the SLA hours.")},
    {KpiId::SlaBreached, "sla.breached", QT_TRANSLATE_NOOP("ra::Kpi", "SLA breaches"), U::Count, G::Sales, F::Lead, Lo, Lo, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "MQLs of the period accepted late, or not accepted and already past the SLA.")},
    {KpiId::SlaFeedbackRate, "sla.feedback_rate", QT_TRANSLATE_NOOP("ra::Kpi", "Feedback rate"), U::Ratio, G::Sales, F::Lead, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Of the period's SALs, the share given an outcome (SQL or disqualified) within the feedback days.")},

    {KpiId::OppsCreated, "opps.created", QT_TRANSLATE_NOOP("ra::Kpi", "Opportunities created"), U::Count, G::Sales, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Opportunities created in the period.")},
    {KpiId::OppsPipelineCreated, "opps.pipeline_created", QT_TRANSLATE_NOOP("ra::Kpi", "Pipeline created"), U::Money, G::Sales, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Total amount of the opportunities created in the period.")},
    {KpiId::OppsWon, "opps.won", QT_TRANSLATE_NOOP("ra::Kpi", "Deals won"), U::Count, G::Sales, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Opportunities won in the period.")},
    {KpiId::OppsLost, "opps.lost", QT_TRANSLATE_NOOP("ra::Kpi", "Deals lost"), U::Count, G::Sales, F::Opportunity, Lo, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Opportunities lost in the period.")},
    {KpiId::OppsWinRate, "opps.win_rate", QT_TRANSLATE_NOOP("ra::Kpi", "Win rate"), U::Ratio, G::Sales, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Won deals as a share of the deals closed (won or lost) in the period.")},
    {KpiId::OppsAvgWonAmount, "opps.avg_won_amount", QT_TRANSLATE_NOOP("ra::Kpi", "Average deal size"), U::Money, G::Sales, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Mean amount of the deals won in the period.")},
    {KpiId::OppsCycleMedianDays, "opps.cycle_median_days", QT_TRANSLATE_NOOP("ra::Kpi", "Sales cycle"), U::Days, G::Sales, F::Opportunity, Lo, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Median days from creation to close of the deals won in the period.")},
    {KpiId::BookingsTotal, "bookings.total", QT_TRANSLATE_NOOP("ra::Kpi", "Bookings"), U::Money, G::Sales, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Total amount of the deals won in the period.")},
    {KpiId::BookingsNewBusiness, "bookings.new_business", QT_TRANSLATE_NOOP("ra::Kpi", "New business"), U::Money, G::Revenue, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Amount won in the period from new-business deals.")},
    {KpiId::BookingsExistingBusiness, "bookings.existing_business", QT_TRANSLATE_NOOP("ra::Kpi", "Existing business"), U::Money, G::Revenue, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Amount won in the period from expansions and renewals of existing customers.")},
    {KpiId::BookingsExistingShare, "bookings.existing_share", QT_TRANSLATE_NOOP("ra::Kpi", "Existing-business share"), U::Ratio, G::Revenue, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Share of the period's bookings that came from existing customers.")},
    {KpiId::BookingsMarketingSourced, "bookings.marketing_sourced", QT_TRANSLATE_NOOP("ra::Kpi", "Marketing-sourced bookings"), U::Money, G::Marketing, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Amount won in the period from deals whose source is marketing.")},
    {KpiId::BookingsMarketingSourcedShare, "bookings.marketing_sourced_share", QT_TRANSLATE_NOOP("ra::Kpi", "Marketing-sourced share"), U::Ratio, G::Marketing, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Share of the period's bookings sourced by marketing.")},
    {KpiId::BookingsMarketingInfluenced, "bookings.marketing_influenced", QT_TRANSLATE_NOOP("ra::Kpi", "Marketing-influenced bookings"), U::Money, G::Marketing, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Amount won in the period from deals marketing sourced or touched within the influence window.")},
    {KpiId::BookingsMarketingInfluencedShare, "bookings.marketing_influenced_share", QT_TRANSLATE_NOOP("ra::Kpi", "Marketing-influenced share"), U::Ratio, G::Marketing, F::Opportunity, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Share of the period's bookings that marketing sourced or influenced.")},

    {KpiId::MrrStart, "mrr.start", QT_TRANSLATE_NOOP("ra::Kpi", "MRR at start"), U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Monthly recurring revenue in the month before the period.")},
    {KpiId::MrrEnd, "mrr.end", QT_TRANSLATE_NOOP("ra::Kpi", "MRR"), U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Monthly recurring revenue in the period's last month.")},
    {KpiId::MrrNew, "mrr.new", QT_TRANSLATE_NOOP("ra::Kpi", "New MRR"), U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "MRR from accounts paying for the first time in the period.")},
    {KpiId::MrrExpansion, "mrr.expansion", QT_TRANSLATE_NOOP("ra::Kpi", "Expansion MRR"), U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "MRR added by existing paying accounts that grew.")},
    {KpiId::MrrContraction, "mrr.contraction", QT_TRANSLATE_NOOP("ra::Kpi", "Contraction MRR"), U::Money, G::Revenue, F::Recurring, Lo, Lo, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "MRR lost by paying accounts that shrank.")},
    {KpiId::MrrChurned, "mrr.churned", QT_TRANSLATE_NOOP("ra::Kpi", "Churned MRR"), U::Money, G::Retention, F::Recurring, Lo, Lo, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "MRR lost by accounts that stopped paying.")},
    {KpiId::MrrReactivation, "mrr.reactivation", QT_TRANSLATE_NOOP("ra::Kpi", "Reactivation MRR"), U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "MRR from former customers who started paying again.")},
    {KpiId::CustomersStart, "customers.start", QT_TRANSLATE_NOOP("ra::Kpi", "Customers at start"), U::Count, G::Revenue, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Paying accounts in the month before the period.")},
    {KpiId::CustomersEnd, "customers.end", QT_TRANSLATE_NOOP("ra::Kpi", "Customers"), U::Count, G::Revenue, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Paying accounts in the period's last month.")},
    {KpiId::CustomersNew, "customers.new", QT_TRANSLATE_NOOP("ra::Kpi", "New customers"), U::Count, G::Revenue, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Accounts paying for the first time in the period.")},
    {KpiId::CustomersChurned, "customers.churned", QT_TRANSLATE_NOOP("ra::Kpi", "Churned customers"), U::Count, G::Retention, F::Recurring, Lo, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Times a paying account stopped paying in the period.")},
    {KpiId::ChurnLogoRate, "churn.logo_rate", QT_TRANSLATE_NOOP("ra::Kpi", "Logo churn"), U::Ratio, G::Retention, F::Recurring, Lo, Lo, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Churned customers as a share of the customers at the start.")},
    {KpiId::ChurnGrossRevenueRate, "churn.gross_revenue_rate", QT_TRANSLATE_NOOP("ra::Kpi", "Gross revenue churn"), U::Ratio, G::Retention, F::Recurring, Lo, Lo, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Churned and contracted MRR as a share of the MRR at the start.")},
    {KpiId::Nrr, "nrr", QT_TRANSLATE_NOOP("ra::Kpi", "Net revenue retention"), U::Ratio, G::Retention, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "What the start's paying accounts pay at the end, as a share of what they paid at the start.")},
    {KpiId::Grr, "grr", QT_TRANSLATE_NOOP("ra::Kpi", "Gross revenue retention"), U::Ratio, G::Retention, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Like NRR, but no account counts for more than it paid at the start.")},
    {KpiId::Arpa, "arpa", QT_TRANSLATE_NOOP("ra::Kpi", "ARPA (RPU)"), U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Average MRR per paying account at the end of the period.")},
    {KpiId::ChurnMonthlyAvg12m, "churn.monthly_avg_12m", QT_TRANSLATE_NOOP("ra::Kpi", "Monthly logo churn (12-month mean)"), U::Ratio, G::Retention, F::Recurring, Lo, Lo, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Mean monthly logo churn rate over the 12 months ending with the period.")},
    {KpiId::Clv, "clv", QT_TRANSLATE_NOOP("ra::Kpi", "CLV (gross margin)"), U::Money, G::Retention, F::Recurring, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "ARPA times gross margin, divided by the 12-month mean monthly churn.")},
    {KpiId::Cac, "cac", QT_TRANSLATE_NOOP("ra::Kpi", "CAC"), U::Money, G::Marketing, F::Spend, Lo, Lo, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Marketing and sales spend of the period per new customer.")},
    {KpiId::CacPaybackMonths, "cac_payback_months", QT_TRANSLATE_NOOP("ra::Kpi", "CAC payback"), U::Months, G::Retention, F::Spend, Lo, Lo, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Months of a new customer's gross-margin MRR needed to repay its CAC.")},
    {KpiId::ClvToCac, "clv_to_cac", QT_TRANSLATE_NOOP("ra::Kpi", "CLV : CAC"), U::Multiple, G::Retention, F::Spend, Hi, Hi, M,
     QT_TRANSLATE_NOOP("ra::Kpi", "Customer lifetime value divided by the cost of acquiring a customer.")},

    {KpiId::TicketsOpened, "tickets.opened", QT_TRANSLATE_NOOP("ra::Kpi", "Tickets opened"), U::Count, G::Service, F::Service, Lo, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Service tickets opened in the period.")},
    {KpiId::TicketsResolutionMedianHours, "tickets.resolution_median_hours", QT_TRANSLATE_NOOP("ra::Kpi", "Resolution time"), U::Hours, G::Service, F::Service, Lo, Lo, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Median hours from opening to resolution of the tickets resolved in the period.")},
    {KpiId::Csat, "csat", QT_TRANSLATE_NOOP("ra::Kpi", "CSAT"), U::Ratio, G::Service, F::Service, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Share of the period's rated resolved tickets rated 4 or 5.")},
    {KpiId::Nps, "nps", QT_TRANSLATE_NOOP("ra::Kpi", "NPS"), U::Score, G::Service, F::Service, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Promoters minus detractors, per hundred survey answers of the period.")},

    {KpiId::LeadsStalled, "leads.stalled", QT_TRANSLATE_NOOP("ra::Kpi", "Stalled leads"), U::Count, G::Alignment, F::Lead, Lo, Lo, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "MQLs not accepted, and SALs given no outcome, for longer than the stall days.")},
    {KpiId::LeadsReentered, "leads.reentered", QT_TRANSLATE_NOOP("ra::Kpi", "Re-entered leads"), U::Count, G::Alignment, F::Lead, Lo, Lo, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Sales or partner leads created shortly after a marketing lead with the same e-mail.")},
    {KpiId::BookingsReentered, "bookings.reentered", QT_TRANSLATE_NOOP("ra::Kpi", "Re-entered bookings"), U::Money, G::Alignment, F::Opportunity, Lo, Lo, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Amount won in the period on re-entered leads (credit taken from marketing).")},
    {KpiId::SurveyScore, "survey.score", QT_TRANSLATE_NOOP("ra::Kpi", "Alignment score"), U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Mean answer (1–10) of the period's alignment survey.")},
    {KpiId::SurveyGap, "survey.gap", QT_TRANSLATE_NOOP("ra::Kpi", "Marketing–sales gap"), U::Score, G::Alignment, F::Survey, Lo, Lo, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Mean difference between marketing's and sales' answers to the same questions.")},
    {KpiId::SurveySharedKpis, "survey.shared_kpis", QT_TRANSLATE_NOOP("ra::Kpi", "Shared KPIs"), U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Do marketing and sales share KPIs for revenue growth? (mean answer)")},
    {KpiId::SurveyLeadDefinition, "survey.lead_definition", QT_TRANSLATE_NOOP("ra::Kpi", "Lead definition"), U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Is there a clear definition of a lead passed to sales? (mean answer)")},
    {KpiId::SurveyLeadFlowDefined, "survey.lead_flow_defined", QT_TRANSLATE_NOOP("ra::Kpi", "Lead flow defined"), U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Was the lead flow into the CRM defined together? (mean answer)")},
    {KpiId::SurveyLeadFlowWorking, "survey.lead_flow_working", QT_TRANSLATE_NOOP("ra::Kpi", "Lead flow working"), U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Is the lead flow systematic and working? (mean answer)")},
    {KpiId::SurveyFollowupSatisfaction, "survey.followup_satisfaction", QT_TRANSLATE_NOOP("ra::Kpi", "Follow-up satisfaction"), U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     QT_TRANSLATE_NOOP("ra::Kpi", "Are you satisfied with sales follow-up of marketing leads? (mean answer)")},
}};
// clang-format on

constexpr bool catalogInOrder()
{
    for (int i = 0; i < kKpiCount; ++i)
        if (static_cast<int>(kCatalog[i].id) != i)
            return false;
    return true;
}
static_assert(catalogInOrder(), "kCatalog must list the KPIs in KpiId order");

} // namespace

const std::array<KpiInfo, kKpiCount> &kpiCatalog() { return kCatalog; }
const KpiInfo &kpiInfo(KpiId id) { return kCatalog[static_cast<int>(id)]; }

std::optional<KpiId> kpiFromKey(QStringView key)
{
    const QStringView t = key.trimmed();
    for (const KpiInfo &k : kCatalog)
        if (t == QLatin1String(k.key))
            return k.id;
    return std::nullopt;
}

QString kpiKey(KpiId id) { return QLatin1String(kpiInfo(id).key); }

QString kpiLabel(KpiId id) { return QCoreApplication::translate("ra::Kpi", kpiInfo(id).label); }
QString kpiDefinition(KpiId id) { return QCoreApplication::translate("ra::Kpi", kpiInfo(id).definition); }

QString kpiGroupName(KpiGroup g)
{
    switch (g) {
    case KpiGroup::Marketing: return QCoreApplication::translate("ra::Kpi", "Marketing");
    case KpiGroup::Sales: return QCoreApplication::translate("ra::Kpi", "Sales");
    case KpiGroup::Service: return QCoreApplication::translate("ra::Kpi", "Service");
    case KpiGroup::Revenue: return QCoreApplication::translate("ra::Kpi", "Revenue");
    case KpiGroup::Retention: return QCoreApplication::translate("ra::Kpi", "Retention");
    case KpiGroup::Alignment: return QCoreApplication::translate("ra::Kpi", "Alignment");
    }
    return {};
}

} // namespace ra

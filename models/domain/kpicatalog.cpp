#include "domain/kpicatalog.h"

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
    {KpiId::LeadsCreated, "leads.created", "Leads created", U::Count, G::Marketing, F::Lead, Hi, Hi, A,
     "Leads that became a known contact in the period."},
    {KpiId::LeadsMql, "leads.mql", "MQLs", U::Count, G::Marketing, F::Lead, Hi, Hi, A,
     "Leads that became marketing qualified in the period."},
    {KpiId::LeadsSal, "leads.sal", "SALs", U::Count, G::Sales, F::Lead, Hi, Hi, A,
     "Leads that sales accepted in the period."},
    {KpiId::LeadsSql, "leads.sql", "SQLs", U::Count, G::Sales, F::Lead, Hi, Hi, A,
     "Leads that became sales qualified in the period."},
    {KpiId::ConvMqlToSal, "conv.mql_to_sal", "MQL → SAL", U::Ratio, G::Marketing, F::Lead, Hi, Hi, A,
     "Of the period's MQLs, the share that sales has accepted."},
    {KpiId::ConvSalToSql, "conv.sal_to_sql", "SAL → SQL", U::Ratio, G::Sales, F::Lead, Hi, Hi, A,
     "Of the period's SALs, the share that became sales qualified."},
    {KpiId::ConvMqlToSql, "conv.mql_to_sql", "MQL → SQL", U::Ratio, G::Marketing, F::Lead, Hi, Hi, A,
     "Of the period's MQLs, the share that became sales qualified."},
    {KpiId::ConvSqlToWon, "conv.sql_to_won", "SQL → won", U::Ratio, G::Sales, F::Lead, Hi, Hi, A,
     "Of the period's SQLs, the share with a won opportunity."},

    {KpiId::SlaAcceptanceMedianHours, "sla.acceptance_median_hours", "MQL acceptance time", U::Hours, G::Sales, F::Lead, Lo, Lo, A,
     "Median hours from MQL to sales acceptance, for the period's MQLs."},
    {KpiId::SlaCompliance, "sla.compliance", "SLA compliance", U::Ratio, G::Sales, F::Lead, Hi, Hi, A,
     "Share of the period's decided MQLs that sales accepted within the SLA hours."},
    {KpiId::SlaBreached, "sla.breached", "SLA breaches", U::Count, G::Sales, F::Lead, Lo, Lo, A,
     "MQLs of the period accepted late, or not accepted and already past the SLA."},
    {KpiId::SlaFeedbackRate, "sla.feedback_rate", "Feedback rate", U::Ratio, G::Sales, F::Lead, Hi, Hi, A,
     "Of the period's SALs, the share given an outcome (SQL or disqualified) within the feedback days."},

    {KpiId::OppsCreated, "opps.created", "Opportunities created", U::Count, G::Sales, F::Opportunity, Hi, Hi, A,
     "Opportunities created in the period."},
    {KpiId::OppsPipelineCreated, "opps.pipeline_created", "Pipeline created", U::Money, G::Sales, F::Opportunity, Hi, Hi, A,
     "Total amount of the opportunities created in the period."},
    {KpiId::OppsWon, "opps.won", "Deals won", U::Count, G::Sales, F::Opportunity, Hi, Hi, A,
     "Opportunities won in the period."},
    {KpiId::OppsLost, "opps.lost", "Deals lost", U::Count, G::Sales, F::Opportunity, Lo, Hi, A,
     "Opportunities lost in the period."},
    {KpiId::OppsWinRate, "opps.win_rate", "Win rate", U::Ratio, G::Sales, F::Opportunity, Hi, Hi, A,
     "Won deals as a share of the deals closed (won or lost) in the period."},
    {KpiId::OppsAvgWonAmount, "opps.avg_won_amount", "Average deal size", U::Money, G::Sales, F::Opportunity, Hi, Hi, A,
     "Mean amount of the deals won in the period."},
    {KpiId::OppsCycleMedianDays, "opps.cycle_median_days", "Sales cycle", U::Days, G::Sales, F::Opportunity, Lo, Hi, A,
     "Median days from creation to close of the deals won in the period."},
    {KpiId::BookingsTotal, "bookings.total", "Bookings", U::Money, G::Sales, F::Opportunity, Hi, Hi, A,
     "Total amount of the deals won in the period."},
    {KpiId::BookingsNewBusiness, "bookings.new_business", "New business", U::Money, G::Revenue, F::Opportunity, Hi, Hi, A,
     "Amount won in the period from new-business deals."},
    {KpiId::BookingsExistingBusiness, "bookings.existing_business", "Existing business", U::Money, G::Revenue, F::Opportunity, Hi, Hi, A,
     "Amount won in the period from expansions and renewals of existing customers."},
    {KpiId::BookingsExistingShare, "bookings.existing_share", "Existing-business share", U::Ratio, G::Revenue, F::Opportunity, Hi, Hi, A,
     "Share of the period's bookings that came from existing customers."},
    {KpiId::BookingsMarketingSourced, "bookings.marketing_sourced", "Marketing-sourced bookings", U::Money, G::Marketing, F::Opportunity, Hi, Hi, A,
     "Amount won in the period from deals whose source is marketing."},
    {KpiId::BookingsMarketingSourcedShare, "bookings.marketing_sourced_share", "Marketing-sourced share", U::Ratio, G::Marketing, F::Opportunity, Hi, Hi, A,
     "Share of the period's bookings sourced by marketing."},
    {KpiId::BookingsMarketingInfluenced, "bookings.marketing_influenced", "Marketing-influenced bookings", U::Money, G::Marketing, F::Opportunity, Hi, Hi, A,
     "Amount won in the period from deals marketing sourced or touched within the influence window."},
    {KpiId::BookingsMarketingInfluencedShare, "bookings.marketing_influenced_share", "Marketing-influenced share", U::Ratio, G::Marketing, F::Opportunity, Hi, Hi, A,
     "Share of the period's bookings that marketing sourced or influenced."},

    {KpiId::MrrStart, "mrr.start", "MRR at start", U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     "Monthly recurring revenue in the month before the period."},
    {KpiId::MrrEnd, "mrr.end", "MRR", U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     "Monthly recurring revenue in the period's last month."},
    {KpiId::MrrNew, "mrr.new", "New MRR", U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     "MRR from accounts paying for the first time in the period."},
    {KpiId::MrrExpansion, "mrr.expansion", "Expansion MRR", U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     "MRR added by existing paying accounts that grew."},
    {KpiId::MrrContraction, "mrr.contraction", "Contraction MRR", U::Money, G::Revenue, F::Recurring, Lo, Lo, M,
     "MRR lost by paying accounts that shrank."},
    {KpiId::MrrChurned, "mrr.churned", "Churned MRR", U::Money, G::Retention, F::Recurring, Lo, Lo, M,
     "MRR lost by accounts that stopped paying."},
    {KpiId::MrrReactivation, "mrr.reactivation", "Reactivation MRR", U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     "MRR from former customers who started paying again."},
    {KpiId::CustomersStart, "customers.start", "Customers at start", U::Count, G::Revenue, F::Recurring, Hi, Hi, M,
     "Paying accounts in the month before the period."},
    {KpiId::CustomersEnd, "customers.end", "Customers", U::Count, G::Revenue, F::Recurring, Hi, Hi, M,
     "Paying accounts in the period's last month."},
    {KpiId::CustomersNew, "customers.new", "New customers", U::Count, G::Revenue, F::Recurring, Hi, Hi, M,
     "Accounts paying for the first time in the period."},
    {KpiId::CustomersChurned, "customers.churned", "Churned customers", U::Count, G::Retention, F::Recurring, Lo, Hi, M,
     "Times a paying account stopped paying in the period."},
    {KpiId::ChurnLogoRate, "churn.logo_rate", "Logo churn", U::Ratio, G::Retention, F::Recurring, Lo, Lo, M,
     "Churned customers as a share of the customers at the start."},
    {KpiId::ChurnGrossRevenueRate, "churn.gross_revenue_rate", "Gross revenue churn", U::Ratio, G::Retention, F::Recurring, Lo, Lo, M,
     "Churned and contracted MRR as a share of the MRR at the start."},
    {KpiId::Nrr, "nrr", "Net revenue retention", U::Ratio, G::Retention, F::Recurring, Hi, Hi, M,
     "What the start's paying accounts pay at the end, as a share of what they paid at the start."},
    {KpiId::Grr, "grr", "Gross revenue retention", U::Ratio, G::Retention, F::Recurring, Hi, Hi, M,
     "Like NRR, but no account counts for more than it paid at the start."},
    {KpiId::Arpa, "arpa", "ARPA (RPU)", U::Money, G::Revenue, F::Recurring, Hi, Hi, M,
     "Average MRR per paying account at the end of the period."},
    {KpiId::ChurnMonthlyAvg12m, "churn.monthly_avg_12m", "Monthly logo churn (12-month mean)", U::Ratio, G::Retention, F::Recurring, Lo, Lo, M,
     "Mean monthly logo churn rate over the 12 months ending with the period."},
    {KpiId::Clv, "clv", "CLV (gross margin)", U::Money, G::Retention, F::Recurring, Hi, Hi, M,
     "ARPA times gross margin, divided by the 12-month mean monthly churn."},
    {KpiId::Cac, "cac", "CAC", U::Money, G::Marketing, F::Spend, Lo, Lo, M,
     "Marketing and sales spend of the period per new customer."},
    {KpiId::CacPaybackMonths, "cac_payback_months", "CAC payback", U::Months, G::Retention, F::Spend, Lo, Lo, M,
     "Months of a new customer's gross-margin MRR needed to repay its CAC."},
    {KpiId::ClvToCac, "clv_to_cac", "CLV : CAC", U::Multiple, G::Retention, F::Spend, Hi, Hi, M,
     "Customer lifetime value divided by the cost of acquiring a customer."},

    {KpiId::TicketsOpened, "tickets.opened", "Tickets opened", U::Count, G::Service, F::Service, Lo, Hi, A,
     "Service tickets opened in the period."},
    {KpiId::TicketsResolutionMedianHours, "tickets.resolution_median_hours", "Resolution time", U::Hours, G::Service, F::Service, Lo, Lo, A,
     "Median hours from opening to resolution of the tickets resolved in the period."},
    {KpiId::Csat, "csat", "CSAT", U::Ratio, G::Service, F::Service, Hi, Hi, A,
     "Share of the period's rated resolved tickets rated 4 or 5."},
    {KpiId::Nps, "nps", "NPS", U::Score, G::Service, F::Service, Hi, Hi, A,
     "Promoters minus detractors, per hundred survey answers of the period."},

    {KpiId::LeadsStalled, "leads.stalled", "Stalled leads", U::Count, G::Alignment, F::Lead, Lo, Lo, A,
     "MQLs not accepted, and SALs given no outcome, for longer than the stall days."},
    {KpiId::LeadsReentered, "leads.reentered", "Re-entered leads", U::Count, G::Alignment, F::Lead, Lo, Lo, A,
     "Sales or partner leads created shortly after a marketing lead with the same e-mail."},
    {KpiId::BookingsReentered, "bookings.reentered", "Re-entered bookings", U::Money, G::Alignment, F::Opportunity, Lo, Lo, A,
     "Amount won in the period on re-entered leads (credit taken from marketing)."},
    {KpiId::SurveyScore, "survey.score", "Alignment score", U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     "Mean answer (1–10) of the period's alignment survey."},
    {KpiId::SurveyGap, "survey.gap", "Marketing–sales gap", U::Score, G::Alignment, F::Survey, Lo, Lo, A,
     "Mean difference between marketing's and sales' answers to the same questions."},
    {KpiId::SurveySharedKpis, "survey.shared_kpis", "Shared KPIs", U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     "Do marketing and sales share KPIs for revenue growth? (mean answer)"},
    {KpiId::SurveyLeadDefinition, "survey.lead_definition", "Lead definition", U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     "Is there a clear definition of a lead passed to sales? (mean answer)"},
    {KpiId::SurveyLeadFlowDefined, "survey.lead_flow_defined", "Lead flow defined", U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     "Was the lead flow into the CRM defined together? (mean answer)"},
    {KpiId::SurveyLeadFlowWorking, "survey.lead_flow_working", "Lead flow working", U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     "Is the lead flow systematic and working? (mean answer)"},
    {KpiId::SurveyFollowupSatisfaction, "survey.followup_satisfaction", "Follow-up satisfaction", U::Score, G::Alignment, F::Survey, Hi, Hi, A,
     "Are you satisfied with sales follow-up of marketing leads? (mean answer)"},
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

QString kpiGroupName(KpiGroup g)
{
    switch (g) {
    case KpiGroup::Marketing: return QStringLiteral("Marketing");
    case KpiGroup::Sales: return QStringLiteral("Sales");
    case KpiGroup::Service: return QStringLiteral("Service");
    case KpiGroup::Revenue: return QStringLiteral("Revenue");
    case KpiGroup::Retention: return QStringLiteral("Retention");
    case KpiGroup::Alignment: return QStringLiteral("Alignment");
    }
    return {};
}

} // namespace ra

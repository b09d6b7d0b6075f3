#pragma once
// Every KPI key of docs/kpi-definitions.md with what the UI, the PDF and the CLI need to show
// it: label, unit, direction, group, source family and a plain definition.
#include <QString>
#include <array>
#include <optional>

namespace ra {

enum class KpiId : int {
    // Funnel
    LeadsCreated, LeadsMql, LeadsSal, LeadsSql,
    ConvMqlToSal, ConvSalToSql, ConvMqlToSql, ConvSqlToWon,
    // SLA
    SlaAcceptanceMedianHours, SlaCompliance, SlaBreached, SlaFeedbackRate,
    // Opportunities and bookings
    OppsCreated, OppsPipelineCreated, OppsWon, OppsLost, OppsWinRate, OppsAvgWonAmount, OppsCycleMedianDays,
    BookingsTotal, BookingsNewBusiness, BookingsExistingBusiness, BookingsExistingShare,
    BookingsMarketingSourced, BookingsMarketingSourcedShare, BookingsMarketingInfluenced, BookingsMarketingInfluencedShare,
    // Recurring revenue
    MrrStart, MrrEnd, MrrNew, MrrExpansion, MrrContraction, MrrChurned, MrrReactivation,
    CustomersStart, CustomersEnd, CustomersNew, CustomersChurned,
    ChurnLogoRate, ChurnGrossRevenueRate, Nrr, Grr, Arpa, ChurnMonthlyAvg12m, Clv, Cac, CacPaybackMonths, ClvToCac,
    // Service
    TicketsOpened, TicketsResolutionMedianHours, Csat, Nps,
    // Alignment health
    LeadsStalled, LeadsReentered, BookingsReentered, SurveyScore, SurveyGap,
    SurveySharedKpis, SurveyLeadDefinition, SurveyLeadFlowDefined, SurveyLeadFlowWorking, SurveyFollowupSatisfaction,
    Count_
};
constexpr int kKpiCount = static_cast<int>(KpiId::Count_);

enum class KpiUnit : quint8 {
    Count,   // integer
    Money,   // cents inside the engine, major units outside
    Ratio,   // 0..1 share, shown as a percentage
    Hours,
    Days,
    Months,
    Multiple, // e.g. CLV:CAC 3.2×
    Score,   // NPS −100..100, survey 1..10
};

enum class KpiGroup : quint8 { Marketing, Sales, Service, Revenue, Retention, Alignment };

// Which data a KPI reads; decides which filters apply and why a value is null.
enum class KpiFamily : quint8 { Lead, Opportunity, Recurring, Spend, Service, Survey };

struct KpiInfo {
    KpiId id;
    const char *key;          // "conv.mql_to_sal"
    const char *label;        // "MQL → SAL" (English; kpiLabel() is the reader's language)
    KpiUnit unit;
    KpiGroup group;
    KpiFamily family;
    bool lowerIsBetter;       // for colouring changes
    bool targetLowerIsBetter; // the target rule of docs/kpi-definitions.md ("≤ target" is on track)
    bool monthlyGrain;        // null for periods that are not whole months
    const char *definition;   // one plain sentence (English; see kpiDefinition())
};

const std::array<KpiInfo, kKpiCount> &kpiCatalog();
const KpiInfo &kpiInfo(KpiId id);
std::optional<KpiId> kpiFromKey(QStringView key);
QString kpiKey(KpiId id);
// In the language of the installed translation (models/domain/language.h).
QString kpiLabel(KpiId id);
QString kpiDefinition(KpiId id);
QString kpiGroupName(KpiGroup g);

} // namespace ra

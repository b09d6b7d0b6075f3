// Alignment survey keys: they ignore every filter (the survey is about the
// teams, not about customers). The lead and booking sides of alignment health
// live with their families (funnelkpis.cpp, bookingkpis.cpp).
#include "domain/enums.h"
#include "kpi/enginequery.h"
#include "kpi/median.h"

#include <array>
#include <cmath>

namespace ra::detail {

namespace {

constexpr std::array<KpiId, kSurveyQuestionCount> kQuestionKeys = {
    KpiId::SurveySharedKpis, KpiId::SurveyLeadDefinition, KpiId::SurveyLeadFlowDefined,
    KpiId::SurveyLeadFlowWorking, KpiId::SurveyFollowupSatisfaction};

struct Mean {
    double sum = 0;
    qint64 n = 0;
    void add(double v) { sum += v; ++n; }
    std::optional<double> value() const { return ratio(sum, double(n)); }
};

struct SurveyAcc {
    Mean all;
    std::array<Mean, kSurveyQuestionCount> question;
    std::array<Mean, kSurveyQuestionCount> marketing, sales;
};

} // namespace

void computeSurvey(const Query &q, const Buckets &b, std::vector<KpiSet> &out)
{
    const auto &S = q.snap.survey;
    if (S.surveyedOn.empty()) {
        setNull(out, {KpiId::SurveyScore, KpiId::SurveyGap}, NullReason::NoData);
        for (KpiSet &o : out)
            for (KpiId id : kQuestionKeys)
                o.set(id, std::nullopt, NullReason::NoData);
        return;
    }
    std::vector<SurveyAcc> acc(static_cast<size_t>(b.size()));
    for (size_t r = 0; r < S.surveyedOn.size(); ++r) {
        const int k = b.find(S.surveyedOn[r]);
        const int question = S.question[r];
        if (k < 0 || question < 0 || question >= kSurveyQuestionCount)
            continue;
        SurveyAcc &a = acc[static_cast<size_t>(k)];
        const double v = S.score[r];
        a.all.add(v);
        a.question[static_cast<size_t>(question)].add(v);
        if (S.role[r] == static_cast<int>(SurveyRole::Marketing))
            a.marketing[static_cast<size_t>(question)].add(v);
        else if (S.role[r] == static_cast<int>(SurveyRole::Sales))
            a.sales[static_cast<size_t>(question)].add(v);
    }
    for (size_t k = 0; k < acc.size(); ++k) {
        const SurveyAcc &a = acc[k];
        KpiSet &o = out[k];
        o.set(KpiId::SurveyScore, a.all.value());
        Mean gap;
        for (size_t qi = 0; qi < kQuestionKeys.size(); ++qi) {
            o.set(kQuestionKeys[qi], a.question[qi].value());
            const auto m = a.marketing[qi].value(), s = a.sales[qi].value();
            if (m && s)
                gap.add(std::abs(*m - *s));
        }
        o.set(KpiId::SurveyGap, gap.value());
    }
}

} // namespace ra::detail

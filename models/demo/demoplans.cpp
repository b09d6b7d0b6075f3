// The plan side of the demo: acquisition spend per team and month, the
// targets the teams agreed on, and the quarterly alignment survey.
#include "demo/demostate.h"

#include <algorithm>
#include <cmath>

namespace ra::demo {
namespace {

QString monthKey(int yyyymm)
{
    return QStringLiteral("%1-%2").arg(yyyymm / 100, 4, 10, QLatin1Char('0')).arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

QString quarterKey(int yyyymm) { return QStringLiteral("%1-Q%2").arg(yyyymm / 100).arg((yyyymm % 100 - 1) / 3 + 1); }

bool writeTarget(State &s, const QString &period, const char *kpi, double value, const char *owner)
{
    Statement &st = s.sql.target;
    st.bind(1, period).bind(2, kpi).bind(3, value).bind(4, owner);
    if (!st.run())
        return false;
    ++s.summary.targets;
    return true;
}

double meanOf(const std::vector<qint64> &v, int from, int to) // [from, to)
{
    from = std::max(0, from);
    if (to <= from)
        return 0;
    double sum = 0;
    for (int i = from; i < to; ++i)
        sum += double(v[i]);
    return sum / (to - from);
}

} // namespace

Status writeSpend(State &s)
{
    for (int m = 0; m < s.cal.months; ++m) {
        const double progress = double(m) / s.cal.months;
        const double marketing = s.scale * 120000.0 * (0.8 + 0.4 * progress) * s.rng.uniform(0.92, 1.08);
        const double sales = s.scale * 180000.0 * (0.85 + 0.3 * progress) * s.rng.uniform(0.95, 1.05);
        for (const auto &[team, euros] : {std::pair{"marketing", marketing}, std::pair{"sales", sales}}) {
            Statement &st = s.sql.spend;
            st.bind(1, qint64(s.cal.yyyymm[m])).bind(2, team).bind(3, qint64(euros) * 100);
            if (!st.run())
                return st.status();
            ++s.summary.spendRows;
        }
    }
    return {};
}

Status writeTargets(State &s)
{
    // Goals set from the run rate of the three months before, a little higher:
    // some months meet them, some do not.
    const Totals &t = s.totals;
    const int months = s.cal.months;
    for (int m = std::max(3, months - 6); m < months; ++m) {
        const QString period = monthKey(s.cal.yyyymm[m]);
        const bool ok = writeTarget(s, period, "leads.mql", std::round(1.08 * meanOf(t.mql, m - 3, m)), "marketing")
                        && writeTarget(s, period, "conv.mql_to_sal", 0.70, "shared")
                        && writeTarget(s, period, "sla.compliance", 0.75, "sales")
                        && writeTarget(s, period, "sla.acceptance_median_hours", 8, "sales")
                        && writeTarget(s, period, "bookings.total", std::round(1.05 * meanOf(t.bookings, m - 3, m) / 100.0), "sales")
                        && writeTarget(s, period, "opps.win_rate", 0.42, "sales")
                        && writeTarget(s, period, "mrr.end", std::round(1.015 * double(t.mrrEnd[m - 1]) / 100.0), "shared")
                        && writeTarget(s, period, "churn.logo_rate", 0.012, "shared")
                        && writeTarget(s, period, "csat", 0.85, "service")
                        && writeTarget(s, period, "nps", 35, "service");
        if (!ok)
            return s.sql.target.status();
    }
    // The current quarter and the two before it.
    int lastQuarterStart = months - 1;
    while (lastQuarterStart > 0 && s.cal.yyyymm[lastQuarterStart] % 100 % 3 != 1)
        --lastQuarterStart;
    for (int q = 0; q < 3; ++q) {
        const int first = lastQuarterStart - 3 * q;
        if (first < 3)
            break;
        const QString period = quarterKey(s.cal.yyyymm[first]);
        const bool ok = writeTarget(s, period, "bookings.total", std::round(3.15 * meanOf(t.bookings, first - 3, first) / 100.0), "sales")
                        && writeTarget(s, period, "leads.mql", std::round(3.2 * meanOf(t.mql, first - 3, first)), "marketing")
                        && writeTarget(s, period, "nrr", 1.0, "shared")
                        && writeTarget(s, period, "cac", 11000, "shared")
                        && writeTarget(s, period, "leads.stalled", std::round(0.02 * meanOf(t.mql, first - 3, first)), "sales")
                        && writeTarget(s, period, "survey.gap", 1.0, "shared");
        if (!ok)
            return s.sql.target.status();
    }
    return {};
}

Status writeSurvey(State &s)
{
    struct Respondent { const char *name; const char *role; int roleIndex; };
    static const Respondent kPeople[] = {
        {"Anna Berg", "marketing", 0}, {"Jonas Weber", "marketing", 0}, {"Lea Fischer", "marketing", 0},
        {"Tom Keller", "sales", 1},    {"Sara Wolf", "sales", 1},       {"Max Braun", "sales", 1},
        {"Nina Roth", "service", 2},   {"Paul Frank", "service", 2},
        {"Eva Lang", "executive", 3},  {"Omar Haddad", "executive", 3}};
    static const char *const kQuestions[] = {"shared_kpis", "lead_definition", "lead_flow_defined",
                                             "lead_flow_working", "followup_satisfaction"};
    // Starting scores (1..10) per role and question: marketing is unhappy with
    // sales follow-up, sales with marketing's lead definition.
    static const double kStart[4][5] = {{4, 6, 5, 4, 3}, {4, 3, 4, 4, 6}, {5, 5, 5, 5, 5}, {6, 5, 5, 5, 5}};
    static const double kGain[4][5] = {{2.5, 1.5, 2, 2.5, 3.5}, {2.5, 3.5, 2, 2.5, 1.5}, {2, 2, 2, 2, 2}, {2, 2, 2, 2, 2}};
    for (int m = 1; m < s.cal.months; ++m) {
        if (s.cal.yyyymm[m] % 100 % 3 != 2) // the middle month of each quarter
            continue;
        const qint64 day = s.cal.monthStart[m] + 14 * kDay;
        if (day >= s.cal.endTs)
            continue;
        const double progress = double(m) / s.cal.months;
        for (const Respondent &r : kPeople) {
            for (int q = 0; q < 5; ++q) {
                const double raw = kStart[r.roleIndex][q] + kGain[r.roleIndex][q] * progress + 0.9 * s.rng.normal();
                const qint64 score = std::clamp<qint64>(qint64(std::lround(raw)), 1, 10);
                Statement &st = s.sql.survey;
                st.bind(1, day).bind(2, r.name).bind(3, r.role).bind(4, kQuestions[q]).bind(5, score);
                if (!st.run())
                    return st.status();
                ++s.summary.surveyAnswers;
            }
        }
    }
    return {};
}

} // namespace ra::demo

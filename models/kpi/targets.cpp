// Targets of docs/kpi-definitions.md: actual vs target for the rows of targets.csv whose
// period is the one shown. Money targets are written in major units, the
// engine keeps cents, so the actual is converted before comparing.
#include "kpi/enginequery.h"

#include <algorithm>

namespace ra::detail {

std::vector<TargetResult> judgeTargets(const Snapshot &s, const Period &period, const KpiSet &actual)
{
    std::vector<TargetResult> out;
    const QString key = period.key();
    for (const Snapshot::Target &t : s.targets) {
        const auto p = Period::parse(t.period);
        if (!p || p->key() != key)
            continue;
        const auto id = kpiFromKey(t.kpi);
        if (!id)
            continue;
        const KpiInfo &info = kpiInfo(*id);
        TargetResult r;
        r.kpi = *id;
        r.target = t.target;
        r.owner = t.owner;
        r.actual = actual.value(*id);
        if (r.actual) {
            const double comparable = info.unit == KpiUnit::Money ? *r.actual / 100.0 : *r.actual;
            const bool onTrack = info.targetLowerIsBetter ? comparable <= t.target : comparable >= t.target;
            r.status = onTrack ? TargetStatus::OnTrack : TargetStatus::Behind;
        }
        out.push_back(r);
    }
    // In catalog order, like the KPIs themselves (not in the store's order).
    std::stable_sort(out.begin(), out.end(), [](const TargetResult &a, const TargetResult &b) { return a.kpi < b.kpi; });
    return out;
}

} // namespace ra::detail

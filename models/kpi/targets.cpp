// Targets of docs/kpi-definitions.md: actual vs target for the rows of targets.csv whose
// period is the one shown. Money targets are written in major units, the
// engine keeps cents: the target is converted once, here, to the nearest cent
// (domain/money.h), and everything downstream compares and formats that.
#include "domain/money.h"
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
        r.value = info.unit == KpiUnit::Money ? centsFromMajor(t.target) : t.target;
        r.owner = t.owner;
        r.actual = actual.value(*id);
        if (r.actual) {
            const bool onTrack = info.targetLowerIsBetter ? *r.actual <= r.value : *r.actual >= r.value;
            r.status = onTrack ? TargetStatus::OnTrack : TargetStatus::Behind;
        }
        out.push_back(r);
    }
    // In catalog order, like the KPIs themselves (not in the store's order).
    std::stable_sort(out.begin(), out.end(), [](const TargetResult &a, const TargetResult &b) { return a.kpi < b.kpi; });
    return out;
}

} // namespace ra::detail

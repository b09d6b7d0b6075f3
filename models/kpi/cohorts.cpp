// Acquisition cohorts of docs/kpi-definitions.md: accounts grouped by the month of their
// `new` movement (their first month with MRR > 0), followed month by month up
// to as_of's month.
#include "domain/calendar.h"
#include "kpi/enginequery.h"
#include "kpi/kpiengine.h"

#include <map>

namespace ra::detail {

std::vector<CohortRow> computeCohorts(const Query &q, std::optional<int> fromMonth)
{
    const Snapshot &s = q.snap;
    std::vector<CohortRow> rows;
    if (q.channel.active || s.mrrAccounts.empty()) // revenue has no channel
        return rows;
    const int asOfMonth = monthIndexOfEpoch(q.asOf);
    const int from = fromMonth ? monthIndex(*fromMonth) : std::numeric_limits<int>::min();
    auto mrrAt = [&](int slot, int m) { return m > asOfMonth ? 0 : s.mrrAt(slot, m); };

    std::map<int, std::vector<int>> byCohort; // month index → matrix rows
    for (size_t slot = 0; slot < s.mrrAccounts.size(); ++slot) {
        const size_t a = static_cast<size_t>(s.mrrAccounts[slot]);
        if (!q.persona.matches(q.res.accountPersona[a]) || !q.segment.matches(s.accounts.segment[a]))
            continue;
        const int c = s.mrrFirstPositive[slot];
        if (c <= asOfMonth && c >= from)
            byCohort[c].push_back(static_cast<int>(slot));
    }
    for (const auto &[c, slots] : byCohort) {
        CohortRow row;
        row.month = monthFromIndex(c);
        row.accounts = static_cast<int>(slots.size());
        qint64 start = 0;
        for (int slot : slots)
            start += mrrAt(slot, c);
        row.startMrr = double(start);
        for (int m = c; m <= asOfMonth; ++m) {
            qint64 alive = 0, total = 0;
            for (int slot : slots) {
                const qint64 v = mrrAt(slot, m);
                total += v;
                alive += v > 0 ? 1 : 0;
            }
            row.logoRetention.push_back(double(alive) / double(slots.size()));
            row.revenueRetention.push_back(start > 0 ? std::optional<double>(double(total) / double(start)) : std::nullopt);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace ra::detail

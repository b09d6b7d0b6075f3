#pragma once
// Zone maps: per block of consecutive rows, the earliest and latest event time
// in them. A pass over a few periods skips the blocks with no event in the
// periods' range; the stores keep rows roughly in time order, so the period
// and its previous one read a small part of the rows. Exact on any order: a
// block is skipped only when none of its rows has an event the pass would
// count. See docs/decisions/engine-passes-5m.md.
#include "kpi/enginequery.h"
#include "kpi/passparts.h"
#include "kpi/snapshot.h"

#include <algorithm>
#include <initializer_list>

namespace ra::detail {

class RowZones {
public:
    static constexpr int kShift = 9; // 512 rows a block
    RowZones() = default;
    // The event times of each row are the values of `columns` at that row;
    // kNever (not set) is no event.
    RowZones(int rows, std::initializer_list<const std::vector<qint64> *> columns);

    // Calls f(first, last) for each run of rows [first, last) whose blocks may
    // hold an event time in [lo, hi); adjacent blocks form one run.
    template<typename F>
    void forRuns(qint64 lo, qint64 hi, F &&f) const
    {
        const int blocks = static_cast<int>(m_min.size());
        for (int k = 0; k < blocks;) {
            if (!overlaps(k, lo, hi)) {
                ++k;
                continue;
            }
            const int first = k;
            while (k < blocks && overlaps(k, lo, hi))
                ++k;
            f(first << kShift, std::min(m_rows, k << kShift));
        }
    }

private:
    bool overlaps(int k, qint64 lo, qint64 hi) const
    {
        return m_min[static_cast<size_t>(k)] < hi && m_max[static_cast<size_t>(k)] >= lo;
    }
    int m_rows = 0;
    std::vector<qint64> m_min, m_max; // per block; a block without events has min > max
};

// The zone maps of the passes that walk rows in store order.
struct EngineZones {
    RowZones leads; // created, MQL, SAL, SQL: the funnel's bucketed times
    RowZones opps;  // created, closed
    RowZones tickets; // opened, resolved
    RowZones nps;     // responded
    explicit EngineZones(const Snapshot &s);
};

// Calls f(row) for every row of `list` (sorted, as the snapshot's index lists
// are), or of 0..n-1 when list is null, that lies in a run of `zones` for
// [lo, hi); every row when zones is null. With a slice, only the slice's share
// of those rows (cut by row position, so the parts of a pass are about equal).
template<typename F>
inline void forEachRowIn(const std::vector<int> *list, int n, const RowZones *zones, qint64 lo, qint64 hi, F &&f,
                         RowSlice slice = {})
{
    auto from = list ? list->begin() : std::vector<int>::const_iterator{};
    auto visit = [&](int first, int last) {
        if (!list) {
            for (int i = first; i < last; ++i)
                f(i);
            return;
        }
        from = std::lower_bound(from, list->end(), first);
        const auto to = std::lower_bound(from, list->end(), last);
        for (auto it = from; it != to; ++it)
            f(*it);
        from = to;
    };
    auto runs = [&](auto &&g) {
        if (zones)
            zones->forRuns(lo, hi, g);
        else
            g(0, n);
    };
    if (slice.whole()) {
        runs(visit);
        return;
    }
    qint64 total = 0;
    runs([&](int first, int last) { total += last - first; });
    const qint64 begin = slice.first(total), end = slice.last(total);
    qint64 at = 0; // position of the run's first row among all runs' rows
    runs([&](int first, int last) {
        const qint64 a = std::max(at, begin), b = std::min(at + (last - first), end);
        if (a < b)
            visit(first + static_cast<int>(a - at), first + static_cast<int>(b - at));
        at += last - first;
    });
}

} // namespace ra::detail

#pragma once
// Internal to the KPI engine: a pass cut in parts so that both cores share
// it (engine-passes-5m.md). Each part walks its slice of the rows the pass
// would walk into its own counters; the pass's finish adds the parts up
// (counts and cents are integers, the medians' lists are joined), so the
// result is the same as one pass over every row, in any number of parts.
#include <QtGlobal>

#include <memory>
#include <vector>

namespace ra::detail {

// Part `part` of `parts` equal slices of the rows a pass visits.
struct RowSlice {
    int part = 0, parts = 1;
    // This part's share [first, last) of positions 0..total-1.
    qint64 first(qint64 total) const { return total * part / parts; }
    qint64 last(qint64 total) const { return total * (part + 1) / parts; }
    bool whole() const { return parts == 1; }
};

// What a part leaves for its pass's finish.
struct PassPart {
    virtual ~PassPart() = default;
};
using PassPartPtr = std::unique_ptr<PassPart>;
using PassParts = std::vector<PassPartPtr>;

// Appends `from` to `to` (the lists a median is taken from: order does not matter).
inline void join(std::vector<double> &to, std::vector<double> &&from)
{
    if (to.empty())
        to = std::move(from);
    else
        to.insert(to.end(), from.begin(), from.end());
}

// A part's counters and, per period, the list a median is taken from.
// Counter-major (counter c of period k at c * slots + k, slots = periods + 1
// for Buckets::slot's spare): the counters one row adds to lie apart, since
// adjacent ones get combined by the compiler into one wide read that then
// waits for the previous row's narrow writes.
template<int Counters>
struct CountsPart : PassPart {
    explicit CountsPart(int periods)
        : slots(periods + 1), counts(static_cast<size_t>(Counters) * static_cast<size_t>(periods + 1)),
          lists(static_cast<size_t>(periods))
    {
    }
    qint64 *counter(int c) { return counts.data() + static_cast<ptrdiff_t>(c) * slots; }
    qint64 count(int c, int k) const { return counts[static_cast<size_t>(c * slots + k)]; }
    int slots;
    std::vector<qint64> counts;
    std::vector<std::vector<double>> lists;
};

// The parts added up into the first one (counts are integers, a median's list
// does not depend on the order: the same as one part over every row).
template<int Counters>
CountsPart<Counters> &addParts(PassParts &parts)
{
    auto &total = static_cast<CountsPart<Counters> &>(*parts.front());
    for (size_t p = 1; p < parts.size(); ++p) {
        auto &part = static_cast<CountsPart<Counters> &>(*parts[p]);
        for (size_t i = 0; i < total.counts.size(); ++i)
            total.counts[i] += part.counts[i];
        for (size_t k = 0; k < total.lists.size(); ++k)
            join(total.lists[k], std::move(part.lists[k]));
    }
    return total;
}

} // namespace ra::detail

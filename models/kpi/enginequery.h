#pragma once
// Internal to the KPI engine: one query (snapshot, settings, as_of, resolved
// filters) and the bucketing of events into the periods asked for, so that a
// family walks its rows once for a whole trend instead of once per period.
#include "domain/settings.h"
#include "kpi/accounthealth.h"
#include "kpi/kpiresult.h"
#include "kpi/passparts.h"
#include "kpi/snapshot.h"

#include <algorithm>

namespace ra::detail {

// Sorted, non-overlapping periods; an event counts in a period only when it is
// in the period's interval and not after as_of. Periods start and end at UTC
// midnight, so a table of the days from the first period's start to the cap
// gives an event's period with one division and one load (kpi-passes.md).
class Buckets {
public:
    Buckets(const std::vector<Period> &periods, qint64 asOf);
    int find(qint64 t) const
    {
        if (t < m_lo || t >= m_hi)
            return -1;
        if (dayAligned()) {
            const int k = m_daySlot[static_cast<size_t>((t - m_lo) / kSecondsPerDay)];
            return k == size() ? -1 : k;
        }
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), t);
        const int i = static_cast<int>(it - m_starts.begin()) - 1;
        return t < m_ends[static_cast<size_t>(i)] ? i : -1;
    }
    int size() const { return static_cast<int>(m_periods.size()); }
    const Period &period(int i) const { return m_periods[static_cast<size_t>(i)]; }
    // find() without branches for a row pass: the period, or size() (a spare
    // slot the caller sizes its counters for and ignores) for none.
    int slot(qint64 t) const
    {
        if (!dayAligned()) {
            const int k = find(t);
            return k < 0 ? size() : k;
        }
        // Before m_lo wraps to a huge day, which the clamp sends to the spare entry.
        const quint64 day = std::min<quint64>((quint64(t) - quint64(m_lo)) / kSecondsPerDay, m_daySlot.size() - 1);
        const int k = m_daySlot[static_cast<size_t>(day)];
        return t < m_hi ? k : size();
    }
    // The half-open interval [lo, hi) outside which find() is always -1.
    qint64 lo() const { return m_lo; }
    // Every boundary is a UTC midnight (slot() then looks a day up).
    bool dayAligned() const { return !m_daySlot.empty(); }
    qint64 hi() const { return m_hi; }
    static bool usable(const std::vector<Period> &periods); // sorted and non-overlapping

private:
    static constexpr qint64 kSecondsPerDay = 86400;
    std::vector<Period> m_periods;
    std::vector<qint64> m_starts, m_ends;
    // Per day from m_lo: its period, or size() for none; one more entry (the
    // spare) after the last day. Empty: the boundaries are not all midnights.
    std::vector<qint16> m_daySlot;
    qint64 m_lo = 0, m_hi = 0;
};

// a − b, wrapping instead of overflowing: a branch-free pass computes
// differences with kNever too and masks them out afterwards.
inline qint64 wrappingMinus(qint64 a, qint64 b)
{
    return static_cast<qint64>(static_cast<quint64>(a) - static_cast<quint64>(b));
}

struct DimFilter {
    bool active = false;
    int id = kNone; // kNone = "Unassigned"; -2 = a value the store does not have
    bool matches(int v) const { return !active || v == id; }
};

struct HealthMatrix;
struct EngineZones;
class FunnelCube;

struct Query {
    const Snapshot &snap;
    const Settings &settings;
    qint64 asOf;
    const Resolution &res;
    DimFilter persona, segment, channel;
    const HealthMatrix *health = nullptr; // the account-health inputs at as_of (computeHealth)
    const EngineZones *zones = nullptr;   // blocks of rows to skip (rowzones.h); null: walk every row
    const FunnelCube *funnelCube = nullptr; // the lead family's counters at as_of (funnelcube.h); null: the row pass
};

// Each family fills its keys of out[i] for bucket i (out.size() == buckets.size()).
// The row passes can also run in parts (passparts.h): each part counts its
// slice of the rows, the finish adds the parts up and sets the keys.
void computeFunnel(const Query &q, const Buckets &b, std::vector<KpiSet> &out);
void computeBookings(const Query &q, const Buckets &b, std::vector<KpiSet> &out);
void computeRecurring(const Query &q, const Buckets &b, std::vector<KpiSet> &out);
void computeService(const Query &q, const Buckets &b, std::vector<KpiSet> &out);
PassPartPtr computeFunnelPart(const Query &q, const Buckets &b, RowSlice slice);
int funnelParts(const Query &q, const Buckets &b); // one when the funnel cube answers
void finishFunnel(const Query &q, const Buckets &b, PassParts &parts, std::vector<KpiSet> &out);
PassPartPtr computeBookingsPart(const Query &q, const Buckets &b, RowSlice slice);
void finishBookings(const Query &q, const Buckets &b, PassParts &parts, std::vector<KpiSet> &out);
PassPartPtr computeServicePart(const Query &q, const Buckets &b, RowSlice slice);
void finishService(const Query &q, const Buckets &b, PassParts &parts, std::vector<KpiSet> &out);
void computeSurvey(const Query &q, const Buckets &b, std::vector<KpiSet> &out);
void computeHealth(const Query &q, const Buckets &b, std::vector<KpiSet> &out);

// The at-risk accounts at a period's last month (healthlists.cpp); with
// q.health set, the matrix's signal bits pick them and its lift counts count.
HealthList healthList(const Query &q, const Period &period);

// The MRR matrix rows of the accounts that pass the persona and segment filters.
std::vector<int> filteredMrrSlots(const Query &q);

// Sets every listed key of every set to null with the reason.
void setNull(std::vector<KpiSet> &out, std::initializer_list<KpiId> ids, NullReason why);

// Calls f(index) for every row of an index list, or 0..n-1 when list is null.
template<typename F>
inline void forEachIndex(const std::vector<int> *list, int n, F &&f)
{
    if (list) {
        for (int i : *list)
            f(i);
    } else {
        for (int i = 0; i < n; ++i)
            f(i);
    }
}

// The narrowest precomputed index list for a filter, or null for "all rows".
inline const std::vector<int> *indexFor(const std::vector<std::vector<int>> &lists, const DimFilter &f)
{
    static const std::vector<int> kEmpty;
    if (!f.active)
        return nullptr;
    if (f.id < kNone || static_cast<size_t>(f.id + 1) >= lists.size())
        return &kEmpty;
    return &lists[static_cast<size_t>(f.id + 1)];
}

// The filters a pass checks per row once it walks `lists`' index list of the
// first active one of them: that list holds exactly the rows of its value, so
// its filter is not checked again (and its column not read).
struct RowFilter {
    const std::vector<int> *list = nullptr; // null: every row
    DimFilter dims[3];
    // value(d) reads row's value of dimension d: only for the filters checked.
    template<typename V>
    bool matches(V &&value) const
    {
        for (int d = 0; d < 3; ++d)
            if (dims[d].active && value(d) != dims[d].id)
                return false;
        return true;
    }
};
inline RowFilter rowFilter(const std::vector<std::vector<int>> *const (&lists)[3], const DimFilter (&dims)[3])
{
    RowFilter r{nullptr, {dims[0], dims[1], dims[2]}};
    for (int d = 0; d < 3; ++d) {
        if ((r.list = indexFor(*lists[d], dims[d]))) {
            r.dims[d].active = false;
            break;
        }
    }
    return r;
}

} // namespace ra::detail

#pragma once
// Internal to the KPI engine: the lead family's counters per day and per
// combination of a lead's persona, segment and channel, at one as_of. Built
// once per engine and as_of from every lead with the row pass's own counting
// (funnelcounter.h); a click then adds up the days of its periods over the
// combinations its filters keep, instead of walking millions of leads. The
// SLA median's hours are kept per day and combination too, so every key is
// the same as the row pass's (docs/decisions/funnel-cube.md).
#include "kpi/funnelcounter.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace ra::detail {

class FunnelCube {
public:
    // Null when the cube would not pay: more cells than a quarter of the leads
    // (a small store, or many days × combinations), or more than kMaxBytes;
    // or an acceptance time of 136 years or more (it keeps them in 32 bits).
    // `anySize` builds it whenever it fits kMaxBytes (tests). One thread.
    // `cancel` set stops it early (null result).
    static std::unique_ptr<const FunnelCube> build(const Snapshot &s, const Settings &settings, qint64 asOf,
                                                   bool anySize = false, const std::atomic<bool> *cancel = nullptr);
    static constexpr size_t kMaxBytes = size_t(64) << 20;

    // Adds the counters and acceptance times of b's periods, for q's filters,
    // into `part`; b's boundaries must be UTC midnights (b.dayAligned()).
    void answer(const Query &q, const Buckets &b, FunnelPart &part) const;

    // The sink LeadCounter counts into while the cube is built (funnelcube.cpp).
    class Builder;

private:
    FunnelCube() = default;
    struct Combo {
        int persona, segment, channel; // interned ids (kNone = none)
    };
    size_t cell(int combo, int day) const { return static_cast<size_t>(combo) * m_days + static_cast<size_t>(day); }

    qint64 m_firstDay = 0; // days since the epoch of day 0
    int m_days = 0;
    std::vector<Combo> m_combos;
    // Counter c of (combo, day) at (combo * kFunnelCounters + c) * days + day;
    // one more combination at the end is the spare the counting needs. A
    // day's count of one combination is at most the leads: 32 bits.
    std::vector<qint32> m_counts;
    // The SLA's acceptance times of (combo, day), in seconds:
    // m_seconds[m_secondsStart[cell] .. m_secondsStart[cell + 1]).
    std::vector<quint32> m_seconds;
    std::vector<quint32> m_secondsStart;
};

// The cubes of one engine (snapshot and settings), per as_of: the last two
// built are kept (some ten megabytes each at 5M leads). A computation asks for the cube at its
// as_of and, when there is none yet, answers from the rows and has one built
// on a thread of its own afterwards: the first paint does not wait for it,
// the clicks after it use it.
class FunnelCubes {
public:
    FunnelCubes(std::shared_ptr<const Snapshot> s, Settings settings);
    ~FunnelCubes(); // stops a build under way
    FunnelCubes(const FunnelCubes &) = delete;
    FunnelCubes &operator=(const FunnelCubes &) = delete;

    // The cube at as_of when it is built and pays; null otherwise.
    std::shared_ptr<const FunnelCube> ready(qint64 asOf) const;
    // Starts building the cube at as_of, unless it is built, known not to pay,
    // or another build is under way (a later call starts it then).
    void prepare(qint64 asOf) const;
    // The cube at as_of, built now when there is none (null when it does not pay).
    std::shared_ptr<const FunnelCube> at(qint64 asOf) const;

private:
    void keep(qint64 asOf, std::shared_ptr<const FunnelCube> cube) const; // m_mutex held

    const std::shared_ptr<const Snapshot> m_s;
    const Settings m_settings;
    mutable std::mutex m_mutex;
    // Oldest first; a null cube: it does not pay at that as_of.
    mutable std::vector<std::pair<qint64, std::shared_ptr<const FunnelCube>>> m_byAsOf;
    const std::pair<qint64, std::shared_ptr<const FunnelCube>> *find(qint64 asOf) const; // m_mutex held
    mutable bool m_building = false;
    mutable std::atomic<bool> m_cancel{false};
    mutable std::thread m_thread;
};

} // namespace ra::detail

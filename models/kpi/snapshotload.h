#pragma once
// Internal to the snapshot loader (snapshotloader.cpp, snapshotlinks.cpp):
// the state of one load, shared by the two reader threads.
#include "core/result.h"
#include "kpi/flatindex.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotloader.h"
#include "kpi/snapshotreader.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace ra {

// Where lead rows are written. When rowids are (nearly) dense, the row with
// rowid r goes to slot r - minRowid, so any range can be read by any thread
// straight into the snapshot's columns, in rowid order, without a merge; slots
// of missing rowids are dropped at the end. Sparse rowids (a store that lost
// most of its leads) are read in one range, slot = row number.
constexpr size_t kNoSlot = ~size_t(0);

struct LeadLayout {
    qint64 minRowid = 1, maxRowid = 0;
    size_t slots = 0;
    bool byRowid = true;
};

struct LeadChunk {
    qint64 from = 1, to = 0;
    TextPool personas, channels; // its own pools: texts are re-interned in rowid order at the end
    size_t first = kNoSlot, last = kNoSlot; // slots of its first and last row
    bool ascending = true;                  // its lead ids rise with the rowid
};

// One load: the tasks both connections share and what they leave behind.
class SnapshotLoad {
public:
    explicit SnapshotLoad(Snapshot &s) : m_s(s) {}

    Status run(const Store &store, const Progress &progress);

private:
    using Task = std::function<Status(SqlReader &)>;

    bool ok(const Status &st);
    void drain(SqlReader &rd);
    Status readAccounts(SqlReader &rd);
    Status planLeads(SqlReader &rd);
    Status readLeadChunk(SqlReader &rd, LeadChunk &chunk);
    Status readLeadIds(SqlReader &rd);
    Status readTouches(SqlReader &rd);
    Status readOpps(SqlReader &rd);
    Status readAccountTables(SqlReader &rd, int which);
    Status readSmallTables(SqlReader &rd);
    bool leadIdsInOrder() const;
    void finishLeads();
    void finishLinks();
    void releaseScaffolding();
    template<typename IdAt, typename LeadAt>
    void link(size_t n, IdAt idAt, LeadAt leadAt);

    Snapshot &m_s;
    std::atomic<bool> m_cancel{false};
    std::mutex m_errorLock;
    std::optional<Error> m_error;
    std::vector<Task> m_queue;
    std::atomic<size_t> m_next{0};
    std::atomic<int> m_chunksDone{0};

    FlatIndex m_accounts;
    LeadLayout m_layout;
    std::vector<LeadChunk> m_chunks;
    std::vector<char> m_present;   // per slot: a row was read into it
    std::vector<qint64> m_rowidOf; // per slot, sparse layout only
    bool m_idsInOrder = true; // lead ids rise with the rowid (see finishLinks)
    std::atomic<bool> m_idScanNeeded{false}, m_idScanTaken{false};
    IdColumn m_ids;                // only when not: all lead ids in byte order ...
    std::vector<qint64> m_idRowids; // ... and their rowids
    IdColumn m_touchLeads;            // lead id of each run of touches, in byte order
    std::vector<quint32> m_touchRunBegin; // run k is touches [begin[k], begin[k + 1])
    IdColumn m_oppLeads;              // per opportunity; empty = none
    std::vector<std::string> m_oppPersona;
    std::vector<std::string> m_leadIds; // per slot until the links are made, then the snapshot's IdColumn
};

} // namespace ra

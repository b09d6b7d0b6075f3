#include "kpi/snapshotloader.h"

#include "kpi/flatindex.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotreader.h"
#include "store/store.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <functional>
#include <latch>
#include <mutex>
#include <optional>
#include <string_view>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace ra {

namespace {

// Leads are read in rowid ranges of about this many rows, taken by whichever
// connection is free: small enough that the two readers end within a few
// milliseconds of each other, large enough that a range's statement costs
// nothing.
constexpr qint64 kChunkRows = 32768;
constexpr qint64 kMaxChunks = 64;
#define NEVER "9223372036854775807" // kNever in SQL
static_assert(kNever == 9223372036854775807LL);

// Where lead rows are written. When rowids are (nearly) dense, the row with
// rowid r goes to slot r - minRowid, so any range can be read by any thread
// straight into the snapshot's columns, in rowid order, without a merge; slots
// of missing rowids are dropped at the end. Sparse rowids (a store that lost
// most of its leads) are read in one range, slot = row number.
struct LeadLayout {
    qint64 minRowid = 1, maxRowid = 0;
    size_t slots = 0;
    bool byRowid = true;
};

struct LeadChunk {
    qint64 from = 1, to = 0;
    TextPool personas, channels; // its own pools: texts are re-interned in rowid order at the end
};

// The lead columns (~100 MB at a million leads) are written once, right
// away: on 2 MB pages where the kernel offers them on request, sizing them
// takes a few dozen page faults instead of ~25,000.
void adviseHugePages(void *data, size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr uintptr_t kHuge = uintptr_t(2) << 20;
    const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

template<typename T>
void assignHuge(std::vector<T> &v, size_t n, T value)
{
    v.reserve(n);
    adviseHugePages(v.data(), n * sizeof(T));
    v.assign(n, value);
}

// One load: the tasks both connections share and what they leave behind.
class Load {
public:
    explicit Load(Snapshot &s) : m_s(s) {}

    Status run(const Store &store, const SnapshotLoader::Progress &progress);

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
    void finishLeads();
    void finishLinks();

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
    SortedLeadIds m_ids;
    std::vector<qint64> m_touchRowid; // per touch (touches.at is filled directly)
    std::vector<qint64> m_oppLeadRowid; // per opportunity, -1 = none
    std::vector<std::string> m_oppPersona;
};

bool Load::ok(const Status &st)
{
    if (st)
        return true;
    const std::lock_guard lock(m_errorLock);
    if (!m_error)
        m_error = st.error();
    m_cancel = true; // stops the other reader too
    return false;
}

// Takes tasks off the shared queue until it is empty.
void Load::drain(SqlReader &rd)
{
    for (size_t i; !m_cancel && (i = m_next++) < m_queue.size();)
        ok(m_queue[i](rd));
}

Status Load::readAccounts(SqlReader &rd)
{
    TextInterner persona(m_s.personas), segment(m_s.segments);
    return rd.eachRow("SELECT account_id, segment, persona FROM accounts", [&](sqlite3_stmt *r) {
        m_accounts.insert(columnText(r, 0), m_s.accountCount());
        m_s.accounts.segment.push_back(segment(columnText(r, 1)));
        m_s.accounts.persona.push_back(persona(columnText(r, 2)));
    });
}

// Sizes the lead columns and queues every read that the accounts unblock.
Status Load::planLeads(SqlReader &rd)
{
    const qint64 count = rd.scalar("SELECT count(*) FROM leads");
    LeadLayout &lay = m_layout;
    if (count > 0) {
        lay.minRowid = rd.scalar("SELECT min(rowid) FROM leads");
        lay.maxRowid = rd.scalar("SELECT max(rowid) FROM leads");
    }
    const qint64 range = count > 0 ? lay.maxRowid - lay.minRowid + 1 : 0;
    lay.byRowid = range <= count + count / 4 + 4096;
    lay.slots = static_cast<size_t>(lay.byRowid ? range : count);
    const qint64 chunks = !lay.byRowid ? 1 : std::clamp<qint64>(range / kChunkRows, range > 0 ? 1 : 0, kMaxChunks);
    m_chunks.resize(static_cast<size_t>(chunks));
    for (qint64 c = 0; c < chunks; ++c) {
        m_chunks[static_cast<size_t>(c)].from = lay.minRowid + range * c / chunks;
        m_chunks[static_cast<size_t>(c)].to = c + 1 == chunks ? lay.maxRowid : lay.minRowid + range * (c + 1) / chunks - 1;
    }

    const size_t n = lay.slots;
    auto &L = m_s.leads;
    L.id.reserve(n);
    adviseHugePages(L.id.data(), n * sizeof(std::string));
    L.id.resize(n);
    for (auto *v : {&L.account, &L.persona, &L.channel})
        assignHuge(*v, n, kNone);
    assignHuge(L.source, n, qint8(kSrcNone));
    assignHuge(L.emailKey, n, quint64(0));
    assignHuge(L.created, n, qint64(0));
    for (auto *v : {&L.mql, &L.sal, &L.sql, &L.disqualified})
        assignHuge(*v, n, kNever);
    assignHuge(m_present, n, char(0));
    if (!lay.byRowid)
        m_rowidOf.assign(n, 0);

    // Larger tables first, the small ones last, so that both readers run out
    // of work at about the same time.
    m_queue.push_back([this](SqlReader &r) { return readAccountTables(r, 0); });
    m_queue.push_back([this](SqlReader &r) { return readAccountTables(r, 1); });
    for (LeadChunk &chunk : m_chunks)
        m_queue.push_back([this, &chunk](SqlReader &r) { return readLeadChunk(r, chunk); });
    m_queue.push_back([this](SqlReader &r) { return readAccountTables(r, 2); });
    m_queue.push_back([this](SqlReader &r) { return readSmallTables(r); });
    return rd.keepGoing() ? Status() : Status(loadCancelled());
}

Status Load::readLeadChunk(SqlReader &rd, LeadChunk &chunk)
{
    TextInterner persona(chunk.personas), channel(chunk.channels);
    auto &L = m_s.leads;
    const LeadLayout lay = m_layout;
    size_t next = 0;
    const Status st = rd.eachRow(
        // Unset times become kNever inside SQLite: one API call per column, not two.
        "SELECT rowid, lead_id, email, account_id, persona, channel, source, created_at, ifnull(mql_at, " NEVER "), "
        "ifnull(sal_at, " NEVER "), ifnull(sql_at, " NEVER "), ifnull(disqualified_at, " NEVER ") "
        "FROM leads WHERE rowid BETWEEN ? AND ?",
        [&](sqlite3_stmt *r) {
            const qint64 rowid = sqlite3_column_int64(r, 0);
            size_t i;
            if (lay.byRowid) {
                i = static_cast<size_t>(rowid - lay.minRowid); // within the range, so within the slots
            } else {
                if (next == lay.slots) // rows added since the count: not part of this load
                    return;
                i = next++;
                m_rowidOf[i] = rowid;
            }
            // The account's slot is fetched while the e-mail is hashed.
            const std::string_view account = columnText(r, 3);
            const quint64 accountHash = FlatIndex::hashOf(account);
            m_accounts.prefetch(accountHash);
            L.id[i].assign(columnText(r, 1));
            const std::string_view email = columnText(r, 2);
            L.emailKey[i] = Snapshot::emailKeyUtf8(email.data(), static_cast<int>(email.size()));
            L.account[i] = account.empty() ? kNone : m_accounts.find(account, accountHash);
            L.persona[i] = persona(columnText(r, 4));
            L.channel[i] = channel(columnText(r, 5));
            L.source[i] = sourceCodeOf(columnText(r, 6));
            L.created[i] = sqlite3_column_int64(r, 7);
            L.mql[i] = sqlite3_column_int64(r, 8);
            L.sal[i] = sqlite3_column_int64(r, 9);
            L.sql[i] = sqlite3_column_int64(r, 10);
            L.disqualified[i] = sqlite3_column_int64(r, 11);
            m_present[i] = 1;
        },
        {chunk.from, chunk.to});
    ++m_chunksDone;
    return st;
}

// Lead ids from a covering scan of the primary-key index: touches, read in
// the same order, are then matched by a merge instead of 1.2M lookups.
Status Load::readLeadIds(SqlReader &rd)
{
    return rd.eachRow("SELECT lead_id, rowid FROM leads ORDER BY lead_id", [&](sqlite3_stmt *r) {
        m_ids.text.append(columnText(r, 0));
        m_ids.offset.push_back(static_cast<quint32>(m_ids.text.size()));
        m_ids.rowid.push_back(sqlite3_column_int64(r, 1));
    });
}

Status Load::readTouches(SqlReader &rd)
{
    const size_t n = m_ids.rowid.size();
    size_t cursor = 0;
    bool matched = false; // the previous touch's lead was found at `cursor`
    return rd.eachRow("SELECT lead_id, touched_at FROM touches ORDER BY lead_id", [&](sqlite3_stmt *r) {
        const std::string_view id = columnText(r, 0);
        if (!matched || id != m_ids.at(cursor)) { // a lead's touches are adjacent: one merge step per lead
            while (cursor < n && m_ids.at(cursor) < id)
                ++cursor;
            matched = cursor < n && m_ids.at(cursor) == id;
        }
        if (matched) {
            m_touchRowid.push_back(m_ids.rowid[cursor]);
            m_s.touches.at.push_back(sqlite3_column_int64(r, 1));
        }
    });
}

Status Load::readOpps(SqlReader &rd)
{
    auto &O = m_s.opps;
    size_t hint = 0;
    return rd.eachRow("SELECT opportunity_id, account_id, lead_id, persona, type, source, amount, created_at, closed_at, status "
                      "FROM opportunities",
                      [&](sqlite3_stmt *r) {
                          const std::string_view accountId = columnText(r, 1);
                          const int account = accountId.empty() ? kNone : m_accounts.find(accountId);
                          if (account == kNone)
                              return; // the importer never stores one; be safe against a hand-edited store
                          O.id.emplace_back(columnText(r, 0));
                          O.account.push_back(account);
                          m_oppLeadRowid.push_back(m_ids.rowidOf(columnText(r, 2), hint));
                          m_oppPersona.emplace_back(columnText(r, 3));
                          const std::string_view type = columnText(r, 4);
                          O.type.push_back(type == "expansion" ? kTypeExpansion : type == "renewal" ? kTypeRenewal : kTypeNew);
                          O.source.push_back(sourceCodeOf(columnText(r, 5)));
                          O.amount.push_back(sqlite3_column_int64(r, 6));
                          O.created.push_back(sqlite3_column_int64(r, 7));
                          O.closed.push_back(columnTimeOrNever(r, 8));
                          const std::string_view status = columnText(r, 9);
                          O.status.push_back(status == "won" ? kStatusWon : status == "lost" ? kStatusLost : kStatusOpen);
                      });
}

// Revenue (0), tickets (1) and NPS (2): rows of an account, each table written
// by one task only.
Status Load::readAccountTables(SqlReader &rd, int which)
{
    // These tables are keyed by account first (revenue: ~11 rows per
    // account in a row), so the previous row's answer is usually the answer.
    std::string lastId;
    int last = kNone;
    auto accountOf = [&](sqlite3_stmt *r) {
        const std::string_view id = columnText(r, 0);
        if (id.empty())
            return kNone;
        if (id != lastId) {
            lastId.assign(id);
            last = m_accounts.find(id);
        }
        return last;
    };
    if (which == 0)
        return rd.eachRow("SELECT account_id, month, mrr FROM revenue", [&](sqlite3_stmt *r) {
            if (const int a = accountOf(r); a != kNone)
                m_s.addRevenue(a, sqlite3_column_int(r, 1), sqlite3_column_int64(r, 2));
        });
    if (which == 1)
        return rd.eachRow("SELECT account_id, opened_at, resolved_at, csat FROM tickets", [&](sqlite3_stmt *r) {
            if (const int a = accountOf(r); a != kNone)
                m_s.addTicket(a, sqlite3_column_int64(r, 1), columnTimeOrNever(r, 2),
                              sqlite3_column_type(r, 3) == SQLITE_NULL ? 0 : sqlite3_column_int(r, 3));
        });
    return rd.eachRow("SELECT account_id, responded_on, score FROM nps", [&](sqlite3_stmt *r) {
        if (const int a = accountOf(r); a != kNone)
            m_s.addNps(a, sqlite3_column_int64(r, 1), sqlite3_column_int(r, 2));
    });
}

Status Load::readSmallTables(SqlReader &rd)
{
    Status st = rd.eachRow("SELECT month, amount FROM spend",
                           [&](sqlite3_stmt *r) { m_s.addSpend(sqlite3_column_int(r, 0), sqlite3_column_int64(r, 1)); });
    if (!st)
        return st;
    static const char *const kRoles[] = {"marketing", "sales", "service", "executive"};
    static const char *const kQuestions[] = {"shared_kpis", "lead_definition", "lead_flow_defined", "lead_flow_working",
                                             "followup_satisfaction"};
    auto indexIn = [](std::string_view v, const char *const *names, int n) {
        for (int i = 0; i < n; ++i)
            if (v == names[i])
                return i;
        return -1;
    };
    st = rd.eachRow("SELECT surveyed_on, role, question, score FROM alignment_survey", [&](sqlite3_stmt *r) {
        const int role = indexIn(columnText(r, 1), kRoles, 4), question = indexIn(columnText(r, 2), kQuestions, 5);
        if (question >= 0)
            m_s.addSurvey(sqlite3_column_int64(r, 0), role, question, sqlite3_column_int(r, 3));
    });
    if (!st)
        return st;
    return rd.eachRow("SELECT period, kpi, target, owner FROM targets", [&](sqlite3_stmt *r) {
        auto text = [&](int c) {
            const std::string_view v = columnText(r, c);
            return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
        };
        m_s.addTarget(text(0), text(1), sqlite3_column_double(r, 2), text(3));
    });
}

// Chunk texts into the snapshot's pools in rowid order (the ids a single pass
// would give), then drops the slots of rowids that had no row.
void Load::finishLeads()
{
    auto &L = m_s.leads;
    const LeadLayout &lay = m_layout;
    for (const LeadChunk &c : m_chunks) {
        auto remap = [](const TextPool &from, TextPool &to) {
            std::vector<int> map(static_cast<size_t>(from.size()));
            for (int i = 0; i < from.size(); ++i)
                map[static_cast<size_t>(i)] = to.intern(from.text(i));
            return map;
        };
        const std::vector<int> personaMap = remap(c.personas, m_s.personas), channelMap = remap(c.channels, m_s.channels);
        const size_t from = lay.byRowid ? static_cast<size_t>(c.from - lay.minRowid) : 0;
        const size_t to = lay.byRowid ? static_cast<size_t>(c.to - lay.minRowid) + 1 : lay.slots;
        for (size_t i = from; i < to; ++i) {
            if (int &p = L.persona[i]; p != kNone)
                p = personaMap[static_cast<size_t>(p)];
            if (int &ch = L.channel[i]; ch != kNone)
                ch = channelMap[static_cast<size_t>(ch)];
        }
    }
    if (static_cast<size_t>(std::count(m_present.begin(), m_present.end(), 1)) == lay.slots)
        return;
    auto compact = [this](auto &column) {
        size_t j = 0;
        for (size_t i = 0; i < column.size(); ++i)
            if (m_present[i] && j++ != i) // no self-move: it may empty a string
                column[j - 1] = std::move(column[i]);
        column.resize(j);
    };
    compact(L.id);
    compact(L.account);
    compact(L.persona);
    compact(L.channel);
    compact(L.source);
    compact(L.emailKey);
    compact(L.created);
    compact(L.mql);
    compact(L.sal);
    compact(L.sql);
    compact(L.disqualified);
    if (!lay.byRowid)
        compact(m_rowidOf);
}

// Touches and opportunities refer to leads by rowid until here.
void Load::finishLinks()
{
    const LeadLayout &lay = m_layout;
    std::vector<int> indexOfSlot; // only when some slots were dropped
    if (lay.byRowid && static_cast<size_t>(m_s.leadCount()) != lay.slots) {
        indexOfSlot.assign(lay.slots, kNone);
        int next = 0;
        for (size_t i = 0; i < lay.slots; ++i)
            if (m_present[i])
                indexOfSlot[i] = next++;
    }
    auto indexOf = [&](qint64 rowid) -> int {
        if (lay.byRowid) {
            if (rowid < lay.minRowid || rowid > lay.maxRowid)
                return kNone;
            const size_t slot = static_cast<size_t>(rowid - lay.minRowid);
            return indexOfSlot.empty() ? static_cast<int>(slot) : indexOfSlot[slot];
        }
        const auto it = std::lower_bound(m_rowidOf.begin(), m_rowidOf.end(), rowid);
        return (rowid >= 0 && it != m_rowidOf.end() && *it == rowid) ? static_cast<int>(it - m_rowidOf.begin()) : kNone;
    };
    auto &T = m_s.touches;
    T.lead.resize(T.at.size());
    size_t kept = 0;
    for (size_t t = 0; t < T.at.size(); ++t)
        if (const int l = indexOf(m_touchRowid[t]); l != kNone) {
            T.lead[kept] = l;
            T.at[kept++] = T.at[t];
        }
    T.lead.resize(kept);
    T.at.resize(kept);

    TextInterner persona(m_s.personas);
    auto &O = m_s.opps;
    O.lead.resize(m_oppLeadRowid.size());
    O.persona.resize(m_oppPersona.size());
    for (size_t o = 0; o < m_oppLeadRowid.size(); ++o) {
        O.lead[o] = indexOf(m_oppLeadRowid[o]);
        O.persona[o] = persona(m_oppPersona[o]);
    }
}

Status Load::run(const Store &store, const SnapshotLoader::Progress &progress)
{
    sqlite3 *db = store.handle();
    if (!db)
        return makeError(ErrorCode::Database, QStringLiteral("The store has no open SQLite connection"));
    QString stage = QStringLiteral("accounts");
    // Only this thread calls `progress`; the other reader just watches m_cancel.
    SqlReader main(db, [&] {
        const int percent = stage == QLatin1String("accounts")
                                ? 0
                                : 5 + 75 * m_chunksDone.load() / std::max<int>(1, static_cast<int>(m_chunks.size()));
        if (!m_cancel && progress && !progress(percent, stage))
            ok(loadCancelled());
        return !m_cancel;
    });
    const ReadTransaction mainTx(db);

    // The second connection starts with what needs no accounts (lead ids,
    // touches), then the deals once the accounts are known, then shares the
    // queue. Without one, the same runs here in the same order.
    std::latch accountsKnown(1);
    auto sideChain = [&](SqlReader &rd) {
        if (ok(readLeadIds(rd)) && ok(readTouches(rd))) {
            accountsKnown.wait();
            if (!m_cancel)
                ok(readOpps(rd));
        } else {
            accountsKnown.wait();
        }
        drain(rd);
    };
    sqlite3 *second = openReadConnection(store);
    QFuture<void> sideDone;
    if (second)
        sideDone = QtConcurrent::run([&] {
            SqlReader rd(second, [&] { return !m_cancel.load(); });
            const ReadTransaction tx(second);
            sideChain(rd);
        });
    if (ok(readAccounts(main))) {
        stage = QStringLiteral("leads");
        ok(planLeads(main));
    }
    accountsKnown.count_down();
    if (second) {
        drain(main);
        sideDone.waitForFinished();
        sqlite3_close(second);
    } else {
        sideChain(main);
    }
    if (m_error)
        return *m_error;

    if (progress && !progress(80, QStringLiteral("indexes")))
        return loadCancelled();
    finishLeads();
    finishLinks();
    m_s.finalize();
    if (progress && !progress(100, QStringLiteral("done")))
        return loadCancelled();
    return {};
}

} // namespace

Result<std::shared_ptr<const Snapshot>> SnapshotLoader::load(const Store &store, const Progress &progress)
{
    auto snapshot = std::make_shared<Snapshot>();
    const Status st = Load(*snapshot).run(store, progress);
    if (!st)
        return st.error();
    return std::shared_ptr<const Snapshot>(std::move(snapshot));
}

} // namespace ra

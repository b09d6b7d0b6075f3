#include "kpi/snapshotloader.h"

#include "kpi/releasememory.h"
#include "kpi/snapshotload.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <functional>
#include <latch>
#include <mutex>
#include <optional>
#include <string_view>

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

} // namespace

bool SnapshotLoad::ok(const Status &st)
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
void SnapshotLoad::drain(SqlReader &rd)
{
    for (size_t i; !m_cancel && (i = m_next++) < m_queue.size();) {
        ok(m_queue[i](rd));
        // A range whose ids do not rise: the index scan is needed after all,
        // and runs now on whichever reader notices first.
        if (m_idScanNeeded && !m_idScanTaken.exchange(true))
            ok(readLeadIds(rd));
    }
}

Status SnapshotLoad::readAccounts(SqlReader &rd)
{
    TextInterner persona(m_s.personas), segment(m_s.segments);
    return rd.eachRow("SELECT account_id, segment, persona FROM accounts", [&](sqlite3_stmt *r) {
        m_accounts.insert(columnText(r, 0), m_s.accountCount());
        m_s.accounts.id.push_back(columnText(r, 0));
        m_s.accounts.segment.push_back(segment(columnText(r, 1)));
        m_s.accounts.persona.push_back(persona(columnText(r, 2)));
    });
}

// Sizes the lead columns and queues every read that the accounts unblock.
Status SnapshotLoad::planLeads(SqlReader &rd)
{
    const qint64 count = rd.scalar("SELECT count(*) FROM leads");
    LeadLayout &lay = m_layout;
    if (count > 0) {
        lay.minRowid = rd.scalar("SELECT min(rowid) FROM leads");
        lay.maxRowid = rd.scalar("SELECT max(rowid) FROM leads");
    }
    // Unsigned: rowids at both ends of the int64 range must not overflow.
    const quint64 span = count > 0 ? static_cast<quint64>(lay.maxRowid) - static_cast<quint64>(lay.minRowid) : 0;
    lay.byRowid = count == 0 || span < static_cast<quint64>(count + count / 4 + 4096);
    const qint64 range = lay.byRowid && count > 0 ? static_cast<qint64>(span) + 1 : 0;
    lay.slots = static_cast<size_t>(lay.byRowid ? range : count);
    const qint64 chunks = !lay.byRowid ? 1 : std::clamp<qint64>(range / kChunkRows, range > 0 ? 1 : 0, kMaxChunks);
    m_chunks.resize(static_cast<size_t>(chunks));
    for (qint64 c = 0; c < chunks; ++c) {
        m_chunks[static_cast<size_t>(c)].from = lay.minRowid + range * c / chunks;
        m_chunks[static_cast<size_t>(c)].to = c + 1 == chunks ? lay.maxRowid : lay.minRowid + range * (c + 1) / chunks - 1;
    }

    const size_t n = lay.slots;
    auto &L = m_s.leads;
    m_leadIds.resize(n);
    for (auto *v : {&L.account, &L.persona, &L.channel})
        v->assign(n, kNone);
    L.source.assign(n, kSrcNone);
    L.emailKey.assign(n, 0);
    L.created.assign(n, 0);
    for (auto *v : {&L.mql, &L.sal, &L.sql, &L.disqualified})
        v->assign(n, kNever);
    m_present.assign(n, 0);
    if (!lay.byRowid)
        m_rowidOf.assign(n, 0);

    // Larger tables first, the small ones last, so that both readers run out
    // of work at about the same time.
    m_queue.push_back([this](SqlReader &r) { return readOpps(r); });
    m_queue.push_back([this](SqlReader &r) { return readAccountTables(r, 0); });
    m_queue.push_back([this](SqlReader &r) { return readAccountTables(r, 1); });
    for (LeadChunk &chunk : m_chunks)
        m_queue.push_back([this, &chunk](SqlReader &r) { return readLeadChunk(r, chunk); });
    m_queue.push_back([this](SqlReader &r) { return readAccountTables(r, 2); });
    m_queue.push_back([this](SqlReader &r) { return readSmallTables(r); });
    return rd.keepGoing() ? Status() : Status(loadCancelled());
}

Status SnapshotLoad::readLeadChunk(SqlReader &rd, LeadChunk &chunk)
{
    TextInterner persona(chunk.personas), channel(chunk.channels);
    auto &L = m_s.leads;
    const LeadLayout lay = m_layout;
    size_t next = 0, prev = kNoSlot;
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
            m_leadIds[i].assign(columnText(r, 1));
            if (prev != kNoSlot && !(m_leadIds[prev] < m_leadIds[i]))
                chunk.ascending = false;
            if (prev == kNoSlot)
                chunk.first = i;
            prev = i;
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
    chunk.last = prev;
    if (!chunk.ascending)
        m_idScanNeeded = true;
    ++m_chunksDone;
    return st;
}

// Chunk texts into the snapshot's pools in rowid order (the ids a single pass
// would give), then drops the slots of rowids that had no row.
void SnapshotLoad::finishLeads()
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
    compact(m_leadIds);
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

// What only the reading and linking needed, freed before finalize() builds
// the derived parts: the peak memory of a store load is at its end.
void SnapshotLoad::releaseScaffolding()
{
    detail::releaseMemory(m_accounts, m_present, m_rowidOf, m_ids, m_idRowids, m_touchLeads, m_touchRunBegin, m_oppLeads,
                          m_oppPersona, m_leadIds);
}

Status SnapshotLoad::run(const Store &store, const Progress &progress)
{
    sqlite3 *db = store.handle();
    if (!db)
        return makeError(ErrorCode::Internal, QStringLiteral("The store has no open SQLite connection"));
    QString stage = QStringLiteral("accounts");
    // Only this thread calls `progress`; the other reader just watches m_cancel.
    SqlReader main(db, [&] {
        const int percent = stage == QLatin1String("accounts")
                                ? 0
                                : 5 + 75 * m_chunksDone.load() / std::max<int>(1, static_cast<int>(m_chunks.size()));
        if (!m_cancel && !reportProgress(progress, percent, 100, stage))
            ok(loadCancelled());
        return !m_cancel;
    });
    const Transaction mainTx(db, Transaction::Kind::Read);
    // The first read pins each connection's view of the store: the data
    // version both connections see says which state the snapshot is of.
    const Result<DataState> mainState = readDataState(db);
    std::optional<Result<DataState>> sideState;

    // The second connection starts with what needs no accounts (touches),
    // then shares the queue once the accounts are known. Without one, the
    // same runs here in the same order.
    std::latch accountsKnown(1);
    auto sideChain = [&](SqlReader &rd) {
        ok(readTouches(rd));
        accountsKnown.wait();
        drain(rd);
    };
    sqlite3 *second = openReadConnection(store);
    QFuture<void> sideDone;
    if (second)
        sideDone = QtConcurrent::run([&] {
            SqlReader rd(second, [&] { return !m_cancel.load(); });
            const Transaction tx(second, Transaction::Kind::Read);
            sideState = readDataState(second);
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

    m_idsInOrder = leadIdsInOrder();
    if (!m_idsInOrder && !m_idScanTaken) // only the ranges' order was off
        if (Status st = readLeadIds(main); !st)
            return st.error();
    if (!reportProgress(progress, 80, 100, QStringLiteral("indexes")))
        return loadCancelled();
    finishLeads();
    finishLinks();
    m_s.leads.id = IdColumn(m_leadIds);
    releaseScaffolding();
    m_s.finalize();
    if (mainState && (!sideState || (*sideState && sideState->value() == mainState.value())))
        m_s.readAt = mainState.value();
    if (!reportProgress(progress, 100, 100, QStringLiteral("done")))
        return loadCancelled();
    return {};
}

Result<std::shared_ptr<const Snapshot>> SnapshotLoader::load(const Store &store, const Progress &progress)
{
    auto snapshot = std::make_shared<Snapshot>();
    const Status st = SnapshotLoad(*snapshot).run(store, progress);
    if (!st)
        return st.error();
    return std::shared_ptr<const Snapshot>(std::move(snapshot));
}

} // namespace ra

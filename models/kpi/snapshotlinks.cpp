// The snapshot loader's tables besides accounts and leads, and the matching
// of touches and deals to their leads (see snapshotload.h).
#include "kpi/snapshotload.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <string_view>

namespace ra {

// All lead ids in byte order from a covering scan of the primary-key index,
// for a store whose lead ids do not rise with the rowid.
Status SnapshotLoad::readLeadIds(SqlReader &rd)
{
    return rd.eachRow("SELECT lead_id, rowid FROM leads ORDER BY lead_id", [&](sqlite3_stmt *r) {
        m_ids.push_back(columnText(r, 0));
        m_idRowids.push_back(sqlite3_column_int64(r, 1));
    });
}

// Touches in lead id order (the table's key order), kept as runs per lead id:
// they are matched to leads by a merge once the leads are read.
Status SnapshotLoad::readTouches(SqlReader &rd)
{
    auto &at = m_s.touches.at;
    const Status st = rd.eachRow("SELECT lead_id, touched_at FROM touches ORDER BY lead_id", [&](sqlite3_stmt *r) {
        const std::string_view id = columnText(r, 0);
        if (m_touchLeads.empty() || id != m_touchLeads[m_touchLeads.size() - 1]) {
            m_touchLeads.push_back(id);
            m_touchRunBegin.push_back(static_cast<quint32>(at.size()));
        }
        at.push_back(sqlite3_column_int64(r, 1));
    });
    m_touchRunBegin.push_back(static_cast<quint32>(at.size()));
    return st;
}

Status SnapshotLoad::readOpps(SqlReader &rd)
{
    auto &O = m_s.opps;
    // Sized once (a count walks the smallest index: a few ms) rather than
    // grown through a dozen reallocations of every column.
    const auto n = static_cast<size_t>(std::max<qint64>(0, rd.scalar("SELECT count(*) FROM opportunities")));
    O.id.reserve(n);
    for (auto *v : {&O.account, &O.lead, &O.persona})
        v->reserve(n);
    for (auto *v : {&O.type, &O.source, &O.status})
        v->reserve(n);
    for (auto *v : {&O.amount, &O.created, &O.closed})
        v->reserve(n);
    m_oppLeads.reserve(n);
    m_oppPersona.reserve(n);
    return rd.eachRow("SELECT opportunity_id, account_id, lead_id, persona, type, source, amount, created_at, closed_at, status "
                      "FROM opportunities",
                      [&](sqlite3_stmt *r) {
                          // The account's slot is fetched while the other columns are read.
                          const std::string_view accountId = columnText(r, 1);
                          const quint64 accountHash = FlatIndex::hashOf(accountId);
                          m_accounts.prefetch(accountHash);
                          const std::string_view type = columnText(r, 4), status = columnText(r, 9);
                          const qint8 source = sourceCodeOf(columnText(r, 5));
                          const qint64 amount = sqlite3_column_int64(r, 6), created = sqlite3_column_int64(r, 7);
                          const qint64 closed = columnTimeOrNever(r, 8);
                          const int account = accountId.empty() ? kNone : m_accounts.find(accountId, accountHash);
                          if (account == kNone)
                              return; // the importer never stores one; be safe against a hand-edited store
                          O.id.push_back(columnText(r, 0));
                          O.account.push_back(account);
                          m_oppLeads.push_back(columnText(r, 2));
                          m_oppPersona.emplace_back(columnText(r, 3));
                          O.type.push_back(type == "expansion" ? kTypeExpansion : type == "renewal" ? kTypeRenewal : kTypeNew);
                          O.source.push_back(source);
                          O.amount.push_back(amount);
                          O.created.push_back(created);
                          O.closed.push_back(closed);
                          O.status.push_back(status == "won" ? kStatusWon : status == "lost" ? kStatusLost : kStatusOpen);
                      });
}

// Revenue (0), tickets (1) and NPS (2): rows of an account, each table written
// by one task only.
Status SnapshotLoad::readAccountTables(SqlReader &rd, int which)
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
    if (which == 0) {
        // Revenue and usage in one task: both intern into the one product pool.
        TextInterner product(m_s.products);
        const int defaultProduct = m_s.products.intern(u"default");
        auto productOf = [&](sqlite3_stmt *r) {
            const int p = product(columnText(r, 2));
            return p == kNone ? defaultProduct : p;
        };
        Snapshot::Revenue &R = m_s.revenue;
        Status st = rd.eachRow("SELECT account_id, month, product, mrr FROM revenue", [&](sqlite3_stmt *r) {
            if (const int a = accountOf(r); a != kNone) {
                R.account.push_back(a);
                R.month.push_back(sqlite3_column_int(r, 1));
                R.product.push_back(productOf(r));
                R.mrr.push_back(sqlite3_column_int64(r, 3));
            }
        });
        if (!st)
            return st;
        lastId.clear();
        last = kNone;
        Snapshot::Usage &U = m_s.usage;
        return rd.eachRow("SELECT account_id, month, product, active_users, seats FROM usage", [&](sqlite3_stmt *r) {
            if (const int a = accountOf(r); a != kNone) {
                U.account.push_back(a);
                U.month.push_back(sqlite3_column_int(r, 1));
                U.product.push_back(productOf(r));
                U.activeUsers.push_back(sqlite3_column_int64(r, 3));
                U.seats.push_back(sqlite3_column_type(r, 4) == SQLITE_NULL ? kSeatsUnknown : sqlite3_column_int64(r, 4));
            }
        });
    }
    if (which == 1)
        return rd.eachRow("SELECT account_id, opened_at, resolved_at, csat FROM tickets", [&](sqlite3_stmt *r) {
            const std::string_view id = columnText(r, 0); // in no account order: prefetch, read, then look up
            const quint64 h = FlatIndex::hashOf(id);
            m_accounts.prefetch(h);
            const qint64 opened = sqlite3_column_int64(r, 1), resolved = columnTimeOrNever(r, 2);
            const int csat = sqlite3_column_type(r, 3) == SQLITE_NULL ? 0 : sqlite3_column_int(r, 3);
            if (const int a = id.empty() ? kNone : m_accounts.find(id, h); a != kNone)
                m_s.addTicket(a, opened, resolved, csat);
        });
    return rd.eachRow("SELECT account_id, responded_on, score FROM nps", [&](sqlite3_stmt *r) {
        if (const int a = accountOf(r); a != kNone)
            m_s.addNps(a, sqlite3_column_int64(r, 1), sqlite3_column_int(r, 2));
    });
}

Status SnapshotLoad::readSmallTables(SqlReader &rd)
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

// Whether the lead ids, in slot (= rowid) order, are in byte order: then the
// snapshot's own id column is the sorted list that touches and deals are
// matched against, and no index scan is needed. Stores written in lead id
// order (the demo, CRM exports sorted by id) are.
bool SnapshotLoad::leadIdsInOrder() const
{
    const std::string *previous = nullptr;
    for (const LeadChunk &c : m_chunks) {
        if (!c.ascending)
            return false;
        if (c.first == kNoSlot)
            continue;
        if (previous && !(*previous < m_leadIds[c.first]))
            return false;
        previous = &m_leadIds[c.last];
    }
    return true;
}

// Touches and deals name their lead by id until here. `idAt(i)` is the i-th
// of n lead ids in byte order and `leadAt(i)` its lead index (or kNone).
// Touches on this thread, deals on a second one (they share nothing).
template<typename IdAt, typename LeadAt>
void SnapshotLoad::link(size_t n, IdAt idAt, LeadAt leadAt)
{
    QFuture<void> oppsDone = QtConcurrent::run([&] {
        auto &O = m_s.opps;
        O.lead.resize(m_oppLeads.size());
        size_t hint = 0;
        for (size_t o = 0; o < m_oppLeads.size(); ++o) {
            const std::string_view id = m_oppLeads[o];
            hint = gallopLowerBound(n, hint, [&](size_t i) { return idAt(i) < id; });
            O.lead[o] = !id.empty() && hint < n && idAt(hint) == id ? leadAt(hint) : kNone;
        }
        TextInterner persona(m_s.personas);
        O.persona.resize(m_oppPersona.size());
        for (size_t o = 0; o < m_oppPersona.size(); ++o)
            O.persona[o] = persona(m_oppPersona[o]);
    });
    auto &T = m_s.touches;
    T.lead.resize(T.at.size());
    size_t kept = 0, cursor = 0;
    for (size_t k = 0; k < m_touchLeads.size(); ++k) { // both lists in byte order: a merge
        const std::string_view id = m_touchLeads[k];
        while (cursor < n && idAt(cursor) < id)
            ++cursor;
        const int lead = cursor < n && idAt(cursor) == id ? leadAt(cursor) : kNone;
        if (lead == kNone)
            continue; // not a lead (of this read): its touches are dropped
        for (size_t t = m_touchRunBegin[k]; t < m_touchRunBegin[k + 1]; ++t) {
            T.lead[kept] = lead;
            T.at[kept++] = T.at[t];
        }
    }
    T.lead.resize(kept);
    T.at.resize(kept);
    oppsDone.waitForFinished();
}

void SnapshotLoad::finishLinks()
{
    const auto &ids = m_leadIds;
    if (m_idsInOrder) {
        link(ids.size(), [&](size_t i) { return std::string_view(ids[i]); }, [](size_t i) { return static_cast<int>(i); });
        return;
    }
    // rowid → lead index, for the ids of the index scan
    const LeadLayout &lay = m_layout;
    std::vector<int> indexOfSlot(lay.slots, kNone);
    for (size_t i = 0, next = 0; i < lay.slots; ++i)
        if (m_present[i])
            indexOfSlot[i] = static_cast<int>(next++);
    auto indexOf = [&](qint64 rowid) -> int {
        if (lay.byRowid)
            return rowid < lay.minRowid || rowid > lay.maxRowid ? kNone : indexOfSlot[static_cast<size_t>(rowid - lay.minRowid)];
        const auto it = std::lower_bound(m_rowidOf.begin(), m_rowidOf.end(), rowid);
        return (it != m_rowidOf.end() && *it == rowid) ? static_cast<int>(it - m_rowidOf.begin()) : kNone;
    };
    link(m_ids.size(), [&](size_t i) { return m_ids[i]; }, [&](size_t i) { return indexOf(m_idRowids[i]); });
}

} // namespace ra

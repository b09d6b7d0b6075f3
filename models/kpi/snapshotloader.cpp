#include "kpi/snapshotloader.h"

#include "kpi/flatindex.h"
#include "kpi/snapshot.h"
#include "store/store.h"

#include <sqlite3.h>

#include <QFile>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <functional>
#include <cstring>
#include <string_view>
#include <set>

namespace ra {

namespace {

constexpr int kCheckEvery = 1 << 16; // rows between progress / cancel checks

struct StmtDeleter {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

Error cancelled() { return makeError(ErrorCode::Cancelled, QStringLiteral("Loading the store was cancelled")); }

std::string_view textView(sqlite3_stmt *s, int col)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(s, col))) : std::string_view();
}

qint64 timeOrNever(sqlite3_stmt *s, int col)
{
    return sqlite3_column_type(s, col) == SQLITE_NULL ? kNever : sqlite3_column_int64(s, col);
}

qint8 sourceCode(std::string_view v)
{
    if (v == "marketing")
        return kSrcMarketing;
    if (v == "sales")
        return kSrcSales;
    if (v == "partner")
        return kSrcPartner;
    return kSrcNone;
}

// Interns raw UTF-8 values without building a QString per row.
class Interner {
public:
    explicit Interner(TextPool &pool) : m_pool(pool) {}
    int operator()(std::string_view v)
    {
        if (v.empty())
            return kNone;
        if (v == m_lastKey) // values often repeat row after row
            return m_lastId;
        int id = m_cache.find(v);
        if (id == kNone && !m_known.count(std::string(v))) {
            id = m_pool.intern(QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())));
            if (id == kNone) // "Unassigned" or only spaces: remember it maps to none
                m_known.insert(std::string(v));
            else
                m_cache.insert(v, id);
        }
        m_lastKey.assign(v);
        m_lastId = id;
        return id;
    }

private:
    TextPool &m_pool;
    FlatIndex m_cache;
    std::set<std::string> m_known;
    std::string m_lastKey;
    int m_lastId = kNone;
};

// Statement stepping on one connection; `keepGoing` is asked every few
// thousand rows and a false answer cancels.
class Reader {
public:
    Reader(sqlite3 *db, std::function<bool()> keepGoing) : m_db(db), m_keepGoing(std::move(keepGoing)) {}

    Error dbError() const
    {
        return makeError(ErrorCode::Database, QStringLiteral("Cannot read the store: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    qint64 count(const char *table)
    {
        const std::string sql = std::string("SELECT count(*) FROM ") + table;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            return 0;
        const Stmt guard(st);
        return sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    }
    // `params` are bound to the statement's ? in order.
    template<typename F>
    Status each(const char *sql, F &&row, std::initializer_list<qint64> params = {})
    {
        if (!m_keepGoing())
            return cancelled();
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &raw, nullptr) != SQLITE_OK)
            return dbError();
        const Stmt st(raw);
        int column = 0;
        for (qint64 v : params)
            sqlite3_bind_int64(raw, ++column, v);
        int rc;
        qint64 n = 0;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
            row(raw);
            if (++n % kCheckEvery == 0 && !m_keepGoing())
                return cancelled();
        }
        return rc == SQLITE_DONE ? Status() : Status(dbError());
    }

private:
    sqlite3 *m_db;
    std::function<bool()> m_keepGoing;
};

// Leads with rowid in [from, to], appended to L in rowid order.
Status readLeads(Reader &rd, qint64 from, qint64 to, const FlatIndex &accounts, Interner &persona, Interner &channel,
                 Snapshot::Leads &L, std::vector<qint64> &rowids)
{
    return rd.each("SELECT rowid, lead_id, email, account_id, persona, channel, source, created_at, mql_at, sal_at, sql_at, "
                   "disqualified_at FROM leads WHERE rowid BETWEEN ? AND ?",
                   [&](sqlite3_stmt *r) {
                       rowids.push_back(sqlite3_column_int64(r, 0));
                       L.id.emplace_back(textView(r, 1));
                       const std::string_view email = textView(r, 2);
                       L.emailKey.push_back(Snapshot::emailKeyUtf8(email.data(), static_cast<int>(email.size())));
                       const std::string_view account = textView(r, 3);
                       L.account.push_back(account.empty() ? kNone : accounts.find(account));
                       L.persona.push_back(persona(textView(r, 4)));
                       L.channel.push_back(channel(textView(r, 5)));
                       L.source.push_back(sourceCode(textView(r, 6)));
                       L.created.push_back(sqlite3_column_int64(r, 7));
                       L.mql.push_back(timeOrNever(r, 8));
                       L.sal.push_back(timeOrNever(r, 9));
                       L.sql.push_back(timeOrNever(r, 10));
                       L.disqualified.push_back(timeOrNever(r, 11));
                   },
                   {from, to});
}

void reserveLeads(Snapshot::Leads &L, std::vector<qint64> &rowids, size_t n)
{
    L.id.reserve(n);
    for (auto *v : {&L.account, &L.persona, &L.channel})
        v->reserve(n);
    for (auto *v : {&L.created, &L.mql, &L.sal, &L.sql, &L.disqualified})
        v->reserve(n);
    L.source.reserve(n);
    L.emailKey.reserve(n);
    rowids.reserve(n);
}

// The last part of the leads, read by the second connection with its own
// text pools; appended to the first part once both are done.
struct LeadTail {
    qint64 from = 1, to = 0; // rowid range; empty when from > to
    Snapshot::Leads leads;
    std::vector<qint64> rowids;
    TextPool personas, channels;
};

// What the second connection reads while the first reads the leads. Leads are
// referred to by rowid here; they become indexes once both halves are done.
struct SideTables {
    std::vector<qint64> touchLeadRowid, touchAt;
    std::vector<qint64> oppLeadRowid; // -1 = none
    std::vector<std::string> oppPersona;
};

// Everything but accounts and leads. Writes only the Snapshot columns that the
// lead reader does not touch, and no text pool.
Status readSide(Reader &rd, Snapshot &s, const FlatIndex &accounts, SideTables &out, LeadTail &tail)
{
    auto accountOf = [&](std::string_view id) { return id.empty() ? kNone : accounts.find(id); };

    // Lead ids in byte order from a covering scan of the primary-key index:
    // touches, read in the same order, are matched by a merge, not by lookups.
    std::vector<std::string> ids;
    std::vector<qint64> idRowids;
    Status st = rd.each("SELECT lead_id, rowid FROM leads ORDER BY lead_id", [&](sqlite3_stmt *r) {
        ids.emplace_back(textView(r, 0));
        idRowids.push_back(sqlite3_column_int64(r, 1));
    });
    if (!st)
        return st;
    size_t cursor = 0;
    st = rd.each("SELECT lead_id, touched_at FROM touches ORDER BY lead_id", [&](sqlite3_stmt *r) {
        const std::string_view id = textView(r, 0);
        while (cursor < ids.size() && std::string_view(ids[cursor]) < id)
            ++cursor;
        if (cursor < ids.size() && ids[cursor] == id) {
            out.touchLeadRowid.push_back(idRowids[cursor]);
            out.touchAt.push_back(sqlite3_column_int64(r, 1));
        }
    });
    if (!st)
        return st;
    auto leadRowid = [&](std::string_view id) -> qint64 {
        const auto it = std::lower_bound(ids.begin(), ids.end(), id, [](const std::string &a, std::string_view b) { return std::string_view(a) < b; });
        return (!id.empty() && it != ids.end() && *it == id) ? idRowids[static_cast<size_t>(it - ids.begin())] : -1;
    };

    auto &O = s.opps;
    st = rd.each("SELECT opportunity_id, account_id, lead_id, persona, type, source, amount, created_at, closed_at, status "
                 "FROM opportunities",
                 [&](sqlite3_stmt *r) {
                     const int account = accountOf(textView(r, 1));
                     if (account == kNone)
                         return; // the importer never stores one; be safe against a hand-edited store
                     O.id.emplace_back(textView(r, 0));
                     O.account.push_back(account);
                     out.oppLeadRowid.push_back(leadRowid(textView(r, 2)));
                     out.oppPersona.emplace_back(textView(r, 3));
                     const std::string_view type = textView(r, 4);
                     O.type.push_back(type == "expansion" ? kTypeExpansion : type == "renewal" ? kTypeRenewal : kTypeNew);
                     O.source.push_back(sourceCode(textView(r, 5)));
                     O.amount.push_back(sqlite3_column_int64(r, 6));
                     O.created.push_back(sqlite3_column_int64(r, 7));
                     O.closed.push_back(timeOrNever(r, 8));
                     const std::string_view status = textView(r, 9);
                     O.status.push_back(status == "won" ? kStatusWon : status == "lost" ? kStatusLost : kStatusOpen);
                 });
    if (!st)
        return st;
    st = rd.each("SELECT account_id, month, mrr FROM revenue", [&](sqlite3_stmt *r) {
        const int a = accountOf(textView(r, 0));
        if (a != kNone)
            s.addRevenue(a, sqlite3_column_int(r, 1), sqlite3_column_int64(r, 2));
    });
    if (!st)
        return st;
    st = rd.each("SELECT month, amount FROM spend", [&](sqlite3_stmt *r) { s.addSpend(sqlite3_column_int(r, 0), sqlite3_column_int64(r, 1)); });
    if (!st)
        return st;
    st = rd.each("SELECT account_id, opened_at, resolved_at, csat FROM tickets", [&](sqlite3_stmt *r) {
        const int a = accountOf(textView(r, 0));
        if (a != kNone)
            s.addTicket(a, sqlite3_column_int64(r, 1), timeOrNever(r, 2), sqlite3_column_type(r, 3) == SQLITE_NULL ? 0 : sqlite3_column_int(r, 3));
    });
    if (!st)
        return st;
    st = rd.each("SELECT account_id, responded_on, score FROM nps", [&](sqlite3_stmt *r) {
        const int a = accountOf(textView(r, 0));
        if (a != kNone)
            s.addNps(a, sqlite3_column_int64(r, 1), sqlite3_column_int(r, 2));
    });
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
    st = rd.each("SELECT surveyed_on, role, question, score FROM alignment_survey", [&](sqlite3_stmt *r) {
        const int role = indexIn(textView(r, 1), kRoles, 4), question = indexIn(textView(r, 2), kQuestions, 5);
        if (question >= 0)
            s.addSurvey(sqlite3_column_int64(r, 0), role, question, sqlite3_column_int(r, 3));
    });
    if (!st)
        return st;
    st = rd.each("SELECT period, kpi, target, owner FROM targets", [&](sqlite3_stmt *r) {
        auto text = [&](int c) {
            const std::string_view v = textView(r, c);
            return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
        };
        s.addTarget(text(0), text(1), sqlite3_column_double(r, 2), text(3));
    });
    if (!st || tail.from > tail.to)
        return st;
    Interner persona(tail.personas), channel(tail.channels);
    return readLeads(rd, tail.from, tail.to, accounts, persona, channel, tail.leads, tail.rowids);
}

// Appends the tail's leads after the first part, re-interning its texts.
void appendTail(Snapshot &s, LeadTail &tail, std::vector<qint64> &rowids)
{
    auto remap = [](const TextPool &from, TextPool &to) {
        std::vector<int> map(static_cast<size_t>(from.size()));
        for (int i = 0; i < from.size(); ++i)
            map[static_cast<size_t>(i)] = to.intern(from.text(i));
        return map;
    };
    const std::vector<int> personaMap = remap(tail.personas, s.personas), channelMap = remap(tail.channels, s.channels);
    auto &L = s.leads, &T = tail.leads;
    auto append = [](auto &to, auto &from) { to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end())); };
    for (int &p : T.persona)
        p = p == kNone ? kNone : personaMap[static_cast<size_t>(p)];
    for (int &c : T.channel)
        c = c == kNone ? kNone : channelMap[static_cast<size_t>(c)];
    append(L.id, T.id);
    append(L.account, T.account);
    append(L.persona, T.persona);
    append(L.channel, T.channel);
    append(L.source, T.source);
    append(L.emailKey, T.emailKey);
    append(L.created, T.created);
    append(L.mql, T.mql);
    append(L.sal, T.sal);
    append(L.sql, T.sql);
    append(L.disqualified, T.disqualified);
    append(rowids, tail.rowids);
}

// A second read-only connection on the same file, so that the two cores read
// in parallel; null (then everything is read on the first) for a store
// without a file.
sqlite3 *openSecond(const Store &store)
{
    const QString path = store.path();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return nullptr;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    return db;
}

struct Transaction {
    explicit Transaction(sqlite3 *db) : m_db(db), m_own(sqlite3_get_autocommit(db) != 0)
    {
        if (m_own)
            sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
    }
    ~Transaction()
    {
        if (m_own)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3 *m_db;
    bool m_own;
};

Status loadInto(const Store &store, Snapshot &s, const SnapshotLoader::Progress &progress)
{
    sqlite3 *db = store.handle();
    if (!db)
        return makeError(ErrorCode::Database, QStringLiteral("The store has no open SQLite connection"));
    std::atomic<bool> cancel{false};
    int percent = 0;
    QString stage;
    // Only this thread calls `progress`; the side reader just watches `cancel`.
    Reader main(db, [&] {
        if (!cancel && progress && !progress(percent, stage))
            cancel = true;
        return !cancel;
    });
    const Transaction mainTx(db);

    Interner persona(s.personas), segment(s.segments), channel(s.channels);
    FlatIndex accountIndex;
    percent = 0, stage = QStringLiteral("accounts");
    Status st = main.each("SELECT account_id, segment, persona FROM accounts", [&](sqlite3_stmt *r) {
        accountIndex.insert(textView(r, 0), s.accountCount());
        s.accounts.segment.push_back(segment(textView(r, 1)));
        s.accounts.persona.push_back(persona(textView(r, 2)));
    });
    if (!st)
        return st;

    // Split the leads by rowid: the second connection takes the last third
    // after its other tables, which balances the two readers on 2 cores.
    qint64 minRowid = 1, maxRowid = 0;
    st = main.each("SELECT (SELECT min(rowid) FROM leads), (SELECT max(rowid) FROM leads)", [&](sqlite3_stmt *r) {
        if (sqlite3_column_type(r, 0) != SQLITE_NULL) {
            minRowid = sqlite3_column_int64(r, 0);
            maxRowid = sqlite3_column_int64(r, 1);
        }
    });
    if (!st)
        return st;
    SideTables side;
    LeadTail tail;
    Status sideStatus;
    sqlite3 *second = openSecond(store);
    const qint64 split = second ? minRowid + (maxRowid - minRowid) * 2 / 3 : maxRowid;
    tail.from = split + 1;
    tail.to = maxRowid;
    auto runSide = [&](sqlite3 *conn) {
        Reader rd(conn, [&] { return !cancel.load(); });
        const Transaction tx(conn);
        sideStatus = readSide(rd, s, accountIndex, side, tail);
    };
    QFuture<void> sideDone;
    if (second)
        sideDone = QtConcurrent::run([&] { runSide(second); });

    std::vector<qint64> rowids; // ascending: both parts are read in rowid order
    // Room for the tail too: appending it then moves nothing. (Rows, not the
    // rowid range: rowids may have gaps.)
    reserveLeads(s.leads, rowids, static_cast<size_t>(main.count("leads")));
    percent = 5, stage = QStringLiteral("leads");
    st = readLeads(main, minRowid, split, accountIndex, persona, channel, s.leads, rowids);
    if (!st)
        cancel = true; // stop the side reader early
    if (second) {
        sideDone.waitForFinished();
        sqlite3_close(second);
    } else if (st) {
        percent = 50, stage = QStringLiteral("deals, revenue, service");
        runSide(db);
    }
    if (!st)
        return st;
    if (!sideStatus)
        return sideStatus;
    appendTail(s, tail, rowids);
    if (progress && !progress(80, QStringLiteral("indexes")))
        return cancelled();

    // rowid → lead index: a dense table when rowids are dense (the usual case).
    std::vector<int> dense;
    if (maxRowid >= 0 && maxRowid <= 4 * static_cast<qint64>(rowids.size()) + 1024) {
        dense.assign(static_cast<size_t>(maxRowid) + 1, kNone);
        for (size_t i = 0; i < rowids.size(); ++i)
            dense[static_cast<size_t>(rowids[i])] = static_cast<int>(i);
    }
    auto indexOf = [&](qint64 rowid) {
        if (rowid < 0)
            return kNone;
        if (!dense.empty())
            return rowid < static_cast<qint64>(dense.size()) ? dense[static_cast<size_t>(rowid)] : kNone;
        const auto it = std::lower_bound(rowids.begin(), rowids.end(), rowid);
        return (it != rowids.end() && *it == rowid) ? static_cast<int>(it - rowids.begin()) : kNone;
    };
    for (size_t t = 0; t < side.touchAt.size(); ++t)
        if (const int l = indexOf(side.touchLeadRowid[t]); l != kNone)
            s.addTouch(l, side.touchAt[t]);
    s.opps.lead.reserve(side.oppLeadRowid.size());
    s.opps.persona.reserve(side.oppPersona.size());
    for (size_t o = 0; o < side.oppLeadRowid.size(); ++o) {
        s.opps.lead.push_back(indexOf(side.oppLeadRowid[o]));
        s.opps.persona.push_back(persona(side.oppPersona[o]));
    }

    s.finalize();
    percent = 100, stage = QStringLiteral("done");
    if (progress && !progress(percent, stage))
        return cancelled();
    return {};
}

} // namespace

Result<std::shared_ptr<const Snapshot>> SnapshotLoader::load(const Store &store, const Progress &progress)
{
    auto snapshot = std::make_shared<Snapshot>();
    const Status st = loadInto(store, *snapshot, progress);
    if (!st)
        return st.error();
    return std::shared_ptr<const Snapshot>(std::move(snapshot));
}

} // namespace ra

#include "kpi/snapshotloader.h"

#include "kpi/snapshot.h"
#include "store/store.h"

#include <sqlite3.h>

#include <cstring>
#include <string_view>
#include <unordered_map>

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
        const auto it = m_cache.find(std::string(v));
        if (it != m_cache.end())
            return it->second;
        const int id = m_pool.intern(QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())));
        m_cache.emplace(std::string(v), id);
        return id;
    }

private:
    TextPool &m_pool;
    std::unordered_map<std::string, int> m_cache;
};

class Loader {
public:
    Loader(sqlite3 *db, const SnapshotLoader::Progress &progress) : m_db(db), m_progress(progress) {}

    Status run(Snapshot &s);

private:
    Result<Stmt> prepare(const char *sql)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
            return makeError(ErrorCode::Database, QStringLiteral("Cannot read the store: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        return Stmt(st);
    }
    bool report(int percent, const QString &stage) { return !m_progress || m_progress(percent, stage); }
    qint64 count(const char *table);

    // Steps through a statement, calling row(stmt) per row; cancellable.
    template<typename F>
    Status each(const char *sql, int percent, const QString &stage, F &&row)
    {
        if (!report(percent, stage))
            return cancelled();
        auto st = prepare(sql);
        if (!st)
            return st.error();
        int rc;
        qint64 n = 0;
        while ((rc = sqlite3_step(st->get())) == SQLITE_ROW) {
            row(st->get());
            if (++n % kCheckEvery == 0 && !report(percent, stage))
                return cancelled();
        }
        if (rc != SQLITE_DONE)
            return makeError(ErrorCode::Database, QStringLiteral("Cannot read the store: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        return {};
    }

    sqlite3 *m_db;
    const SnapshotLoader::Progress &m_progress;
};

qint64 Loader::count(const char *table)
{
    const std::string sql = std::string("SELECT count(*) FROM ") + table;
    auto st = prepare(sql.c_str());
    if (!st || sqlite3_step(st->get()) != SQLITE_ROW)
        return 0;
    return sqlite3_column_int64(st->get(), 0);
}

Status Loader::run(Snapshot &s)
{
    Interner persona(s.personas), segment(s.segments), channel(s.channels);
    std::unordered_map<std::string, int> accountIndex;

    Status st = each("SELECT account_id, segment, persona FROM accounts", 0, QStringLiteral("accounts"), [&](sqlite3_stmt *r) {
        accountIndex.emplace(std::string(textView(r, 0)), s.accountCount());
        s.accounts.segment.push_back(segment(textView(r, 1)));
        s.accounts.persona.push_back(persona(textView(r, 2)));
    });
    if (!st)
        return st;
    auto accountOf = [&](std::string_view id) {
        if (id.empty())
            return kNone;
        const auto it = accountIndex.find(std::string(id));
        return it == accountIndex.end() ? kNone : it->second;
    };

    // The id strings must not move once views into them are keys: reserve first.
    const qint64 leadRows = count("leads");
    auto &L = s.leads;
    L.id.reserve(static_cast<size_t>(leadRows));
    for (auto *v : {&L.account, &L.persona, &L.channel})
        v->reserve(static_cast<size_t>(leadRows));
    for (auto *v : {&L.created, &L.mql, &L.sal, &L.sql, &L.disqualified})
        v->reserve(static_cast<size_t>(leadRows));
    L.source.reserve(static_cast<size_t>(leadRows));
    L.emailKey.reserve(static_cast<size_t>(leadRows));
    st = each("SELECT lead_id, email, account_id, persona, channel, source, created_at, mql_at, sal_at, sql_at, "
              "disqualified_at FROM leads",
              5, QStringLiteral("leads"), [&](sqlite3_stmt *r) {
                  if (L.id.size() == L.id.capacity()) // rows added since count(): keep views valid
                      return;
                  L.id.emplace_back(textView(r, 0));
                  const std::string_view email = textView(r, 1);
                  L.emailKey.push_back(Snapshot::emailKeyUtf8(email.data(), static_cast<int>(email.size())));
                  L.account.push_back(accountOf(textView(r, 2)));
                  L.persona.push_back(persona(textView(r, 3)));
                  L.channel.push_back(channel(textView(r, 4)));
                  L.source.push_back(sourceCode(textView(r, 5)));
                  L.created.push_back(sqlite3_column_int64(r, 6));
                  L.mql.push_back(timeOrNever(r, 7));
                  L.sal.push_back(timeOrNever(r, 8));
                  L.sql.push_back(timeOrNever(r, 9));
                  L.disqualified.push_back(timeOrNever(r, 10));
              });
    if (!st)
        return st;
    std::unordered_map<std::string_view, int> leadIndex;
    leadIndex.reserve(L.id.size());
    for (size_t i = 0; i < L.id.size(); ++i)
        leadIndex.emplace(L.id[i], static_cast<int>(i));
    auto leadOf = [&](std::string_view id) {
        if (id.empty())
            return kNone;
        const auto it = leadIndex.find(id);
        return it == leadIndex.end() ? kNone : it->second;
    };

    st = each("SELECT lead_id, touched_at FROM touches", 50, QStringLiteral("touches"), [&](sqlite3_stmt *r) {
        const int l = leadOf(textView(r, 0));
        if (l != kNone)
            s.addTouch(l, sqlite3_column_int64(r, 1));
    });
    if (!st)
        return st;

    auto &O = s.opps;
    st = each("SELECT opportunity_id, account_id, lead_id, persona, type, source, amount, created_at, closed_at, status "
              "FROM opportunities",
              60, QStringLiteral("opportunities"), [&](sqlite3_stmt *r) {
                  const int account = accountOf(textView(r, 1));
                  if (account == kNone)
                      return; // the importer never stores one; be safe against a hand-edited store
                  O.id.emplace_back(textView(r, 0));
                  O.account.push_back(account);
                  O.lead.push_back(leadOf(textView(r, 2)));
                  O.persona.push_back(persona(textView(r, 3)));
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

    st = each("SELECT account_id, month, mrr FROM revenue", 70, QStringLiteral("revenue"), [&](sqlite3_stmt *r) {
        const int a = accountOf(textView(r, 0));
        if (a != kNone)
            s.addRevenue(a, sqlite3_column_int(r, 1), sqlite3_column_int64(r, 2));
    });
    if (!st)
        return st;
    st = each("SELECT month, amount FROM spend", 75, QStringLiteral("spend"), [&](sqlite3_stmt *r) {
        s.addSpend(sqlite3_column_int(r, 0), sqlite3_column_int64(r, 1));
    });
    if (!st)
        return st;
    st = each("SELECT account_id, opened_at, resolved_at, csat FROM tickets", 76, QStringLiteral("tickets"), [&](sqlite3_stmt *r) {
        const int a = accountOf(textView(r, 0));
        if (a != kNone)
            s.addTicket(a, sqlite3_column_int64(r, 1), timeOrNever(r, 2),
                        sqlite3_column_type(r, 3) == SQLITE_NULL ? 0 : sqlite3_column_int(r, 3));
    });
    if (!st)
        return st;
    st = each("SELECT account_id, responded_on, score FROM nps", 80, QStringLiteral("nps"), [&](sqlite3_stmt *r) {
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
    st = each("SELECT surveyed_on, role, question, score FROM alignment_survey", 82, QStringLiteral("survey"), [&](sqlite3_stmt *r) {
        const int role = indexIn(textView(r, 1), kRoles, 4), question = indexIn(textView(r, 2), kQuestions, 5);
        if (question >= 0)
            s.addSurvey(sqlite3_column_int64(r, 0), role, question, sqlite3_column_int(r, 3));
    });
    if (!st)
        return st;
    st = each("SELECT period, kpi, target, owner FROM targets", 84, QStringLiteral("targets"), [&](sqlite3_stmt *r) {
        auto text = [&](int c) {
            const std::string_view v = textView(r, c);
            return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
        };
        s.addTarget(text(0), text(1), sqlite3_column_double(r, 2), text(3));
    });
    if (!st)
        return st;

    if (!report(85, QStringLiteral("indexes")))
        return cancelled();
    s.finalize();
    if (!report(100, QStringLiteral("done")))
        return cancelled();
    return {};
}

} // namespace

Result<std::shared_ptr<const Snapshot>> SnapshotLoader::load(const Store &store, const Progress &progress)
{
    sqlite3 *db = store.handle();
    if (!db)
        return makeError(ErrorCode::Database, QStringLiteral("The store has no open SQLite connection"));
    auto snapshot = std::make_shared<Snapshot>();
    // One read transaction: every table is read from the same state of the store.
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction)
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    Loader loader(db, progress);
    const Status st = loader.run(*snapshot);
    if (ownTransaction)
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (!st)
        return st.error();
    return std::shared_ptr<const Snapshot>(std::move(snapshot));
}

} // namespace ra

#include "pgstore/pgpull.h"

#include "pgstore/pgconnection.h"
#include "pgstore/tablelayout.h"
#include "store/statement.h"
#include "store/store.h"

#include <QtEndian>
#include <sqlite3.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace ra {
namespace {

enum class Kind { Integer, Real, Text };

Kind kindOf(const QString &sqliteType)
{
    if (sqliteType.contains(QLatin1String("INT")))
        return Kind::Integer;
    if (sqliteType.contains(QLatin1String("REAL")) || sqliteType.contains(QLatin1String("DOUB")))
        return Kind::Real;
    return Kind::Text;
}

// The SELECT that COPY runs: each column cast to the binary form we decode.
QString selectFor(const TableLayout &t, qint64 sinceImport)
{
    QStringList cols;
    for (int i = 0; i < t.columns.size(); ++i) {
        const Kind k = kindOf(t.types.at(i));
        cols << QStringLiteral("%1::%2").arg(t.columns.at(i),
                                             k == Kind::Integer ? QStringLiteral("int8")
                                             : k == Kind::Real  ? QStringLiteral("float8")
                                                                : QStringLiteral("text"));
    }
    QString sql = QStringLiteral("SELECT %1 FROM revalign.%2").arg(cols.join(QStringLiteral(", ")), t.name);
    if (sinceImport >= 0 && t.sync == TableLayout::Sync::ByRevision)
        sql += QStringLiteral(" WHERE rev > %1").arg(sinceImport);
    else if (sinceImport >= 0 && t.sync == TableLayout::Sync::ByImport)
        sql += QStringLiteral(" WHERE import_id > %1").arg(sinceImport);
    return QStringLiteral("COPY (%1) TO STDOUT (FORMAT binary)").arg(sql);
}

QString upsertFor(const TableLayout &t)
{
    QStringList params, sets;
    for (int i = 0; i < t.columns.size(); ++i) {
        params << QStringLiteral("?");
        if (!t.key.contains(t.columns.at(i)))
            sets << QStringLiteral("%1 = excluded.%1").arg(t.columns.at(i));
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(t.name, t.columns.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")));
    if (!t.key.isEmpty())
        sql += QStringLiteral(" ON CONFLICT (%1) DO %2")
                   .arg(t.key.join(QStringLiteral(", ")),
                        sets.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + sets.join(QStringLiteral(", ")));
    return sql;
}

// Decodes COPY's binary rows (the 19-byte file header rides on the first
// message, the -1 trailer comes alone) and binds each to the upsert.
class RowWriter {
public:
    RowWriter(Statement &stmt, const TableLayout &t) : m_stmt(stmt)
    {
        for (const QString &type : t.types)
            m_kinds.push_back(kindOf(type));
    }

    bool write(std::string_view msg)
    {
        const char *p = msg.data(), *end = p + msg.size();
        if (!m_headerSeen) {
            if (msg.size() < 19 || std::memcmp(p, "PGCOPY\n\377\r\n\0", 11) != 0)
                return fail(QStringLiteral("not a binary COPY stream"));
            p += 19 + qFromBigEndian<qint32>(p + 15);
            m_headerSeen = true;
        }
        while (p + 2 <= end) {
            const qint16 fields = qFromBigEndian<qint16>(p);
            p += 2;
            if (fields == -1)
                return true;
            if (fields != qint16(m_kinds.size()))
                return fail(QStringLiteral("%1 columns where %2 were expected").arg(fields).arg(m_kinds.size()));
            for (int f = 0; f < fields; ++f) {
                if (p + 4 > end)
                    return fail(QStringLiteral("a row ends early"));
                const qint32 len = qFromBigEndian<qint32>(p);
                p += 4;
                if (len > end - p)
                    return fail(QStringLiteral("a field runs past its row"));
                bind(f + 1, len < 0 ? nullptr : p, len);
                p += len < 0 ? 0 : len;
            }
            if (!m_stmt.run(Statement::Bindings::Keep)) // every column is bound for every row
                return fail(m_stmt.status().message());
            ++m_rows;
        }
        return true;
    }

    qint64 rows() const { return m_rows; }
    const QString &error() const { return m_error; }

private:
    void bind(int param, const char *data, qint32 len)
    {
        if (!data) {
            m_stmt.bindNull(param);
            return;
        }
        switch (m_kinds[size_t(param - 1)]) {
        case Kind::Integer: m_stmt.bind(param, qFromBigEndian<qint64>(data)); break;
        case Kind::Real: {
            const quint64 bits = qFromBigEndian<quint64>(data);
            double d;
            std::memcpy(&d, &bits, sizeof d);
            m_stmt.bind(param, d);
            break;
        }
        case Kind::Text: m_stmt.bind(param, std::string_view(len ? data : "", size_t(len))); break;
        }
    }
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    Statement &m_stmt;
    std::vector<Kind> m_kinds;
    bool m_headerSeen = false;
    qint64 m_rows = 0;
    QString m_error;
};

// COPY ... TO STDOUT with the receiving on a thread of its own, handing
// batches of rows to `consume` on the calling thread: the server's sending
// and the local writes overlap instead of taking turns. The connection is
// used by the receiving thread only, until it has ended. When consume
// returns false the copy is cancelled (the rest is received and dropped).
Status copyOutOverlapped(PgConnection &conn, const QString &sql, const std::function<bool(std::string_view)> &consume)
{
    constexpr size_t kBatchBytes = size_t(1) << 18;
    constexpr size_t kBatchesAhead = 8;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::string> ready;
    bool received = false, stop = false;
    Status outcome;
    std::thread receiver([&] {
        std::string batch;
        Status s = conn.copyOut(sql, [&](std::string_view msg) {
            batch.append(msg);
            if (batch.size() < kBatchBytes)
                return true;
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return ready.size() < kBatchesAhead || stop; });
            if (stop)
                return false;
            ready.push_back(std::move(batch));
            batch.clear();
            changed.notify_all();
            return true;
        });
        const std::lock_guard lock(mutex);
        if (!batch.empty() && !stop)
            ready.push_back(std::move(batch));
        outcome = s;
        received = true;
        changed.notify_all();
    });
    bool consuming = true;
    for (;;) {
        std::string batch;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !ready.empty() || received; });
            if (ready.empty())
                break;
            batch = std::move(ready.front());
            ready.pop_front();
            changed.notify_all();
        }
        if (consuming && !consume(batch)) {
            consuming = false;
            const std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
    }
    receiver.join();
    return outcome;
}

Error localError(const Store &local, const QString &table, const QString &why)
{
    return makeError(ErrorCode::Database, QStringLiteral("cannot copy %1 into %2: %3").arg(table, local.path(), why));
}

Status pullTable(PgConnection &conn, Store &local, const TableLayout &t, qint64 sinceImport, qint64 &rows,
                 const std::function<bool()> &keepGoing)
{
    sqlite3 *db = local.handle();
    if (t.sync == TableLayout::Sync::Whole) {
        const QString clear = QStringLiteral("DELETE FROM %1").arg(t.name);
        if (Status s = execSql(db, clear.toUtf8().constData()); !s)
            return localError(local, t.name, s.message());
    }
    Statement stmt(db, upsertFor(t).toUtf8().toStdString(), Statement::Prepare::Persistent);
    if (!stmt.status())
        return localError(local, t.name, stmt.status().message());
    RowWriter writer(stmt, t);
    bool failed = false;
    qint64 shown = 0;
    Status s = copyOutOverlapped(conn, selectFor(t, t.sync == TableLayout::Sync::Whole ? -1 : sinceImport), [&](std::string_view batch) {
        if (!writer.write(batch)) {
            failed = true;
            return false;
        }
        if (writer.rows() - shown < 0x4000)
            return true;
        shown = writer.rows();
        return keepGoing();
    });
    if (failed)
        return localError(local, t.name, writer.error());
    rows += writer.rows();
    return s;
}

// The rows of a small table (the settings) as one text, to tell whether a
// replacement changed them.
QString tableContent(Store &local, const TableLayout &t)
{
    QStringList quoted;
    for (const QString &c : t.columns)
        quoted << QStringLiteral("quote(%1)").arg(c);
    const QString sql = QStringLiteral("SELECT group_concat(r, char(10)) FROM (SELECT %1 AS r FROM %2 ORDER BY 1)")
                            .arg(quoted.join(QStringLiteral(" || ',' || ")), t.name);
    Statement st(local.handle(), sql.toUtf8().toStdString());
    return st.next() ? st.string(0) : QString();
}

} // namespace

Result<PullStats> pullRows(PgConnection &conn, Store &local, qint64 sinceImport, const Progress &progress)
{
    PullStats stats;
    stats.incremental = sinceImport >= 0;
    Result<PgRows> last = conn.query(QStringLiteral("SELECT coalesce(max(import_id), 0) FROM revalign.imports"));
    if (!last)
        return last.error();
    stats.lastImport = last->integer(0, 0);
    // Nothing imported since: only the settings can differ.
    const bool nothingNew = stats.incremental && stats.lastImport == sinceImport;
    const auto &tables = storeTables();
    // A full pull deletes children before parents (foreign keys are on).
    if (!stats.incremental)
        for (auto it = tables.rbegin(); it != tables.rend(); ++it) {
            if (it->sync == TableLayout::Sync::Local)
                continue;
            const QString clear = QStringLiteral("DELETE FROM %1").arg(it->name);
            if (Status s = execSql(local.handle(), clear.toUtf8().constData()); !s)
                return localError(local, it->name, s.message());
        }
    int done = 0;
    QString current;
    const auto keepGoing = [&] { return reportProgress(progress, done, qint64(tables.size()), current); };
    for (const TableLayout &t : tables) {
        if (t.sync == TableLayout::Sync::Local || (nothingNew && t.sync != TableLayout::Sync::Whole))
            continue;
        current = t.name;
        if (!keepGoing())
            return makeError(ErrorCode::Cancelled, QStringLiteral("the copy of the team store was cancelled"));
        const bool whole = t.sync == TableLayout::Sync::Whole;
        const QString before = whole && stats.incremental ? tableContent(local, t) : QString();
        const qint64 rowsBefore = stats.rows;
        if (Status s = pullTable(conn, local, t, stats.incremental ? sinceImport : -1, stats.rows, keepGoing); !s)
            return s.error();
        stats.changed = stats.changed || !stats.incremental || (whole ? tableContent(local, t) != before : stats.rows > rowsBefore);
        ++done;
    }
    return stats;
}

BulkCopyMode::BulkCopyMode(Store &local, Target target) : m_local(local), m_target(target)
{
    // Best effort: a pull without these is slower, not wrong.
    (void)execSql(local.handle(), "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144");
    if (target == Target::Fresh)
        (void)execSql(local.handle(), "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF");
}

BulkCopyMode::~BulkCopyMode()
{
    (void)execSql(m_local.handle(), "PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000");
    if (m_target == Target::Fresh) // the pragmas Store::open sets
        (void)execSql(m_local.handle(), "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
}

} // namespace ra

#include "pgstore/pgpush.h"

#include "pgstore/bulkload.h"
#include "pgstore/pgconnection.h"
#include "pgstore/pgschema.h"
#include "pgstore/tablelayout.h"
#include "store/statement.h"
#include "store/store.h"

#include <sqlite3.h>

#include <cstdio>
#include <utility>
#include <vector>

namespace ra {
namespace {

QString dirtyTable(const TableLayout &t) { return QStringLiteral("_ra_changed_") + t.name; }

Error workError(const Status &cause, const QString &what)
{
    return makeError(cause.error().code, QStringLiteral("%1 in the import's working copy: %2").arg(what, cause.message()));
}

// One value in COPY's text format (tab-separated, \N = NULL, backslash escapes).
void appendValue(std::string &out, sqlite3_stmt *st, int col)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_NULL: out += "\\N"; return;
    case SQLITE_INTEGER: out += std::to_string(sqlite3_column_int64(st, col)); return;
    case SQLITE_FLOAT: {
        char buf[32];
        const int n = std::snprintf(buf, sizeof buf, "%.17g", sqlite3_column_double(st, col)); // round-trips exactly
        out.append(buf, size_t(n));
        return;
    }
    default: break;
    }
    const auto *p = static_cast<const char *>(sqlite3_column_blob(st, col));
    const int n = sqlite3_column_bytes(st, col);
    for (int i = 0; i < n; ++i) {
        switch (p[i]) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += p[i];
        }
    }
}

// Streams the rows of `select` on the working copy into `COPY target FROM STDIN`.
Status copyRows(Store &work, PgConnection &conn, const QString &select, const QString &target, qint64 &rows)
{
    Statement st(work.handle(), select.toUtf8().toStdString());
    if (!st.status())
        return workError(st.status(), QStringLiteral("cannot read the changed rows"));
    const int cols = sqlite3_column_count(st.handle());
    bool more = true;
    Status copied = conn.copyIn(QStringLiteral("COPY %1 FROM STDIN").arg(target), [&](std::string &buf) {
        while (buf.size() < (1 << 18) && (more = st.next())) {
            for (int c = 0; c < cols; ++c) {
                if (c)
                    buf += '\t';
                appendValue(buf, st.handle(), c);
            }
            buf += '\n';
            ++rows;
        }
        return more;
    });
    if (!st.status())
        return workError(st.status(), QStringLiteral("cannot read the changed rows"));
    return copied;
}

Status pushTable(Store &work, PgConnection &conn, const TableLayout &t, qint64 importId, qint64 &rows)
{
    const QString cols = t.columns.join(QStringLiteral(", "));
    const QString keys = t.key.join(QStringLiteral(", "));
    const QString stage = QStringLiteral("ra_stage_") + t.name;
    if (Status s = conn.command(QStringLiteral("CREATE TEMP TABLE %1 (LIKE revalign.%2 INCLUDING DEFAULTS) ON COMMIT DROP")
                                    .arg(stage, t.name));
        !s)
        return s;
    const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE (%3) IN (SELECT %3 FROM %4)")
                               .arg(cols, t.name, keys, dirtyTable(t));
    qint64 sent = 0;
    if (Status s = copyRows(work, conn, select, QStringLiteral("%1 (%2)").arg(stage, cols), sent); !s)
        return s;
    rows += sent;
    if (sent == 0)
        return {};
    QStringList sets{QStringLiteral("rev = excluded.rev")};
    for (const QString &c : t.columns)
        if (!t.key.contains(c))
            sets << QStringLiteral("%1 = excluded.%1").arg(c);
    return conn.command(QStringLiteral("INSERT INTO revalign.%1 (%2, rev) SELECT %2, %3 FROM %4 ON CONFLICT (%5) DO UPDATE SET %6")
                            .arg(t.name, cols)
                            .arg(importId)
                            .arg(stage, keys, sets.join(QStringLiteral(", "))));
}

bool scalarIsTrue(Store &work, const QString &sql)
{
    Statement st(work.handle(), sql.toUtf8().toStdString());
    return st.next() && st.int64(0) != 0;
}

bool isEmpty(Store &work, const TableLayout &t)
{
    return !scalarIsTrue(work, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(t.name));
}

bool isTracked(Store &work, const TableLayout &t)
{
    return scalarIsTrue(work, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = '%1')").arg(dirtyTable(t)));
}

// A table that was empty on the server: every row of it is new, so it goes
// straight into the server's table, no staging, no merge.
Status pushWholeTable(Store &work, PgConnection &conn, const TableLayout &t, qint64 importId, qint64 &rows)
{
    const QString cols = t.columns.join(QStringLiteral(", "));
    return copyRows(work, conn, QStringLiteral("SELECT %1, %2 FROM %3").arg(cols).arg(importId).arg(t.name),
                    QStringLiteral("revalign.%1 (%2, rev)").arg(t.name, cols), rows);
}

} // namespace

Status trackChanges(Store &work)
{
    for (const TableLayout &t : storeTables()) {
        if (t.sync != TableLayout::Sync::ByRevision || isEmpty(work, t))
            continue; // an empty table is sent whole (pushChanges)
        QStringList newKeys;
        for (const QString &k : t.key)
            newKeys << QStringLiteral("NEW.") + k;
        const QString keys = t.key.join(QStringLiteral(", "));
        const QString values = newKeys.join(QStringLiteral(", "));
        const QString sql = QStringLiteral(
                                "CREATE TABLE %1 (%2);"
                                "CREATE TRIGGER %1_ins AFTER INSERT ON %3 BEGIN INSERT INTO %1 VALUES (%4); END;"
                                "CREATE TRIGGER %1_upd AFTER UPDATE ON %3 BEGIN INSERT INTO %1 VALUES (%4); END;")
                                .arg(dirtyTable(t), keys, t.name, values);
        if (Status s = execSql(work.handle(), sql.toUtf8().constData()); !s)
            return workError(s, QStringLiteral("cannot track the changes of %1").arg(t.name));
    }
    return {};
}

Result<qint64> pushChanges(Store &work, PgConnection &conn, qint64 lastImport, qint64 importId)
{
    qint64 rows = 0, logRows = 0;
    bool anyWhole = false;
    for (const TableLayout &t : storeTables())
        anyWhole = anyWhole || (t.sync == TableLayout::Sync::ByRevision && !isTracked(work, t) && !isEmpty(work, t));
    // A table loaded whole (it was empty on the server) is checked against
    // the tables it refers to once, after the load, rather than row by row
    // (per-row checks were three quarters of a first import's server time).
    DeferredChecks deferred;
    bool deferring = false;
    if (anyWhole) {
        Result<bool> locked = DeferredChecks::lockDataTables(conn);
        if (!locked)
            return locked.error();
        deferring = *locked;
    }
    for (const TableLayout &t : storeTables()) {
        Status s;
        if (t.sync == TableLayout::Sync::ByRevision && isTracked(work, t)) {
            s = pushTable(work, conn, t, importId, rows);
        } else if (t.sync == TableLayout::Sync::ByRevision) {
            if (deferring && !isEmpty(work, t))
                s = deferred.deferForeignKeys(conn, t.name);
            if (s)
                s = pushWholeTable(work, conn, t, importId, rows);
        } else if (t.sync == TableLayout::Sync::ByImport)
            s = copyRows(work, conn,
                         QStringLiteral("SELECT %1 FROM %2 WHERE import_id > %3").arg(t.columns.join(QStringLiteral(", ")), t.name).arg(lastImport),
                         QStringLiteral("revalign.%1 (%2)").arg(t.name, t.columns.join(QStringLiteral(", "))), logRows);
        if (!s)
            return s.error();
    }
    if (Status s = deferred.restore(conn); !s)
        return s.error();
    if (Status s = markTeamChange(conn); !s)
        return s.error();
    return rows;
}

} // namespace ra

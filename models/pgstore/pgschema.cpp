#include "pgstore/pgschema.h"

#include "pgstore/pgconnection.h"
#include "pgstore/pgtransaction.h"
#include "pgstore/tablelayout.h"
#include "pgstore/teamsnapshot.h"
#include "store/schema.h"

#include <QRegularExpression>
#include <map>

namespace ra {
namespace {

// A random 64-bit integer, as SQLite's random() gives (the data_state stamp).
#define RA_PG_RANDOM_INT64 "('x' || substr(md5(random()::text), 1, 16))::bit(64)::bigint"

// Steps whose PostgreSQL form differs from a translation of the SQLite one.
// Version 2 only changes SQLite's storage (WITHOUT ROWID tables): a
// PostgreSQL table is a heap plus its key index either way.
const std::map<int, QStringList> &postgresSteps()
{
    static const std::map<int, QStringList> steps = {{2, {}}};
    return steps;
}

QStringList postgresStatements(const MigrationStep &step)
{
    const auto own = postgresSteps().find(step.toVersion);
    if (own != postgresSteps().end())
        return own->second;
    QStringList out;
    for (const QString &sql : step.statements)
        out << postgresDialect(sql);
    return out;
}

Result<int> serverVersion(PgConnection &conn)
{
    Result<PgRows> exists = conn.query(QStringLiteral("SELECT to_regclass('revalign.schema_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (exists->text(0, 0) != QLatin1String("t"))
        return 0;
    Result<PgRows> v = conn.query(QStringLiteral("SELECT coalesce(max(version), 0) FROM revalign.schema_version"));
    if (!v)
        return v.error();
    return int(v->integer(0, 0));
}

// The server's schema version, or SchemaTooNew when it is ahead of this client.
Result<int> versionNotAhead(PgConnection &conn);

Error tooNew(PgConnection &conn, int version)
{
    return makeError(ErrorCode::SchemaTooNew,
                     QStringLiteral("the team store %1 has schema version %2, this RevAlign knows up to version %3: "
                                    "install a RevAlign that writes schema version %2 (nothing was changed)")
                         .arg(conn.describe())
                         .arg(version)
                         .arg(currentSchemaVersion()));
}

Result<int> versionNotAhead(PgConnection &conn)
{
    Result<int> v = serverVersion(conn);
    if (v && *v > currentSchemaVersion())
        return tooNew(conn, *v);
    return v;
}

// Run the steps as the schema's owner when this login is a member of it, so
// that the tables of every step have one owner and its default privileges
// (the viewer's SELECT) apply (docs/team-store.md).
Status actAsSchemaOwner(PgConnection &conn)
{
    Result<PgRows> owner = conn.query(QStringLiteral(
        "SELECT quote_ident(nspowner::regrole::text) FROM pg_namespace "
        "WHERE nspname = 'revalign' AND nspowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user) "
        "AND pg_has_role(nspowner, 'MEMBER')"));
    if (!owner)
        return owner.error();
    return owner->rows() == 0 ? Status() : conn.command(QStringLiteral("SET LOCAL ROLE ") + owner->text(0, 0));
}

Status applySteps(PgConnection &conn, int from)
{
    // A schema made beforehand by the database's owner (docs/team-store.md)
    // is used as it is: CREATE SCHEMA would need rights an admin login lacks.
    Result<PgRows> exists = conn.query(QStringLiteral("SELECT to_regnamespace('revalign') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (exists->text(0, 0) != QLatin1String("t"))
        if (Status s = conn.command(QStringLiteral("CREATE SCHEMA revalign")); !s)
            return s;
    if (Status s = conn.command(QStringLiteral("SET LOCAL search_path TO revalign")); !s)
        return s;
    if (Status s = actAsSchemaOwner(conn); !s)
        return s;
    if (Status s = conn.command(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")); !s)
        return s;
    for (const MigrationStep &step : migrationSteps()) {
        if (step.toVersion <= from)
            continue;
        for (const QString &sql : postgresStatements(step))
            if (Status s = conn.command(sql); !s)
                return s;
    }
    // The server's own bookkeeping, re-checked after every upgrade (a step
    // that rebuilds a table would drop it).
    for (const TableLayout &t : storeTables()) {
        if (t.sync != TableLayout::Sync::ByRevision)
            continue;
        for (const QString &sql : {QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS rev BIGINT NOT NULL DEFAULT 0"),
                                   QStringLiteral("CREATE INDEX IF NOT EXISTS %1_rev ON %1 (rev)")})
            if (Status s = conn.command(sql.arg(t.name)); !s)
                return s;
    }
    for (const QString &sql : teamSnapshotTableStatements())
        if (Status s = conn.command(sql); !s)
            return s;
    if (Status s = conn.command(QStringLiteral("DELETE FROM schema_version")); !s)
        return s;
    return conn.command(QStringLiteral("INSERT INTO schema_version VALUES ($1)"), {QString::number(currentSchemaVersion())});
}

} // namespace

QString postgresDialect(const QString &sqliteStatement)
{
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression withoutRowid(QStringLiteral("\\s*WITHOUT ROWID\\s*$"));
    static const QRegularExpression random(QStringLiteral("\\brandom\\(\\)"));
    QString sql = sqliteStatement;
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(real, QStringLiteral("DOUBLE PRECISION"));
    sql.replace(withoutRowid, QString());
    // SQLite's random() is a 64-bit integer, PostgreSQL's a double in [0, 1).
    sql.replace(random, QStringLiteral(RA_PG_RANDOM_INT64));
    return sql;
}

Status markTeamChange(PgConnection &conn)
{
    return conn.command(QStringLiteral("UPDATE revalign.data_state SET version = version + 1, stamp = " RA_PG_RANDOM_INT64 " WHERE id = 1"));
}

Result<TeamRole> teamRole(PgConnection &conn)
{
    Result<PgRows> r = conn.query(QStringLiteral(
        "SELECT to_regclass('revalign.imports') IS NULL OR has_table_privilege('revalign.imports', 'INSERT')"));
    if (!r)
        return r.error();
    // No schema yet: whoever may create it acts as admin; upgradeTeamSchema says otherwise.
    return r->text(0, 0) == QLatin1String("t") ? TeamRole::Admin : TeamRole::Viewer;
}

QString roleName(TeamRole role) { return role == TeamRole::Admin ? QStringLiteral("admin") : QStringLiteral("viewer"); }

Status checkTeamSchema(PgConnection &conn)
{
    Result<int> v = versionNotAhead(conn);
    if (!v)
        return v.error();
    if (*v == 0)
        return makeError(ErrorCode::NotAStore, QStringLiteral("%1 holds no RevAlign team store yet: an admin sets it up "
                                                              "by importing a bundle into it (docs/team-store.md)")
                                                   .arg(conn.describe()));
    if (*v < currentSchemaVersion())
        return makeError(ErrorCode::ReadOnly,
                         QStringLiteral("the team store %1 has schema version %2 and this RevAlign needs %3: an admin "
                                        "upgrades it by connecting once with this version")
                             .arg(conn.describe())
                             .arg(*v)
                             .arg(currentSchemaVersion()));
    return {};
}

namespace {

// Current: this client's schema version and the server's own bookkeeping
// (the published snapshot's table came after schema version 5).
Result<bool> upToDate(PgConnection &conn, int version)
{
    if (version != currentSchemaVersion())
        return false;
    return hasTeamSnapshotTable(conn);
}

} // namespace

Status upgradeTeamSchema(PgConnection &conn)
{
    Result<int> v = versionNotAhead(conn);
    if (!v)
        return v.error();
    Result<bool> current = upToDate(conn, *v);
    if (!current)
        return current.error();
    if (*current)
        return {};
    const SessionLock lock(conn, kSchemaLockKey, 30000, QStringLiteral("the schema upgrade"));
    if (!lock.status())
        return lock.status();
    PgTransaction tx(conn);
    if (!tx.beginStatus())
        return tx.beginStatus();
    // Another client may have upgraded while this one waited for the lock.
    v = versionNotAhead(conn);
    if (!v)
        return v.error();
    current = upToDate(conn, *v);
    if (!current)
        return current.error();
    if (*current)
        return {};
    if (Status s = applySteps(conn, *v); !s) {
        if (s.error().code != ErrorCode::ReadOnly)
            return s;
        const QString what = *v == 0 ? QStringLiteral("setting up") : QStringLiteral("an upgrade from schema version %1").arg(*v);
        return makeError(ErrorCode::ReadOnly, QStringLiteral("the team store %1 needs %2 and the login %3 may not do it: "
                                                             "an admin connects once with this RevAlign (docs/team-store.md)")
                                                  .arg(conn.describe(), what, conn.user()));
    }
    return tx.commit();
}

} // namespace ra

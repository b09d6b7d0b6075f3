#pragma once
// The team store's schema: the SQLite migration list (store/schema.h) replayed
// in PostgreSQL's dialect inside the `revalign` schema, with the version in
// revalign.schema_version. Only where the dialects must differ does a step
// have a PostgreSQL form of its own (pgschema.cpp). The server keeps one
// column the laptop stores do not: `rev` on every data table, the import that
// last changed the row, which incremental sync reads.
#include "core/result.h"

#include <QString>

namespace ra {

class PgConnection;

enum class TeamRole { Viewer, Admin };

// Advisory-lock keys (pg_advisory_xact_lock): one for schema upgrades, one
// for imports and settings writes.
constexpr qint64 kSchemaLockKey = 0x5241'0001;
constexpr qint64 kWriteLockKey = 0x5241'0002;

// The SQLite statement in PostgreSQL's dialect (types; WITHOUT ROWID dropped;
// random() as a 64-bit integer).
QString postgresDialect(const QString &sqliteStatement);

// Marks a change of the server's rows or settings in revalign.data_state
// (the counterpart of a SQLite store's data version); inside the writing
// transaction. The laptop copies keep their own data version.
Status markTeamChange(PgConnection &conn);

// Creates or upgrades the schema in one transaction under the schema lock.
// SchemaTooNew (naming the version this client would need) when the server
// is ahead; ReadOnly when an upgrade is due but this login may not do it.
Status upgradeTeamSchema(PgConnection &conn);
// For readers: the schema must exist and be exactly this client's version.
Status checkTeamSchema(PgConnection &conn);
// Admin when the login may write the imports log, else Viewer.
Result<TeamRole> teamRole(PgConnection &conn);
QString roleName(TeamRole role);

} // namespace ra

#pragma once
// The team store as the rest of RevAlign sees it: a `--db` value that names a
// PostgreSQL server instead of a file, a connection with its role checked,
// and the local SQLite copies that everything else reads. The engine, the
// pages and the report never see the server: they read a Store, which for a
// team store is its offline copy, brought up to date from one consistent snapshot
// (docs/decisions/team-store.md).
#include "core/result.h"
#include "pgstore/pgpull.h"
#include "pgstore/pgschema.h"

#include <QDateTime>
#include <QString>
#include <memory>

namespace ra {

class PgConnection;
class Store;

// A postgresql:// or postgres:// URI, or a "service=NAME" string.
bool isTeamStoreLocation(const QString &db);
// The location without a password (for recent stores, messages, logs).
QString withoutPassword(const QString &location);

struct TeamConnection {
    std::unique_ptr<PgConnection> conn;
    TeamRole role = TeamRole::Viewer;
};

enum class TeamAccess { Read, Write };

// Connects and checks the schema: a writer (admin) creates or upgrades it, a
// reader needs it current (an admin reader upgrades it first). Write access
// as a viewer is a ReadOnly error that names the role.
Result<TeamConnection> connectTeamStore(const QString &location, TeamAccess access, const QString &purpose = {});

struct SyncResult {
    PullStats stats;
    QString server;
    TeamRole role = TeamRole::Viewer;
    QDateTime syncedAt;
};

// Brings the offline copy at localPath up to date with the team store: all
// of it the first time (or when the copy is of another store), then only what
// the imports since the copy's newest import changed. All or nothing: an
// interrupted sync leaves the copy as it was.
Result<SyncResult> syncTeamStore(const QString &location, const QString &localPath, const Progress &progress = {});

// Where an incremental copy into `local` starts: its newest import, when its
// imports log agrees with the server's (same start time and bundle); else -1
// (copy everything).
qint64 resumePoint(Store &local, PgConnection &conn);

// What the last sync of the copy at localPath recorded (beside it in
// "<localPath>.team"): the server and the time; nullopt for a plain store.
struct SyncRecord {
    QString server;
    QString location; // without password
    QDateTime syncedAt;
};
std::optional<SyncRecord> lastSync(const QString &localPath);

// A command-line read that answered from the server's snapshot
// (teamsnapshot.h) because there was no offline copy at copyPath leaves this
// note beside where the copy goes: the next read makes the copy. A sync that
// makes the copy removes it.
QString firstReadNotePath(const QString &copyPath);

// Where the window keeps its offline copy of a team store: one file per
// location (without password) under the application's data folder.
QString offlineCopyPath(const QString &location);

} // namespace ra

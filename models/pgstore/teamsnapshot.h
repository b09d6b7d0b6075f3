#pragma once
// The snapshot cache a team store keeps for its current data state
// (docs/decisions/team-store-first-read.md). The client that imports builds
// the snapshot of its working store — which holds exactly the server's rows
// once the import is pushed — and stores the cache file's bytes in
// revalign.snapshot_cache, in the import's own transaction, tagged with the
// data state that transaction leaves. A laptop without an offline copy reads
// them in one REPEATABLE READ READ ONLY transaction together with the data
// state and the settings, so its first dashboard needs no copy of the rows.
// Anything that does not match (another data state, another kind of machine,
// damaged bytes) is refused with the reason; the caller then reads the
// rows as before.
#include "core/result.h"
#include "domain/settings.h"
#include "pgstore/pgschema.h"

#include <QString>
#include <memory>

namespace ra {

class PgConnection;
class Snapshot;
class Store;

// The server's own table for it (not part of a laptop store's schema);
// created with the server's other bookkeeping by upgradeTeamSchema.
QStringList teamSnapshotTableStatements();
// True when the server has that table (an older server may not yet).
Result<bool> hasTeamSnapshotTable(PgConnection &conn);

// Inside the import's transaction, after its rows and the data-state change:
// replaces whatever the server kept with the snapshot of `work`. The snapshot
// is built and written locally first, so a fault there sends nothing.
Status publishTeamSnapshot(PgConnection &conn, Store &work);

// After an import that sent its rows straight to the server (the first, into
// an empty team store: no working store holds them), in a transaction of its
// own under the write lock: this laptop's offline copy is brought up to date
// — so it holds exactly the server's current rows — and its snapshot is
// published as above.
Status publishTeamSnapshotFromCopy(const QString &location, int lockWaitMs);

struct TeamSnapshot {
    std::shared_ptr<const Snapshot> snapshot;
    Settings settings;
    QString server;
    TeamRole role = TeamRole::Viewer;
    qint64 bytes = 0; // as fetched
};

// Connects for reading and fetches the snapshot the server keeps for its
// current data state, with the settings of that state. NotFound when the
// server keeps none for it; Validation when the one it keeps cannot be read
// here (another RevAlign, another kind of machine, damaged).
Result<TeamSnapshot> fetchTeamSnapshot(const QString &location);

} // namespace ra

#pragma once
// `revalign import` into a team store. The bundle is checked and applied by
// the very same BundleImporter as for a laptop store — on a working copy of
// the server taken under the write lock — so validation, rejections and the
// summary are the same by construction; only the rows the import changed go
// back, in one server transaction (pgpush.h). Into a server without rows,
// the importer's accepted rows stream straight to the server instead
// (copysink.h, docs/decisions/team-store-first-import.md). A lost connection
// or a killed client leaves the server as it was: nothing is committed
// until the end.
#include "core/result.h"
#include "import/importsummary.h"

#include <QString>

namespace ra {

// Stages a team import reports through `import.progress` after the bundle's
// own ("done"): the server's work that follows, which can take seconds.
inline constexpr char kStageServerKeys[] = "server-keys"; // keys and indexes built after a first import
inline constexpr char kStageServerSend[] = "server-send"; // the changed rows sent to the server
inline constexpr char kStageServerSnapshot[] = "server-snapshot"; // the snapshot for first reads saved there

struct TeamImportOptions {
    ImportOptions import;
    int lockWaitMs = 30000; // how long to wait for another client's import
};

Result<ImportSummary> importIntoTeamStore(const QString &location, const QString &bundleDir, const TeamImportOptions &options);

} // namespace ra

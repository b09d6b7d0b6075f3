#pragma once
// Imports a bundle folder (docs/bundle-format.md) into the store in ONE transaction.
// No printing; usable from a worker thread with a Store opened on that thread.
#include "core/result.h"
#include "import/importsummary.h"
#include "import/rowsink.h"

#include <QString>

namespace ra {

class Store;
class Transaction;

class BundleImporter {
public:
    explicit BundleImporter(Store &store) : m_store(store) {}

    // Errors (nothing imported, store unchanged): Usage/NotFound (folder or
    // accounts.csv missing), Io, Validation (missing required column), Parse
    // (unterminated quote), Database, Busy, Cancelled. Rejected rows are not
    // errors: they are in the summary.
    Result<ImportSummary> run(const QString &bundleDir, const ImportOptions &options);
    // The same with options.dryRun forced: counts exactly what run() would do.
    Result<ImportSummary> validate(const QString &bundleDir, ImportOptions options);

    // Sends the valid rows to `sinks` instead of the store's tables, which
    // stay as they are: the store still gives the stored keys that the checks
    // read, and keeps the imports log. For a target whose tables the store
    // mirrors (a team store's first import, pgstore/teamimport.cpp).
    void setRowSinks(RowSinkFactory sinks) { m_sinks = std::move(sinks); }

    static constexpr int kMaxStoredRejections = 1000; // per import in import_rejections

private:
    Status finish(Transaction &tx, ImportSummary &summary);

    Store &m_store;
    RowSinkFactory m_sinks; // empty: the store's own tables
};

} // namespace ra

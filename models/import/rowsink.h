#pragma once
// Where one bundle file's valid rows go, batch by batch. A laptop store's
// import writes them with its prepared upserts on the store's own connection
// (sqliteRowSinks); a first import into an empty team store streams them to
// the server instead (pgstore/copysink.h). A sink is opened, fed and finished
// by write-queue jobs only, on the writer's thread (writequeue.h).
#include "core/result.h"
#include "import/bundlespec.h"

#include <QString>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace ra {

class RowBatch;
struct FileSummary;

class RowSink {
public:
    virtual ~RowSink() = default;
    // Writes the batch's rows; rows that were stored before the import are
    // counted into summary as updated or unchanged. Failures name file:line.
    virtual Status write(const RowBatch &batch, FileSummary &summary, const QString &file) = 0;
    // After the file's last batch. A sink destroyed without finish() has
    // been abandoned: the import is failing and rolls back.
    virtual Status finish() { return {}; }
};

// Opens the sink of one file; written: per table column, whether the file
// has it (key columns always are).
using RowSinkFactory = std::function<Result<std::unique_ptr<RowSink>>(const TableSpec &, const std::vector<bool> &written)>;

// The store's own tables, through UpsertStatement on db.
RowSinkFactory sqliteRowSinks(sqlite3 *db);

} // namespace ra

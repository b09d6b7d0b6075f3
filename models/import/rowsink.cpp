#include "import/rowsink.h"

#include "import/importsummary.h"
#include "import/rowbatch.h"
#include "import/upsertstatement.h"

namespace ra {
namespace {

class UpsertSink : public RowSink {
public:
    Status prepare(sqlite3 *db, const TableSpec &table, const std::vector<bool> &written)
    {
        return m_stmt.prepare(db, table, written);
    }

    Status write(const RowBatch &batch, FileSummary &summary, const QString &file) override
    {
        for (std::size_t r = 0; r < batch.size(); ++r) {
            bool changed = false;
            if (Status s = m_stmt.execute(batch.cells(r), batch.knownNew(r), changed); !s)
                return makeError(s.error().code, QStringLiteral("%1:%2: %3").arg(file).arg(batch.line(r)).arg(s.message()));
            if (batch.stored(r))
                ++(changed ? summary.updated : summary.unchanged);
        }
        return {};
    }

private:
    UpsertStatement m_stmt;
};

} // namespace

RowSinkFactory sqliteRowSinks(sqlite3 *db)
{
    return [db](const TableSpec &table, const std::vector<bool> &written) -> Result<std::unique_ptr<RowSink>> {
        auto sink = std::make_unique<UpsertSink>();
        if (Status s = sink->prepare(db, table, written); !s)
            return s.error();
        return std::unique_ptr<RowSink>(std::move(sink));
    };
}

} // namespace ra

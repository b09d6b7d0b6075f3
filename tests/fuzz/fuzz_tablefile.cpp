// One bundle file through its row validator and normaliser (the per-table
// rules of docs/bundle-format.md: timestamps, money, months, enums, periods, KPI
// keys, references, duplicates) and the upsert, inside a transaction that is
// rolled back after each input. The first byte picks the file; unless its top
// bit is set, the file's full header is put in front so the fuzzer spends its
// time on rows rather than on discovering column names.
#include "fuzzsupport.h"
#include "import/bundlespec.h"
#include "import/tableimporter.h"
#include "import/writequeue.h"
#include "store/store.h"

#include <QDir>
#include <cstdint>
#include <memory>
#include <sqlite3.h>

namespace {

// Never destroyed: at exit Qt's own globals (the SQL connection registry)
// are gone before a static Store would close.
std::unique_ptr<ra::Store> &store()
{
    static auto *s = new std::unique_ptr<ra::Store>;
    return *s;
}

void openStore()
{
    ra::fuzz::ensureApp();
    auto r = ra::Store::open(QStringLiteral(":memory:"));
    if (!r)
        ra::fuzz::fail("open store", r.message());
    store() = std::move(*r);
    // Rows for references to find: accounts A1/A2, campaign C1, lead L1.
    sqlite3_exec(store()->handle(),
                 "INSERT INTO accounts(account_id) VALUES ('A1'),('A2');"
                 "INSERT INTO campaigns(campaign_id) VALUES ('C1');"
                 "INSERT INTO leads(lead_id, created_at) VALUES ('L1', 1700000000);",
                 nullptr, nullptr, nullptr);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (!store())
        openStore();
    const std::vector<ra::TableSpec> &tables = ra::bundleTables();
    const ra::TableSpec &table = tables[data[0] % tables.size()];
    QByteArray content;
    if (!(data[0] & 0x80)) {
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            content += (i ? "," : "") + QByteArray::fromStdString(table.columns[i].name);
        content += '\n';
    }
    content.append(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString path = ra::fuzz::scratchDir() + QLatin1Char('/') + QString::fromStdString(table.file);
    ra::fuzz::writeFile(path, content.constData(), content.size());

    sqlite3 *db = store()->handle();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    std::vector<ra::KeyIndex> keys(tables.size());
    std::vector<ra::Rejection> rejections;
    auto writer = std::make_unique<ra::WriteQueue>();
    ra::TableImportContext ctx;
    ctx.db = db;
    ctx.writer = writer.get();
    ctx.keys = &keys;
    ctx.rejections = &rejections;
    const std::size_t index = std::size_t(&table - tables.data());
    bool ok = ra::loadStoredKeys(db, table, keys[index]).ok();
    for (const ra::ColumnSpec &c : table.columns)
        if (c.references >= 0)
            ok = ok && ra::loadStoredKeys(db, tables[std::size_t(c.references)], keys[std::size_t(c.references)]).ok();
    RA_FUZZ_CHECK(ok, QStringLiteral("loading keys"));
    ra::FileSummary summary;
    summary.file = QString::fromStdString(table.file);
    ra::Status st = ra::importTableFile(table, path, ctx, summary);
    if (st)
        st = writer->drain();
    writer.reset(); // stopped before this thread uses the connection again
    if (st) {
        RA_FUZZ_CHECK(summary.rejected == qint64(rejections.size()), summary.file);
        for (const ra::Rejection &r : rejections) {
            RA_FUZZ_CHECK(r.line >= 1 && !r.reason.isEmpty(), r.toString());
            RA_FUZZ_CHECK(r.file == summary.file, r.toString());
        }
    } else {
        RA_FUZZ_CHECK(!st.message().isEmpty(), summary.file);
    }
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    return 0;
}

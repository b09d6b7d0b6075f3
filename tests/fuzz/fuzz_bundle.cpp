// A whole bundle through BundleImporter into an in-memory store. The input is
// split on "##" into up to eleven files in import order (accounts.csv
// first); the first byte chooses dry run / commit / strict. Every import either
// fails with a message and leaves the store as it was, or accounts for every
// record it read.
#include "fuzzsupport.h"
#include "import/bundleimporter.h"
#include "import/bundlespec.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
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

qint64 rowCount(const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 n = -1;
    if (sqlite3_prepare_v2(store()->handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

constexpr const char *kCountAll =
    "SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM leads) + (SELECT count(*) FROM campaigns)"
    " + (SELECT count(*) FROM touches) + (SELECT count(*) FROM opportunities) + (SELECT count(*) FROM revenue)"
    " + (SELECT count(*) FROM spend) + (SELECT count(*) FROM tickets) + (SELECT count(*) FROM nps)"
    " + (SELECT count(*) FROM targets) + (SELECT count(*) FROM alignment_survey)";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int runs = 0;
    if (size < 1)
        return 0;
    // A fresh store now and then keeps committed rows from piling up.
    if (!store() || ++runs % 2000 == 0) {
        ra::fuzz::ensureApp();
        store().reset();
        auto r = ra::Store::open(QStringLiteral(":memory:"));
        if (!r)
            ra::fuzz::fail("open store", r.message());
        store() = std::move(*r);
    }
    const QString dir = ra::fuzz::scratchDir() + QStringLiteral("/bundle");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const std::vector<ra::TableSpec> &tables = ra::bundleTables();
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    qsizetype pos = 0;
    for (std::size_t file = 0; file < tables.size() && pos <= input.size(); ++file) {
        qsizetype next = input.indexOf("##", pos);
        if (next < 0)
            next = input.size();
        const QByteArray part = input.mid(pos, next - pos);
        ra::fuzz::writeFile(dir + QLatin1Char('/') + QString::fromStdString(tables[file].file), part.constData(),
                            part.size());
        pos = next + 2;
    }

    ra::ImportOptions options;
    options.dryRun = (data[0] & 3) == 0;
    options.strict = (data[0] & 3) == 1;
    const qint64 before = rowCount(kCountAll);
    ra::BundleImporter importer(*store());
    ra::Result<ra::ImportSummary> r = importer.run(dir, options);
    const qint64 after = rowCount(kCountAll);
    if (!r) {
        RA_FUZZ_CHECK(!r.message().isEmpty(), QStringLiteral("empty error"));
        RA_FUZZ_CHECK(after == before, r.message());
        return 0;
    }
    if (!r->committed)
        RA_FUZZ_CHECK(after == before, r->status());
    else
        RA_FUZZ_CHECK(after - before == [&] {
            qint64 inserted = 0;
            for (const ra::FileSummary &f : r->files)
                inserted += f.inserted;
            return inserted;
        }(), r->status());
    RA_FUZZ_CHECK(r->totalRejected() == qint64(r->rejections.size()), r->status());
    return 0;
}

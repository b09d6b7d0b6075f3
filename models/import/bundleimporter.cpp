#include "import/bundleimporter.h"

#include "import/bundlespec.h"
#include "import/tableimporter.h"
#include "import/writequeue.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <sqlite3.h>

namespace ra {
namespace {

Status exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString why = QString::fromUtf8(err ? err : sqlite3_errmsg(db));
        sqlite3_free(err);
        return makeError(ErrorCode::Database, why);
    }
    return {};
}

// Bulk settings for the import's connection, restored afterwards. Foreign key
// enforcement is off because the importer checks every reference itself
// against its key index (a row pointing at nothing is rejected before the
// insert); leaving it on would cost an index probe per reference per row.
// The pragma is a no-op inside a transaction, so this must wrap BEGIN.
class BulkPragmas {
public:
    BulkPragmas(sqlite3 *db, qint64 bundleBytes) : m_db(db)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cache_size", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            m_cacheSize = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        (void)exec(db, "PRAGMA foreign_keys = OFF");
        // The whole import is one transaction: pages evicted from a small cache
        // are spilled to the WAL and read back, again and again. The store grows
        // by about the bundle's size, so allow twice that (a ceiling, not an
        // allocation), between 64 MiB and 2 GiB.
        const qint64 kib = std::clamp<qint64>(bundleBytes * 2 / 1024, 64 * 1024, 2 * 1024 * 1024);
        (void)exec(db, ("PRAGMA cache_size = -" + std::to_string(kib)).c_str());
    }
    ~BulkPragmas()
    {
        (void)exec(m_db, "PRAGMA foreign_keys = ON");
        (void)exec(m_db, ("PRAGMA cache_size = " + std::to_string(m_cacheSize)).c_str());
    }

private:
    sqlite3 *m_db;
    qint64 m_cacheSize = -2000;
};

// For a file that brings more rows than its table holds, the table's
// secondary indexes (leads_account, ...) are dropped and rebuilt after the
// file: one sorted build is much cheaper than a million random index inserts.
// Inside the import's transaction, so a failure or a dry run restores them.
// Primary-key indexes (no SQL in sqlite_master) are never touched.
Result<std::vector<std::string>> dropSecondaryIndexes(sqlite3 *db, const std::string &table)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                           -1, &st, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_bind_text(st, 1, table.c_str(), int(table.size()), SQLITE_STATIC);
    std::vector<std::pair<std::string, std::string>> found;
    while (sqlite3_step(st) == SQLITE_ROW)
        found.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                           reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
    sqlite3_finalize(st);
    std::vector<std::string> recreate;
    for (const auto &[name, sql] : found) {
        if (Status s = exec(db, ("DROP INDEX \"" + name + "\"").c_str()); !s)
            return s.error();
        recreate.push_back(sql);
    }
    return recreate;
}

Status writeLog(sqlite3 *db, ImportSummary &s)
{
    sqlite3_stmt *st = nullptr;
    const char *sql = "INSERT INTO imports (started_at, finished_at, bundle, strict, status, summary) VALUES (?,?,?,?,?,?)";
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db)));
    const QByteArray bundle = s.bundle.toUtf8();
    const QByteArray status = s.status().toUtf8();
    const QByteArray json = s.toJson().toUtf8();
    sqlite3_bind_int64(st, 1, s.startedAt);
    sqlite3_bind_int64(st, 2, s.finishedAt);
    sqlite3_bind_text(st, 3, bundle.constData(), int(bundle.size()), SQLITE_STATIC);
    sqlite3_bind_int(st, 4, s.strict ? 1 : 0);
    sqlite3_bind_text(st, 5, status.constData(), int(status.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 6, json.constData(), int(json.size()), SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db)));
    s.importId = sqlite3_last_insert_rowid(db);

    if (sqlite3_prepare_v2(db, "INSERT INTO import_rejections (import_id, file, line, col, reason) VALUES (?,?,?,?,?)", -1,
                           &st, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db)));
    const std::size_t n = std::min<std::size_t>(s.rejections.size(), BundleImporter::kMaxStoredRejections);
    rc = SQLITE_DONE;
    for (std::size_t i = 0; i < n && rc == SQLITE_DONE; ++i) {
        const Rejection &r = s.rejections[i];
        const QByteArray file = r.file.toUtf8(), col = r.column.toUtf8(), reason = r.reason.toUtf8();
        sqlite3_bind_int64(st, 1, s.importId);
        sqlite3_bind_text(st, 2, file.constData(), int(file.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 3, r.line);
        sqlite3_bind_text(st, 4, col.constData(), int(col.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 5, reason.constData(), int(reason.size()), SQLITE_TRANSIENT);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

} // namespace

Result<ImportSummary> BundleImporter::validate(const QString &bundleDir, ImportOptions options)
{
    options.dryRun = true;
    return run(bundleDir, options);
}

Result<ImportSummary> BundleImporter::run(const QString &bundleDir, const ImportOptions &options)
{
    const QFileInfo dirInfo(bundleDir);
    if (!dirInfo.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("bundle folder %1 does not exist").arg(bundleDir));
    if (!dirInfo.isDir() || !dirInfo.isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("%1 is not a readable folder").arg(bundleDir));
    const QDir dir(dirInfo.absoluteFilePath());
    if (!QFileInfo::exists(dir.filePath(QStringLiteral("accounts.csv"))))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 has no accounts.csv (the one file every bundle needs)").arg(dir.path()));
    if (Status w = m_store.requireWritable(); !w) // says why: file or folder read-only
        return w.error();
    if (Status c = m_store.checkIntegrity(); !c) // never write on top of damaged pages
        return c.error();
    sqlite3 *db = m_store.handle();
    if (!db)
        return makeError(ErrorCode::Internal, QStringLiteral("the store has no SQLite handle"));

    ImportSummary summary;
    summary.bundle = options.logLabel.isEmpty() ? dir.absolutePath() : options.logLabel;
    summary.strict = options.strict;
    summary.dryRun = options.dryRun;
    summary.startedAt = QDateTime::currentSecsSinceEpoch();

    const std::vector<TableSpec> &tables = bundleTables();
    std::vector<QString> paths; // empty: the file is not in the bundle
    std::vector<qint64> sizes;
    qint64 totalBytes = 0;
    for (const TableSpec &t : tables) {
        const QFileInfo f(dir.filePath(QString::fromStdString(t.file)));
        if (f.isDir())
            return makeError(ErrorCode::Io, QStringLiteral("%1 is a folder, not a file").arg(f.absoluteFilePath()));
        paths.push_back(f.isFile() ? f.absoluteFilePath() : QString());
        sizes.push_back(f.isFile() ? f.size() : 0);
        totalBytes += sizes.back();
    }

    BulkPragmas pragmas(db, totalBytes);
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return m_store.error(sqlite3_extended_errcode(db), QStringLiteral("cannot start the import: %1").arg(tx.beginStatus().message()));

    // Every key the checks need, as stored before the import, is read now:
    // once the write queue runs, this thread no longer touches the connection.
    std::vector<KeyIndex> keys(tables.size());
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (paths[i].isEmpty())
            continue;
        if (Status s = loadStoredKeys(db, tables[i], keys[i]); !s)
            return s.error();
        for (const ColumnSpec &c : tables[i].columns) {
            if (c.references < 0)
                continue;
            if (Status s = loadStoredKeys(db, tables[std::size_t(c.references)], keys[std::size_t(c.references)]); !s)
                return s.error();
        }
    }

    // Declared after the transaction: stopped (and idle) before it rolls back.
    WriteQueue writer;
    // A failure of the writer is reported with the connection's error code,
    // read only once the writer has stopped for good.
    auto writerFailure = [&](const Status &s) -> Error {
        if (s.error().code == ErrorCode::Database)
            return m_store.error(sqlite3_extended_errcode(db), s.message());
        return s.error();
    };
    TableImportContext ctx;
    ctx.db = db;
    ctx.writer = &writer;
    ctx.keys = &keys;
    ctx.rejections = &summary.rejections;
    ctx.cancelled = options.cancelled;
    qint64 doneBytes = 0;
    if (options.progress)
        ctx.progress = [&](qint64 bytes) {
            options.progress(totalBytes > 0 ? double(doneBytes + bytes) / double(totalBytes) : 1.0);
        };

    // Stable addresses: the writer counts updated/unchanged rows into them.
    std::vector<FileSummary> files(tables.size());
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const TableSpec &t = tables[i];
        FileSummary &fs = files[i];
        fs.file = QString::fromStdString(t.file);
        if (paths[i].isEmpty())
            continue;
        // Rows ~ bytes / 64 (over-estimates: rehashing mid-import is measurable).
        // Capped at 1M rows up front: a huge file that is not CSV (one 1 GiB
        // line) must not reserve memory by its size; real rows beyond grow it.
        const std::size_t rowsEstimate = std::size_t(std::min<qint64>(sizes[i] / 64, qint64(1) << 20));
        keys[i].reserve(keys[i].size() + rowsEstimate);
        auto rebuild = std::make_shared<std::vector<std::string>>();
        if (rowsEstimate > 10000 && rowsEstimate / 2 > keys[i].size()) {
            const Status queued = writer.push([db, table = t.table, rebuild]() -> Status {
                auto dropped = dropSecondaryIndexes(db, table);
                if (!dropped)
                    return dropped.error();
                *rebuild = std::move(*dropped);
                return {};
            });
            if (!queued)
                return writerFailure(writer.drain());
        }
        if (Status s = importTableFile(t, paths[i], ctx, fs); !s) {
            if (s.error().code == ErrorCode::Cancelled)
                return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled; the store is unchanged"));
            // Disk full, lock lost, damage: the store's own message names the file and the cause.
            if (s.error().code == ErrorCode::Database)
                return writerFailure(writer.drain());
            return s.error();
        }
        // Rebuilt by the writer while this thread reads the next file.
        const Status queued = writer.push([db, rebuild]() -> Status {
            for (const std::string &sql : *rebuild) {
                if (Status s = exec(db, sql.c_str()); !s)
                    return s;
            }
            return {};
        });
        if (!queued)
            return writerFailure(writer.drain());
        doneBytes += sizes[i];
    }
    if (options.cancelled && options.cancelled())
        return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled; the store is unchanged"));
    if (Status s = writer.drain(); !s)
        return writerFailure(s);
    for (std::size_t i = 0; i < tables.size(); ++i)
        summary.files.push_back(files[i]);

    summary.finishedAt = QDateTime::currentSecsSinceEpoch();
    if (options.dryRun) {
        tx.rollback();
    } else if (options.strict && summary.totalRejected() > 0) {
        // Nothing of the bundle is kept, but the attempt and its rejections are
        // logged in their own transaction: the imports table is an audit trail.
        tx.rollback();
        Transaction logTx(m_store.database());
        if (logTx.isActive() && writeLog(db, summary).ok())
            (void)logTx.commit();
    } else {
        summary.committed = true;
        if (Status s = writeLog(db, summary); !s)
            return m_store.error(sqlite3_extended_errcode(db), s.message());
        if (Status s = tx.commit(); !s) {
            summary.committed = false;
            return makeError(ErrorCode::Database, QStringLiteral("cannot commit the import: %1").arg(s.message()));
        }
    }
    if (options.progress)
        options.progress(1.0);
    return summary;
}

} // namespace ra

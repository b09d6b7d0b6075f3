#include "import/bundleimporter.h"

#include "import/bundlespec.h"
#include "import/tableimporter.h"
#include "import/writequeue.h"
#include "store/store.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <sqlite3.h>

namespace ra {
namespace {

// Bulk settings for the import's connection, restored afterwards. Foreign key
// enforcement is off because the importer checks every reference itself
// against its key index (a row pointing at nothing is rejected before the
// insert); leaving it on would cost an index probe per reference per row.
// The pragma is a no-op inside a transaction, so this must wrap BEGIN.
class BulkPragmas {
public:
    BulkPragmas(sqlite3 *db, qint64 bundleBytes) : m_db(db)
    {
        Statement cache(db, "PRAGMA cache_size");
        if (cache.next())
            m_cacheSize = cache.int64(0);
        (void)execSql(db, "PRAGMA foreign_keys = OFF");
        // The whole import is one transaction: pages evicted from a small cache
        // are spilled to the WAL and read back, again and again. The store grows
        // by about the bundle's size, so allow twice that (a ceiling, not an
        // allocation), between 64 MiB and 2 GiB.
        const qint64 kib = std::clamp<qint64>(bundleBytes * 2 / 1024, 64 * 1024, 2 * 1024 * 1024);
        (void)execSql(db, ("PRAGMA cache_size = -" + std::to_string(kib)).c_str());
    }
    ~BulkPragmas()
    {
        (void)execSql(m_db, "PRAGMA foreign_keys = ON");
        (void)execSql(m_db, ("PRAGMA cache_size = " + std::to_string(m_cacheSize)).c_str());
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
    Statement st(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL");
    st.bind(1, std::string_view(table));
    std::vector<std::pair<std::string, std::string>> found;
    while (st.next())
        found.emplace_back(st.text(0), st.text(1));
    if (!st.status())
        return st.status().error();
    std::vector<std::string> recreate;
    for (const auto &[name, sql] : found) {
        if (Status s = execSql(db, ("DROP INDEX \"" + name + "\"").c_str()); !s)
            return s.error();
        recreate.push_back(sql);
    }
    return recreate;
}

Status writeLog(sqlite3 *db, ImportSummary &s)
{
    Statement log(db, "INSERT INTO imports (started_at, finished_at, bundle, strict, status, summary) VALUES (?,?,?,?,?,?)");
    log.bind(1, s.startedAt).bind(2, s.finishedAt).bind(3, s.bundle).bind(4, s.strict ? 1 : 0);
    if (!log.bind(5, s.status()).bind(6, s.toJson()).run())
        return log.status();
    s.importId = log.lastInsertRowid();

    Statement rejection(db, "INSERT INTO import_rejections (import_id, file, line, col, reason) VALUES (?,?,?,?,?)");
    const std::size_t n = std::min<std::size_t>(s.rejections.size(), BundleImporter::kMaxStoredRejections);
    for (std::size_t i = 0; i < n; ++i) {
        const Rejection &r = s.rejections[i];
        rejection.bind(1, s.importId).bind(2, r.file).bind(3, r.line).bind(4, r.column).bind(5, r.reason);
        if (!rejection.run())
            break;
    }
    return rejection.status();
}

// The bundle's files in bundleTables() order: an empty path when the file
// is not in the bundle.
struct BundleFiles {
    std::vector<QString> paths;
    std::vector<qint64> sizes;
    qint64 totalBytes = 0;
};

Result<QDir> bundleFolder(const QString &bundleDir)
{
    const QFileInfo dirInfo(bundleDir);
    if (!dirInfo.exists())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ra::Import", "bundle folder %1 does not exist").arg(bundleDir));
    if (!dirInfo.isDir() || !dirInfo.isReadable())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Import", "%1 is not a readable folder").arg(bundleDir));
    const QDir dir(dirInfo.absoluteFilePath());
    if (!QFileInfo::exists(dir.filePath(QStringLiteral("accounts.csv"))))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ra::Import", "%1 has no accounts.csv (the one file every bundle needs)")
                .arg(dir.path()));
    return dir;
}

Result<BundleFiles> locateFiles(const QDir &dir)
{
    BundleFiles out;
    for (const TableSpec &t : bundleTables()) {
        const QFileInfo f(dir.filePath(QString::fromStdString(t.file)));
        if (f.isDir())
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("ra::Import", "%1 is a folder, not a file").arg(f.absoluteFilePath()));
        out.paths.push_back(f.isFile() ? f.absoluteFilePath() : QString());
        out.sizes.push_back(f.isFile() ? f.size() : 0);
        out.totalBytes += out.sizes.back();
    }
    return out;
}

// Every key the checks need, as stored before the import, is read now:
// once the write queue runs, this thread no longer touches the connection.
Status loadKeys(sqlite3 *db, const BundleFiles &files, std::vector<KeyIndex> &keys)
{
    const std::vector<TableSpec> &tables = bundleTables();
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (files.paths[i].isEmpty())
            continue;
        if (Status s = loadStoredKeys(db, tables[i], keys[i]); !s)
            return s;
        for (const ColumnSpec &c : tables[i].columns) {
            if (c.references < 0)
                continue;
            if (Status s = loadStoredKeys(db, tables[std::size_t(c.references)], keys[std::size_t(c.references)]); !s)
                return s;
        }
    }
    return {};
}

Status cancelled()
{
    return makeError(ErrorCode::Cancelled,
                     QCoreApplication::translate("ra::Import", "import cancelled; the store is unchanged"));
}

// Reads one file into the queue, with its secondary indexes dropped before
// and rebuilt after when it brings many rows (see dropSecondaryIndexes).
Status importFile(std::size_t i, const BundleFiles &files, TableImportContext &ctx, FileSummary &summary)
{
    const TableSpec &t = bundleTables()[i];
    KeyIndex &keys = (*ctx.keys)[i];
    sqlite3 *db = ctx.db;
    // Rows ~ bytes / 64 (over-estimates: rehashing mid-import is measurable).
    // Capped at 1M rows up front: a huge file that is not CSV (one 1 GiB
    // line) must not reserve memory by its size; real rows beyond grow it.
    const std::size_t rowsEstimate = std::size_t(std::min<qint64>(files.sizes[i] / 64, qint64(1) << 20));
    keys.reserve(keys.size() + rowsEstimate);
    auto rebuild = std::make_shared<std::vector<std::string>>();
    if (ctx.ownTables && rowsEstimate > 10000 && rowsEstimate / 2 > keys.size()) {
        const Status queued = ctx.writer->push([db, table = t.table, rebuild]() -> Status {
            auto dropped = dropSecondaryIndexes(db, table);
            if (!dropped)
                return dropped.error();
            *rebuild = std::move(*dropped);
            return {};
        });
        if (!queued)
            return ctx.writer->drain();
    }
    if (Status s = importTableFile(t, files.paths[i], ctx, summary); !s)
        return s.error().code == ErrorCode::Cancelled ? cancelled()
                                                      : s; // disk full, lock lost, damage: mapped, naming the file
    if (!ctx.ownTables)
        return {}; // nothing was dropped: the rows went elsewhere
    // Rebuilt by the writer while this thread reads the next file.
    const Status queued = ctx.writer->push([db, rebuild]() -> Status {
        for (const std::string &sql : *rebuild) {
            if (Status s = execSql(db, sql.c_str()); !s)
                return s;
        }
        return {};
    });
    return queued ? queued : ctx.writer->drain();
}

} // namespace

Result<ImportSummary> BundleImporter::validate(const QString &bundleDir, ImportOptions options)
{
    options.dryRun = true;
    return run(bundleDir, options);
}

Result<ImportSummary> BundleImporter::run(const QString &bundleDir, const ImportOptions &options)
{
    const auto dir = bundleFolder(bundleDir);
    if (!dir)
        return dir.error();
    if (Status w = m_store.requireWritable(); !w) // says why: file or folder read-only
        return w.error();
    if (Status c = m_store.checkIntegrity(); !c) // never write on top of damaged pages
        return c.error();
    sqlite3 *db = m_store.handle();
    if (!db)
        return makeError(ErrorCode::Internal, QStringLiteral("the store has no SQLite handle"));
    const auto located = locateFiles(*dir);
    if (!located)
        return located.error();
    const BundleFiles &bundle = *located;

    ImportSummary summary;
    summary.bundle = options.logLabel.isEmpty() ? dir->absolutePath() : options.logLabel;
    summary.strict = options.strict;
    summary.dryRun = options.dryRun;
    summary.startedAt = QDateTime::currentSecsSinceEpoch();

    const std::size_t tableCount = bundleTables().size();
    BulkPragmas pragmas(db, bundle.totalBytes);
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.beginStatus().error();
    std::vector<KeyIndex> keys(tableCount);
    if (Status s = loadKeys(db, bundle, keys); !s)
        return s.error();

    // Stable addresses: the writer counts updated/unchanged rows into them.
    // Declared before the writer, so that they outlive a job still running
    // when an error returns early.
    std::vector<FileSummary> files(tableCount);
    // Declared after the transaction: stopped (and idle) before it rolls back.
    WriteQueue writer;
    // The writer's failures come mapped (code and file) from the thread that
    // saw them; the first one stops the queue and is returned by drain().
    TableImportContext ctx;
    ctx.db = db;
    ctx.ownTables = !m_sinks;
    ctx.sinks = m_sinks ? m_sinks : sqliteRowSinks(db);
    ctx.writer = &writer;
    ctx.keys = &keys;
    ctx.rejections = &summary.rejections;
    qint64 doneBytes = 0;
    if (options.progress)
        ctx.progress = [&](qint64 bytes, qint64, const QString &file) {
            return options.progress(doneBytes + bytes, bundle.totalBytes, file);
        };
    for (std::size_t i = 0; i < tableCount; ++i) {
        files[i].file = QString::fromStdString(bundleTables()[i].file);
        if (bundle.paths[i].isEmpty())
            continue;
        if (Status s = importFile(i, bundle, ctx, files[i]); !s)
            return s.error();
        doneBytes += bundle.sizes[i];
    }
    if (!reportProgress(options.progress, bundle.totalBytes, bundle.totalBytes, QStringLiteral("writing")))
        return cancelled().error();
    if (Status s = writer.drain(); !s)
        return s.error();
    summary.files = std::move(files);
    if (Status s = finish(tx, summary); !s)
        return s.error();
    (void)reportProgress(options.progress, bundle.totalBytes, bundle.totalBytes,
                         QStringLiteral("done")); // too late to cancel
    return summary;
}

// Commits the import and its log, or rolls back: a dry run, or a strict
// import with rejections (whose attempt is still logged).
Status BundleImporter::finish(Transaction &tx, ImportSummary &summary)
{
    sqlite3 *db = m_store.handle();
    summary.finishedAt = QDateTime::currentSecsSinceEpoch();
    if (summary.dryRun) {
        tx.rollback();
    } else if (summary.strict && summary.totalRejected() > 0) {
        // Nothing of the bundle is kept, but the attempt and its rejections are
        // logged in their own transaction: the imports table is an audit trail.
        tx.rollback();
        Transaction logTx(m_store);
        if (logTx.isActive() && writeLog(db, summary).ok())
            (void)logTx.commit();
    } else {
        summary.committed = true;
        if (Status s = writeLog(db, summary); !s)
            return s;
        if (Status s = tx.commit(); !s) {
            summary.committed = false;
            return makeError(
                s.error().code,
                QCoreApplication::translate("ra::Import", "the import was not saved: %1").arg(s.message()));
        }
    }
    return {};
}

} // namespace ra

// ExportImporter::importJobs: the recognised files converted into one
// bundle, imported by BundleImporter, its rejections traced back to the
// export's file, line and header, and what the store keeps about exports
// (domains, matches, row fingerprints) written after the commit.
#include "exports/exportimporter.h"

#include "exports/exportjob.h"
#include "import/bundleimporter.h"
#include "store/store.h"
#include "store/transaction.h"

#include <set>
#include <QTemporaryDir>
#include <algorithm>

namespace ra {
namespace {

int orderOf(const Mapping &m)
{
    switch (m.kind) {
    case MappingKind::Rows:
        return m.table == QLatin1String("accounts") ? 0 : m.table == QLatin1String("campaigns") ? 1 : m.table == QLatin1String("leads") ? 2 : 3;
    case MappingKind::Customers: return 4;
    case MappingKind::Subscriptions: return 5;
    case MappingKind::Tickets: return 6;
    }
    return 7;
}

void declareColumns(const SourceJob &job, BundleBuilder &builder)
{
    const Mapping &m = *job.mapping;
    if (m.kind == MappingKind::Customers || m.kind == MappingKind::Subscriptions) {
        builder.declare(BundleTable::Accounts, QStringLiteral("name"));
        if (m.kind == MappingKind::Subscriptions)
            for (const char *c : {"account_id", "month", "product", "mrr"})
                builder.declare(BundleTable::Revenue, QLatin1String(c));
        return;
    }
    for (const TableSpec &t : bundleTables()) {
        if (QString::fromStdString(t.table) != m.table)
            continue;
        for (const QString &to : job.plan.targets())
            builder.declare(t.id, to);
        if (job.plan.targetIndex(QStringLiteral("account_name")) >= 0)
            builder.declare(t.id, QStringLiteral("account_id"));
        if (m.kind == MappingKind::Tickets) {
            builder.declare(t.id, QStringLiteral("account_id"));
            builder.declare(BundleTable::Accounts, QStringLiteral("name"));
        }
    }
}

std::optional<BundleTable> tableOfFile(const QString &file)
{
    for (const TableSpec &t : bundleTables())
        if (QString::fromStdString(t.file) == file)
            return t.id;
    return std::nullopt;
}

} // namespace

Result<ExportImportSummary> ExportImporter::importJobs(std::deque<SourceJob> &jobs, const PlanOptions &planOptions,
                                                       const ExportImportOptions &options, ExportImportSummary &summary)
{
    std::vector<SourceJob *> order;
    for (SourceJob &j : jobs)
        order.push_back(&j);
    std::stable_sort(order.begin(), order.end(), [](const SourceJob *a, const SourceJob *b) { return orderOf(*a->mapping) < orderOf(*b->mapping); });
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i]->index = int(i);

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a scratch folder: %1").arg(scratch.errorString()));
    BundleBuilder builder(scratch.path());
    for (SourceJob *j : order)
        declareColumns(*j, builder);
    for (const TableSpec &t : bundleTables()) {
        if (builder.columnCount(t.id) == 0)
            continue;
        auto stored = sourcestore::loadFingerprints(m_store.handle(), QString::fromStdString(t.table));
        if (!stored)
            return stored.error();
        builder.setStoredFingerprints(t.id, std::move(*stored));
    }
    if (Status s = builder.open(); !s)
        return s.error();

    AccountMatcher matcher;
    if (Status s = sourcestore::loadMatcher(m_store.database(), matcher); !s)
        return s.error();
    ConvertContext ctx;
    ctx.db = m_store.handle();
    ctx.builder = &builder;
    ctx.matcher = &matcher;
    ctx.rejections = &summary.rejections;
    ctx.cancelled = options.cancelled;
    qint64 totalBytes = 0, doneBytes = 0;
    for (SourceJob *j : order)
        totalBytes += std::max<qint64>(j->text.size, 1);
    if (options.progress)
        ctx.progress = [&](qint64 bytes) { options.progress(0.5 * double(doneBytes + bytes) / double(totalBytes)); };

    for (SourceJob *j : order)
        for (const TableSpec &t : bundleTables())
            if (QString::fromStdString(t.table) == j->mapping->table)
                for (const ColumnSpec &c : t.columns)
                    if (c.references >= 0)
                        ctx.referenced.insert(bundleTables()[std::size_t(c.references)].id);
    PartyConverter parties(ctx);
    for (SourceJob *j : order) {
        Status s;
        switch (j->mapping->kind) {
        case MappingKind::Rows: s = convertRows(*j, ctx); break;
        case MappingKind::Customers: s = parties.readCustomers(*j); break;
        case MappingKind::Subscriptions: s = parties.readSubscriptions(*j); break;
        case MappingKind::Tickets: s = parties.readTickets(*j); break;
        }
        if (!s)
            return s.error();
        doneBytes += std::max<qint64>(j->text.size, 1);
    }
    parties.write(planOptions.storeCurrency, summary.matches, summary.billingAccounts);
    if (Status s = builder.close(); !s)
        return s.error();

    ImportOptions io;
    io.strict = options.strict && summary.rejections.empty(); // a conversion rejection under --strict: handled below
    io.dryRun = options.dryRun || (options.strict && !summary.rejections.empty());
    io.cancelled = options.cancelled;
    QStringList names;
    for (SourceJob *j : order)
        names << j->summary.file;
    io.logLabel = QStringLiteral("exports: %1").arg(names.join(QStringLiteral(", ")));
    if (options.progress)
        io.progress = [&](double f) { options.progress(0.5 + 0.5 * f); };
    if (builder.rowsWritten() == 0 && !io.dryRun) {
        // Nothing new or changed: no transaction, no integrity check, no log entry.
        summary.bundle.bundle = io.logLabel;
        for (const TableSpec &t : bundleTables())
        {
            FileSummary f;
            f.file = QString::fromStdString(t.file);
            summary.bundle.files.push_back(f);
        }
        summary.bundle.committed = true;
    } else {
        BundleImporter importer(m_store);
        auto imported = importer.run(builder.dir(), io);
        if (!imported)
            return imported.error();
        summary.bundle = std::move(*imported);
    }
    summary.bundle.strict = options.strict;
    summary.bundle.dryRun = options.dryRun;

    // Bundle rejections, traced back to the export (one per source line).
    std::map<BundleTable, std::vector<qint64>> rejectedLines;
    std::set<std::pair<int, qint64>> seen; // (file, record): one rejection per source record
    for (const Rejection &r : summary.bundle.rejections) {
        const RowOrigin o = builder.originOf(r.file, r.line);
        if (const auto t = tableOfFile(r.file))
            rejectedLines[*t].push_back(r.line);
        if (o.file < 0 || o.file >= int(order.size()))
            continue;
        SourceJob &job = *order[std::size_t(o.file)];
        const QString header = job.headers.value(r.file + QLatin1Char('.') + r.column, r.column);
        if (!seen.insert({o.file, o.record}).second)
            continue;
        summary.rejections.push_back(Rejection{job.summary.file, o.line, header, r.reason});
        ++job.summary.rejected;
        job.writtenRecords.erase(std::remove(job.writtenRecords.begin(), job.writtenRecords.end(), o.record), job.writtenRecords.end());
    }
    // Warnings name the bundle's file and line too: point them at the export.
    for (FileSummary &f : summary.bundle.files) {
        for (QString &w : f.warningMessages) {
            const QStringList parts = w.split(QLatin1Char(':'));
            const RowOrigin o = parts.size() > 2 ? builder.originOf(parts.at(0), parts.at(1).toLongLong()) : RowOrigin{};
            if (o.file >= 0 && o.file < int(order.size()))
                w = QStringLiteral("%1:%2:%3").arg(order[std::size_t(o.file)]->summary.file).arg(o.line).arg(parts.mid(2).join(QLatin1Char(':')));
        }
    }
    for (SourceJob *j : order) {
        j->summary.imported += qint64(j->writtenRecords.size());
        summary.sources.push_back(j->summary);
    }
    if (options.strict && !summary.rejections.empty()) {
        summary.bundle.committed = false;
        summary.bundle.dryRun = options.dryRun;
    }
    if (!summary.bundle.committed)
        return summary;

    Transaction tx(m_store.database());
    if (!tx.isActive())
        return makeError(ErrorCode::Database, QStringLiteral("the import is committed, but the account matches could not be saved: %1")
                                                  .arg(tx.beginStatus().message()));
    Status saved = sourcestore::saveDomains(m_store.database(), ctx.domains);
    if (saved)
        saved = sourcestore::saveMatches(m_store.database(), summary.matches);
    for (const TableSpec &t : bundleTables()) {
        if (!saved || builder.columnCount(t.id) == 0)
            continue;
        std::vector<qint64> &lines = rejectedLines[t.id];
        std::sort(lines.begin(), lines.end());
        saved = sourcestore::saveFingerprints(m_store.handle(), QString::fromStdString(t.table), builder.writtenFingerprints(t.id, lines),
                                              summary.bundle.importId);
    }
    if (saved)
        saved = tx.commit();
    if (!saved)
        return makeError(ErrorCode::Database, QStringLiteral("the import is committed, but the account matches could not be saved: %1").arg(saved.message()));
    return summary;
}

} // namespace ra

// ExportImporter::importJobs: the recognised files converted into one
// bundle, imported by BundleImporter, its rejections traced back to the
// export's file, line and header, and what the store keeps about exports
// (domains, matches, row fingerprints) written after the commit.
#include "exports/exportimporter.h"

#include "exports/exportjob.h"
#include "import/bundleimporter.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
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
    case MappingKind::Invoices: return 5;
    case MappingKind::Tickets: return 6;
    }
    return 7;
}

void declareColumns(const SourceJob &job, BundleBuilder &builder)
{
    const Mapping &m = *job.mapping;
    if (m.kind == MappingKind::Customers || m.kind == MappingKind::Subscriptions || m.kind == MappingKind::Invoices) {
        builder.declare(BundleTable::Accounts, QStringLiteral("name"));
        if (m.kind != MappingKind::Customers)
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

// One import of recognised export files, step by step.
class ExportRun {
public:
    ExportRun(Store &store, std::deque<SourceJob> &jobs, const ExportImportOptions &options, ExportImportSummary &summary)
        : m_store(store), m_options(options), m_summary(summary)
    {
        for (SourceJob &j : jobs)
            m_order.push_back(&j);
        std::stable_sort(m_order.begin(), m_order.end(),
                         [](const SourceJob *a, const SourceJob *b) { return orderOf(*a->mapping) < orderOf(*b->mapping); });
        for (std::size_t i = 0; i < m_order.size(); ++i)
            m_order[i]->index = int(i);
    }

    Status prepare(const QString &scratch);
    Status convert(const QString &storeCurrency);
    Status importBundle();
    void trace();
    Status saveAfterCommit();

private:
    Store &m_store;
    const ExportImportOptions &m_options;
    ExportImportSummary &m_summary;
    std::vector<SourceJob *> m_order;
    std::unique_ptr<BundleBuilder> m_builder;
    AccountMatcher m_matcher;
    ConvertContext m_ctx;
    std::map<BundleTable, std::vector<qint64>> m_rejectedLines; // bundle lines, for the fingerprints
};

Status ExportRun::prepare(const QString &scratch)
{
    m_builder = std::make_unique<BundleBuilder>(scratch);
    for (SourceJob *j : m_order)
        declareColumns(*j, *m_builder);
    for (const TableSpec &t : bundleTables()) {
        if (m_builder->columnCount(t.id) == 0)
            continue;
        auto stored = sourcestore::loadFingerprints(m_store.handle(), QString::fromStdString(t.table));
        if (!stored)
            return stored.error();
        m_builder->setStoredFingerprints(t.id, std::move(*stored));
    }
    if (Status s = m_builder->open(); !s)
        return s;
    if (Status s = sourcestore::loadMatcher(m_store.database(), m_matcher); !s)
        return s;
    m_ctx.db = m_store.handle();
    m_ctx.builder = m_builder.get();
    m_ctx.matcher = &m_matcher;
    m_ctx.rejections = &m_summary.rejections;
    for (SourceJob *j : m_order)
        for (const TableSpec &t : bundleTables())
            if (QString::fromStdString(t.table) == j->mapping->table)
                for (const ColumnSpec &c : t.columns)
                    if (c.references >= 0)
                        m_ctx.referenced.insert(bundleTables()[std::size_t(c.references)].id);
    return {};
}

Status ExportRun::convert(const QString &storeCurrency)
{
    qint64 totalBytes = 0, doneBytes = 0;
    for (SourceJob *j : m_order)
        totalBytes += std::max<qint64>(j->text.size, 1);
    // Reading and converting is the first half of the run, the bundle import the second.
    if (m_options.progress)
        m_ctx.progress = [&](qint64 bytes, qint64, const QString &stage) {
            return m_options.progress(500 * (doneBytes + bytes) / totalBytes, 1000, stage);
        };
    PartyConverter parties(m_ctx);
    for (SourceJob *j : m_order) {
        Status s;
        switch (j->mapping->kind) {
        case MappingKind::Rows: s = convertRows(*j, m_ctx); break;
        case MappingKind::Customers: s = parties.readCustomers(*j); break;
        case MappingKind::Subscriptions: s = parties.readSubscriptions(*j); break;
        case MappingKind::Invoices: s = parties.readInvoices(*j); break;
        case MappingKind::Tickets: s = parties.readTickets(*j); break;
        }
        if (!s)
            return s;
        doneBytes += std::max<qint64>(j->text.size, 1);
    }
    m_ctx.progress = nullptr;
    parties.write(storeCurrency, m_summary.matches, m_summary.billingAccounts);
    return m_builder->close();
}

Status ExportRun::importBundle()
{
    const bool conversionRejected = !m_summary.rejections.empty();
    ImportOptions io;
    io.strict = m_options.strict;
    // Under --strict a conversion rejection already means nothing is imported: validate only.
    io.dryRun = m_options.dryRun || (m_options.strict && conversionRejected);
    QStringList names;
    for (SourceJob *j : m_order)
        names << j->summary.file;
    io.logLabel = QStringLiteral("exports: %1").arg(names.join(QStringLiteral(", ")));
    if (m_options.progress)
        io.progress = [this](qint64 done, qint64 total, const QString &stage) {
            return m_options.progress(500 + (total > 0 ? 500 * done / total : 500), 1000, stage);
        };
    if (m_builder->rowsWritten() == 0 && !io.dryRun) {
        // Nothing new or changed: no transaction, no integrity check, no log entry.
        m_summary.bundle.bundle = io.logLabel;
        for (const TableSpec &t : bundleTables()) {
            FileSummary f;
            f.file = QString::fromStdString(t.file);
            m_summary.bundle.files.push_back(f);
        }
        m_summary.bundle.committed = true;
    } else {
        auto imported = BundleImporter(m_store).run(m_builder->dir(), io);
        if (!imported)
            return imported.error();
        m_summary.bundle = std::move(*imported);
    }
    m_summary.bundle.strict = m_options.strict;
    m_summary.bundle.dryRun = m_options.dryRun;
    if (m_options.strict && conversionRejected)
        m_summary.bundle.committed = false;
    return {};
}

// Bundle rejections and warnings, traced back to the export (one rejection per source record).
void ExportRun::trace()
{
    std::set<std::pair<int, qint64>> seen; // (file, record)
    for (const Rejection &r : m_summary.bundle.rejections) {
        const RowOrigin o = m_builder->originOf(r.file, r.line);
        if (const auto t = tableOfFile(r.file))
            m_rejectedLines[*t].push_back(r.line);
        if (o.file < 0 || o.file >= int(m_order.size()) || !seen.insert({o.file, o.record}).second)
            continue;
        SourceJob &job = *m_order[std::size_t(o.file)];
        const QString header = job.headers.value(r.file + QLatin1Char('.') + r.column, r.column);
        m_summary.rejections.push_back(Rejection{job.summary.file, o.line, header, r.reason});
        ++job.summary.rejected;
        job.writtenRecords.erase(std::remove(job.writtenRecords.begin(), job.writtenRecords.end(), o.record), job.writtenRecords.end());
    }
    for (FileSummary &f : m_summary.bundle.files) {
        for (QString &w : f.warningMessages) {
            const QStringList parts = w.split(QLatin1Char(':'));
            const RowOrigin o = parts.size() > 2 ? m_builder->originOf(parts.at(0), parts.at(1).toLongLong()) : RowOrigin{};
            if (o.file >= 0 && o.file < int(m_order.size()))
                w = QStringLiteral("%1:%2:%3").arg(m_order[std::size_t(o.file)]->summary.file).arg(o.line).arg(parts.mid(2).join(QLatin1Char(':')));
        }
    }
    for (SourceJob *j : m_order) {
        j->summary.imported += qint64(j->writtenRecords.size());
        m_summary.sources.push_back(j->summary);
    }
}

// Domains, matches and row fingerprints, in their own transaction after the
// import's: they describe what was committed. Losing them costs a slower
// next import, never data.
Status ExportRun::saveAfterCommit()
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.beginStatus();
    Status saved = sourcestore::saveDomains(m_store.database(), m_ctx.domains);
    if (saved)
        saved = sourcestore::saveMatches(m_store.database(), m_summary.matches);
    for (const TableSpec &t : bundleTables()) {
        if (!saved || m_builder->columnCount(t.id) == 0)
            continue;
        std::vector<qint64> &lines = m_rejectedLines[t.id];
        std::sort(lines.begin(), lines.end());
        saved = sourcestore::saveFingerprints(m_store.handle(), QString::fromStdString(t.table), m_builder->writtenFingerprints(t.id, lines),
                                              m_summary.bundle.importId);
    }
    return saved ? tx.commit() : saved;
}

} // namespace

Result<ExportImportSummary> ExportImporter::importJobs(std::deque<SourceJob> &jobs, const PlanOptions &planOptions,
                                                       const ExportImportOptions &options, ExportImportSummary &summary)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Exports", "cannot create a scratch folder: %1")
                             .arg(scratch.errorString()));
    ExportRun run(m_store, jobs, options, summary);
    if (Status s = run.prepare(scratch.path()); !s)
        return s.error();
    if (Status s = run.convert(planOptions.storeCurrency); !s)
        return s.error();
    if (Status s = run.importBundle(); !s)
        return s.error();
    run.trace();
    if (!summary.bundle.committed)
        return summary;
    if (Status s = run.saveAfterCommit(); !s)
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate(
                             "ra::Exports", "the import is committed, but the account matches could not be saved: %1")
                             .arg(s.message()));
    return summary;
}

} // namespace ra

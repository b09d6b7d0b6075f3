#include "exports/exportjob.h"

#include "domain/reasons.h"
#include "exports/exportreader.h"
#include "import/tableimporter.h"

#include <QCoreApplication>
#include <algorithm>

namespace ra {
namespace {

constexpr int kWarningsKept = 5;

std::optional<BundleTable> tableNamed(const QString &name)
{
    for (const TableSpec &t : bundleTables())
        if (QString::fromStdString(t.table) == name)
            return t.id;
    return std::nullopt;
}

// Optional references that point at nothing known are dropped with a warning
// rather than rejecting the row (a contact whose company was not exported is
// still a lead); required ones are left to the bundle's check.
struct OptionalReference {
    int target;
    int column;
    BundleTable table;
};

} // namespace

void ConvertContext::reject(SourceJob &job, qint64 line, const QString &header, const QString &reason)
{
    rejections->push_back(Rejection{job.summary.file, line, header, reason});
    ++job.summary.rejected;
}

void ConvertContext::warn(SourceJob &job, const QString &message)
{
    if (job.summary.warnings.size() < kWarningsKept)
        job.summary.warnings << QStringLiteral("%1:%2").arg(job.summary.file, message);
    ++job.summary.warningCount;
}

KeyIndex &ConvertContext::knownKeys(BundleTable table)
{
    KeyIndex &index = known[table];
    if (!index.loaded)
        (void)loadStoredKeys(db, bundleTable(table), index); // a failure leaves it empty: references are then dropped, with a warning
    return index;
}

Status ConvertContext::readRows(SourceJob &job, const ExportRowFn &onRow)
{
    auto read = readExportRows(job.text, onRow, progress);
    if (!read)
        return read.error();
    job.summary.rows = read->dataRecords + qint64(job.text.settled.size());
    qint64 skipped = 0;
    for (const SettledRecord &r : job.text.settled) {
        if (r.rejected) {
            reject(job, r.position, r.field, r.reason);
        } else if (++skipped <= kWarningsKept) {
            job.summary.notes
                << QCoreApplication::translate("ra::Exports", "record %1 skipped: %2").arg(r.position).arg(r.reason);
        }
    }
    job.summary.skipped += skipped;
    if (skipped > kWarningsKept)
        job.summary.notes
            << QCoreApplication::translate("ra::Exports", "%1 more record(s) skipped").arg(skipped - kWarningsKept);
    job.summary.footerLines = read->footerLines;
    if (read->footerLines > 0)
        job.summary.notes
            << QCoreApplication::translate("ra::Exports", "%1 report footer line(s) skipped").arg(read->footerLines);
    return {};
}

void ConvertContext::written(SourceJob &job, qint64 record)
{
    ++job.written;
    if (job.writtenRecords.empty() || job.writtenRecords.back() != record)
        job.writtenRecords.push_back(record);
}

namespace {

// One Rows file on its way into the bundle.
class RowConverter {
public:
    RowConverter(SourceJob &job, ConvertContext &ctx, BundleTable table);
    void row(const RecordView &record, qint64 line);

private:
    bool unchanged(const RecordView &record, qint64 line, quint64 &rowHash);
    bool resolveAccountName(qint64 line);
    void dropUnknownReferences(qint64 line, quint64 &rowHash);
    void remember(qint64 line);

    SourceJob &m_job;
    ConvertContext &m_ctx;
    BundleTable m_table;
    const TableSpec &m_spec;
    BundleBuilder &m_builder;
    std::vector<int> m_position; // plan target -> bundle column
    std::vector<OptionalReference> m_references;
    int m_domainTarget, m_nameTarget, m_keyTarget, m_accountNameTarget, m_accountColumn;
    bool m_keepKeys;
    bool m_fastPath;
    std::vector<int> m_keyTargets;
    quint64 m_seed = 0;
    std::vector<std::string> m_keyParts, m_values, m_fields;
    FieldError m_error;
};

RowConverter::RowConverter(SourceJob &job, ConvertContext &ctx, BundleTable table)
    : m_job(job), m_ctx(ctx), m_table(table), m_spec(bundleTable(table)), m_builder(*ctx.builder)
{
    const FieldPlan &plan = job.plan;
    m_position.assign(plan.targets().size(), -1);
    for (std::size_t i = 0; i < m_position.size(); ++i) {
        const QString &to = plan.targets()[i];
        m_position[i] = m_builder.columnIndex(table, to);
        const int c = m_spec.columnIndex(to.toStdString());
        if (c < 0)
            continue;
        const ColumnSpec &col = m_spec.columns[std::size_t(c)];
        if (col.references >= 0 && !col.required)
            m_references.push_back({int(i), m_position[i], bundleTables()[std::size_t(col.references)].id});
        job.headers.insert(QString::fromStdString(m_spec.file) + QLatin1Char('.') + to, plan.headerOf(int(i)));
    }
    m_domainTarget = plan.targetIndex(QStringLiteral("domain"));
    m_nameTarget = plan.targetIndex(QStringLiteral("name"));
    m_keyTarget = plan.targetIndex(QString::fromStdString(m_spec.columns.front().name));
    // Report exports name the account instead of giving its id.
    m_accountNameTarget = plan.targetIndex(QStringLiteral("account_name"));
    m_accountColumn = m_builder.columnIndex(table, QStringLiteral("account_id"));
    if (m_accountNameTarget >= 0)
        job.headers.insert(QString::fromStdString(m_spec.file) + QStringLiteral(".account_id"), plan.headerOf(m_accountNameTarget));
    // Keys of this file are kept only when a file of the run refers to the table.
    m_keepKeys = ctx.referenced.count(table) > 0;
    for (const OptionalReference &r : m_references)
        (void)ctx.knownKeys(r.table);
    // An unchanged re-import: a row whose key and source fields hash as at the
    // last import is counted unchanged without being converted. Accounts are
    // always converted (matching needs their names and domains).
    for (int k : m_builder.keyPositions(table)) {
        const auto at = std::find(m_position.begin(), m_position.end(), k);
        m_keyTargets.push_back(at == m_position.end() ? -1 : int(at - m_position.begin()));
    }
    m_fastPath = table != BundleTable::Accounts && std::find(m_keyTargets.begin(), m_keyTargets.end(), -1) == m_keyTargets.end();
    const QByteArray planText = job.mapping->toJson() + job.summary.timeZone.toUtf8() + job.summary.dateOrder.toUtf8();
    m_seed = fingerprint(std::string_view(planText.constData(), std::size_t(planText.size()))) ^ m_builder.headerHash(table);
    m_keyParts.resize(m_keyTargets.size());
    m_fields.resize(std::size_t(m_builder.columnCount(table)));
}

bool RowConverter::unchanged(const RecordView &record, qint64 line, quint64 &rowHash)
{
    rowHash = m_seed;
    for (int c : m_job.plan.usedColumns()) {
        const std::string_view f = record.field(c);
        rowHash = (rowHash ^ fingerprint(f)) * 1099511628211ULL;
        rowHash ^= f.size();
    }
    for (std::size_t k = 0; k < m_keyTargets.size(); ++k)
        if (!m_job.plan.convertTarget(m_keyTargets[k], record, m_keyParts[k], m_error))
            return false; // the full conversion rejects it
    if (!m_builder.unchangedRow(m_table, BundleBuilder::keyHash(m_keyParts), rowHash))
        return false;
    if (m_keepKeys && !m_ctx.knownKeys(m_table).exists(m_keyParts.front()))
        m_ctx.knownKeys(m_table).insert(m_keyParts.front(), KeyIndex::Entry{line, false});
    return true;
}

bool RowConverter::resolveAccountName(qint64 line)
{
    if (m_accountNameTarget < 0 || m_accountColumn < 0 || !m_fields[std::size_t(m_accountColumn)].empty()
        || m_values[std::size_t(m_accountNameTarget)].empty())
        return true;
    const QString name = QString::fromStdString(m_values[std::size_t(m_accountNameTarget)]);
    const MatchOutcome m = m_ctx.matcher->match(ExternalParty{m_job.mapping->source, name, name, QString(), QString()});
    if (m.status != MatchStatus::Matched || m.method != QLatin1String("name")) {
        m_ctx.reject(m_job, line, m_job.plan.headerOf(m_accountNameTarget),
                     m.status == MatchStatus::Ambiguous ? reasonText(Reason::AccountAmbiguous, {name})
                                                        : reasonText(Reason::AccountNotFound, {name}));
        return false;
    }
    m_fields[std::size_t(m_accountColumn)] = m.accountId.toStdString();
    return true;
}

void RowConverter::dropUnknownReferences(qint64 line, quint64 &rowHash)
{
    for (const OptionalReference &r : m_references) {
        std::string &v = m_fields[std::size_t(r.column)];
        if (v.empty() || m_ctx.knownKeys(r.table).exists(v))
            continue;
        m_ctx.warn(
            m_job,
            QCoreApplication::translate("ra::Exports", "%1: %2 '%3' is in no import and not in the store; left empty")
                .arg(line)
                .arg(m_job.plan.headerOf(r.target), QString::fromStdString(v)));
        v.clear();
        rowHash = ~rowHash; // never "unchanged" next time: the reference may be known by then
    }
}

// Keys for later files' references, and accounts (with domains) for matching.
void RowConverter::remember(qint64 line)
{
    if (m_keyTarget < 0)
        return;
    const std::string &key = m_values[std::size_t(m_keyTarget)];
    if (m_keepKeys && !key.empty() && !m_ctx.knownKeys(m_table).exists(key))
        m_ctx.knownKeys(m_table).insert(key, KeyIndex::Entry{line, false});
    if (m_table != BundleTable::Accounts)
        return;
    const QString id = QString::fromStdString(key);
    m_ctx.matcher->addAccount(id, m_nameTarget >= 0 ? QString::fromStdString(m_values[std::size_t(m_nameTarget)]) : QString());
    if (m_domainTarget >= 0 && !m_values[std::size_t(m_domainTarget)].empty()) {
        const QString domain = QString::fromStdString(m_values[std::size_t(m_domainTarget)]);
        m_ctx.matcher->addDomain(id, domain);
        m_ctx.domains.emplace_back(id, domain);
    }
}

void RowConverter::row(const RecordView &record, qint64 line)
{
    const qint64 ordinal = ++m_job.records;
    quint64 rowHash = 0;
    if (m_fastPath && unchanged(record, line, rowHash)) {
        ++m_job.summary.unchanged;
        return;
    }
    if (!m_job.plan.convert(record, m_values, m_error))
        return m_ctx.reject(m_job, line, m_error.header, m_error.reason);
    for (std::string &f : m_fields)
        f.clear();
    for (std::size_t i = 0; i < m_values.size(); ++i)
        if (m_position[i] >= 0)
            m_fields[std::size_t(m_position[i])] = m_values[i];
    if (!resolveAccountName(line))
        return;
    dropUnknownReferences(line, rowHash);
    remember(line);
    if (m_builder.addRow(m_table, m_fields, RowOrigin{m_job.index, line, ordinal}, m_fastPath ? std::optional<quint64>(rowHash) : std::nullopt))
        m_ctx.written(m_job, ordinal);
    else
        ++m_job.summary.unchanged;
}

} // namespace

Status convertRows(SourceJob &job, ConvertContext &ctx)
{
    const std::optional<BundleTable> table = tableNamed(job.mapping->table);
    if (!table)
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("ra::Exports", "%1: mapping %2 names no bundle table '%3'")
                             .arg(job.summary.file, job.mapping->name, job.mapping->table));
    RowConverter converter(job, ctx, *table);
    return ctx.readRows(job, [&](const RecordView &record, qint64 line) { converter.row(record, line); });
}

} // namespace ra

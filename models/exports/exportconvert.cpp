#include "exports/exportjob.h"

#include "exports/exportreader.h"
#include "import/tableimporter.h"

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

void ConvertContext::written(SourceJob &job, qint64 record)
{
    ++job.written;
    if (job.writtenRecords.empty() || job.writtenRecords.back() != record)
        job.writtenRecords.push_back(record);
}

Status convertRows(SourceJob &job, ConvertContext &ctx)
{
    const std::optional<BundleTable> table = tableNamed(job.mapping->table);
    if (!table)
        return makeError(ErrorCode::Validation, QStringLiteral("%1: mapping %2 names no bundle table '%3'")
                                                    .arg(job.summary.file, job.mapping->name, job.mapping->table));
    const TableSpec &spec = bundleTable(*table);
    BundleBuilder &builder = *ctx.builder;
    const int width = builder.columnCount(*table);
    std::vector<int> position(job.plan.targets().size(), -1); // plan target -> bundle column
    std::vector<OptionalReference> references;
    for (std::size_t i = 0; i < position.size(); ++i) {
        const QString &to = job.plan.targets()[i];
        position[i] = builder.columnIndex(*table, to);
        const int c = spec.columnIndex(to.toStdString());
        if (c >= 0 && spec.columns[std::size_t(c)].references >= 0 && !spec.columns[std::size_t(c)].required)
            references.push_back({int(i), position[i], bundleTables()[std::size_t(spec.columns[std::size_t(c)].references)].id});
        if (c >= 0)
            job.headers.insert(QString::fromStdString(spec.file) + QLatin1Char('.') + to, job.plan.headerOf(int(i)));
    }
    const int domainTarget = job.plan.targetIndex(QStringLiteral("domain"));
    const int nameTarget = job.plan.targetIndex(QStringLiteral("name"));
    const int keyTarget = job.plan.targetIndex(QString::fromStdString(spec.columns.front().name));
    // Report exports name the account instead of giving its id.
    const int accountNameTarget = job.plan.targetIndex(QStringLiteral("account_name"));
    const int accountColumn = builder.columnIndex(*table, QStringLiteral("account_id"));
    if (accountNameTarget >= 0)
        job.headers.insert(QString::fromStdString(spec.file) + QStringLiteral(".account_id"), job.plan.headerOf(accountNameTarget));
    // Keys of this file are kept only when a file of the run refers to the table.
    const bool keepKeys = ctx.referenced.count(*table) > 0;
    for (const OptionalReference &r : references)
        (void)ctx.knownKeys(r.table);
    // An unchanged re-import: a row whose key and source fields hash as at the
    // last import is counted unchanged without being converted. Accounts are
    // always converted (matching needs their names and domains).
    std::vector<int> keyTargets;
    for (int k : builder.keyPositions(*table)) {
        const auto at = std::find(position.begin(), position.end(), k);
        keyTargets.push_back(at == position.end() ? -1 : int(at - position.begin()));
    }
    const bool fastPath = *table != BundleTable::Accounts
        && std::find(keyTargets.begin(), keyTargets.end(), -1) == keyTargets.end();
    const QByteArray planText = job.mapping->toJson() + job.summary.timeZone.toUtf8() + job.summary.dateOrder.toUtf8();
    const quint64 seed = fingerprint(std::string_view(planText.constData(), std::size_t(planText.size()))) ^ builder.headerHash(*table);
    std::vector<std::string> keyParts(keyTargets.size());
    auto sourceHash = [&](const RecordView &record) {
        quint64 h = seed;
        for (int c : job.plan.usedColumns()) {
            const std::string_view f = record.field(c);
            h = (h ^ fingerprint(f)) * 1099511628211ULL;
            h ^= f.size();
        }
        return h;
    };

    std::vector<std::string> values;
    std::vector<std::string> fields(static_cast<std::size_t>(width));
    FieldError error;
    auto read = readExportRows(
        job.text,
        [&](const RecordView &record, qint64 line) {
            const qint64 ordinal = ++job.records;
            quint64 rowHash = 0;
            if (fastPath) {
                rowHash = sourceHash(record);
                bool keyOk = true;
                for (std::size_t k = 0; k < keyTargets.size() && keyOk; ++k)
                    keyOk = job.plan.convertTarget(keyTargets[k], record, keyParts[k], error);
                if (keyOk && builder.unchangedRow(*table, BundleBuilder::keyHash(keyParts), rowHash)) {
                    ++job.summary.unchanged;
                    if (keepKeys && !ctx.knownKeys(*table).exists(keyParts.front()))
                        ctx.knownKeys(*table).insert(keyParts.front(), KeyIndex::Entry{line, false});
                    return;
                }
            }
            if (!job.plan.convert(record, values, error)) {
                ctx.reject(job, line, error.header, error.reason);
                return;
            }
            for (std::string &f : fields)
                f.clear();
            for (std::size_t i = 0; i < values.size(); ++i)
                if (position[i] >= 0)
                    fields[std::size_t(position[i])] = values[i];
            if (accountNameTarget >= 0 && accountColumn >= 0 && fields[std::size_t(accountColumn)].empty()
                && !values[std::size_t(accountNameTarget)].empty()) {
                const QString name = QString::fromStdString(values[std::size_t(accountNameTarget)]);
                const MatchOutcome m = ctx.matcher->match(ExternalParty{job.mapping->source, name, name, QString(), QString()});
                if (m.status != MatchStatus::Matched || m.method != QLatin1String("name"))
                    return ctx.reject(job, line, job.plan.headerOf(accountNameTarget),
                                      m.status == MatchStatus::Ambiguous ? QStringLiteral("several accounts are named '%1'").arg(name)
                                                                         : QStringLiteral("no account named '%1'").arg(name));
                fields[std::size_t(accountColumn)] = m.accountId.toStdString();
            }
            for (const OptionalReference &r : references) {
                std::string &v = fields[std::size_t(r.column)];
                if (!v.empty() && !ctx.knownKeys(r.table).exists(v)) {
                    ctx.warn(job, QStringLiteral("%1: %2 '%3' is in no import and not in the store; left empty")
                                      .arg(line)
                                      .arg(job.plan.headerOf(r.target), QString::fromStdString(v)));
                    v.clear();
                    rowHash = ~rowHash; // never "unchanged" next time: the reference may be known by then
                }
            }
            if (keyTarget >= 0 && keepKeys && !values[std::size_t(keyTarget)].empty()) {
                KeyIndex &keys = ctx.knownKeys(*table);
                if (!keys.exists(values[std::size_t(keyTarget)]))
                    keys.insert(values[std::size_t(keyTarget)], KeyIndex::Entry{line, false});
            }
            if (*table == BundleTable::Accounts && keyTarget >= 0) {
                const QString id = QString::fromStdString(values[std::size_t(keyTarget)]);
                ctx.matcher->addAccount(id, nameTarget >= 0 ? QString::fromStdString(values[std::size_t(nameTarget)]) : QString());
                if (domainTarget >= 0 && !values[std::size_t(domainTarget)].empty()) {
                    const QString domain = QString::fromStdString(values[std::size_t(domainTarget)]);
                    ctx.matcher->addDomain(id, domain);
                    ctx.domains.emplace_back(id, domain);
                }
            }
            if (builder.addRow(*table, fields, RowOrigin{job.index, line, ordinal},
                               fastPath ? std::optional<quint64>(rowHash) : std::nullopt))
                ctx.written(job, ordinal);
            else
                ++job.summary.unchanged;
        },
        ctx.progress, ctx.cancelled);
    if (!read)
        return read.error();
    job.summary.rows = read->dataRecords;
    job.summary.footerLines = read->footerLines;
    if (read->footerLines > 0)
        job.summary.notes << QStringLiteral("%1 report footer line(s) skipped").arg(read->footerLines);
    return {};
}

} // namespace ra

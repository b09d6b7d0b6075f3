#include "import/tableimporter.h"

#include "csv/csvreader.h"
#include "csv/fieldcheck.h"
#include "domain/reasons.h"
#include "import/cellparser.h"
#include "import/columnflags.h"
#include "import/rowbatch.h"
#include "import/rowrules.h"
#include "import/rowsink.h"
#include "import/writequeue.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <climits>

namespace ra {
namespace {

constexpr char kKeySep = '\x1f';
constexpr int kMaxWarningMessages = 20;

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
QString qs(const std::string &s) { return QString::fromStdString(s); }

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

void appendKeyPart(std::string &key, const Cell &cell)
{
    if (!key.empty())
        key += kKeySep;
    if (cell.type == Cell::Type::Int)
        key += std::to_string(cell.i);
    else
        key.append(cell.text);
}

// One file's import state; checks one CSV record at a time and hands the
// valid rows, in batches, to the write queue. The row sink (a prepared
// statement, or a COPY stream) is opened, used and released by queue jobs
// only (on the writer's thread).
class FileImport {
public:
    FileImport(const TableSpec &table, const QString &fileName, TableImportContext &ctx, FileSummary &summary)
        : m_t(table), m_file(fileName), m_ctx(ctx), m_sum(summary), m_cells(table.columns.size()),
          m_colFile(table.columns.size(), -1), m_keyCols(table.keyColumns()), m_rules(table, m_colFile),
          m_batch(table.columns.size())
    {
    }
    ~FileImport() { (void)releaseSink(false); }

    bool onRecord(const CsvRecord &rec)
    {
        if (!m_headerSeen)
            return header(rec);
        if (Status s = row(rec); !s) {
            m_error = s;
            return false;
        }
        return true;
    }

    Status finish()
    {
        if (!m_error.ok())
            return m_error;
        if (!m_headerSeen)
            return makeError(
                ErrorCode::Validation,
                QCoreApplication::translate("ra::Import", "%1 is empty (it needs at least a header row)").arg(m_file));
        if (Status s = sendBatch(); !s)
            return s;
        return releaseSink(true);
    }

private:
    bool header(const CsvRecord &rec)
    {
        m_headerSeen = true;
        for (int f = 0; f < rec.size(); ++f) {
            const std::string name = lower(rec.field(f));
            const int c = m_t.columnIndex(name);
            if (c < 0) {
                warn(rec.line(),
                     QCoreApplication::translate("ra::Import", "unknown column '%1' ignored").arg(qs(rec.field(f))));
            } else if (m_colFile[std::size_t(c)] >= 0) {
                warn(rec.line(),
                     QCoreApplication::translate("ra::Import", "column '%1' appears twice; the first one is used")
                         .arg(qs(name)));
            } else {
                m_colFile[std::size_t(c)] = f;
            }
        }
        std::vector<bool> written(m_t.columns.size());
        for (std::size_t c = 0; c < m_t.columns.size(); ++c) {
            written[c] = m_colFile[c] >= 0;
            if (m_t.columns[c].required && !written[c]) {
                // One header field holding ';' is the usual spreadsheet export in a comma-decimal locale.
                const bool semicolons = rec.size() == 1 && rec.field(0).find(';') != std::string_view::npos;
                m_error = makeError(
                    ErrorCode::Validation,
                    QCoreApplication::translate(
                        "ra::Import", "%1: missing required column '%2'; the file is rejected and nothing was imported")
                            .arg(m_file, qs(m_t.columns[c].name))
                        + (semicolons ? QCoreApplication::translate(
                               "ra::Import", " (it looks like ';'-separated: bundle files use ',')")
                                      : QString()));
                return false;
            }
        }
        m_sink = std::make_shared<SinkSlot>();
        m_error = m_ctx.writer->push([slot = m_sink, open = m_ctx.sinks, t = &m_t, written]() -> Status {
            Result<std::unique_ptr<RowSink>> sink = open(*t, written);
            if (!sink)
                return sink.error();
            slot->sink = std::move(*sink);
            return {};
        });
        return m_error.ok();
    }

    // Queues the batch's rows. Counts updated/unchanged rows on the writer's
    // thread: only after the queue is drained may anyone read them.
    Status sendBatch()
    {
        if (m_batch.empty())
            return {};
        auto batch = std::make_shared<const RowBatch>(std::exchange(m_batch, RowBatch(m_t.columns.size())));
        return m_ctx.writer->push([batch, slot = m_sink, sum = &m_sum, file = m_file] {
            return slot->sink->write(*batch, *sum, file);
        });
    }

    // The last reference to the sink goes to a job, so that it is finished
    // (complete) or abandoned on the writer's thread. If the queue has
    // failed, it is idle for good and releasing here is safe.
    Status releaseSink(bool complete)
    {
        if (!m_sink)
            return {};
        return m_ctx.writer->push([slot = std::move(m_sink), complete] {
            const Status s = complete && slot->sink ? slot->sink->finish() : Status();
            slot->sink.reset();
            return s;
        });
    }

    // Filled by the job that opens the sink; jobs run in order, so every
    // later job of the file finds it there.
    struct SinkSlot {
        std::unique_ptr<RowSink> sink;
    };

    void warn(qint64 line, const QString &message)
    {
        ++m_sum.warnings;
        if (m_sum.warningMessages.size() < kMaxWarningMessages)
            m_sum.warningMessages << QStringLiteral("%1:%2: %3").arg(m_file).arg(line).arg(message);
    }

    // Starts loading, before the row is parsed, the hash slots that its
    // reference checks and a one-column key will read: the lookups are random
    // accesses into large tables, the parsing hides most of their latency.
    void prefetchKeys(const CsvRecord &rec, const KeyIndex &own) const
    {
        for (std::size_t c = 0; c < m_t.columns.size(); ++c) {
            const int f = m_colFile[c];
            if (f < 0)
                continue;
            const ColumnSpec &spec = m_t.columns[c];
            if (spec.references >= 0)
                (*m_ctx.keys)[std::size_t(spec.references)].prefetch(rec.field(f));
            else if (spec.key && m_keyCols.size() == 1)
                own.prefetch(rec.field(f));
        }
    }

    // Keeps the failure of the first column in file order.
    void fail(int c, const QString &reason)
    {
        m_failed.set(c);
        const int f = m_colFile[std::size_t(c)];
        const int order = f >= 0 ? f : INT_MAX - 1;
        if (order < m_errOrder) {
            m_errOrder = order;
            m_errCol = c;
            m_errReason = reason;
        }
    }
    bool failed(int c) const { return m_failed.test(c); }

    // Resets the row state and parses every field present into its cell.
    void parseFields(const CsvRecord &rec)
    {
        m_failed.reset(m_t.columns.size());
        m_errOrder = INT_MAX;
        m_errCol = -1;
        for (int c = 0; c < int(m_t.columns.size()); ++c) {
            Cell &cell = m_cells[std::size_t(c)];
            cell.type = Cell::Type::Null;
            const int f = m_colFile[std::size_t(c)];
            if (f < 0)
                continue;
            const ColumnSpec &spec = m_t.columns[std::size_t(c)];
            const std::string_view text = rec.field(f);
            if (text.empty()) {
                if (spec.required)
                    fail(c, reasonText(Reason::Required, {qs(spec.name)}));
                continue;
            }
            // Bytes no rule should see (not UTF-8, NUL, huge) reject the row here.
            std::optional<QString> problem = fieldProblem(text);
            if (!problem)
                problem = parseCell(spec, text, cell, m_periodText);
            if (problem)
                fail(c, *problem);
        }
        if (auto failure = m_rules.apply(m_cells, m_failed, rec))
            fail(failure->column, failure->reason);
    }

    // The row's key, built before the references are checked so that its slot
    // (prefetched) loads meanwhile. False when a key column is missing or failed.
    bool buildKey(KeyIndex &own)
    {
        m_key.clear();
        m_firstKeyCol = -1;
        for (int c : m_keyCols) {
            if (failed(c) || m_cells[std::size_t(c)].type == Cell::Type::Null)
                return false;
            appendKeyPart(m_key, m_cells[std::size_t(c)]);
            const int f = m_colFile[std::size_t(c)];
            if (f >= 0 && (m_firstKeyCol < 0 || f < m_colFile[std::size_t(m_firstKeyCol)]))
                m_firstKeyCol = c;
        }
        if (m_keyCols.size() > 1)
            own.prefetch(m_key);
        return true;
    }

    // References: to valid rows of this bundle or rows already stored.
    void checkReferences()
    {
        for (int c = 0; c < int(m_t.columns.size()); ++c) {
            const ColumnSpec &spec = m_t.columns[std::size_t(c)];
            const Cell &cell = m_cells[std::size_t(c)];
            if (spec.references < 0 || cell.type != Cell::Type::Text || failed(c))
                continue;
            const KeyIndex &target = (*m_ctx.keys)[std::size_t(spec.references)];
            if (target.exists(cell.text))
                continue;
            const TableSpec &other = bundleTables()[std::size_t(spec.references)];
            fail(c, target.rejected.count(std::string(cell.text))
                        ? reasonText(Reason::UnknownRefRejected, {qs(other.noun), qs(cell.text), qs(other.file)})
                        : reasonText(Reason::UnknownRef, {qs(other.noun), qs(cell.text), qs(other.file)}));
        }
    }

    // Records the rejection; a rejected row never claims its key, but marks it
    // so that rows referring to it say why.
    void reject(const CsvRecord &rec, KeyIndex &own, bool keyComplete, const KeyIndex::Entry *entry)
    {
        ++m_sum.rejected;
        if (keyComplete && (!entry || entry->claimedLine == 0))
            own.rejected.insert(m_key);
        m_ctx.rejections->push_back({m_file, rec.line(), qs(m_t.columns[std::size_t(m_errCol)].name), m_errReason});
    }

    // A valid row claims its key and joins the batch.
    Status accept(const CsvRecord &rec, KeyIndex &own, KeyIndex::Entry *entry)
    {
        if (auto w = m_rules.orderWarning(m_cells))
            warn(rec.line(), *w);
        const bool stored = entry && entry->stored;
        const bool knownNew = !entry;
        if (knownNew)
            own.insert(m_key, KeyIndex::Entry{rec.line(), false});
        else
            entry->claimedLine = rec.line();
        if (!stored)
            ++m_sum.inserted;
        if (!m_batch.add(m_cells, rec.line(), knownNew, stored)) {
            if (Status s = sendBatch(); !s)
                return s;
            m_batch.add(m_cells, rec.line(), knownNew, stored);
        }
        return m_batch.full() ? sendBatch() : Status{};
    }

    Status row(const CsvRecord &rec)
    {
        KeyIndex &own = (*m_ctx.keys)[std::size_t(m_t.id)];
        prefetchKeys(rec, own);
        parseFields(rec);
        bool keyComplete = buildKey(own);
        checkReferences();
        // Key: the first valid row claims it (a key column whose reference
        // failed leaves it incomplete).
        for (int c : m_keyCols)
            keyComplete = keyComplete && !failed(c);
        KeyIndex::Entry *entry = keyComplete ? own.find(m_key) : nullptr;
        if (entry && entry->claimedLine > 0)
            fail(m_firstKeyCol, reasonText(Reason::DuplicateKey, {QString::number(entry->claimedLine)}));
        if (m_errCol >= 0) {
            reject(rec, own, keyComplete, entry);
            return {};
        }
        return accept(rec, own, entry);
    }

    const TableSpec &m_t;
    QString m_file;
    TableImportContext &m_ctx;
    FileSummary &m_sum;
    std::vector<Cell> m_cells;
    std::vector<int> m_colFile; // per spec column: file column, -1 when absent
    std::vector<int> m_keyCols;
    RowRules m_rules;
    std::shared_ptr<SinkSlot> m_sink;
    RowBatch m_batch;
    Status m_error;
    bool m_headerSeen = false;
    ColumnFlags m_failed; // per spec column: this row's value failed a check
    int m_errOrder = INT_MAX;
    int m_errCol = -1;
    int m_firstKeyCol = -1;
    QString m_errReason;
    std::string m_key, m_periodText;
};

} // namespace

Status loadStoredKeys(sqlite3 *db, const TableSpec &t, KeyIndex &index)
{
    if (index.loaded)
        return {};
    std::string sql = "SELECT ";
    const std::vector<int> keys = t.keyColumns();
    for (std::size_t i = 0; i < keys.size(); ++i)
        sql += (i ? "," : "") + t.columns[std::size_t(keys[i])].name;
    sql += " FROM " + t.table;
    Statement stmt(db, sql);
    std::string key;
    while (stmt.next()) {
        key.clear();
        for (int i = 0; i < int(keys.size()); ++i) {
            if (i)
                key += kKeySep;
            if (stmt.isInteger(i))
                key += std::to_string(stmt.int64(i));
            else
                key.append(stmt.text(i));
        }
        index.insert(key, KeyIndex::Entry{0, true});
    }
    if (!stmt.status())
        return makeError(stmt.status().error().code,
                         QCoreApplication::translate("ra::Import", "cannot read the keys of %1: %2")
                             .arg(qs(t.table), stmt.status().message()));
    index.loaded = true;
    return {};
}

Status importTableFile(const TableSpec &table, const QString &path, TableImportContext &ctx, FileSummary &summary)
{
    summary.present = true;
    if (!ctx.sinks)
        ctx.sinks = sqliteRowSinks(ctx.db);
    FileImport file(table, summary.file, ctx, summary);
    CsvReader reader;
    reader.setProgress(ctx.progress, summary.file);
    const auto r = reader.readFile(path, [&](const CsvRecord &rec) { return file.onRecord(rec); });
    if (!r) {
        if (r.error().code == ErrorCode::Parse)
            return makeError(ErrorCode::Parse, QStringLiteral("%1:%2").arg(summary.file, r.message().mid(5)));
        return r.error();
    }
    return file.finish();
}

} // namespace ra

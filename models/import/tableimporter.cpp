#include "import/tableimporter.h"

#include "csv/csvreader.h"
#include "csv/fieldcheck.h"
#include "domain/kpicatalog.h"
#include "domain/period.h"
#include "domain/reasons.h"
#include "domain/values.h"
#include "import/columnflags.h"
#include "import/rowbatch.h"
#include "import/upsertstatement.h"
#include "import/writequeue.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <climits>

namespace ra {
namespace {

constexpr char kKeySep = '\x1f';
constexpr int kMaxWarningMessages = 20;
constexpr std::string_view kDefaultProduct = "default";

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
QString qs(const std::string &s) { return QString::fromStdString(s); }

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

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
// valid rows, in batches, to the write queue. The prepared statement is
// created, used and finalised by queue jobs only (on the writer's thread).
class FileImport {
public:
    FileImport(const TableSpec &table, const QString &fileName, TableImportContext &ctx, FileSummary &summary)
        : m_t(table), m_file(fileName), m_ctx(ctx), m_sum(summary), m_cells(table.columns.size()),
          m_colFile(table.columns.size(), -1), m_keyCols(table.keyColumns()), m_batch(table.columns.size())
    {
    }
    ~FileImport() { (void)releaseStatement(); }

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
        return releaseStatement();
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
        m_upsert = std::make_shared<UpsertStatement>();
        m_error = m_ctx.writer->push([stmt = m_upsert, db = m_ctx.db, t = &m_t, written] { return stmt->prepare(db, *t, written); });
        return m_error.ok();
    }

    // Queues the batch's rows. Counts updated/unchanged rows on the writer's
    // thread: only after the queue is drained may anyone read them.
    Status sendBatch()
    {
        if (m_batch.empty())
            return {};
        auto batch = std::make_shared<const RowBatch>(std::exchange(m_batch, RowBatch(m_t.columns.size())));
        return m_ctx.writer->push([batch, stmt = m_upsert, sum = &m_sum, file = m_file]() -> Status {
            for (std::size_t r = 0; r < batch->size(); ++r) {
                bool changed = false;
                if (Status s = stmt->execute(batch->cells(r), batch->knownNew(r), changed); !s)
                    return makeError(s.error().code, QStringLiteral("%1:%2: %3").arg(file).arg(batch->line(r)).arg(s.message()));
                if (batch->stored(r))
                    ++(changed ? sum->updated : sum->unchanged);
            }
            return {};
        });
    }

    // The last reference to the statement goes to a job, so that it is
    // finalised on the writer's thread. If the queue has failed, it is idle
    // for good and releasing here is safe.
    Status releaseStatement()
    {
        if (!m_upsert)
            return {};
        return m_ctx.writer->push([stmt = std::move(m_upsert)] { return Status{}; });
    }

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

    void parseCell(int c, std::string_view text)
    {
        const ColumnSpec &col = m_t.columns[std::size_t(c)];
        Cell &cell = m_cells[std::size_t(c)];
        auto take = [&](auto r, Cell::Type type) {
            if (!r)
                return fail(c, r.message());
            cell.type = type;
            if constexpr (std::is_same_v<std::decay_t<decltype(*r)>, double>)
                cell.d = *r;
            else
                cell.i = *r;
        };
        switch (col.kind) {
        case ColumnKind::Id:
        case ColumnKind::Text:
            cell.type = Cell::Type::Text;
            cell.text = text;
            break;
        case ColumnKind::Timestamp: take(parseTimestamp(text), Cell::Type::Int); break;
        case ColumnKind::Date: take(parseDate(text), Cell::Type::Int); break;
        case ColumnKind::Month: take(parseMonth(text), Cell::Type::Int); break;
        case ColumnKind::Money: take(parseMoney(text, false), Cell::Type::Int); break;
        case ColumnKind::Score: take(parseInteger(text, col.min, col.max), Cell::Type::Int); break;
        case ColumnKind::Number: take(parseNumber(text), Cell::Type::Real); break;
        case ColumnKind::Enum:
            for (const std::string &v : col.enumValues) {
                if (equalsIgnoreCase(text, v)) {
                    cell.type = Cell::Type::Text;
                    cell.text = v;
                    return;
                }
            }
            fail(c, reasonText(Reason::UnknownValue, {qs(col.enumLabel), qs(text), enumList(col)}));
            break;
        case ColumnKind::Period: {
            const QString t = qs(text);
            const auto p = Period::parse(t);
            if (!p)
                return fail(c, p.message());
            if (p->kind() == Period::Kind::Custom)
                return fail(c, reasonText(Reason::PeriodNotCustom, {t}));
            m_periodText = p->key().toStdString();
            cell.type = Cell::Type::Text;
            cell.text = m_periodText;
            break;
        }
        case ColumnKind::Kpi: {
            const auto id = kpiFromKey(qs(text));
            if (!id)
                return fail(c, reasonText(Reason::UnknownKpi, {qs(text)}));
            cell.type = Cell::Type::Text;
            cell.text = kpiInfo(*id).key;
            break;
        }
        }
    }

    static QString enumList(const ColumnSpec &col)
    {
        QStringList l;
        for (const std::string &v : col.enumValues)
            l << qs(v);
        return l.join(QStringLiteral(", "));
    }

    int col(const char *name) const { return m_t.columnIndex(name); }

    // The rules of docs/bundle-format.md that span columns, per table.
    void tableRules()
    {
        switch (m_t.id) {
        case BundleTable::Revenue:
        case BundleTable::Usage: {
            Cell &p = m_cells[std::size_t(m_cProduct)];
            if (p.type == Cell::Type::Null) {
                p.type = Cell::Type::Text;
                p.text = kDefaultProduct;
            }
            break;
        }
        case BundleTable::Nps: {
            Cell &r = m_cells[std::size_t(m_cRespondent)];
            if (r.type == Cell::Type::Null) {
                r.type = Cell::Type::Text;
                r.text = {};
            }
            break;
        }
        case BundleTable::Opportunities: {
            const Cell &status = m_cells[std::size_t(m_cStatus)];
            if (status.type == Cell::Type::Text && status.text != "open"
                && m_cells[std::size_t(m_cClosed)].type == Cell::Type::Null && !failed(m_cClosed))
                fail(m_colFile[std::size_t(m_cClosed)] >= 0 ? m_cClosed : m_cStatus,
                     reasonText(Reason::ClosedAtRequired, {qs(status.text)}));
            break;
        }
        default: break;
        }
    }

    // Out-of-order timestamps are kept but counted (docs/bundle-format.md: flagged, left out of durations).
    void orderWarnings(qint64 line)
    {
        auto at = [&](int c) -> const Cell & { return m_cells[std::size_t(c)]; };
        auto before = [&](int a, int b) {
            const Cell &x = at(a), &y = at(b);
            if (x.type == Cell::Type::Int && y.type == Cell::Type::Int && y.i < x.i) {
                warn(line,
                     QCoreApplication::translate("ra::Import", "%1 before %2 (imported; left out of durations)")
                         .arg(qs(m_t.columns[std::size_t(b)].name), qs(m_t.columns[std::size_t(a)].name)));
                return true;
            }
            return false;
        };
        switch (m_t.id) {
        case BundleTable::Leads: {
            // created_at <= mql_at <= sal_at <= sql_at over the stages present; one warning per row.
            int prev = m_stage[0];
            bool warned = false;
            for (int i = 1; i < 4 && !warned; ++i) {
                if (at(m_stage[i]).type != Cell::Type::Int)
                    continue;
                warned = before(prev, m_stage[i]);
                prev = m_stage[i];
            }
            if (!warned)
                before(m_stage[0], m_stage[4]);
            break;
        }
        case BundleTable::Opportunities: before(col("created_at"), m_cClosed); break;
        case BundleTable::Tickets: before(col("opened_at"), col("resolved_at")); break;
        default: break;
        }
    }

    Status row(const CsvRecord &rec)
    {
        if (m_first) {
            m_first = false;
            m_cProduct = col("product");
            m_cRespondent = col("respondent");
            m_cStatus = col("status");
            m_cClosed = col("closed_at");
            if (m_t.id == BundleTable::Leads)
                m_stage = {col("created_at"), col("mql_at"), col("sal_at"), col("sql_at"), col("disqualified_at")};
        }
        m_failed.reset(m_t.columns.size());
        m_errOrder = INT_MAX;
        m_errCol = -1;
        KeyIndex &own = (*m_ctx.keys)[std::size_t(m_t.id)];
        prefetchKeys(rec, own);
        const int n = int(m_t.columns.size());
        for (int c = 0; c < n; ++c) {
            Cell &cell = m_cells[std::size_t(c)];
            cell.type = Cell::Type::Null;
            const int f = m_colFile[std::size_t(c)];
            if (f < 0)
                continue;
            const std::string_view text = rec.field(f);
            if (text.empty()) {
                if (m_t.columns[std::size_t(c)].required)
                    fail(c, reasonText(Reason::Required, {qs(m_t.columns[std::size_t(c)].name)}));
                continue;
            }
            // Bytes no rule should see (not UTF-8, NUL, huge) reject the row here.
            if (std::optional<QString> problem = fieldProblem(text)) {
                fail(c, *problem);
                continue;
            }
            parseCell(c, text);
        }
        tableRules();

        // The key is built before the references are checked so that its slot
        // (prefetched) loads meanwhile; a key column whose reference fails
        // still makes it incomplete below.
        m_key.clear();
        bool keyComplete = true;
        int firstKeyCol = -1;
        for (int c : m_keyCols) {
            if (failed(c) || m_cells[std::size_t(c)].type == Cell::Type::Null) {
                keyComplete = false;
                break;
            }
            appendKeyPart(m_key, m_cells[std::size_t(c)]);
            const int f = m_colFile[std::size_t(c)];
            if (f >= 0 && (firstKeyCol < 0 || f < m_colFile[std::size_t(firstKeyCol)]))
                firstKeyCol = c;
        }
        if (keyComplete && m_keyCols.size() > 1)
            own.prefetch(m_key);

        // References: to valid rows of this bundle or rows already stored.
        for (int c = 0; c < n; ++c) {
            const ColumnSpec &spec = m_t.columns[std::size_t(c)];
            const Cell &cell = m_cells[std::size_t(c)];
            if (spec.references < 0 || cell.type != Cell::Type::Text || failed(c))
                continue;
            const KeyIndex &target = (*m_ctx.keys)[std::size_t(spec.references)];
            if (target.exists(cell.text))
                continue;
            const TableSpec &other = bundleTables()[std::size_t(spec.references)];
            fail(c,
                 target.rejected.count(std::string(cell.text))
                     ? reasonText(Reason::UnknownRefRejected, {qs(other.noun), qs(cell.text), qs(other.file)})
                     : reasonText(Reason::UnknownRef, {qs(other.noun), qs(cell.text), qs(other.file)}));
        }

        // Key: the first valid row claims it; a rejected row never does.
        for (int c : m_keyCols)
            keyComplete = keyComplete && !failed(c);
        KeyIndex::Entry *entry = nullptr;
        if (keyComplete) {
            entry = own.find(m_key);
            if (entry && entry->claimedLine > 0)
                fail(firstKeyCol, reasonText(Reason::DuplicateKey, {QString::number(entry->claimedLine)}));
        }

        if (m_errCol >= 0) {
            ++m_sum.rejected;
            if (keyComplete && (!entry || entry->claimedLine == 0))
                own.rejected.insert(m_key);
            m_ctx.rejections->push_back(
                {m_file, rec.line(), qs(m_t.columns[std::size_t(m_errCol)].name), m_errReason});
            return {};
        }

        orderWarnings(rec.line());
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

    const TableSpec &m_t;
    QString m_file;
    TableImportContext &m_ctx;
    FileSummary &m_sum;
    std::vector<Cell> m_cells;
    std::vector<int> m_colFile; // per spec column: file column, -1 when absent
    std::vector<int> m_keyCols;
    std::shared_ptr<UpsertStatement> m_upsert;
    RowBatch m_batch;
    Status m_error;
    bool m_headerSeen = false;
    bool m_first = true;
    ColumnFlags m_failed; // per spec column: this row's value failed a check
    int m_errOrder = INT_MAX;
    int m_errCol = -1;
    QString m_errReason;
    std::string m_key, m_periodText;
    int m_cProduct = -1, m_cRespondent = -1, m_cStatus = -1, m_cClosed = -1;
    std::array<int, 5> m_stage{};
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

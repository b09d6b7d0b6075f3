#include "import/bundleexporter.h"

#include "csv/csvwriter.h"
#include "domain/values.h"
#include "store/store.h"

#include <QDir>
#include <charconv>
#include <sqlite3.h>

namespace ra {
namespace {

enum class Kind { Text, Timestamp, Date, Month, Money, Integer, Number };

struct Column {
    const char *name;
    Kind kind;
};

struct TableExport {
    const char *file;
    const char *table;
    const char *orderBy; // the bundle key: stable, diffable output
    std::vector<Column> columns;
};

const std::vector<TableExport> &tables()
{
    using K = Kind;
    static const std::vector<TableExport> t = {
        {"accounts.csv", "accounts", "account_id",
         {{"account_id", K::Text}, {"name", K::Text}, {"segment", K::Text}, {"industry", K::Text},
          {"region", K::Text}, {"persona", K::Text}, {"created_on", K::Date}}},
        {"campaigns.csv", "campaigns", "campaign_id",
         {{"campaign_id", K::Text}, {"name", K::Text}, {"channel", K::Text}, {"started_on", K::Date},
          {"ended_on", K::Date}, {"cost", K::Money}}},
        {"leads.csv", "leads", "lead_id",
         {{"lead_id", K::Text}, {"email", K::Text}, {"account_id", K::Text}, {"persona", K::Text},
          {"channel", K::Text}, {"source", K::Text}, {"campaign_id", K::Text}, {"owner", K::Text},
          {"created_at", K::Timestamp}, {"mql_at", K::Timestamp}, {"sal_at", K::Timestamp},
          {"sql_at", K::Timestamp}, {"disqualified_at", K::Timestamp}, {"disqualified_reason", K::Text}}},
        {"touches.csv", "touches", "lead_id, campaign_id, touched_at",
         {{"lead_id", K::Text}, {"campaign_id", K::Text}, {"touched_at", K::Timestamp}}},
        {"opportunities.csv", "opportunities", "opportunity_id",
         {{"opportunity_id", K::Text}, {"account_id", K::Text}, {"lead_id", K::Text}, {"persona", K::Text},
          {"type", K::Text}, {"source", K::Text}, {"amount", K::Money}, {"created_at", K::Timestamp},
          {"closed_at", K::Timestamp}, {"status", K::Text}, {"stage", K::Text}, {"lost_reason", K::Text}}},
        {"revenue.csv", "revenue", "account_id, month, product",
         {{"account_id", K::Text}, {"month", K::Month}, {"product", K::Text}, {"mrr", K::Money}}},
        {"spend.csv", "spend", "month, team", {{"month", K::Month}, {"team", K::Text}, {"amount", K::Money}}},
        {"tickets.csv", "tickets", "ticket_id",
         {{"ticket_id", K::Text}, {"account_id", K::Text}, {"opened_at", K::Timestamp},
          {"resolved_at", K::Timestamp}, {"category", K::Text}, {"csat", K::Integer}}},
        {"nps.csv", "nps", "account_id, responded_on, respondent",
         {{"account_id", K::Text}, {"responded_on", K::Date}, {"respondent", K::Text}, {"score", K::Integer},
          {"comment", K::Text}}},
        {"targets.csv", "targets", "period, kpi",
         {{"period", K::Text}, {"kpi", K::Text}, {"target", K::Number}, {"owner", K::Text}}},
        {"alignment_survey.csv", "alignment_survey", "surveyed_on, respondent, question",
         {{"surveyed_on", K::Date}, {"respondent", K::Text}, {"role", K::Text}, {"question", K::Text},
          {"score", K::Integer}}},
    };
    return t;
}

QByteArray number(double v)
{
    // Shortest text that reads back as the same double.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QByteArray(buf, int(r.ptr - buf));
}

void addValue(CsvWriter &out, sqlite3_stmt *st, int i, Kind kind)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL) {
        out.addEmpty();
        return;
    }
    switch (kind) {
    case Kind::Text: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
        out.addField(QByteArrayView(p, sqlite3_column_bytes(st, i)));
        return;
    }
    case Kind::Timestamp: out.addField(formatTimestamp(sqlite3_column_int64(st, i))); return;
    case Kind::Date: out.addField(formatDate(sqlite3_column_int64(st, i))); return;
    case Kind::Month: out.addField(formatMonth(int(sqlite3_column_int64(st, i)))); return;
    case Kind::Money: out.addField(formatMoney(sqlite3_column_int64(st, i))); return;
    case Kind::Integer: out.addField(QByteArray::number(sqlite3_column_int64(st, i))); return;
    case Kind::Number: out.addField(number(sqlite3_column_double(st, i))); return;
    }
}

Status exportTable(sqlite3 *db, const TableExport &t, const QString &path, qint64 &rows)
{
    QByteArray sql = "SELECT ";
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        sql += (i ? ", " : "") + QByteArray(t.columns[i].name);
    sql += QByteArray(" FROM ") + t.table + " ORDER BY " + t.orderBy;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, QStringLiteral("cannot read %1: %2")
                                                  .arg(QString::fromLatin1(t.table), QString::fromUtf8(sqlite3_errmsg(db))));
    CsvWriter out(path);
    if (Status s = out.open(); !s) {
        sqlite3_finalize(st);
        return s;
    }
    for (const Column &c : t.columns)
        out.addField(QByteArrayView(c.name));
    out.endRow();
    int rc = SQLITE_ROW;
    rows = 0;
    const int n = int(t.columns.size());
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < n; ++i)
            addValue(out, st, i, t.columns[std::size_t(i)].kind);
        out.endRow();
        ++rows;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, QStringLiteral("cannot read %1: %2")
                                                  .arg(QString::fromLatin1(t.table), QString::fromUtf8(sqlite3_errmsg(db))));
    return out.close();
}

} // namespace

qint64 ExportSummary::totalRows() const
{
    qint64 n = 0;
    for (const ExportedFile &f : files)
        n += f.rows;
    return n;
}

QStringList BundleExporter::fileNames()
{
    QStringList names;
    for (const TableExport &t : tables())
        names << QString::fromLatin1(t.file);
    return names;
}

Result<ExportSummary> BundleExporter::run(const QString &folder)
{
    sqlite3 *db = m_store.handle();
    if (!db)
        return makeError(ErrorCode::Internal, QStringLiteral("the store has no SQLite handle"));
    QDir dir(folder);
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return makeError(ErrorCode::Io, QStringLiteral("%1 is a file, not a folder").arg(folder));
    if (!dir.exists() && !QDir().mkpath(folder))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create folder %1").arg(folder));

    // One read transaction: every file shows the same state of the store.
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Busy, QString::fromUtf8(sqlite3_errmsg(db)));
    ExportSummary summary;
    summary.folder = dir.absolutePath();
    Status status;
    for (const TableExport &t : tables()) {
        qint64 rows = 0;
        status = exportTable(db, t, dir.filePath(QString::fromLatin1(t.file)), rows);
        if (!status)
            break;
        summary.files.push_back({QString::fromLatin1(t.file), rows});
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (!status)
        return status.error();
    return summary;
}

} // namespace ra

#include "import/bundleexporter.h"

#include "csv/csvwriter.h"
#include "domain/values.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <charconv>

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
        {"usage.csv", "usage", "account_id, month, product",
         {{"account_id", K::Text}, {"month", K::Month}, {"product", K::Text}, {"active_users", K::Integer},
          {"seats", K::Integer}}},
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

void addValue(CsvWriter &out, const Statement &st, int i, Kind kind)
{
    if (st.isNull(i)) {
        out.addEmpty();
        return;
    }
    switch (kind) {
    case Kind::Text: {
        const std::string_view t = st.text(i);
        out.addField(QByteArrayView(t.data(), qsizetype(t.size())));
        return;
    }
    case Kind::Timestamp: out.addField(formatTimestamp(st.int64(i))); return;
    case Kind::Date: out.addField(formatDate(st.int64(i))); return;
    case Kind::Month: out.addField(formatMonth(int(st.int64(i)))); return;
    case Kind::Money: out.addField(formatMoney(st.int64(i))); return;
    case Kind::Integer: out.addField(QByteArray::number(st.int64(i))); return;
    case Kind::Number: out.addField(number(st.real(i))); return;
    }
}

Status exportTable(sqlite3 *db, const TableExport &t, const QString &path, qint64 &rows)
{
    QByteArray sql = "SELECT ";
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        sql += (i ? ", " : "") + QByteArray(t.columns[i].name);
    sql += QByteArray(" FROM ") + t.table + " ORDER BY " + t.orderBy;
    auto failed = [&](const Status &s) {
        return makeError(s.error().code,
                         QCoreApplication::translate("ra::Import", "cannot read %1: %2")
                             .arg(QString::fromLatin1(t.table), s.message()));
    };
    Statement st(db, std::string_view(sql.constData(), std::size_t(sql.size())));
    if (!st.status())
        return failed(st.status());
    CsvWriter out(path);
    if (Status s = out.open(); !s)
        return s;
    for (const Column &c : t.columns)
        out.addField(QByteArrayView(c.name));
    out.endRow();
    rows = 0;
    const int n = int(t.columns.size());
    while (st.next()) {
        for (int i = 0; i < n; ++i)
            addValue(out, st, i, t.columns[std::size_t(i)].kind);
        out.endRow();
        ++rows;
    }
    if (!st.status())
        return failed(st.status());
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
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Import", "%1 is a file, not a folder").arg(folder));
    if (!dir.exists() && !QDir().mkpath(folder))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Import", "cannot create folder %1").arg(folder));

    // One read transaction: every file shows the same state of the store.
    Transaction read(m_store, Transaction::Kind::Read);
    if (!read.isActive())
        return read.beginStatus().error();
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
    if (!status)
        return status.error();
    return summary;
}

} // namespace ra

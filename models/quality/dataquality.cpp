#include "quality/dataquality.h"

#include "domain/reasons.h"
#include "domain/values.h"
#include "kpi/kpiengine.h"
#include "report/kpiformat.h"
#include "report/kpijson.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace ra {
namespace {

struct Check {
    const char *key;
    const char *title;
    const char *table;
    const char *idColumn;
    const char *where;
};

// Out of order = a later stage before an earlier one (NULLs compare as
// unknown, so unset stages never match). The KPIs leave these out of
// durations; sales and marketing should fix them in the CRM.
const Check kChecks[] = {
    {"leads.out_of_order", QT_TRANSLATE_NOOP("ra::Quality", "Leads with stage timestamps out of order"), "leads",
     "lead_id",
     "mql_at < created_at OR sal_at < created_at OR sql_at < created_at OR sal_at < mql_at OR sql_at < mql_at "
     "OR sql_at < sal_at OR disqualified_at < created_at"},
    {"opportunities.out_of_order", QT_TRANSLATE_NOOP("ra::Quality", "Opportunities closed before they were created"),
     "opportunities", "opportunity_id", "closed_at < created_at"},
    {"tickets.out_of_order", QT_TRANSLATE_NOOP("ra::Quality", "Tickets resolved before they were opened"), "tickets",
     "ticket_id", "resolved_at < opened_at"},
    {"leads.without_persona", QT_TRANSLATE_NOOP("ra::Quality", "Leads without persona (shown as Unassigned)"), "leads",
     "lead_id", "persona IS NULL OR trim(persona) = ''"},
    {"opportunities.without_lead",
     QT_TRANSLATE_NOOP("ra::Quality", "Opportunities without lead (no channel, source falls back to sales)"),
     "opportunities", "opportunity_id", "lead_id IS NULL"},
    // Their revenue and tickets are held until matched (docs/importing.md).
    {"exports.unmatched_accounts",
     QT_TRANSLATE_NOOP("ra::Quality",
                       "Billing customers and ticket organisations without an account (revalign match list)"),
     "account_matches", "source || ':' || external_id", "status IN ('unmatched', 'ambiguous')"},
};

Status runCheck(sqlite3 *db, const Check &c, int sampleLimit, QualityIssue &out)
{
    out.key = QLatin1String(c.key);
    out.title = QLatin1String(c.title);
    // Table, column and condition are the constants above; nothing user-given is spliced in.
    Statement count(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(QLatin1String(c.table), QLatin1String(c.where)).toStdString());
    out.count = count.next() ? count.int64(0) : 0;
    if (!count.status() || out.count == 0)
        return count.status();
    Statement samples(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %1 LIMIT ?")
                              .arg(QLatin1String(c.idColumn), QLatin1String(c.table), QLatin1String(c.where))
                              .toStdString());
    samples.bind(1, sampleLimit);
    while (samples.next())
        out.samples << samples.string(0);
    return samples.status();
}

Status readImports(sqlite3 *db, int importLimit, int sampleLimit, std::vector<ImportLogEntry> &out)
{
    Statement q(db, "SELECT import_id, started_at, bundle, status, "
                    "(SELECT count(*) FROM import_rejections r WHERE r.import_id = i.import_id) "
                    "FROM imports i ORDER BY import_id DESC LIMIT ?");
    q.bind(1, importLimit);
    while (q.next()) {
        ImportLogEntry s;
        s.id = q.int64(0);
        s.startedAt = q.int64(1);
        s.bundle = q.string(2);
        s.status = q.string(3);
        s.rejected = q.int64(4);
        out.push_back(s);
    }
    if (!q.status())
        return q.status();
    Statement r(db, "SELECT file, line, col, reason FROM import_rejections WHERE import_id = ? ORDER BY file, line LIMIT ?");
    for (ImportLogEntry &s : out) {
        if (s.rejected == 0)
            continue;
        r.reset();
        r.bind(1, s.id).bind(2, sampleLimit);
        while (r.next())
            s.samples.push_back({r.string(0), r.int64(1), r.isNull(2) ? QString() : r.string(2), r.string(3)});
        if (!r.status())
            return r.status();
    }
    return {};
}

// The stalled and re-entered counts over every lead: one custom range from
// the first lead event's day to as_of's day.
Status engineChecks(sqlite3 *db, const KpiEngine &engine, DataQualityReport &report)
{
    Statement q(db, "SELECT min(min(created_at, coalesce(mql_at, created_at), coalesce(sal_at, created_at))) FROM leads");
    const bool any = q.next() && !q.isNull(0);
    if (!q.status())
        return q.status();
    report.asOf = engine.defaultAsOf();
    if (!any || report.asOf <= 0)
        return {};
    auto day = [](qint64 t) {
        const qint64 d = t >= 0 ? t / 86400 : -((-t + 86399) / 86400); // floor: UTC day of the timestamp
        return boost::gregorian::date(1970, 1, 1) + boost::gregorian::days(static_cast<long>(d));
    };
    const auto first = day(q.int64(0));
    const auto last = day(report.asOf);
    if (last < first)
        return {};
    const KpiSet set = engine.computeSet(Period::customRange(first, last), KpiFilters{}, report.asOf);
    auto add = [&](KpiId id, const char *title) {
        QualityIssue i;
        i.key = kpiKey(id);
        i.title = QLatin1String(title);
        i.count = static_cast<qint64>(set.value(id).value_or(0));
        report.issues.push_back(i);
    };
    add(KpiId::LeadsStalled, QT_TRANSLATE_NOOP("ra::Quality", "Stalled leads (no acceptance or no outcome for longer than the stall days)"));
    add(KpiId::LeadsReentered, QT_TRANSLATE_NOOP("ra::Quality", "Sales or partner leads re-entered over a recent marketing lead"));
    return {};
}

} // namespace

Result<DataQualityReport> checkDataQuality(Store &store, const KpiEngine *engine, int sampleLimit, int importLimit)
{
    DataQualityReport report;
    sqlite3 *db = store.handle();
    // One view of the store for every count, even while an import commits.
    const Transaction read(store, Transaction::Kind::Read);
    if (!read.isActive())
        return read.beginStatus().error();
    for (const Check &c : kChecks) {
        QualityIssue issue;
        if (Status st = runCheck(db, c, sampleLimit, issue); !st)
            return st.error();
        report.issues.push_back(issue);
    }
    if (engine)
        if (Status st = engineChecks(db, *engine, report); !st)
            return st.error();
    if (Status st = readImports(db, importLimit, sampleLimit, report.imports); !st)
        return st.error();
    return report;
}

QString QualityIssue::displayTitle() const
{
    return QCoreApplication::translate("ra::Quality", title.toUtf8().constData());
}

QStringList DataQualityReport::warnings() const
{
    QStringList out;
    for (const QualityIssue &i : issues)
        if (i.count > 0)
            out << QStringLiteral("%1: %2").arg(i.displayTitle(), formatNumber(double(i.count), 0));
    if (!imports.empty() && imports.front().rejected > 0)
        out << QCoreApplication::translate("ra::Quality", "Rows rejected by the last import: %1").arg(formatNumber(double(imports.front().rejected), 0));
    return out;
}

QString DataQualityReport::toJson() const
{
    QStringList issueLines;
    for (const QualityIssue &i : issues) {
        QStringList samples;
        for (const QString &s : i.samples)
            samples << jsonString(s);
        issueLines << QStringLiteral("    {\"key\": %1, \"title\": %2, \"count\": %3, \"samples\": [%4]}")
                          .arg(jsonString(i.key), jsonString(i.title), QString::number(i.count), samples.join(QStringLiteral(", ")));
    }
    QStringList importLines;
    for (const ImportLogEntry &s : imports) {
        QStringList rej;
        for (const Rejection &r : s.samples)
            rej << QStringLiteral("{\"file\": %1, \"line\": %2, \"column\": %3, \"reason\": %4}")
                       .arg(jsonString(r.file), QString::number(r.line),
                            r.column.isEmpty() ? QStringLiteral("null") : jsonString(r.column), jsonString(r.reason));
        importLines << QStringLiteral("    {\"id\": %1, \"started_at\": %2, \"bundle\": %3, \"status\": %4, \"rejected\": %5, "
                                      "\"samples\": [%6]}")
                           .arg(QString::number(s.id), jsonString(formatTimestamp(s.startedAt)), jsonString(s.bundle),
                                jsonString(s.status), QString::number(s.rejected), rej.join(QStringLiteral(", ")));
    }
    return QStringLiteral("{\n  \"as_of\": %1,\n  \"issues\": [\n%2\n  ],\n  \"imports\": [\n%3\n  ]\n}")
        .arg(asOf > 0 ? jsonString(formatTimestamp(asOf)) : QStringLiteral("null"), issueLines.join(QStringLiteral(",\n")),
             importLines.join(QStringLiteral(",\n")));
}

QString DataQualityReport::toText() const
{
    QString out = QCoreApplication::translate("ra::Quality", "Data quality") + QLatin1Char('\n');
    for (const QualityIssue &i : issues) {
        out += QStringLiteral("  %1  %2\n").arg(formatNumber(double(i.count), 0).rightJustified(8), i.displayTitle());
        if (!i.samples.isEmpty())
            out += QStringLiteral("            ") + QCoreApplication::translate("ra::Quality", "e.g. %1").arg(i.samples.join(QStringLiteral(", ")))
                   + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + QCoreApplication::translate("ra::Quality", "Last imports") + QLatin1Char('\n');
    if (imports.empty())
        out += QStringLiteral("  ") + QCoreApplication::translate("ra::Quality", "none") + QLatin1Char('\n');
    for (const ImportLogEntry &s : imports) {
        out += QStringLiteral("  #%1  %2  %3  %4  %5\n")
                   .arg(s.id)
                   .arg(formatTimestamp(s.startedAt), s.status, s.bundle)
                   .arg(QCoreApplication::translate("ra::Quality", "rejected: %1").arg(s.rejected));
        for (const Rejection &r : s.samples)
            out += QStringLiteral("      %1:%2%3  %4\n")
                       .arg(r.file)
                       .arg(r.line)
                       .arg(r.column.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.column),
                            shownReason(r.reason));
    }
    return out;
}

} // namespace ra

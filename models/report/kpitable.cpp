#include "report/kpitable.h"

#include "csv/csvsafety.h"
#include "domain/language.h"
#include "domain/values.h"
#include "report/kpiformat.h"
#include "report/kpijson.h"

#include <QCoreApplication>

#include <algorithm>

namespace ra {
namespace {

const QString kDash = QStringLiteral("—");

QString csvValue(KpiId id, std::optional<double> v)
{
    const QString s = kpiJsonValue(id, v);
    return s == QLatin1String("null") ? QString() : s;
}

QString percent(const std::optional<double> &v)
{
    return v ? formatKpiValue(KpiId::ChurnLogoRate, v, QString()) : kDash;
}

QString targetStatusText(TargetStatus s)
{
    switch (s) {
    case TargetStatus::OnTrack: return QCoreApplication::translate("ra::KpiTable", "on track");
    case TargetStatus::Behind: return QCoreApplication::translate("ra::KpiTable", "behind");
    case TargetStatus::NoValue: return kDash;
    }
    return kDash;
}

// Terminal columns a text takes: East Asian wide characters (CJK, fullwidth
// forms) take two, so Chinese tables line up.
qsizetype displayWidth(const QString &text)
{
    qsizetype w = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                          || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}

QString padded(const QString &text, qsizetype width, bool left)
{
    const QString fill(std::max<qsizetype>(0, width - displayWidth(text)), QLatin1Char(' '));
    return left ? text + fill : fill + text;
}

} // namespace

QString alignedTable(const QStringList &header, const std::vector<QStringList> &rows, int leftColumns)
{
    std::vector<qsizetype> widths(header.size(), 0);
    auto measure = [&](const QStringList &r) {
        for (qsizetype i = 0; i < r.size() && i < qsizetype(widths.size()); ++i)
            widths[i] = std::max(widths[i], displayWidth(r[i]));
    };
    measure(header);
    for (const QStringList &r : rows)
        measure(r);
    auto line = [&](const QStringList &r) {
        QStringList cells;
        for (qsizetype i = 0; i < qsizetype(widths.size()); ++i) {
            const QString c = i < r.size() ? r[i] : QString();
            cells << padded(c, widths[i], i < leftColumns);
        }
        QString s = cells.join(QStringLiteral("  "));
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        return s;
    };
    QString out = line(header) + QLatin1Char('\n');
    qsizetype total = 0;
    for (qsizetype w : widths)
        total += w;
    out += QString(total + 2 * (qsizetype(widths.size()) - 1), QLatin1Char('-')) + QLatin1Char('\n');
    for (const QStringList &r : rows)
        out += (r.size() == 1 ? r.front() : line(r)) + QLatin1Char('\n'); // a single cell is a group title
    return out;
}

QString kpiReportTable(const KpiReport &r, const QString &currency)
{
    std::vector<QStringList> rows;
    const KpiGroup groups[] = {KpiGroup::Marketing, KpiGroup::Sales, KpiGroup::Revenue,
                               KpiGroup::Retention, KpiGroup::Service, KpiGroup::Alignment, KpiGroup::Customers};
    for (KpiGroup g : groups) {
        rows.push_back({QString()});
        rows.push_back({kpiGroupName(g).toUpper()});
        for (const KpiInfo &k : kpiCatalog()) {
            if (k.group != g)
                continue;
            const auto cur = r.current.value(k.id);
            const auto prev = r.previous.value(k.id);
            QString target = kDash;
            QString status = kDash;
            if (const TargetResult *t = r.targetFor(k.id)) {
                target = formatKpiValue(k.id, t->value, currency);
                status = targetStatusText(t->status);
            }
            rows.push_back({kpiLabel(k.id), QLatin1String(k.key), formatKpiValue(k.id, cur, currency),
                            formatKpiValue(k.id, prev, currency), formatKpiChange(k.id, cur, prev), target, status});
        }
    }
    QString head = QCoreApplication::translate("ra::KpiTable", "%1 (%2)   previous: %3   as of %4   filters: %5")
                       .arg(r.period.label(), r.period.key(), r.previousPeriod.key(), formatDateTimeUtc(r.asOf),
                            r.filters.describe())
                   + QLatin1Char('\n');
    return head + alignedTable({QCoreApplication::translate("ra::KpiTable", "KPI"),
                                QCoreApplication::translate("ra::KpiTable", "key"),
                                QCoreApplication::translate("ra::KpiTable", "value"),
                                QCoreApplication::translate("ra::KpiTable", "previous"), QCoreApplication::translate("ra::KpiTable", "change"),
                                QCoreApplication::translate("ra::KpiTable", "target"), QCoreApplication::translate("ra::KpiTable", "status")},
                               rows, 2);
}

QString trendTable(const TrendSeries &t, const std::vector<KpiId> &keys, const QString &currency)
{
    QStringList header{QCoreApplication::translate("ra::KpiTable", "period")};
    for (KpiId id : keys)
        header << kpiKey(id);
    std::vector<QStringList> rows;
    for (size_t i = 0; i < t.periods.size(); ++i) {
        QStringList row{t.periods[i].key()};
        for (KpiId id : keys)
            row << formatKpiValue(id, t.values[i].value(id), currency);
        rows.push_back(row);
    }
    return alignedTable(header, rows, 1);
}

QString breakdownTable(const std::vector<BreakdownRow> &rows, const QString &currency)
{
    QStringList header{QCoreApplication::translate("ra::KpiTable", "KPI")};
    for (const BreakdownRow &b : rows)
        header << b.value;
    std::vector<QStringList> out;
    for (const KpiInfo &k : kpiCatalog()) {
        QStringList row{QLatin1String(k.key)};
        for (const BreakdownRow &b : rows)
            row << formatKpiValue(k.id, b.kpis.value(k.id), currency);
        out.push_back(row);
    }
    return alignedTable(header, out, 1);
}

QString cohortsTable(const std::vector<CohortRow> &cohorts, const QString &currency)
{
    size_t width = 0;
    for (const CohortRow &c : cohorts)
        width = std::max({width, c.logoRetention.size(), c.revenueRetention.size()});
    QString out;
    for (int measure = 0; measure < 2; ++measure) {
        QStringList header{QCoreApplication::translate("ra::KpiTable", "cohort"), QCoreApplication::translate("ra::KpiTable", "accounts"),
                           QCoreApplication::translate("ra::KpiTable", "start MRR")};
        for (size_t k = 0; k < width; ++k)
            header << QStringLiteral("+%1").arg(k);
        std::vector<QStringList> rows;
        for (const CohortRow &c : cohorts) {
            QStringList row{formatMonth(c.month), formatNumber(c.accounts, 0),
                            formatKpiValue(KpiId::MrrStart, c.startMrr, currency)};
            const auto &v = measure == 0 ? c.logoRetention : c.revenueRetention;
            for (const auto &x : v)
                row << percent(x);
            rows.push_back(row);
        }
        out += measure == 0 ? QCoreApplication::translate("ra::KpiTable", "Logo retention") + QLatin1Char('\n')
                            : QLatin1Char('\n') + QCoreApplication::translate("ra::KpiTable", "Revenue retention") + QLatin1Char('\n');
        out += alignedTable(header, rows, 1);
    }
    return out;
}

QString trendCsv(const TrendSeries &t, const std::vector<KpiId> &keys)
{
    QStringList header{QStringLiteral("period"), QStringLiteral("start"), QStringLiteral("end")};
    for (KpiId id : keys)
        header << kpiKey(id);
    QString out = spreadsheetCsvLine(header);
    for (size_t i = 0; i < t.periods.size(); ++i) {
        const Period &p = t.periods[i];
        QStringList row{p.key(), formatDate(p.startEpoch()), formatDate(p.endEpoch() - 86400)};
        for (KpiId id : keys)
            row << csvValue(id, t.values[i].value(id));
        out += spreadsheetCsvLine(row);
    }
    return out;
}

QString breakdownCsv(const std::vector<BreakdownRow> &rows, Dimension by)
{
    QStringList header{dimensionKey(by)};
    for (const KpiInfo &k : kpiCatalog())
        header << QLatin1String(k.key);
    QString out = spreadsheetCsvLine(header);
    for (const BreakdownRow &b : rows) {
        QStringList row{b.value};
        for (const KpiInfo &k : kpiCatalog())
            row << csvValue(k.id, b.kpis.value(k.id));
        out += spreadsheetCsvLine(row);
    }
    return out;
}

QString cohortsCsv(const std::vector<CohortRow> &cohorts)
{
    size_t width = 0;
    for (const CohortRow &c : cohorts)
        width = std::max({width, c.logoRetention.size(), c.revenueRetention.size()});
    QStringList header{QStringLiteral("month"), QStringLiteral("accounts"), QStringLiteral("start_mrr"),
                       QStringLiteral("measure")};
    for (size_t k = 0; k < width; ++k)
        header << QStringLiteral("k%1").arg(k);
    QString out = spreadsheetCsvLine(header);
    for (const CohortRow &c : cohorts) {
        for (int measure = 0; measure < 2; ++measure) {
            QStringList row{formatMonth(c.month), QString::number(c.accounts), jsonMoney(c.startMrr),
                            measure == 0 ? QStringLiteral("logo") : QStringLiteral("revenue")};
            for (const auto &x : measure == 0 ? c.logoRetention : c.revenueRetention)
                row << (x ? jsonNumber(*x) : QString());
            out += spreadsheetCsvLine(row);
        }
    }
    return out;
}

} // namespace ra

#include "report/kpijson.h"

#include "domain/money.h"
#include "domain/values.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cmath>

namespace ra {
namespace {

const QString kNull = QStringLiteral("null");

QString isoDate(boost::gregorian::date d)
{
    return QString::fromStdString(boost::gregorian::to_iso_extended_string(d));
}

QString optionalString(const std::optional<QString> &s)
{
    return s ? jsonString(s->trimmed()) : kNull;
}

// "{\n<pad>  "k": v,\n...<pad>}" for the KPI map in catalog order.
QString kpiMap(const KpiSet &set, const std::vector<KpiId> &keys, const QString &pad)
{
    QStringList lines;
    for (KpiId id : keys)
        lines << pad + QStringLiteral("  ") + jsonString(kpiKey(id)) + QStringLiteral(": ") + kpiJsonValue(id, set.value(id));
    if (lines.isEmpty())
        return QStringLiteral("{}");
    return QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + QLatin1Char('\n') + pad + QLatin1Char('}');
}

std::vector<KpiId> allKeys()
{
    std::vector<KpiId> keys;
    for (const KpiInfo &k : kpiCatalog())
        keys.push_back(k.id);
    return keys;
}

// Items one per line inside "[ ... ]"; "[]" when there are none.
QString block(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("[]") : QStringLiteral("[\n") + items.join(QStringLiteral(",\n")) + QStringLiteral("\n  ]");
}

QString ratioArray(const std::vector<std::optional<double>> &values)
{
    QStringList parts;
    for (const auto &v : values)
        parts << (v && std::isfinite(*v) ? jsonNumber(*v) : kNull);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

QString jsonNumber(double v)
{
    if (!std::isfinite(v))
        return kNull;
    if (v == 0.0)
        return QStringLiteral("0"); // also turns -0 into 0
    // Whole numbers below 2^53 print without exponent or fraction.
    if (std::fabs(v) < 9007199254740992.0 && v == std::trunc(v))
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString jsonMoney(double cents)
{
    if (std::fabs(cents) <= double(Money::kMaxCents) && cents == std::trunc(cents))
        return Money::fromCents(qint64(cents)).toJsonText();
    return jsonNumber(majorFromCents(cents));
}

QString jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2)); // strip the array's brackets
}

QString kpiJsonValue(KpiId id, std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return kNull;
    switch (kpiInfo(id).unit) {
    case KpiUnit::Count:
        return QString::number(std::llround(*value));
    case KpiUnit::Money:
        return jsonMoney(*value);
    default:
        return jsonNumber(*value);
    }
}

QString periodJson(const Period &p)
{
    return QStringLiteral("{\"key\": %1, \"start\": %2, \"end\": %3}")
        .arg(jsonString(p.key()), jsonString(isoDate(p.first())), jsonString(isoDate(p.last())));
}

QString filtersJson(const KpiFilters &f)
{
    return QStringLiteral("{\"persona\": %1, \"segment\": %2, \"channel\": %3}")
        .arg(optionalString(f.persona), optionalString(f.segment), optionalString(f.channel));
}

QString dimensionKey(Dimension d)
{
    switch (d) {
    case Dimension::Persona: return QStringLiteral("persona");
    case Dimension::Segment: return QStringLiteral("segment");
    case Dimension::Channel: return QStringLiteral("channel");
    }
    return {};
}

QString targetStatusName(TargetStatus s)
{
    switch (s) {
    case TargetStatus::OnTrack: return QStringLiteral("on_track");
    case TargetStatus::Behind: return QStringLiteral("behind");
    case TargetStatus::NoValue: return QStringLiteral("no_value");
    }
    return {};
}

QString kpiReportJson(const KpiReport &r)
{
    const std::vector<KpiId> keys = allKeys();
    QString out;
    out += QStringLiteral("{\n  \"period\": ") + periodJson(r.period) + QStringLiteral(",\n");
    out += QStringLiteral("  \"as_of\": ") + jsonString(formatTimestamp(r.asOf)) + QStringLiteral(",\n");
    out += QStringLiteral("  \"filters\": ") + filtersJson(r.filters) + QStringLiteral(",\n");
    out += QStringLiteral("  \"kpis\": ") + kpiMap(r.current, keys, QStringLiteral("  ")) + QStringLiteral(",\n");
    out += QStringLiteral("  \"previous\": {\n    \"period\": ") + periodJson(r.previousPeriod) + QStringLiteral(",\n");
    out += QStringLiteral("    \"kpis\": ") + kpiMap(r.previous, keys, QStringLiteral("    ")) + QStringLiteral("\n  },\n");
    QStringList targets;
    for (const TargetResult &t : r.targets) {
        targets << QStringLiteral("    {\"kpi\": %1, \"target\": %2, \"owner\": %3, \"actual\": %4, \"status\": %5}")
                       .arg(jsonString(kpiKey(t.kpi)), jsonNumber(t.target),
                            t.owner.isEmpty() ? kNull : jsonString(t.owner), kpiJsonValue(t.kpi, t.actual),
                            jsonString(targetStatusName(t.status)));
    }
    out += QStringLiteral("  \"targets\": ") + block(targets);
    out += QStringLiteral("\n}");
    return out;
}

QString trendJson(const TrendSeries &trend, const std::vector<KpiId> &keys, Period::Kind grain, qint64 asOf,
                  const KpiFilters &filters)
{
    QStringList keyNames;
    for (KpiId id : keys)
        keyNames << jsonString(kpiKey(id));
    QStringList periods;
    for (size_t i = 0; i < trend.periods.size(); ++i) {
        const Period &p = trend.periods[i];
        periods << QStringLiteral("    {\"key\": %1, \"start\": %2, \"end\": %3, \"kpis\": %4}")
                       .arg(jsonString(p.key()), jsonString(isoDate(p.first())), jsonString(isoDate(p.last())),
                            kpiMap(trend.values[i], keys, QStringLiteral("    ")));
    }
    QString out;
    out += QStringLiteral("{\n  \"grain\": ") + jsonString(kindName(grain)) + QStringLiteral(",\n");
    out += QStringLiteral("  \"as_of\": ") + jsonString(formatTimestamp(asOf)) + QStringLiteral(",\n");
    out += QStringLiteral("  \"filters\": ") + filtersJson(filters) + QStringLiteral(",\n");
    out += QStringLiteral("  \"keys\": [") + keyNames.join(QStringLiteral(", ")) + QStringLiteral("],\n");
    out += QStringLiteral("  \"periods\": ") + block(periods) + QStringLiteral("\n}");
    return out;
}

QString breakdownJson(const Period &period, Dimension by, const std::vector<BreakdownRow> &rows, qint64 asOf,
                      const KpiFilters &filters)
{
    const std::vector<KpiId> keys = allKeys();
    QStringList items;
    for (const BreakdownRow &row : rows)
        items << QStringLiteral("    {\"value\": %1, \"kpis\": %2}")
                     .arg(jsonString(row.value), kpiMap(row.kpis, keys, QStringLiteral("    ")));
    QString out;
    out += QStringLiteral("{\n  \"period\": ") + periodJson(period) + QStringLiteral(",\n");
    out += QStringLiteral("  \"as_of\": ") + jsonString(formatTimestamp(asOf)) + QStringLiteral(",\n");
    out += QStringLiteral("  \"by\": ") + jsonString(dimensionKey(by)) + QStringLiteral(",\n");
    out += QStringLiteral("  \"filters\": ") + filtersJson(filters) + QStringLiteral(",\n");
    out += QStringLiteral("  \"rows\": ") + block(items) + QStringLiteral("\n}");
    return out;
}

QString cohortsJson(const std::vector<CohortRow> &cohorts, qint64 asOf, const KpiFilters &filters)
{
    QStringList items;
    for (const CohortRow &c : cohorts)
        items << QStringLiteral("    {\"month\": %1, \"accounts\": %2, \"start_mrr\": %3,\n"
                                "     \"logo_retention\": %4,\n     \"revenue_retention\": %5}")
                     .arg(jsonString(formatMonth(c.month)), QString::number(c.accounts), jsonMoney(c.startMrr),
                          ratioArray(c.logoRetention), ratioArray(c.revenueRetention));
    QString out;
    out += QStringLiteral("{\n  \"as_of\": ") + jsonString(formatTimestamp(asOf)) + QStringLiteral(",\n");
    out += QStringLiteral("  \"filters\": ") + filtersJson(filters) + QStringLiteral(",\n");
    out += QStringLiteral("  \"cohorts\": ") + block(items) + QStringLiteral("\n}");
    return out;
}

} // namespace ra

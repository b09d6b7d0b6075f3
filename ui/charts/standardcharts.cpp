#include "charts/standardcharts.h"

#include "domain/calendar.h"
#include "domain/language.h"
#include "report/kpiformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace ra {
namespace {

QString label(KpiId id) { return kpiLabel(id); }

} // namespace

QString shortPeriodLabel(const Period &period)
{
    if (!period.isValid())
        return {};
    const QDate first = toQDate(period.first());
    switch (period.kind()) {
    case Period::Kind::Year: return QString::number(first.year());
    case Period::Kind::Quarter:
        return QCoreApplication::translate("ra::Charts", "Q%1 %2").arg((first.month() - 1) / 3 + 1).arg(first.year());
    case Period::Kind::Month: return formatDate(first, QT_TRANSLATE_NOOP("ra::DateFormat", "MMM yy"));
    case Period::Kind::Week:
        //: A short ISO week label: %1 the week number, %2 the year
        return QCoreApplication::translate("ra::Charts", "W%1 %2").arg(first.weekNumber()).arg(first.addDays(3).year());
    case Period::Kind::Custom:
        return formatDate(first, QT_TRANSLATE_NOOP("ra::DateFormat", "d MMM")) + QStringLiteral("–")
               + formatDate(toQDate(period.last()), QT_TRANSLATE_NOOP("ra::DateFormat", "d MMM"));
    }
    return {};
}

QStringList trendCategories(const TrendSeries &trend)
{
    QStringList out;
    for (const Period &p : trend.periods)
        out << shortPeriodLabel(p);
    return out;
}

ChartSeries trendSeries(const TrendSeries &trend, KpiId id, SeriesKind kind, int colour)
{
    ChartSeries s;
    s.name = label(id);
    s.kind = kind;
    s.colour = colour;
    s.kpi = id;
    s.values.reserve(trend.values.size());
    for (const KpiSet &set : trend.values)
        s.values.push_back(set.value(id));
    return s;
}

QString chartDefinition(const std::vector<KpiId> &ids)
{
    QStringList lines;
    for (KpiId id : ids)
        lines << label(id) + QStringLiteral(": ") + kpiDefinition(id);
    return lines.join(QLatin1Char('\n'));
}

ChartSpec kpiTrendSpec(const TrendSeries &trend, const std::vector<KpiId> &ids, const QString &currency,
                       SeriesKind kind, bool stacked)
{
    ChartSpec spec;
    spec.categories = trendCategories(trend);
    spec.currency = currency;
    spec.stacked = stacked;
    spec.unit = ids.empty() ? KpiUnit::Count : kpiInfo(ids.front()).unit;
    for (size_t i = 0; i < ids.size(); ++i)
        spec.series.push_back(trendSeries(trend, ids[i], kind, static_cast<int>(i)));
    spec.definition = chartDefinition(ids);
    return spec;
}

ChartSpec revenueSplitSpec(const TrendSeries &monthly, const QString &currency)
{
    ChartSpec spec = kpiTrendSpec(monthly, {KpiId::BookingsNewBusiness, KpiId::BookingsExistingBusiness}, currency,
                                  SeriesKind::Bar, true);
    spec.title = QCoreApplication::translate("ra::Charts", "New vs existing business bookings");
    return spec;
}

ChartSpec mrrMovementsSpec(const TrendSeries &monthly, const QString &currency)
{
    ChartSpec spec;
    spec.title = QCoreApplication::translate("ra::Charts", "MRR movements");
    spec.categories = trendCategories(monthly);
    spec.currency = currency;
    spec.stacked = true;
    spec.unit = KpiUnit::Money;
    spec.secondaryUnit = KpiUnit::Money;
    // Growth above zero (dark, light, mid), losses below (orange, vermillion).
    spec.series.push_back(trendSeries(monthly, KpiId::MrrNew, SeriesKind::Bar, 0));
    spec.series.push_back(trendSeries(monthly, KpiId::MrrExpansion, SeriesKind::Bar, 4));
    spec.series.push_back(trendSeries(monthly, KpiId::MrrReactivation, SeriesKind::Bar, 2));
    ChartSeries contraction = trendSeries(monthly, KpiId::MrrContraction, SeriesKind::Bar, 1);
    contraction.negate = true;
    ChartSeries churned = trendSeries(monthly, KpiId::MrrChurned, SeriesKind::Bar, 3);
    churned.negate = true;
    spec.series.push_back(contraction);
    spec.series.push_back(churned);
    ChartSeries end = trendSeries(monthly, KpiId::MrrEnd, SeriesKind::Line, 5);
    end.secondaryAxis = true; // MRR is an order of magnitude above its monthly movements
    spec.series.push_back(end);
    spec.definition = chartDefinition({KpiId::MrrNew, KpiId::MrrExpansion, KpiId::MrrReactivation,
                                       KpiId::MrrContraction, KpiId::MrrChurned, KpiId::MrrEnd});
    return spec;
}

ChartSpec churnTrendSpec(const TrendSeries &monthly, const QString &currency)
{
    ChartSpec spec = kpiTrendSpec(monthly, {KpiId::ChurnLogoRate, KpiId::ChurnGrossRevenueRate}, currency);
    spec.title = QCoreApplication::translate("ra::Charts", "Logo and revenue churn");
    return spec;
}

ChartSpec retentionTrendSpec(const TrendSeries &monthly, const QString &currency)
{
    ChartSpec spec = kpiTrendSpec(monthly, {KpiId::Nrr, KpiId::Grr}, currency);
    spec.title = QCoreApplication::translate("ra::Charts", "Net and gross revenue retention");
    spec.reference = 1.0;
    spec.referenceLabel = formatPercent(1.0, 0);
    return spec;
}

ChartSpec clvTrendSpec(const TrendSeries &monthly, const QString &currency)
{
    ChartSpec spec;
    spec.title = QCoreApplication::translate("ra::Charts", "CLV (gross margin) and CLV:CAC");
    spec.categories = trendCategories(monthly);
    spec.currency = currency;
    spec.unit = KpiUnit::Money;
    spec.secondaryUnit = KpiUnit::Multiple;
    spec.series.push_back(trendSeries(monthly, KpiId::Clv, SeriesKind::Bar, 0));
    ChartSeries ratio = trendSeries(monthly, KpiId::ClvToCac, SeriesKind::Line, 1);
    ratio.secondaryAxis = true;
    spec.series.push_back(ratio);
    spec.definition = chartDefinition({KpiId::Clv, KpiId::ClvToCac});
    return spec;
}

ChartSpec slaTrendSpec(const TrendSeries &trend, const QString &currency)
{
    ChartSpec spec = kpiTrendSpec(trend, {KpiId::SlaCompliance, KpiId::SlaFeedbackRate}, currency);
    spec.title = QCoreApplication::translate("ra::Charts", "SLA compliance and feedback rate");
    return spec;
}

ChartSpec acceptanceTrendSpec(const TrendSeries &trend, int slaHours, const QString &currency)
{
    ChartSpec spec = kpiTrendSpec(trend, {KpiId::SlaAcceptanceMedianHours}, currency, SeriesKind::Bar);
    spec.title = QCoreApplication::translate("ra::Charts", "MQL acceptance time against the SLA");
    spec.reference = slaHours;
    spec.referenceLabel = QCoreApplication::translate("ra::Charts", "SLA %1 h").arg(slaHours);
    return spec;
}

std::vector<FunnelStage> funnelStages(const KpiSet &set, const QString &currency)
{
    auto stage = [&](const QString &name, KpiId count, std::optional<KpiId> conv) {
        FunnelStage s;
        s.label = name;
        s.count = set.value(count);
        s.countText = formatKpiValue(count, s.count, currency);
        if (conv)
            s.conversionText = label(*conv) + QLatin1Char(' ') + formatKpiValue(*conv, set.value(*conv), currency);
        return s;
    };
    return {stage(QCoreApplication::translate("ra::Charts", "Leads"), KpiId::LeadsCreated, std::nullopt),
            stage(QCoreApplication::translate("ra::Charts", "MQL"), KpiId::LeadsMql, std::nullopt),
            stage(QCoreApplication::translate("ra::Charts", "SAL"), KpiId::LeadsSal, KpiId::ConvMqlToSal),
            stage(QCoreApplication::translate("ra::Charts", "SQL"), KpiId::LeadsSql, KpiId::ConvSalToSql),
            stage(QCoreApplication::translate("ra::Charts", "Won"), KpiId::OppsWon, KpiId::ConvSqlToWon)};
}

ChartSpec breakdownSpec(const std::vector<BreakdownRow> &rows, const std::vector<KpiId> &ids, const QString &currency,
                        bool stacked)
{
    ChartSpec spec;
    spec.currency = currency;
    spec.stacked = stacked;
    spec.horizontal = true; // persona and channel names need the room of a left axis
    spec.unit = ids.empty() ? KpiUnit::Count : kpiInfo(ids.front()).unit;
    for (const BreakdownRow &row : rows)
        spec.categories << row.value;
    for (size_t i = 0; i < ids.size(); ++i) {
        ChartSeries s;
        s.name = label(ids[i]);
        s.colour = static_cast<int>(i);
        s.kpi = ids[i];
        for (const BreakdownRow &row : rows)
            s.values.push_back(row.kpis.value(ids[i]));
        spec.series.push_back(std::move(s));
    }
    spec.definition = chartDefinition(ids);
    return spec;
}

} // namespace ra

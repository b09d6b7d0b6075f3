#include "report/reportcharts.h"

#include "report/kpiformat.h"
#include "report/reportchartpainters.h"
#include "report/reportmodel.h"
#include "report/reportstyle.h"

#include <QDate>
#include <QLocale>

namespace ra {

namespace {

// Series colours: each differs from its neighbours in lightness, so bars and
// lines stay apart on a greyscale printer (lines also differ in dash style).
const QColor kDark(0x1f, 0x4e, 0x79);
const QColor kLight(0xe6, 0x9f, 0x00);
const QColor kMid(0x00, 0x9e, 0x73);
const QColor kSky(0x9c, 0xc9, 0xea);
const QColor kRed(0x8c, 0x1d, 0x18);
const QColor kBlack(0x1b, 0x1f, 0x24);

QStringList monthCategories(const TrendSeries &t)
{
    QStringList out;
    for (const Period &p : t.periods) {
        const QDate d(int(p.first().year()), int(p.first().month()), 1);
        out << QLocale::c().toString(d, QStringLiteral("MMM yy"));
    }
    return out;
}

ReportSeries series(const TrendSeries &t, KpiId id, const QColor &colour, Qt::PenStyle style = Qt::SolidLine,
                    bool down = false, const QString &name = {})
{
    ReportSeries s;
    s.name = name.isEmpty() ? QString::fromUtf8(kpiInfo(id).label) : name;
    s.colour = colour;
    s.style = style;
    s.down = down;
    for (const KpiSet &set : t.values)
        s.values.push_back(set.value(id));
    return s;
}

QString monthText(int yyyymm)
{
    return QStringLiteral("%1-%2").arg(yyyymm / 100).arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

ReportCharts::ReportCharts(const ReportContent &c)
{
    using K = KpiId;
    const TrendSeries &t = c.monthly;
    const QStringList months = monthCategories(t);
    auto set = [this](ReportChart which, std::unique_ptr<ChartPainter> chart) {
        m_charts[static_cast<int>(which)] = std::move(chart);
    };

    set(ReportChart::RevenueSplit,
        std::make_unique<ReportBarChart>(months,
                                         std::vector<ReportSeries>{series(t, K::BookingsNewBusiness, kDark),
                                                                   series(t, K::BookingsExistingBusiness, kLight)},
                                         K::BookingsTotal, c.currency));

    auto movements = std::make_unique<ReportBarChart>(
        months,
        std::vector<ReportSeries>{series(t, K::MrrNew, kDark, Qt::SolidLine, false, QStringLiteral("New")),
                                  series(t, K::MrrExpansion, kSky, Qt::SolidLine, false, QStringLiteral("Expansion")),
                                  series(t, K::MrrReactivation, kMid, Qt::SolidLine, false,
                                         QStringLiteral("Reactivation")),
                                  series(t, K::MrrContraction, kLight, Qt::SolidLine, true,
                                         QStringLiteral("Contraction")),
                                  series(t, K::MrrChurned, kRed, Qt::SolidLine, true, QStringLiteral("Churned"))},
        K::MrrNew, c.currency);
    movements->setLine(series(t, K::MrrEnd, kBlack, Qt::DashLine, false, QStringLiteral("MRR (right axis)")), K::MrrEnd);
    set(ReportChart::MrrMovements, std::move(movements));

    set(ReportChart::ChurnTrend,
        std::make_unique<ReportLineChart>(months,
                                          std::vector<ReportSeries>{series(t, K::ChurnLogoRate, kDark),
                                                                    series(t, K::ChurnGrossRevenueRate, kLight,
                                                                           Qt::DashLine)},
                                          K::ChurnLogoRate, c.currency));
    set(ReportChart::RetentionTrend,
        std::make_unique<ReportLineChart>(
            months,
            std::vector<ReportSeries>{series(t, K::Nrr, kDark, Qt::SolidLine, false, QStringLiteral("NRR")),
                                      series(t, K::Grr, kLight, Qt::DashLine, false, QStringLiteral("GRR"))},
            K::Nrr, c.currency));
    auto clv = std::make_unique<ReportBarChart>(
        months, std::vector<ReportSeries>{series(t, K::Clv, kSky)}, K::Clv, c.currency);
    clv->setLine(series(t, K::ClvToCac, kDark, Qt::SolidLine, false, QStringLiteral("CLV : CAC (right axis)")),
                 K::ClvToCac);
    set(ReportChart::ClvTrend, std::move(clv));

    QStringList cohortRows;
    std::vector<std::vector<std::optional<double>>> cells;
    for (const CohortRow &row : c.cohorts) {
        cohortRows << QStringLiteral("%1 (%2)").arg(monthText(row.month)).arg(row.accounts);
        cells.push_back(row.logoRetention);
    }
    set(ReportChart::CohortHeatmap,
        std::make_unique<ReportHeatmap>(cohortRows, cells,
                                        QStringLiteral("Months since acquisition (cohort, accounts) · % still paying")));

    const KpiSet &now = c.report.current;
    auto count = [&](K id) { return now.value(id).value_or(0); };
    auto conv = [&](K id, const char *words) {
        return QStringLiteral("%1 %2").arg(formatKpiValue(id, now.value(id), c.currency), QString::fromUtf8(words));
    };
    std::vector<ReportFunnel::Stage> stages = {
        {QStringLiteral("Leads"), count(K::LeadsCreated), formatKpiValue(K::LeadsCreated, now.value(K::LeadsCreated), c.currency), {}},
        {QStringLiteral("MQL"), count(K::LeadsMql), formatKpiValue(K::LeadsMql, now.value(K::LeadsMql), c.currency), {}},
        {QStringLiteral("SAL"), count(K::LeadsSal), formatKpiValue(K::LeadsSal, now.value(K::LeadsSal), c.currency),
         conv(K::ConvMqlToSal, "of MQLs accepted")},
        {QStringLiteral("SQL"), count(K::LeadsSql), formatKpiValue(K::LeadsSql, now.value(K::LeadsSql), c.currency),
         conv(K::ConvSalToSql, "of SALs qualified")},
        {QStringLiteral("Won"), count(K::OppsWon), formatKpiValue(K::OppsWon, now.value(K::OppsWon), c.currency),
         conv(K::ConvSqlToWon, "of SQLs won")},
    };
    set(ReportChart::Funnel, std::make_unique<ReportFunnel>(std::move(stages)));

    set(ReportChart::SlaTrend,
        std::make_unique<ReportLineChart>(months,
                                          std::vector<ReportSeries>{series(t, K::SlaCompliance, kDark),
                                                                    series(t, K::SlaFeedbackRate, kLight, Qt::DashLine)},
                                          K::SlaCompliance, c.currency));
    auto acceptance = std::make_unique<ReportLineChart>(
        months, std::vector<ReportSeries>{series(t, K::SlaAcceptanceMedianHours, kDark)}, K::SlaAcceptanceMedianHours,
        c.currency);
    acceptance->setReferenceLine(c.slaHours, QStringLiteral("SLA %1 h").arg(c.slaHours));
    set(ReportChart::AcceptanceTrend, std::move(acceptance));
}

ReportCharts::~ReportCharts() = default;

const ChartPainter *ReportCharts::chart(ReportChart which) const
{
    return m_charts[static_cast<int>(which)].get();
}

} // namespace ra

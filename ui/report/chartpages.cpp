// Pages 2–4: revenue, retention, funnel and SLA. A strip of the period's
// figures on top, the charts below, each chart in its own titled frame.
#include "report/reportcharts.h"
#include "report/reportmodel.h"
#include "report/reportpages.h"
#include "report/reportpainter.h"
#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QPainter>

namespace ra {

namespace rs = reportstyle;

namespace {

// Splits `area` into n rows with a gap between them.
std::vector<QRectF> rows(const QRectF &area, int n, qreal gap = rs::kGap)
{
    std::vector<QRectF> out;
    const qreal h = (area.height() - gap * (n - 1)) / n;
    for (int i = 0; i < n; ++i)
        out.emplace_back(area.left(), area.top() + i * (h + gap), area.width(), h);
    return out;
}

std::pair<QRectF, QRectF> columns(const QRectF &area, qreal gap = rs::kGap * 1.5)
{
    const qreal w = (area.width() - gap) / 2;
    return {QRectF(area.left(), area.top(), w, area.height()), QRectF(area.left() + w + gap, area.top(), w, area.height())};
}

QString trendSpan(const ReportContent &c)
{
    if (c.monthly.periods.empty())
        return QString();
    return QStringLiteral(" (%1 – %2)").arg(c.monthly.periods.front().label(), c.monthly.periods.back().label());
}

} // namespace

void paintRevenuePage(QPainter &p, const QRectF &body, const ReportContent &c, const ReportCharts &charts)
{
    qreal y = body.top();
    y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20), QCoreApplication::translate("ra::Report", "This period"));
    y += paintFigures(p, QRectF(body.left(), y, body.width(), 0), c.revenueFigures, 4) + rs::kGap * 1.5;
    const auto r = rows(QRectF(body.left(), y, body.width(), body.bottom() - y), 2, rs::kGap * 1.5);
    paintChartFrame(p, r[0], QCoreApplication::translate("ra::Report", "New vs existing business bookings, by month") + trendSpan(c),
                    charts.chart(ReportChart::RevenueSplit));
    paintChartFrame(p, r[1], QCoreApplication::translate("ra::Report", "MRR movements and MRR, by month") + trendSpan(c),
                    charts.chart(ReportChart::MrrMovements));
}

void paintRetentionPage(QPainter &p, const QRectF &body, const ReportContent &c, const ReportCharts &charts)
{
    qreal y = body.top();
    y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20), QCoreApplication::translate("ra::Report", "This period"));
    y += paintFigures(p, QRectF(body.left(), y, body.width(), 0), c.retentionFigures, 5) + rs::kGap * 1.5;
    const QRectF rest(body.left(), y, body.width(), body.bottom() - y);
    const qreal trendsH = rest.height() * 0.56;
    const QRectF trends(rest.left(), rest.top(), rest.width(), trendsH);
    const auto [top, bottom] = std::pair{rows(trends, 2)[0], rows(trends, 2)[1]};
    const auto [churn, retention] = columns(top);
    paintChartFrame(p, churn, QCoreApplication::translate("ra::Report", "Logo and revenue churn"), charts.chart(ReportChart::ChurnTrend));
    paintChartFrame(p, retention, QCoreApplication::translate("ra::Report", "NRR and GRR"), charts.chart(ReportChart::RetentionTrend));
    paintChartFrame(p, bottom, QCoreApplication::translate("ra::Report", "CLV (gross margin) and CLV : CAC") + trendSpan(c),
                    charts.chart(ReportChart::ClvTrend));
    const QRectF heat(rest.left(), trends.bottom() + rs::kGap * 1.5, rest.width(),
                      rest.bottom() - trends.bottom() - rs::kGap * 1.5);
    paintChartFrame(p, heat, QCoreApplication::translate("ra::Report", "Cohort logo retention by acquisition month"),
                    charts.chart(ReportChart::CohortHeatmap));
}

void paintFunnelPage(QPainter &p, const QRectF &body, const ReportContent &c, const ReportCharts &charts)
{
    qreal y = body.top();
    const QRectF funnel(body.left(), y, body.width(), body.height() * 0.3);
    paintChartFrame(p, funnel, QCoreApplication::translate("ra::Report", "Funnel: leads → MQL → SAL → SQL → won, with conversions"),
                    charts.chart(ReportChart::Funnel));
    y = funnel.bottom() + rs::kGap * 1.5;
    y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20),
                           QCoreApplication::translate("ra::Report", "Hand-off and SLA this period"));
    y += paintFigures(p, QRectF(body.left(), y, body.width(), 0), c.funnelFigures, 5) + rs::kGap * 1.5;
    const auto [sla, acceptance] = columns(QRectF(body.left(), y, body.width(), body.bottom() - y));
    paintChartFrame(p, sla, QCoreApplication::translate("ra::Report", "SLA compliance and feedback rate by month"), charts.chart(ReportChart::SlaTrend));
    paintChartFrame(p, acceptance, QCoreApplication::translate("ra::Report", "MQL acceptance time (median hours)"),
                    charts.chart(ReportChart::AcceptanceTrend));
}

QString reportPageTitle(int index)
{
    static const char *titles[kReportPageCount] = {
        QT_TRANSLATE_NOOP("ra::Report", "Scorecard"), QT_TRANSLATE_NOOP("ra::Report", "Revenue"),
        QT_TRANSLATE_NOOP("ra::Report", "Retention"), QT_TRANSLATE_NOOP("ra::Report", "Funnel and SLA"),
        QT_TRANSLATE_NOOP("ra::Report", "Personas"),  QT_TRANSLATE_NOOP("ra::Report", "Existing customers"),
        QT_TRANSLATE_NOOP("ra::Report", "Notes")};
    return index >= 0 && index < kReportPageCount ? QCoreApplication::translate("ra::Report", titles[index]) : QString();
}

void paintReportPage(QPainter &p, const QRectF &body, const ReportContent &c, const ReportCharts &charts, int index)
{
    switch (index) {
    case 0: paintScorecardPage(p, body, c); break;
    case 1: paintRevenuePage(p, body, c, charts); break;
    case 2: paintRetentionPage(p, body, c, charts); break;
    case 3: paintFunnelPage(p, body, c, charts); break;
    case 4: paintPersonasPage(p, body, c, charts); break;
    case 5: paintCustomersPage(p, body, c); break;
    case 6: paintNotesPage(p, body, c); break;
    default: break;
    }
}

} // namespace ra

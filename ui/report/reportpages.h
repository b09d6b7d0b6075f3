#pragma once
// The seven pages of the stand-up report. Each paints into the body rectangle
// that paintPageFrame() leaves; the page order is the reading order of the
// meeting: scorecard first, then the detail behind it, notes last.
#include <QRectF>
#include <QString>

class QPainter;

namespace ra {

struct ReportContent;
class ReportCharts;

constexpr int kReportPageCount = 7;

QString reportPageTitle(int index); // 0-based

void paintReportPage(QPainter &p, const QRectF &body, const ReportContent &content, const ReportCharts &charts,
                     int index);

void paintScorecardPage(QPainter &p, const QRectF &body, const ReportContent &content);
void paintRevenuePage(QPainter &p, const QRectF &body, const ReportContent &content, const ReportCharts &charts);
void paintRetentionPage(QPainter &p, const QRectF &body, const ReportContent &content, const ReportCharts &charts);
void paintFunnelPage(QPainter &p, const QRectF &body, const ReportContent &content, const ReportCharts &charts);
void paintPersonasPage(QPainter &p, const QRectF &body, const ReportContent &content, const ReportCharts &charts);
void paintCustomersPage(QPainter &p, const QRectF &body, const ReportContent &content);
void paintNotesPage(QPainter &p, const QRectF &body, const ReportContent &content);

} // namespace ra

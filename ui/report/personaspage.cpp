// Pages 5 and 7: the persona breakdown with its movers, and the notes that
// say what the numbers mean and what they rest on.
#include "report/reportcharts.h"
#include "report/reportmodel.h"
#include "report/reportpages.h"
#include "report/reportpainter.h"
#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace ra {

namespace rs = reportstyle;

namespace {

// Paints wrapped paragraphs from the top of area until it is full; returns
// the height used and how many paragraphs were left out.
std::pair<qreal, int> paintParagraphs(QPainter &p, const QRectF &area, const QStringList &lines, qreal pointSize,
                                      int reserveLastLine = 0)
{
    p.save();
    p.setFont(rs::font(pointSize));
    p.setPen(rs::ink());
    qreal y = area.top();
    const qreal limit = area.bottom() - reserveLastLine;
    int drawn = 0;
    for (const QString &line : lines) {
        const QRectF need = p.boundingRect(QRectF(area.left(), y, area.width(), 1000),
                                           Qt::AlignLeft | Qt::TextWordWrap, line);
        if (y + need.height() > limit)
            break;
        p.drawText(QRectF(area.left(), y, area.width(), need.height()), Qt::AlignLeft | Qt::TextWordWrap, line);
        y += need.height() + 2;
        ++drawn;
    }
    const int left = int(lines.size()) - drawn;
    if (left > 0) {
        p.setPen(rs::muted());
        const QRectF more(area.left(), y, area.width(), reserveLastLine > 0 ? reserveLastLine : 14);
        p.drawText(more, Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("ra::Report", "… and %1 more (revalign quality lists them all).").arg(left));
        y += more.height();
    }
    p.restore();
    return {y - area.top(), left};
}

qreal paintMovers(QPainter &p, const QRectF &area, const QString &title, const std::vector<PersonaMover> &movers,
                  bool best)
{
    qreal y = area.top() + paintSectionTitle(p, area, title);
    p.save();
    if (movers.empty()) {
        p.setFont(rs::font(8));
        p.setPen(rs::muted());
        p.drawText(QRectF(area.left(), y, area.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                   best ? QCoreApplication::translate("ra::Report", "No persona booked more than in the previous period.")
                        : QCoreApplication::translate("ra::Report", "No persona booked less than in the previous period."));
        p.restore();
        return y + 16 - area.top();
    }
    for (const PersonaMover &m : movers) {
        paintChangeArrow(p, QRectF(area.left(), y + 2, 14, 14), best,
                         best ? ChangeDirection::Better : ChangeDirection::Worse);
        p.setFont(rs::font(8.5, true));
        p.setPen(rs::ink());
        p.drawText(QRectF(area.left() + 18, y, area.width() - 18, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1   %2").arg(m.persona, m.changeText));
        y += 17;
        p.setFont(rs::font(7.5));
        p.setPen(rs::muted());
        const QString detail = QCoreApplication::translate("ra::Report", "Bookings %1 · %2").arg(m.bookingsText, m.conversionText);
        const QRectF need = p.boundingRect(QRectF(area.left() + 18, y, area.width() - 18, 100),
                                           Qt::AlignLeft | Qt::TextWordWrap, detail);
        p.drawText(QRectF(area.left() + 18, y, area.width() - 18, need.height()), Qt::AlignLeft | Qt::TextWordWrap,
                   detail);
        y += need.height() + 6;
    }
    p.restore();
    return y - area.top();
}

} // namespace

void paintPersonasPage(QPainter &p, const QRectF &body, const ReportContent &c, const ReportCharts &charts)
{
    qreal y = body.top();
    y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20),
                           QCoreApplication::translate("ra::Report", "Every persona, %1").arg(c.periodLabel));
    const std::optional<QString> &only = c.report.filters.persona;
    if (only) {
        // A breakdown by persona shows every persona whatever the persona
        // filter: the filtered one is set in bold among its peers.
        p.save();
        p.setFont(rs::font(7));
        p.setPen(rs::muted());
        p.drawText(QRectF(body.left(), y, body.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("ra::Report", "All personas for comparison, %1 in bold; the other filters apply.").arg(*only));
        p.restore();
        y += 16;
    }
    ReportTable t;
    t.header = c.personaColumns;
    t.widths = {0.19, 0.07, 0.07, 0.09, 0.09, 0.08, 0.12, 0.1, 0.11, 0.08};
    t.alignments.assign(t.header.size(), Qt::AlignRight);
    t.alignments[0] = Qt::AlignLeft;
    for (const PersonaRow &row : c.personas) {
        if (only && row.persona == only->trimmed())
            t.highlightRow = int(t.rows.size());
        t.rows.push_back(row.cells);
    }
    if (t.rows.empty())
        t.rows.push_back({QCoreApplication::translate("ra::Report", "No personas in this selection.")});
    y += paintTable(p, QRectF(body.left(), y, body.width(), 0), t, 20, 7.5) + rs::kGap * 2;

    const auto half = (body.width() - rs::kGap * 2) / 2;
    const QRectF left(body.left(), y, half, body.bottom() - y);
    const QRectF right(body.left() + half + rs::kGap * 2, y, half, body.bottom() - y);
    const qreal h1 = paintMovers(p, left, QCoreApplication::translate("ra::Report", "Best movers (bookings vs %1)").arg(c.previousLabel),
                                 c.bestMovers, true);
    const qreal h2 = paintMovers(p, right, QCoreApplication::translate("ra::Report", "Worst movers (bookings vs %1)").arg(c.previousLabel),
                                 c.worstMovers, false);
    y += std::max(h1, h2) + rs::kGap;
    p.save();
    p.setFont(rs::font(7));
    p.setPen(rs::muted());
    p.drawText(QRectF(body.left(), y, body.width(), 28), Qt::AlignLeft | Qt::TextWordWrap,
               QCoreApplication::translate("ra::Report", "A mover is a persona whose bookings (won deal amounts) changed most against the previous "
                              "period, in money; a persona without bookings counts as 0. The MQL → SAL conversion is "
                              "shown next to it to tell a pipeline problem from a closing problem."));
    p.restore();
    y += 28 + rs::kGap;
    if (body.bottom() - y > 120)
        paintChartFrame(p, QRectF(body.left(), y, body.width(), body.bottom() - y),
                        QCoreApplication::translate("ra::Report", "Bookings by persona, %1 and %2").arg(c.previousLabel, c.periodLabel),
                        charts.chart(ReportChart::PersonaBookings));
}

void paintNotesPage(QPainter &p, const QRectF &body, const ReportContent &c)
{
    qreal y = body.top();
    y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20), QCoreApplication::translate("ra::Report", "Data quality"));
    QStringList quality = c.dataQualityWarnings;
    if (quality.isEmpty())
        quality << QCoreApplication::translate("ra::Report", "No data-quality findings were reported for this store.");
    y += paintParagraphs(p, QRectF(body.left(), y, body.width(), body.height() * 0.22), quality, 7.5, 14).first
         + rs::kGap;

    y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20), QCoreApplication::translate("ra::Report", "Values shown as —"));
    QStringList nulls = c.nullNotes;
    if (nulls.isEmpty())
        nulls << QCoreApplication::translate("ra::Report", "Every KPI of this report has a value.");
    y += paintParagraphs(p, QRectF(body.left(), y, body.width(), body.height() * 0.2), nulls, 7.5, 14).first
         + rs::kGap;

    y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20), QCoreApplication::translate("ra::Report", "What the numbers mean"));
    y += paintParagraphs(p, QRectF(body.left(), y, body.width(), 40),
                         {QCoreApplication::translate("ra::Report", "In short below; in full, with units, filters and when a value is empty, in "
                                         "docs/kpi-definitions.md of the RevAlign documentation.")},
                         7.5).first
         + rs::kGap / 2;
    QStringList defs;
    for (KpiId id : c.kpisUsed) {
        const KpiInfo &info = kpiInfo(id);
        defs << QStringLiteral("%1 (%2): %3")
                    .arg(kpiLabel(info.id), QString::fromLatin1(info.key), kpiDefinition(info.id));
    }
    // Two columns: the definitions are many and short.
    const qreal colW = (body.width() - rs::kGap * 2) / 2;
    const int half = int((defs.size() + 1) / 2);
    const QRectF leftCol(body.left(), y, colW, body.bottom() - y);
    const QRectF rightCol(body.left() + colW + rs::kGap * 2, y, colW, body.bottom() - y);
    paintParagraphs(p, leftCol, defs.mid(0, half), 6.5, 12);
    paintParagraphs(p, rightCol, defs.mid(half), 6.5, 12);
}

} // namespace ra

// Page 6: existing customers. What they use, what they could buy more of,
// which of them are about to leave and why, and whether that warning has
// been right before (the lift, in one sentence).
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

// Wrapped text from the top of area; returns the height used.
qreal paintWrapped(QPainter &p, const QRectF &area, const QString &text, qreal pointSize, bool bold,
                   const QColor &colour)
{
    p.save();
    p.setFont(rs::font(pointSize, bold));
    p.setPen(colour);
    const QRectF need = p.boundingRect(QRectF(area.left(), area.top(), area.width(), 1000),
                                       Qt::AlignLeft | Qt::TextWordWrap, text);
    p.drawText(QRectF(area.left(), area.top(), area.width(), need.height()), Qt::AlignLeft | Qt::TextWordWrap, text);
    p.restore();
    return need.height();
}

ReportTable listTable(const QStringList &header, const std::vector<qreal> &widths, const std::vector<QStringList> &rows,
                      int rightAligned)
{
    ReportTable t;
    t.header = header;
    t.widths = widths;
    t.alignments.assign(t.header.size(), Qt::AlignLeft);
    t.alignments[rightAligned] = Qt::AlignRight;
    t.rows = rows;
    return t;
}

// The at-risk accounts, two lines each: account, persona, segment, MRR and
// the signals that fired, then the evidence across the width (it is long:
// one table cell would cut it off). Returns the height used.
constexpr qreal kRiskRowHeight = 25;

qreal paintRiskRows(QPainter &p, const QRectF &area, const QStringList &header, const std::vector<QStringList> &rows)
{
    const qreal widths[] = {0.11, 0.2, 0.14, 0.11, 0.44};
    std::vector<qreal> x{area.left()};
    for (qreal w : widths)
        x.push_back(x.back() + area.width() * w);
    const qreal pad = 4;
    auto cell = [&](int col, qreal top, qreal h) { return QRectF(x[col] + pad, top, x[col + 1] - x[col] - 2 * pad, h); };
    p.save();
    qreal y = area.top();
    p.setFont(rs::font(7, true));
    p.setPen(rs::muted());
    for (int col = 0; col < 5; ++col)
        p.drawText(cell(col, y, 16), (col == 3 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom,
                   col == 4 ? header.value(4) + QStringLiteral(" · ") + header.value(5) : header.value(col));
    y += 18;
    p.setPen(QPen(rs::rule(), 0.75));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    const QFont main = rs::font(7.5);
    const QFont small = rs::font(6.5);
    for (size_t r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        if (r % 2 == 1) {
            p.setPen(Qt::NoPen);
            p.setBrush(rs::band());
            p.drawRect(QRectF(area.left(), y, area.width(), kRiskRowHeight));
        }
        p.setFont(main);
        p.setPen(rs::ink());
        const QFontMetricsF fm(main, p.device());
        for (int col = 0; col < 5 && col < row.size(); ++col) {
            const QRectF box = row.size() == 1 ? QRectF(area.left() + pad, y + 2, area.width(), 12) : cell(col, y + 2, 12);
            p.drawText(box, (col == 3 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                       fm.elidedText(row.at(col), Qt::ElideRight, box.width()));
        }
        if (row.size() > 5) {
            p.setFont(small);
            p.setPen(rs::muted());
            const QRectF box(x[1] + pad, y + 13, area.right() - x[1] - pad * 2, 11);
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(small, p.device()).elidedText(row.at(5), Qt::ElideRight, box.width()));
        }
        y += kRiskRowHeight;
    }
    p.setPen(QPen(rs::rule(), 0.75));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    p.restore();
    return y - area.top();
}

} // namespace

void paintCustomersPage(QPainter &p, const QRectF &body, const ReportContent &c)
{
    qreal y = body.top();
    const QString month = c.healthMonth.isEmpty() ? c.periodLabel : c.healthMonth;
    if (!c.healthDefined) {
        y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20),
                               QCoreApplication::translate("ra::Report", "Existing customers, %1").arg(c.periodLabel));
        paintWrapped(p, QRectF(body.left(), y, body.width(), 40),
                     QCoreApplication::translate("ra::Report", "Usage, white space and accounts at risk are measured for whole months "
                                                               "(a month, quarter or year) without a channel filter, on a store "
                                                               "with revenue."),
                     8, false, rs::muted());
        return;
    }

    // Usage
    y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20),
                           QCoreApplication::translate("ra::Report", "Usage of what customers pay for, %1").arg(month));
    y += paintFigures(p, QRectF(body.left(), y, body.width(), 0), c.usageFigures, 4) + rs::kGap * 1.5;

    // The lift first among the risk figures: it says whether the list below deserves attention.
    y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20),
                           QCoreApplication::translate("ra::Report", "Accounts at risk, %1").arg(month));
    y += paintFigures(p, QRectF(body.left(), y, body.width(), 0), c.riskFigures, 4) + rs::kGap;
    y += paintWrapped(p, QRectF(body.left(), y, body.width(), 0), c.liftSentence, 10, true, rs::ink()) + 2;
    y += paintWrapped(p, QRectF(body.left(), y, body.width(), 0), c.liftMethod, 7, false, rs::muted()) + rs::kGap;

    // The expansion section and its notes take a fixed share at the bottom;
    // the at-risk list gets what is left, in whole rows.
    const qreal rowH = 15;
    const qreal gapsHeight = 20 + 38 + rs::kGap + rowH * (1 + std::max<qsizetype>(1, c.topGaps.size())) + 14
                             + rs::kGap * 2;
    const qreal riskSpace = body.bottom() - y - gapsHeight - 14;
    int riskRows = std::max(1, int((riskSpace - 18) / kRiskRowHeight));
    riskRows = std::min<int>(riskRows, int(c.atRisk.size()));
    std::vector<QStringList> rows(c.atRisk.begin(), c.atRisk.begin() + riskRows);
    if (rows.empty())
        rows.push_back({QCoreApplication::translate("ra::Report", "No account is at risk in this selection.")});
    y += paintRiskRows(p, QRectF(body.left(), y, body.width(), 0), c.riskColumns, rows);
    p.save();
    p.setFont(rs::font(7));
    p.setPen(rs::muted());
    const QString shown = c.atRiskTotal > riskRows
                              ? QCoreApplication::translate("ra::Report", "The %1 worst of %2 accounts at risk (most signals, then most MRR); "
                                                                          "revalign health lists them all.")
                                    .arg(formatKpiValue(KpiId::HealthAtRisk, double(riskRows), QString()),
                                         formatKpiValue(KpiId::HealthAtRisk, double(c.atRiskTotal), QString()))
                              : QCoreApplication::translate("ra::Report", "Worst first: most signals, then most MRR.");
    p.drawText(QRectF(body.left(), y + 2, body.width(), 12), Qt::AlignLeft | Qt::AlignVCenter, shown);
    p.restore();
    y += 14 + rs::kGap * 2;

    // Expansion potential
    y += paintSectionTitle(p, QRectF(body.left(), y, body.width(), 20),
                           QCoreApplication::translate("ra::Report", "Expansion potential (white space), %1").arg(month));
    const qreal half = (body.width() - rs::kGap * 2) / 2;
    y += paintFigures(p, QRectF(body.left(), y, half, 0), c.expansionFigures, 2) + rs::kGap;
    std::vector<QStringList> gaps = c.topGaps;
    if (gaps.empty())
        gaps.push_back({QCoreApplication::translate("ra::Report", "No account lacks a product that its peers have.")});
    const std::vector<qreal> gapWidths{0.17, 0.15, 0.15, 0.2, 0.16, 0.17};
    ReportTable gt = listTable(c.gapColumns, gapWidths, gaps, 4);
    gt.alignments[5] = Qt::AlignRight;
    y += paintTable(p, QRectF(body.left(), y, body.width(), 0), gt, rowH, 7);
    p.save();
    p.setFont(rs::font(7));
    p.setPen(rs::muted());
    p.drawText(QRectF(body.left(), y + 2, body.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("ra::Report", "The largest of %1 gaps: a product that at least three peers of the same "
                                                         "segment pay for; its potential is their median MRR for it.")
                   .arg(formatKpiValue(KpiId::WhitespaceGaps, double(c.gapsTotal), QString())));
    p.restore();
}

} // namespace ra

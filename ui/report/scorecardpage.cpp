// Page 1: the shared scorecard, one table grouped by team.
#include "report/reportmodel.h"
#include "report/reportpages.h"
#include "report/reportpainter.h"
#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace ra {

namespace rs = reportstyle;

void paintScorecardPage(QPainter &p, const QRectF &body, const ReportContent &c)
{
    int rowCount = 1; // header
    for (const ScorecardGroup &g : c.scorecard)
        rowCount += 1 + int(g.rows.size());
    const qreal legendHeight = 28; // two lines of legend
    // Shrink rows (down to a readable minimum) so that every group fits on
    // A4 and on the shorter Letter page alike.
    const qreal rowHeight = std::clamp((body.height() - legendHeight - 8) / rowCount, 11.0, 19.0);
    const qreal pointSize = rowHeight >= 15 ? 8.0 : 7.0;

    const bool vsTarget = c.compare == ReportCompare::Target;
    // Columns: KPI | value | previous | arrow | change | target | status
    const qreal widths[] = {0.31, 0.13, 0.13, 0.03, 0.13, 0.13, 0.14};
    std::vector<qreal> x{body.left()};
    for (qreal w : widths)
        x.push_back(x.back() + body.width() * w);
    const QStringList header = {QCoreApplication::translate("ra::Report", "KPI"), QCoreApplication::translate("ra::Report", "Value"), QCoreApplication::translate("ra::Report", "Previous"),
                                QString(), vsTarget ? QCoreApplication::translate("ra::Report", "vs target") : QCoreApplication::translate("ra::Report", "Change"),
                                QCoreApplication::translate("ra::Report", "Target"), QCoreApplication::translate("ra::Report", "Status")};
    const Qt::Alignment align[] = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignHCenter,
                                   Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    const qreal pad = 4;
    auto cellRect = [&](int col, qreal y) {
        // The status column starts after a little air so it does not touch the target.
        const qreal extra = col == 6 ? 8 : 0;
        return QRectF(x[col] + pad + extra, y, x[col + 1] - x[col] - 2 * pad - extra, rowHeight);
    };

    p.save();
    qreal y = body.top();
    p.setFont(rs::font(pointSize, true));
    p.setPen(rs::muted());
    for (int i = 0; i < header.size(); ++i)
        p.drawText(cellRect(i, y), align[i] | Qt::AlignVCenter, header.at(i));
    y += rowHeight;
    p.setPen(QPen(rs::ink(), 0.75));
    p.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));

    const QFont regular = rs::font(pointSize);
    const QFont bold = rs::font(pointSize, true);
    for (const ScorecardGroup &g : c.scorecard) {
        p.setFont(rs::font(pointSize + 0.5, true));
        p.setPen(rs::accent());
        p.drawText(cellRect(0, y).adjusted(0, 0, body.width(), 0), Qt::AlignLeft | Qt::AlignBottom, g.title);
        y += rowHeight;
        bool shade = false;
        for (const ScorecardRow &row : g.rows) {
            if (shade)
                p.fillRect(QRectF(body.left(), y, body.width(), rowHeight), rs::band());
            shade = !shade;
            p.setFont(regular);
            p.setPen(rs::ink());
            const QRectF labelRect = cellRect(0, y);
            p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(regular, p.device()).elidedText(row.label, Qt::ElideRight, labelRect.width()));
            p.setFont(bold);
            p.drawText(cellRect(1, y), Qt::AlignRight | Qt::AlignVCenter, row.value);
            p.setFont(regular);
            p.setPen(rs::muted());
            p.drawText(cellRect(2, y), Qt::AlignRight | Qt::AlignVCenter, row.previous);
            paintChangeArrow(p, cellRect(3, y), row.up, row.direction);
            // Colour alone is lost in greyscale print: "worse" is also bold.
            const bool worse = row.direction == ChangeDirection::Worse;
            p.setFont(worse ? bold : regular);
            p.setPen(row.direction == ChangeDirection::Better ? rs::better() : worse ? rs::worse() : rs::ink());
            p.drawText(cellRect(4, y), Qt::AlignRight | Qt::AlignVCenter, row.change);
            p.setFont(regular);
            p.setPen(rs::ink());
            p.drawText(cellRect(5, y), Qt::AlignRight | Qt::AlignVCenter, row.target);
            const bool behind = row.targetStatus == TargetStatus::Behind;
            p.setFont(behind ? bold : regular);
            p.setPen(row.targetStatus == TargetStatus::OnTrack ? rs::better() : behind ? rs::worse() : rs::muted());
            p.drawText(cellRect(6, y), Qt::AlignLeft | Qt::AlignVCenter, row.status);
            y += rowHeight;
        }
    }
    p.setPen(QPen(rs::rule(), 0.75));
    p.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));

    // Legend: what the arrows and colours mean.
    p.setFont(rs::font(7));
    p.setPen(rs::muted());
    const QRectF legend(body.left(), y + 6, body.width(), legendHeight / 2);
    const qreal s = legendHeight / 2;
    paintChangeArrow(p, QRectF(legend.left(), legend.top(), s, s), true, ChangeDirection::Better);
    paintChangeArrow(p, QRectF(legend.left() + s, legend.top(), s, s), false, ChangeDirection::Worse);
    p.drawText(legend.adjusted(2 * s + 4, 0, 0, s), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               vsTarget ? QCoreApplication::translate("ra::Report", "Arrow: above or below target; green = better, red and bold = worse. "
                                         "— = no value (see Notes).")
                        : QCoreApplication::translate("ra::Report", "Arrow: up or down since %1; green = better, red and bold = worse. "
                                         "Ratios change in percentage points (pp). — = no value (see Notes).")
                              .arg(c.previousLabel));
    p.restore();
}

} // namespace ra

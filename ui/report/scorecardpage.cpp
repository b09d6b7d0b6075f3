// Page 1: the shared scorecard, one table grouped by team.
#include "report/reportmodel.h"
#include "report/reportpages.h"
#include "report/reportpainter.h"
#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <vector>

namespace ra {

namespace rs = reportstyle;

namespace {

constexpr qreal kLegendHeight = 28; // two lines of legend

// Where the table's cells are: one row height for the whole page and the
// left edge of each column.
struct ScorecardLayout {
    QRectF body;
    qreal rowHeight = 0;
    qreal pointSize = 0;
    std::vector<qreal> x; // column edges, left to right
    QFont regular;
    QFont bold;

    QRectF cell(int col, qreal y) const
    {
        const qreal pad = 4;
        // The status column starts after a little air so it does not touch the target.
        const qreal extra = col == 6 ? 8 : 0;
        return QRectF(x[col] + pad + extra, y, x[col + 1] - x[col] - 2 * pad - extra, rowHeight);
    }
};

ScorecardLayout layoutScorecard(const QRectF &body, const ReportContent &c)
{
    int rowCount = 1; // header
    for (const ScorecardGroup &g : c.scorecard)
        rowCount += 1 + int(g.rows.size());
    ScorecardLayout l;
    l.body = body;
    // Shrink rows (down to a readable minimum) so that every group fits on
    // A4 and on the shorter Letter page alike.
    l.rowHeight = std::clamp((body.height() - kLegendHeight - 8) / rowCount, 11.0, 19.0);
    l.pointSize = l.rowHeight >= 15 ? 8.0 : 7.0;
    // Columns: KPI | value | previous | arrow | change | target | status
    const qreal widths[] = {0.31, 0.13, 0.13, 0.03, 0.13, 0.13, 0.14};
    l.x.push_back(body.left());
    for (qreal w : widths)
        l.x.push_back(l.x.back() + body.width() * w);
    l.regular = rs::font(l.pointSize);
    l.bold = rs::font(l.pointSize, true);
    return l;
}

// The column titles and the rule under them; returns the y below.
qreal paintScorecardHeader(QPainter &p, const ScorecardLayout &l, bool vsTarget)
{
    const QStringList header = {QCoreApplication::translate("ra::Report", "KPI"), QCoreApplication::translate("ra::Report", "Value"), QCoreApplication::translate("ra::Report", "Previous"),
                                QString(), vsTarget ? QCoreApplication::translate("ra::Report", "vs target") : QCoreApplication::translate("ra::Report", "Change"),
                                QCoreApplication::translate("ra::Report", "Target"), QCoreApplication::translate("ra::Report", "Status")};
    const Qt::Alignment align[] = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignHCenter,
                                   Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    qreal y = l.body.top();
    p.setFont(rs::font(l.pointSize, true));
    p.setPen(rs::muted());
    for (int i = 0; i < header.size(); ++i)
        p.drawText(l.cell(i, y), align[i] | Qt::AlignVCenter, header.at(i));
    y += l.rowHeight;
    p.setPen(QPen(rs::ink(), 0.75));
    p.drawLine(QPointF(l.body.left(), y), QPointF(l.body.right(), y));
    return y;
}

void paintScorecardRow(QPainter &p, const ScorecardLayout &l, const ScorecardRow &row, qreal y)
{
    p.setFont(l.regular);
    p.setPen(rs::ink());
    const QRectF labelRect = l.cell(0, y);
    p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(l.regular, p.device()).elidedText(row.label, Qt::ElideRight, labelRect.width()));
    p.setFont(l.bold);
    p.drawText(l.cell(1, y), Qt::AlignRight | Qt::AlignVCenter, row.value);
    p.setFont(l.regular);
    p.setPen(rs::muted());
    p.drawText(l.cell(2, y), Qt::AlignRight | Qt::AlignVCenter, row.previous);
    paintChangeArrow(p, l.cell(3, y), row.up, row.direction);
    // Colour alone is lost in greyscale print: "worse" is also bold.
    const bool worse = row.direction == ChangeDirection::Worse;
    p.setFont(worse ? l.bold : l.regular);
    p.setPen(row.direction == ChangeDirection::Better ? rs::better() : worse ? rs::worse() : rs::ink());
    p.drawText(l.cell(4, y), Qt::AlignRight | Qt::AlignVCenter, row.change);
    p.setFont(l.regular);
    p.setPen(rs::ink());
    p.drawText(l.cell(5, y), Qt::AlignRight | Qt::AlignVCenter, row.target);
    const bool behind = row.targetStatus == TargetStatus::Behind;
    p.setFont(behind ? l.bold : l.regular);
    p.setPen(row.targetStatus == TargetStatus::OnTrack ? rs::better() : behind ? rs::worse() : rs::muted());
    p.drawText(l.cell(6, y), Qt::AlignLeft | Qt::AlignVCenter, row.status);
}

// A group's title, then its rows on alternating bands; returns the y below.
qreal paintScorecardGroup(QPainter &p, const ScorecardLayout &l, const ScorecardGroup &g, qreal y)
{
    p.setFont(rs::font(l.pointSize + 0.5, true));
    p.setPen(rs::accent());
    p.drawText(l.cell(0, y).adjusted(0, 0, l.body.width(), 0), Qt::AlignLeft | Qt::AlignBottom, g.title);
    y += l.rowHeight;
    bool shade = false;
    for (const ScorecardRow &row : g.rows) {
        if (shade)
            p.fillRect(QRectF(l.body.left(), y, l.body.width(), l.rowHeight), rs::band());
        shade = !shade;
        paintScorecardRow(p, l, row, y);
        y += l.rowHeight;
    }
    return y;
}

// What the arrows and colours mean, below the table's last rule at y.
void paintScorecardLegend(QPainter &p, const QRectF &body, qreal y, const ReportContent &c, bool vsTarget)
{
    p.setFont(rs::font(7));
    p.setPen(rs::muted());
    const QRectF legend(body.left(), y + 6, body.width(), kLegendHeight / 2);
    const qreal s = kLegendHeight / 2;
    paintChangeArrow(p, QRectF(legend.left(), legend.top(), s, s), true, ChangeDirection::Better);
    paintChangeArrow(p, QRectF(legend.left() + s, legend.top(), s, s), false, ChangeDirection::Worse);
    p.drawText(legend.adjusted(2 * s + 4, 0, 0, s), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               vsTarget ? QCoreApplication::translate("ra::Report", "Arrow: above or below target; green = better, red and bold = worse. "
                                         "— = no value (see Notes).")
                        : QCoreApplication::translate("ra::Report", "Arrow: up or down since %1; green = better, red and bold = worse. "
                                         "Ratios change in percentage points (pp). — = no value (see Notes).")
                              .arg(c.previousLabel));
}

} // namespace

void paintScorecardPage(QPainter &p, const QRectF &body, const ReportContent &c)
{
    const bool vsTarget = c.compare == ReportCompare::Target;
    const ScorecardLayout layout = layoutScorecard(body, c);
    p.save();
    qreal y = paintScorecardHeader(p, layout, vsTarget);
    for (const ScorecardGroup &g : c.scorecard)
        y = paintScorecardGroup(p, layout, g, y);
    p.setPen(QPen(rs::rule(), 0.75));
    p.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    paintScorecardLegend(p, body, y, c, vsTarget);
    p.restore();
}

} // namespace ra

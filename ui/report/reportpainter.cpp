#include "report/reportpainter.h"

#include "charts/chartpainter.h"
#include "report/reportmodel.h"
#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <numeric>

namespace ra {

namespace reportstyle {
QFont font(qreal pointSize, bool bold)
{
    QFont f;
    // DejaVu for Latin text; Chinese falls through to Noto Sans CJK SC
    // (fonts-noto-cjk), which the PDF embeds like DejaVu.
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Any letter spacing turns off ligatures in Qt's shaper: without it "fi"
    // becomes one glyph and the PDF's text no longer searches or copies as "fi".
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // ≥ 1/64 unit, else it rounds to none
    return f;
}
} // namespace reportstyle

namespace rs = reportstyle;

QRectF paintPageFrame(QPainter &p, const QRectF &paper, const ReportContent &c, const QString &title,
                      int pageNumber, int pageCount)
{
    const QRectF inner = paper.adjusted(rs::kMargin, rs::kMargin, -rs::kMargin, -rs::kMargin);
    p.save();
    // Header: title and store on the first line, period and context below.
    p.setPen(rs::accent());
    p.setFont(rs::font(15, true));
    const QRectF titleRect(inner.left(), inner.top(), inner.width(), 26);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setPen(rs::muted());
    p.setFont(rs::font(9));
    p.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, QCoreApplication::translate("ra::Report", "Store: %1").arg(c.storeName));

    p.setPen(rs::ink());
    p.setFont(rs::font(10, true));
    const QRectF periodRect(inner.left(), titleRect.bottom() + 2, inner.width(), 16);
    p.drawText(periodRect, Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("%1 · %2").arg(c.periodLabel, c.periodRange));
    p.setFont(rs::font(8.5));
    p.setPen(rs::muted());
    p.drawText(periodRect, Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("ra::Report", "Compared with %1").arg(c.previousLabel));
    const QRectF contextRect(inner.left(), periodRect.bottom(), inner.width(), 14);
    p.drawText(contextRect, Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("ra::Report", "Data as of %1 · Filters: %2").arg(c.asOfText, c.filtersText));
    const qreal headerBottom = inner.top() + rs::kHeaderHeight - 4;
    p.setPen(QPen(rs::accent(), 1.5));
    p.drawLine(QPointF(inner.left(), headerBottom), QPointF(inner.right(), headerBottom));

    // Footer: the period on every page so a loose sheet still says what it is.
    const qreal footerTop = inner.bottom() - rs::kFooterHeight + 6;
    p.setPen(QPen(rs::rule(), 0.75));
    p.drawLine(QPointF(inner.left(), footerTop), QPointF(inner.right(), footerTop));
    p.setPen(rs::muted());
    p.setFont(rs::font(7.5));
    const QRectF footerRect(inner.left(), footerTop + 2, inner.width(), rs::kFooterHeight - 8);
    p.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, c.footerText());
    p.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("ra::Report", "Page %1 of %2").arg(pageNumber).arg(pageCount));
    p.restore();
    return QRectF(inner.left(), inner.top() + rs::kHeaderHeight + 4, inner.width(),
                  inner.height() - rs::kHeaderHeight - rs::kFooterHeight - 10);
}

qreal paintTable(QPainter &p, const QRectF &area, const ReportTable &t, qreal rowHeight, qreal pointSize)
{
    const qreal total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
    std::vector<qreal> x{area.left()};
    for (qreal w : t.widths)
        x.push_back(x.back() + area.width() * w / total);
    const qreal pad = 4;
    p.save();
    qreal y = area.top();
    // Header row: two lines high so that long column names wrap instead of clipping.
    const qreal headerHeight = rowHeight * 1.6;
    p.setFont(rs::font(pointSize, true));
    p.setPen(rs::muted());
    for (int i = 0; i < t.header.size() && i + 1 < int(x.size()); ++i) {
        const QRectF cell(x[i] + pad, y, x[i + 1] - x[i] - 2 * pad, headerHeight);
        p.drawText(cell, t.alignments[i] | Qt::AlignBottom | Qt::TextWordWrap, t.header.at(i));
    }
    y += headerHeight + 2;
    p.setPen(QPen(rs::ink(), 0.75));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    const QFont regular = rs::font(pointSize);
    const QFont bold = rs::font(pointSize, true);
    bool shade = false;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const QStringList &row = t.rows[r];
        const bool section = r < t.sectionRows.size() && t.sectionRows[r];
        if (section) {
            p.setFont(bold);
            p.setPen(rs::accent());
            p.drawText(QRectF(area.left() + pad, y, area.width() - 2 * pad, rowHeight),
                       Qt::AlignLeft | Qt::AlignBottom, row.value(0));
            y += rowHeight;
            shade = false;
            continue;
        }
        if (shade)
            p.fillRect(QRectF(area.left(), y, area.width(), rowHeight), rs::band());
        shade = !shade;
        const QFont &rowFont = int(r) == t.highlightRow ? bold : regular;
        p.setFont(rowFont);
        p.setPen(rs::ink());
        for (int i = 0; i < row.size() && i + 1 < int(x.size()); ++i) {
            const QRectF cell(x[i] + pad, y, x[i + 1] - x[i] - 2 * pad, rowHeight);
            const QString text = QFontMetricsF(rowFont, p.device()).elidedText(row.at(i), Qt::ElideRight, cell.width());
            p.drawText(cell, t.alignments[i] | Qt::AlignVCenter, text);
        }
        y += rowHeight;
    }
    p.setPen(QPen(rs::rule(), 0.75));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    p.restore();
    return y - area.top();
}

qreal paintFigures(QPainter &p, const QRectF &area, const std::vector<std::pair<QString, QString>> &figures,
                   int columns)
{
    if (figures.empty() || columns <= 0)
        return 0;
    const qreal gap = 6;
    const qreal tileW = (area.width() - gap * (columns - 1)) / columns;
    const qreal tileH = 38;
    const int rows = (int(figures.size()) + columns - 1) / columns;
    p.save();
    const QFont labelFont = rs::font(7);
    for (size_t i = 0; i < figures.size(); ++i) {
        const int r = int(i) / columns;
        const int col = int(i) % columns;
        const QRectF tile(area.left() + col * (tileW + gap), area.top() + r * (tileH + gap), tileW, tileH);
        p.setPen(QPen(rs::rule(), 0.75));
        p.setBrush(rs::band());
        p.drawRoundedRect(tile, 3, 3);
        p.setFont(labelFont);
        p.setPen(rs::muted());
        const QRectF labelRect = tile.adjusted(6, 3, -6, -tileH / 2);
        p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(labelFont, p.device()).elidedText(figures[i].first, Qt::ElideRight, labelRect.width()));
        p.setFont(rs::font(11, true));
        p.setPen(rs::ink());
        p.drawText(tile.adjusted(6, tileH / 2 - 3, -6, -3), Qt::AlignLeft | Qt::AlignVCenter, figures[i].second);
    }
    p.restore();
    return rows * tileH + (rows - 1) * gap;
}

qreal paintSectionTitle(QPainter &p, const QRectF &area, const QString &title)
{
    p.save();
    p.setFont(rs::font(10, true));
    p.setPen(rs::accent());
    const QRectF r(area.left(), area.top(), area.width(), 18);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setPen(QPen(rs::rule(), 0.75));
    p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    p.restore();
    return r.height() + 4;
}

void paintChartFrame(QPainter &p, const QRectF &area, const QString &title, const ChartPainter *chart)
{
    const qreal used = paintSectionTitle(p, area, title);
    const QRectF plot = area.adjusted(0, used, 0, 0);
    p.save();
    if (chart) {
        // The dashboard's charts are laid out for a screen; paper is read
        // closer, so they get a larger logical canvas drawn scaled down: axis
        // labels fit instead of being elided, and the text still prints at
        // about 5.5–7 pt.
        // Half-width frames need the extra room most.
        const qreal kChartScale = plot.width() < 450 ? 0.6 : 0.72;
        p.setClipRect(plot);
        p.translate(plot.topLeft());
        p.scale(kChartScale, kChartScale);
        chart->paintChart(p, QRectF(QPointF(0, 0), plot.size() / kChartScale));
    } else {
        p.setPen(QPen(rs::rule(), 0.75, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(plot);
        p.setPen(rs::muted());
        p.setFont(rs::font(8));
        p.drawText(plot, Qt::AlignCenter, QCoreApplication::translate("ra::Report", "No data to chart for this selection."));
    }
    p.restore();
}

void paintChangeArrow(QPainter &p, const QRectF &box, bool up, ChangeDirection direction)
{
    if (direction == ChangeDirection::Unknown)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = direction == ChangeDirection::Better ? rs::better()
                          : direction == ChangeDirection::Worse ? rs::worse()
                                                                : rs::muted();
    const qreal s = std::min(box.width(), box.height()) * 0.55;
    const QPointF c = box.center();
    QPainterPath path;
    if (direction == ChangeDirection::Same) {
        path.addRect(QRectF(c.x() - s / 2, c.y() - s / 8, s, s / 4));
    } else if (up) {
        path.moveTo(c.x(), c.y() - s / 2);
        path.lineTo(c.x() + s / 2, c.y() + s / 2);
        path.lineTo(c.x() - s / 2, c.y() + s / 2);
    } else {
        path.moveTo(c.x() - s / 2, c.y() - s / 2);
        path.lineTo(c.x() + s / 2, c.y() - s / 2);
        path.lineTo(c.x(), c.y() + s / 2);
    }
    path.closeSubpath();
    p.fillPath(path, colour);
    p.restore();
}

} // namespace ra

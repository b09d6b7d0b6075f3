#include "charts/whitespaceheatmap.h"

#include "charts/cohortheatmap.h"
#include "report/kpiformat.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ra {

namespace {
QString segmentLabel(const QString &s) { return s.isEmpty() ? QCoreApplication::translate("ra::Charts", "No segment") : s; }
} // namespace

WhitespaceHeatmap::WhitespaceHeatmap(WhitespaceTable table, QString currency)
    : m_table(std::move(table)), m_currency(std::move(currency))
{
}

HeatmapGrid WhitespaceHeatmap::layout(const QRectF &target, const QFontMetricsF &fm) const
{
    qreal labelW = 0;
    for (const QString &p : m_table.products)
        labelW = std::max(labelW, fm.horizontalAdvance(p));
    return HeatmapGrid::fit(target, fm, labelW + fm.height(), int(m_table.segments.size()),
                            int(m_table.products.size()), fm.height() * 3.0);
}

void WhitespaceHeatmap::paintChart(QPainter &painter, const QRectF &target) const
{
    if (!beginPaint(painter, target))
        return;
    const QFontMetricsF fm(painter.font());
    const HeatmapGrid l = layout(target, fm);
    const qsizetype columns = m_table.segments.size();
    painter.setPen(colours().muted);
    for (qsizetype c = 0; c < columns; ++c)
        painter.drawText(QRectF(l.columnLeft(int(c)), target.top(), l.cellW, l.headerH), Qt::AlignCenter,
                         segmentLabel(m_table.segments[c]));
    for (qsizetype r = 0; r < m_table.products.size(); ++r) {
        const qreal y = l.rowTop(int(r));
        painter.setPen(colours().text);
        painter.drawText(QRectF(target.left(), y, l.labelW - fm.height() / 2, l.cellH), Qt::AlignRight | Qt::AlignVCenter,
                         m_table.products[r]);
        for (qsizetype c = 0; c < columns; ++c) {
            const WhitespaceCell &cell = m_table.cells[size_t(r * columns + c)];
            const QRectF box(l.columnLeft(int(c)), y, l.cellW - 1, l.cellH - 1);
            const QColor fill = CohortHeatmap::cellColour(cell.adoption());
            painter.fillRect(box, fill);
            if (!cell.counts) // not a gap: fewer than three peers have it
                painter.fillRect(box, QBrush(QColor(0x80, 0x80, 0x80, 90), Qt::BDiagPattern));
            painter.setPen(fill.lightnessF() < 0.55 ? Qt::white : QColor(0x1b, 0x1f, 0x24));
            const QString text = QCoreApplication::translate("ra::Charts", "%1% · %2 without")
                                     .arg(std::lround(cell.adoption() * 100))
                                     .arg(cell.accounts - cell.holders);
            if (fm.horizontalAdvance(text) + 6 <= box.width() && fm.height() <= box.height())
                painter.drawText(box, Qt::AlignCenter, text);
        }
    }
    const qreal ly = l.rowTop(l.rows) + fm.height() * 0.4;
    CohortHeatmap::paintScale(painter, colours(), l.grid.left(), ly, l.grid.width(),
                              QCoreApplication::translate("ra::Charts", "100% of the segment's paying accounts have it · hatched: fewer than 3 have it"));
    painter.restore();
}

const WhitespaceCell *WhitespaceHeatmap::cellAt(const QRectF &target, const QPointF &pos) const
{
    int r = 0, c = 0;
    if (isEmpty() || !layout(target, QFontMetricsF(QFont())).cellAt(pos, r, c))
        return nullptr;
    return &m_table.cells[size_t(r) * size_t(m_table.segments.size()) + size_t(c)];
}

QString WhitespaceHeatmap::toolTipAt(const QRectF &target, const QPointF &pos) const
{
    const WhitespaceCell *cell = cellAt(target, pos);
    if (!cell)
        return {};
    QString text = QCoreApplication::translate("ra::Charts", "%1 in %2: %3 of %4 paying accounts have it")
                       .arg(cell->product, segmentLabel(cell->segment))
                       .arg(cell->holders)
                       .arg(cell->accounts);
    if (cell->medianMrr)
        text += QCoreApplication::translate("ra::Charts", ", median MRR %1")
                    .arg(formatMoneyAmount(*cell->medianMrr, m_currency, MoneyPrecision::Whole));
    text += cell->counts ? QCoreApplication::translate("ra::Charts", "; %1 accounts without it are gaps").arg(cell->accounts - cell->holders)
                         : QCoreApplication::translate("ra::Charts", "; fewer than 3 have it, so no gaps");
    return text;
}

ChartTable WhitespaceHeatmap::dataTable() const
{
    ChartTable t;
    t.columns = {QCoreApplication::translate("ra::Charts", "Product"), QCoreApplication::translate("ra::Charts", "Segment"), QCoreApplication::translate("ra::Charts", "Paying accounts"), QCoreApplication::translate("ra::Charts", "Have it"),
                 QCoreApplication::translate("ra::Charts", "Adoption"), QCoreApplication::translate("ra::Charts", "Median MRR"), QCoreApplication::translate("ra::Charts", "Without it")};
    for (const WhitespaceCell &c : m_table.cells)
        t.rows.push_back(
            {c.product, segmentLabel(c.segment), QString::number(c.accounts), QString::number(c.holders),
             c.accounts ? formatKpiValue(KpiId::UsageSeatUtilisation, c.adoption(), QString()) : QStringLiteral("—"),
             c.medianMrr ? formatMoneyAmount(*c.medianMrr, m_currency, MoneyPrecision::Whole) : QStringLiteral("—"),
             QString::number(c.accounts - c.holders)});
    return t;
}

} // namespace ra

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

WhitespaceHeatmap::Layout WhitespaceHeatmap::layout(const QRectF &target, const QFontMetricsF &fm) const
{
    Layout l;
    for (const QString &p : m_table.products)
        l.labelW = std::max(l.labelW, fm.horizontalAdvance(p));
    l.labelW += fm.height();
    l.headerH = fm.height() * 1.6;
    const qreal legendH = fm.height() * 1.6;
    l.grid = QRectF(target.left() + l.labelW, target.top() + l.headerH, target.width() - l.labelW,
                    target.height() - l.headerH - legendH);
    const auto columns = m_table.segments.size(), rows = m_table.products.size();
    l.cellW = columns ? l.grid.width() / qreal(columns) : 0;
    l.cellH = rows ? std::min(l.grid.height() / qreal(rows), fm.height() * 3.0) : 0;
    return l;
}

void WhitespaceHeatmap::paintChart(QPainter &painter, const QRectF &target) const
{
    if (isEmpty()) {
        paintEmpty(painter, target);
        return;
    }
    painter.save();
    painter.fillRect(target, colours().background);
    const QFontMetricsF fm(painter.font());
    const Layout l = layout(target, fm);
    const qsizetype columns = m_table.segments.size();
    painter.setPen(colours().muted);
    for (qsizetype c = 0; c < columns; ++c)
        painter.drawText(QRectF(l.grid.left() + qreal(c) * l.cellW, target.top(), l.cellW, l.headerH), Qt::AlignCenter,
                         segmentLabel(m_table.segments[c]));
    for (qsizetype r = 0; r < m_table.products.size(); ++r) {
        const qreal y = l.grid.top() + qreal(r) * l.cellH;
        painter.setPen(colours().text);
        painter.drawText(QRectF(target.left(), y, l.labelW - fm.height() / 2, l.cellH), Qt::AlignRight | Qt::AlignVCenter,
                         m_table.products[r]);
        for (qsizetype c = 0; c < columns; ++c) {
            const WhitespaceCell &cell = m_table.cells[size_t(r * columns + c)];
            const QRectF box(l.grid.left() + qreal(c) * l.cellW, y, l.cellW - 1, l.cellH - 1);
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
    const qreal ly = l.grid.top() + qreal(m_table.products.size()) * l.cellH + fm.height() * 0.4;
    CohortHeatmap::paintScale(painter, colours(), l.grid.left(), ly, l.grid.width(),
                              QCoreApplication::translate("ra::Charts", "100% of the segment's paying accounts have it · hatched: fewer than 3 have it"));
    painter.restore();
}

const WhitespaceCell *WhitespaceHeatmap::cellAt(const QRectF &target, const QPointF &pos) const
{
    QFont font;
    const Layout l = layout(target, QFontMetricsF(font));
    if (isEmpty() || !l.grid.contains(pos) || l.cellW <= 0 || l.cellH <= 0)
        return nullptr;
    const auto r = qsizetype((pos.y() - l.grid.top()) / l.cellH), c = qsizetype((pos.x() - l.grid.left()) / l.cellW);
    if (r < 0 || r >= m_table.products.size() || c < 0 || c >= m_table.segments.size())
        return nullptr;
    return &m_table.cells[size_t(r * m_table.segments.size() + c)];
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
        text += QCoreApplication::translate("ra::Charts", ", median MRR %1").arg(formatMoneyAmount(*cell->medianMrr, m_currency, MoneyPrecision::Whole));
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
        t.rows.push_back({c.product, segmentLabel(c.segment), QString::number(c.accounts), QString::number(c.holders),
                          c.accounts ? formatKpiValue(KpiId::UsageSeatUtilisation, c.adoption(), QString()) : QStringLiteral("—"),
                          c.medianMrr ? formatMoneyAmount(*c.medianMrr, m_currency, MoneyPrecision::Whole) : QStringLiteral("—"),
                          QString::number(c.accounts - c.holders)});
    return t;
}

} // namespace ra

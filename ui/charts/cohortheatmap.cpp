#include "charts/cohortheatmap.h"

#include "domain/language.h"
#include "report/kpiformat.h"

#include <QCoreApplication>
#include <QFont>

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ra {

CohortHeatmap::CohortHeatmap(std::vector<CohortRow> rows, RetentionKind kind) : m_rows(std::move(rows)), m_kind(kind) {}

const std::vector<std::optional<double>> &CohortHeatmap::values(const CohortRow &row) const
{
    return m_kind == RetentionKind::Logo ? row.logoRetention : row.revenueRetention;
}

QColor CohortHeatmap::cellColour(double value)
{
    // From near-white to the palette's dark blue; revenue retention above
    // 100% (expansion) keeps the darkest shade.
    const double t = std::clamp(value, 0.0, 1.0);
    const QColor light(0xf0, 0xf6, 0xfb), dark(0x08, 0x3d, 0x77);
    auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(light.red(), dark.red()), mix(light.green(), dark.green()), mix(light.blue(), dark.blue()));
}

QString CohortHeatmap::monthLabel(int yyyymm)
{
    return formatDate(QDate(yyyymm / 100, yyyymm % 100, 1), QT_TRANSLATE_NOOP("ra::DateFormat", "MMM yyyy"));
}

HeatmapGrid CohortHeatmap::layout(const QRectF &target, const QFontMetricsF &fm) const
{
    int columns = 0;
    for (const CohortRow &r : m_rows)
        columns = std::max(columns, static_cast<int>(values(r).size()));
    return HeatmapGrid::fit(target, fm, fm.horizontalAdvance(QStringLiteral("Mar 2026 (9,999)")) + fm.height() / 2,
                            columns, static_cast<int>(m_rows.size()), fm.height() * 2.2);
}

void CohortHeatmap::paintChart(QPainter &painter, const QRectF &target) const
{
    if (!beginPaint(painter, target))
        return;
    const QFontMetricsF fm(painter.font());
    const HeatmapGrid l = layout(target, fm);
    const bool cellText = l.cellW >= fm.horizontalAdvance(QStringLiteral("100%")) + 4 && l.cellH >= fm.height();

    painter.setPen(colours().muted);
    for (int k = 0; k < l.columns; ++k) {
        const QRectF h(l.columnLeft(k), target.top(), l.cellW, l.headerH);
        // Thin columns show every other offset rather than overlapping numbers.
        if (l.cellW >= fm.horizontalAdvance(QStringLiteral("M12")) + 2 || k % 2 == 0)
            painter.drawText(h, Qt::AlignCenter, k == 0 ? QStringLiteral("M0") : QStringLiteral("M%1").arg(k));
    }
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const CohortRow &row = m_rows[r];
        const qreal y = l.rowTop(static_cast<int>(r));
        painter.setPen(colours().text);
        painter.drawText(QRectF(target.left(), y, l.labelW - fm.height() / 2, l.cellH), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1 (%2)").arg(monthLabel(row.month), formatNumber(row.accounts, 0)));
        const auto &vals = values(row);
        for (size_t k = 0; k < vals.size(); ++k) {
            if (!vals[k])
                continue;
            const QRectF cell(l.columnLeft(static_cast<int>(k)), y, l.cellW - 1, l.cellH - 1);
            const QColor fill = cellColour(*vals[k]);
            painter.fillRect(cell, fill);
            if (cellText) {
                painter.setPen(fill.lightnessF() < 0.55 ? Qt::white : QColor(0x1b, 0x1f, 0x24));
                painter.drawText(cell, Qt::AlignCenter, formatPercent(*vals[k], 0));
            }
        }
    }
    // Legend: the scale from 0% to 100%.
    const qreal ly = l.rowTop(l.rows) + fm.height() * 0.4;
    paintScale(painter, colours(), l.grid.left(), ly, l.grid.width(),
               m_kind == RetentionKind::Logo ? QCoreApplication::translate("ra::Charts", "100% of accounts retained")
                                             : QCoreApplication::translate("ra::Charts", "≥ 100% of starting MRR"));
    painter.restore();
}

void CohortHeatmap::paintScale(QPainter &painter, const ChartColours &colours, qreal left, qreal y, qreal gridWidth,
                               const QString &label)
{
    const QFontMetricsF fm(painter.font());
    const qreal x0 = left + fm.horizontalAdvance(QStringLiteral("0% ")), lw = std::min<qreal>(200, gridWidth / 2);
    for (int i = 0; i < 20; ++i)
        painter.fillRect(QRectF(x0 + i * lw / 20, y, lw / 20 + 0.5, fm.height() * 0.8), cellColour(i / 19.0));
    painter.setPen(colours.muted);
    painter.drawText(QPointF(left, y + fm.ascent() * 0.9), QStringLiteral("0%"));
    painter.drawText(QPointF(x0 + lw + 4, y + fm.ascent() * 0.9), label);
}

QString CohortHeatmap::toolTipAt(const QRectF &target, const QPointF &pos) const
{
    int r = 0, k = 0;
    if (isEmpty() || !layout(target, QFontMetricsF(QFont())).cellAt(pos, r, k))
        return {};
    const auto &vals = values(m_rows[static_cast<size_t>(r)]);
    if (k < 0 || k >= static_cast<int>(vals.size()) || !vals[static_cast<size_t>(k)])
        return {};
    const QString month = monthLabel(m_rows[static_cast<size_t>(r)].month);
    const QString share = formatPercent(*vals[static_cast<size_t>(k)], 1);
    return m_kind == RetentionKind::Logo
               ? QCoreApplication::translate("ra::Charts", "Cohort %1, month %2: %3 of accounts still paying")
                     .arg(month).arg(k).arg(share)
               : QCoreApplication::translate("ra::Charts", "Cohort %1, month %2: %3 of the cohort's starting MRR")
                     .arg(month).arg(k).arg(share);
}

ChartTable CohortHeatmap::dataTable() const
{
    ChartTable t;
    t.columns = {QCoreApplication::translate("ra::Charts", "Cohort"), QCoreApplication::translate("ra::Charts", "Accounts")};
    size_t width = 0;
    for (const CohortRow &row : m_rows)
        width = std::max(width, values(row).size());
    for (size_t k = 0; k < width; ++k)
        t.columns << QCoreApplication::translate("ra::Charts", "Month %1").arg(k);
    for (const CohortRow &row : m_rows) {
        QStringList cells{monthLabel(row.month), formatNumber(row.accounts, 0)};
        for (const auto &v : values(row))
            cells << (v ? formatPercent(*v, 1) : QStringLiteral("—"));
        t.rows.push_back(cells);
    }
    return t;
}

} // namespace ra

#include "charts/funnelchart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ra {

FunnelChart::FunnelChart(std::vector<FunnelStage> stages) : m_stages(std::move(stages)) {}

bool FunnelChart::isEmpty() const
{
    return std::none_of(m_stages.begin(), m_stages.end(), [](const FunnelStage &s) { return s.count && *s.count > 0; });
}

void FunnelChart::paintChart(QPainter &painter, const QRectF &target) const
{
    if (!beginPaint(painter, target))
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(painter.font());
    const int n = static_cast<int>(m_stages.size());
    // Bars and the conversion lines between them share the height.
    const qreal lineH = fm.height();
    const qreal gap = std::max(lineH * 1.4, 4.0);
    // Bars no thicker than a couple of lines: a tall card gets air, not slabs.
    const qreal barH = std::clamp((target.height() - gap * (n - 1)) / n, lineH * 1.2, lineH * 2.4);
    qreal labelW = 0;
    for (const FunnelStage &s : m_stages)
        labelW = std::max(labelW, fm.horizontalAdvance(s.label));
    labelW += lineH;
    qreal valueW = 0;
    for (const FunnelStage &s : m_stages)
        valueW = std::max(valueW, fm.horizontalAdvance(s.countText));
    valueW += lineH;
    const qreal barArea = std::max<qreal>(10, target.width() - labelW - valueW);
    double maxCount = 0;
    for (const FunnelStage &s : m_stages)
        maxCount = std::max(maxCount, s.count.value_or(0));

    qreal y = target.top() + std::max<qreal>(0, (target.height() - n * barH - (n - 1) * gap) / 2);
    for (int i = 0; i < n; ++i) {
        const FunnelStage &s = m_stages[static_cast<size_t>(i)];
        if (i > 0) {
            painter.setPen(colours().muted);
            painter.drawText(QRectF(target.left() + labelW, y, barArea, gap), Qt::AlignCenter,
                             s.conversionText.isEmpty() ? QString() : QStringLiteral("↓ ") + s.conversionText);
            y += gap;
        }
        const qreal w = std::max<qreal>(2, barArea * (maxCount > 0 ? s.count.value_or(0) / maxCount : 0));
        const QRectF bar(target.left() + labelW + (barArea - w) / 2, y, w, barH);
        painter.setPen(Qt::NoPen);
        painter.setBrush(chartSeriesColour(0));
        painter.drawRect(bar);
        painter.setPen(colours().text);
        painter.drawText(QRectF(target.left(), y, labelW - lineH / 2, barH), Qt::AlignRight | Qt::AlignVCenter, s.label);
        painter.drawText(QRectF(target.right() - valueW + lineH / 2, y, valueW - lineH / 2, barH),
                         Qt::AlignLeft | Qt::AlignVCenter, s.countText);
        y += barH;
    }
    painter.restore();
}

ChartTable FunnelChart::dataTable() const
{
    ChartTable t;
    t.columns = {QCoreApplication::translate("ra::Charts", "Stage"), QCoreApplication::translate("ra::Charts", "Count"),
                 QCoreApplication::translate("ra::Charts", "Conversion")};
    for (const FunnelStage &s : m_stages)
        t.rows.push_back({s.label, s.countText, s.conversionText});
    return t;
}

} // namespace ra

#pragma once
// White space for cross-sell: one row per product, one column per segment
// (accounts without segment last), each cell shaded by the product's
// adoption in the segment on the cohort heatmap's scale, with how many of the
// segment's accounts do not have it. Cells where fewer than three accounts
// have the product are hatched: they are not gaps (kpis.md).
#include "charts/heatmapgrid.h"
#include "charts/paintedchart.h"
#include "kpi/accounthealth.h"

class QFontMetricsF;

namespace ra {

class WhitespaceHeatmap : public PaintedChart {
public:
    explicit WhitespaceHeatmap(WhitespaceTable table = {}, QString currency = QStringLiteral("EUR"));
    const WhitespaceTable &table() const { return m_table; }
    bool isEmpty() const override { return m_table.cells.empty(); }
    void paintChart(QPainter &painter, const QRectF &target) const override;
    QString toolTipAt(const QRectF &target, const QPointF &pos) const override;
    ChartTable dataTable() const override;

private:
    HeatmapGrid layout(const QRectF &target, const QFontMetricsF &fm) const;
    const WhitespaceCell *cellAt(const QRectF &target, const QPointF &pos) const;

    WhitespaceTable m_table;
    QString m_currency;
};

} // namespace ra

#pragma once
// The cohort retention heatmap: one row per acquisition month, one column per
// month since acquisition, cells shaded by retention on a single-hue scale
// (lightness carries the value, so it reads in greyscale and for colour-blind
// readers). Qt Charts has no heatmap, so this is painted directly.
#include "charts/heatmapgrid.h"
#include "charts/paintedchart.h"
#include "kpi/kpiengine.h"

#include <vector>

class QFontMetricsF;

namespace ra {

enum class RetentionKind : quint8 { Logo, Revenue };

class CohortHeatmap : public PaintedChart {
public:
    explicit CohortHeatmap(std::vector<CohortRow> rows = {}, RetentionKind kind = RetentionKind::Logo);
    void setKind(RetentionKind kind) { m_kind = kind; }
    RetentionKind kind() const { return m_kind; }
    const std::vector<CohortRow> &rows() const { return m_rows; }
    bool isEmpty() const override { return m_rows.empty(); }
    ChartTable dataTable() const override;
    void paintChart(QPainter &painter, const QRectF &target) const override;
    QString toolTipAt(const QRectF &target, const QPointF &pos) const override;

    static QColor cellColour(double value); // 0..1 (more is darker)
    static QString monthLabel(int yyyymm);   // "Mar 2026"
    // The 0%…100% scale under a grid starting at `left`, at height y, then `label`.
    static void paintScale(QPainter &painter, const ChartColours &colours, qreal left, qreal y, qreal gridWidth,
                           const QString &label);

private:
    HeatmapGrid layout(const QRectF &target, const QFontMetricsF &fm) const;
    const std::vector<std::optional<double>> &values(const CohortRow &row) const;

    std::vector<CohortRow> m_rows;
    RetentionKind m_kind;
};

} // namespace ra

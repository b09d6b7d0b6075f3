#pragma once
// A ChartSpec drawn as vectors into any painter (PDF page, image) without a
// window: the chart is laid out in an off-screen scene and rendered.
#include "charts/chartpainter.h"
#include "charts/chartspec.h"

namespace ra {

class SeriesChart : public ChartPainter {
public:
    explicit SeriesChart(ChartSpec spec, ChartColours colours = paperChartColours());
    const ChartSpec &spec() const { return m_spec; }
    void paintChart(QPainter &painter, const QRectF &target) const override;

private:
    ChartSpec m_spec;
    ChartColours m_colours;
};

} // namespace ra

#pragma once
// Shows a PaintedChart (funnel, heatmap) in the window in the palette's colours.
#include "charts/paintedchart.h"

#include <QWidget>
#include <memory>

namespace ra {

class PaintedChartView : public QWidget, public ChartPainter {
    Q_OBJECT
public:
    explicit PaintedChartView(std::unique_ptr<PaintedChart> chart, QWidget *parent = nullptr);
    ~PaintedChartView() override;

    void setChart(std::unique_ptr<PaintedChart> chart);
    PaintedChart *chart() const { return m_chart.get(); }
    void chartChanged(); // after the chart was changed in place: repaint, re-describe
    void paintChart(QPainter &painter, const QRectF &target) const override; // paper colours

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    std::unique_ptr<PaintedChart> m_chart;
};

} // namespace ra

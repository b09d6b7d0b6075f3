#pragma once
// A bar/line chart on screen. Rebuilt from its ChartSpec when the data or
// the palette changes; paints the same chart onto paper via SeriesChart.
#include "charts/chartpainter.h"
#include "charts/chartspec.h"

#include <QChartView>

namespace ra {

class ChartView : public QChartView, public ChartPainter {
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    void setSpec(ChartSpec spec);
    const ChartSpec &spec() const { return m_spec; }

    // Vectors on white paper, whatever the window's palette.
    void paintChart(QPainter &painter, const QRectF &target) const override;

Q_SIGNALS:
    // A bar was clicked (e.g. a persona's bar: the page drills down to it).
    void categoryClicked(int index, const QString &category);

protected:
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override; // the focus ring

private:
    void rebuild();
    ChartColours paletteColours() const;

    ChartSpec m_spec;
};

} // namespace ra

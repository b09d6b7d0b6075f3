#pragma once
// A bar/line chart on screen. Rebuilt from its ChartSpec when the data or
// the palette changes; paints the same chart onto paper via SeriesChart.
// The Qt Charts view is a private child, so no Qt Charts type leaves
// ui/charts (the seam for a later move to Qt Graphs).
#include "charts/chartpainter.h"
#include "charts/chartspec.h"

#include <QWidget>
#include <memory>

namespace ra {

class ChartView : public QWidget, public ChartPainter {
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
    void paintEvent(QPaintEvent *event) override; // the focus ring, around the Qt Charts view

private:
    void rebuild();
    ChartColours paletteColours() const;

    struct Private;
    std::unique_ptr<Private> d;
    ChartSpec m_spec;
};

} // namespace ra

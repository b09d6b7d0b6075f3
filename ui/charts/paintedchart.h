#pragma once
// Base of the charts drawn with QPainter directly (funnel, cohort heatmap):
// what Qt Charts cannot draw. Colours default to paper; a view sets them from
// its palette before painting.
#include "charts/chartpainter.h"
#include "charts/chartspec.h"
#include "charts/charttable.h"

#include <QPointF>
#include <QString>

namespace ra {

class PaintedChart : public ChartPainter {
public:
    void setColours(const ChartColours &colours) { m_colours = colours; }
    const ChartColours &colours() const { return m_colours; }
    // Text for a tooltip at pos when painted into target; empty = none.
    virtual QString toolTipAt(const QRectF &target, const QPointF &pos) const;
    virtual bool isEmpty() const = 0;
    // The chart as a table, for "Show data" and screen readers.
    virtual ChartTable dataTable() const = 0;

protected:
    void paintEmpty(QPainter &painter, const QRectF &target) const;
    // The start of every paintChart: the "no data" text and false when the
    // chart is empty; else saves the painter (restore it at the end), fills
    // the background and returns true.
    bool beginPaint(QPainter &painter, const QRectF &target) const;

private:
    ChartColours m_colours = paperChartColours();
};

} // namespace ra

#pragma once
// Every chart of the dashboard can also paint itself into any QPainter
// (a QPdfWriter page for the report, a QImage for screenshots) as vectors.
// One implementation for the window and the PDF.
#include <QRectF>

class QPainter;

namespace ra {

class ChartPainter {
public:
    virtual ~ChartPainter() = default;
    virtual void paintChart(QPainter &painter, const QRectF &target) const = 0;
};

} // namespace ra

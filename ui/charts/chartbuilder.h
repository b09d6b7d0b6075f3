#pragma once
// Builds the Qt Charts scene for a ChartSpec. Kept apart from the widget so
// that the window (ChartView) and the PDF (SeriesChart) build the same chart.
#include "charts/chartspec.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ra {

// A new chart owned by the caller (or by the view/scene it is put in).
QChart *buildChart(const ChartSpec &spec, const ChartColours &colours);

// The spec's category at a bar position (horizontal charts list them reversed).
int chartCategoryIndex(const ChartSpec &spec, int position);

// Hover text of one value: "Mar 2026 · New business: €12,345".
QString chartValueText(const ChartSpec &spec, int series, int category);

} // namespace ra

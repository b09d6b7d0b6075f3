#pragma once
// "Show data" for every chart: a context-menu action (also Ctrl+Shift+D while
// the chart has focus) that opens the chart as a table; and the chart's
// accessible description, kept to its latest values.
#include "charts/charttable.h"

#include <functional>

class QPainter;
class QRect;
class QWidget;

namespace ra {

// Adds the action to `chart` (which must outlive nothing but itself) and
// makes the chart reachable with Tab.
void installShowData(QWidget *chart, std::function<ChartTable()> table);
// Shows `table` in a window-modal dialog titled with the chart's accessible name.
void showChartData(QWidget *chart, const ChartTable &table);
// Accessible description: the latest values and how to read the rest.
void describeChart(QWidget *chart, const ChartTable &table);
// The focus ring of a chart or tile that has keyboard focus, in the palette's
// highlight; watchFocus makes `widget` repaint when it gains or loses focus.
void paintFocusRing(QPainter &painter, const QWidget *widget, const QRect &rect);
void watchFocus(QWidget *widget);

} // namespace ra

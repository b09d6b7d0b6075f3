#pragma once
// What a bar/line chart shows, as plain data: categories along x, series of
// values in engine units (money in cents, ratios 0..1). The dashboard pages
// and the PDF report fill one of these; ChartView and SeriesChart draw it.
#include "domain/kpicatalog.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ra {

enum class SeriesKind : quint8 { Bar, Line };

struct ChartSeries {
    QString name;
    std::vector<std::optional<double>> values; // one per category, engine units
    SeriesKind kind = SeriesKind::Bar;
    int colour = -1;              // index into chartSeriesColour(); -1 = by position
    bool secondaryAxis = false;   // a line on its own right-hand axis (e.g. MRR end over movements)
    bool negate = false;          // drawn below zero (contraction, churn)
    std::optional<KpiId> kpi;     // formats hover texts; defaults to the spec's unit
};

struct ChartSpec {
    QString title;
    QStringList categories;
    std::vector<ChartSeries> series;
    bool stacked = false;                 // bars stacked rather than side by side
    bool horizontal = false;              // bars along x, categories down the left (long names, bars only)
    KpiUnit unit = KpiUnit::Count;        // of the left axis
    KpiUnit secondaryUnit = KpiUnit::Count;
    QString currency = QStringLiteral("EUR");
    std::optional<double> reference;      // a horizontal line, engine units (e.g. SLA hours)
    QString referenceLabel;
    QString definition;                   // tooltip: what the chart shows, in plain words

    bool isEmpty() const; // no category or no value at all
};

// Engine units → what an axis shows (money in major units, ratios in percent).
double toAxisUnits(KpiUnit unit, double value);
// The axis title for a unit, e.g. "€", "%", "hours".
QString axisTitle(KpiUnit unit, const QString &currency);

// The series palette: Okabe–Ito colours (safe for the common colour-vision
// deficiencies), ordered so that neighbours differ in lightness and stay
// apart when printed in greyscale.
QColor chartSeriesColour(int index);
// Colours of the frame around the series: from a widget palette on screen,
// black on white for paper.
struct ChartColours {
    QColor background;
    QColor text;
    QColor muted;
    QColor grid;
};
ChartColours paperChartColours();

} // namespace ra

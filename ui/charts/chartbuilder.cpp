#include "charts/chartbuilder.h"

#include "domain/language.h"
#include "report/kpiformat.h"

#include <QBarCategoryAxis>
#include <QCoreApplication>
#include <QBarSeries>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ra {
namespace {

struct AxisScale {
    double divisor = 1;
    QString title;
};

// Large money axes read better in thousands or millions than as 7-digit labels.
AxisScale scaleFor(KpiUnit unit, const QString &currency, double maxAbs)
{
    AxisScale s{1, axisTitle(unit, currency)};
    const bool money = unit == KpiUnit::Money;
    if (money || unit == KpiUnit::Count) {
        //: Axis titles of large amounts; %1 is the currency symbol
        if (maxAbs >= 2e6)
            s = {1e6, money ? QCoreApplication::translate("ra::Charts", "%1 millions").arg(s.title)
                            : QCoreApplication::translate("ra::Charts", "millions")};
        else if (maxAbs >= 1e4)
            s = {1e3, money ? QCoreApplication::translate("ra::Charts", "%1 thousands").arg(s.title)
                            : QCoreApplication::translate("ra::Charts", "thousands")};
    }
    return s;
}

double seriesValue(const ChartSeries &s, int i, KpiUnit unit)
{
    const auto &v = s.values[static_cast<size_t>(i)];
    if (!v)
        return 0;
    const double x = toAxisUnits(unit, *v);
    return s.negate ? -x : x;
}

// The top of a value axis: the data's maximum plus a margin, except that a
// share that stays within 100% is never drawn against 110% (which nice
// numbers would round up to 120% or 150%).
double axisTop(KpiUnit unit, double hi, double margin)
{
    const double top = hi + margin;
    return unit == KpiUnit::Ratio && hi <= 100.0 ? std::min(top, 100.0) : top;
}

QValueAxis *makeValueAxis(const ChartColours &c, double lo, double hi, const QString &title)
{
    auto *axis = new QValueAxis;
    if (hi <= lo)
        hi = lo + 1;
    axis->setRange(lo, hi);
    axis->applyNiceNumbers();
    const double span = axis->max() - axis->min();
    axis->setLabelFormat(span < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axis->setLabelsColor(c.text);
    axis->setTitleText(title);
    axis->setTitleBrush(c.muted);
    axis->setGridLineColor(c.grid);
    axis->setLinePenColor(c.grid);
    axis->setMinorGridLineVisible(false);
    QFont f = axis->titleFont();
    f.setBold(false);
    axis->setTitleFont(f);
    return axis;
}

} // namespace

int chartCategoryIndex(const ChartSpec &spec, int position)
{
    return spec.horizontal ? static_cast<int>(spec.categories.size()) - 1 - position : position;
}

QString chartValueText(const ChartSpec &spec, int series, int category)
{
    if (series < 0 || series >= static_cast<int>(spec.series.size()))
        return {};
    const ChartSeries &s = spec.series[static_cast<size_t>(series)];
    if (category < 0 || category >= static_cast<int>(s.values.size()))
        return {};
    const auto v = s.values[static_cast<size_t>(category)];
    QString text;
    if (s.kpi) {
        text = formatKpiValue(*s.kpi, v, spec.currency);
    } else if (!v) {
        text = QStringLiteral("—");
    } else {
        const KpiUnit unit = s.secondaryAxis ? spec.secondaryUnit : spec.unit;
        text = formatNumber(toAxisUnits(unit, *v), unit == KpiUnit::Count ? 0 : 1);
    }
    return spec.categories.value(category) + QStringLiteral(" · ") + s.name + QStringLiteral(": ") + text;
}

QChart *buildChart(const ChartSpec &spec, const ChartColours &c)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the reader's locale ("1 234,5" in Swedish).
    chart->setLocale(readerLocale());
    chart->setLocalizeNumbers(true);
    chart->setBackgroundBrush(c.background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(c.text);
    chart->legend()->setShowToolTips(true);

    const int n = static_cast<int>(spec.categories.size());
    double lo = 0, hi = 0, lo2 = 0, hi2 = 0;
    bool hasSecondary = false;

    // Bars first, so that lines draw on top of them.
    QAbstractBarSeries *bars = nullptr;
    for (size_t si = 0; si < spec.series.size(); ++si) {
        const ChartSeries &s = spec.series[si];
        if (s.kind != SeriesKind::Bar)
            continue;
        if (!bars)
            bars = spec.horizontal ? (spec.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                                   : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries))
                   : spec.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                  : static_cast<QAbstractBarSeries *>(new QBarSeries);
        auto *set = new QBarSet(s.name);
        const QColor colour = chartSeriesColour(s.colour >= 0 ? s.colour : static_cast<int>(si));
        set->setColor(colour);
        set->setBorderColor(colour);
        for (int j = 0; j < n; ++j) {
            const int i = chartCategoryIndex(spec, j);
            set->append(i < static_cast<int>(s.values.size()) ? seriesValue(s, i, spec.unit) : 0.0);
        }
        bars->append(set);
    }
    if (bars) {
        bars->setBarWidth(spec.stacked || bars->count() == 1 ? 0.6 : 0.8);
        // Stacked extents: positives and negatives pile up separately.
        for (int i = 0; i < n; ++i) {
            double pos = 0, neg = 0;
            for (QBarSet *set : bars->barSets()) {
                const double v = set->at(i);
                if (spec.stacked) {
                    (v >= 0 ? pos : neg) += v;
                } else {
                    pos = std::max(pos, v);
                    neg = std::min(neg, v);
                }
            }
            hi = std::max(hi, pos);
            lo = std::min(lo, neg);
        }
        chart->addSeries(bars);
    }

    std::vector<QLineSeries *> lines;
    std::vector<bool> lineSecondary;
    bool lowSet = bars != nullptr;
    for (size_t si = 0; si < spec.series.size(); ++si) {
        const ChartSeries &s = spec.series[si];
        if (s.kind != SeriesKind::Line)
            continue;
        const KpiUnit unit = s.secondaryAxis ? spec.secondaryUnit : spec.unit;
        auto *line = new QLineSeries;
        line->setName(s.name);
        QPen pen(chartSeriesColour(s.colour >= 0 ? s.colour : static_cast<int>(si)));
        pen.setWidthF(2.5);
        // Every other line dashed: lines stay apart without colour too.
        if (lines.size() % 2 == 1)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (int i = 0; i < n && i < static_cast<int>(s.values.size()); ++i) {
            if (!s.values[static_cast<size_t>(i)])
                continue;
            const double v = seriesValue(s, i, unit);
            line->append(i, v);
            double &l = s.secondaryAxis ? lo2 : lo;
            double &h = s.secondaryAxis ? hi2 : hi;
            if (!s.secondaryAxis && !lowSet) {
                lo = hi = v;
                lowSet = true;
            }
            l = std::min(l, v);
            h = std::max(h, v);
        }
        hasSecondary = hasSecondary || s.secondaryAxis;
        chart->addSeries(line);
        lines.push_back(line);
        lineSecondary.push_back(s.secondaryAxis);
    }

    QLineSeries *reference = nullptr;
    if (spec.reference) {
        const double r = toAxisUnits(spec.unit, *spec.reference);
        reference = new QLineSeries;
        reference->setName(spec.referenceLabel);
        QPen pen(c.muted);
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DotLine);
        reference->setPen(pen);
        reference->append(-0.5, r);
        reference->append(std::max(0, n - 1) + 0.5, r);
        hi = std::max(hi, r);
        lo = std::min(lo, r);
        chart->addSeries(reference);
    }

    // Ratios and scores are read against their own range; counts and money from zero.
    const bool fromZero = bars || spec.unit == KpiUnit::Count || spec.unit == KpiUnit::Money;
    if (fromZero)
        lo = std::min(lo, 0.0);
    const AxisScale scale = scaleFor(spec.unit, spec.currency, std::max(std::abs(lo), std::abs(hi)));
    if (scale.divisor != 1) {
        for (QAbstractSeries *series : chart->series()) {
            if (auto *b = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : b->barSets())
                    for (int i = 0; i < set->count(); ++i)
                        set->replace(i, set->at(i) / scale.divisor);
            }
        }
        for (size_t li = 0; li < lines.size(); ++li) {
            if (!lineSecondary[li]) {
                auto pts = lines[li]->points();
                for (auto &p : pts)
                    p.setY(p.y() / scale.divisor);
                lines[li]->replace(pts);
            }
        }
        if (reference) {
            auto pts = reference->points();
            for (auto &p : pts)
                p.setY(p.y() / scale.divisor);
            reference->replace(pts);
        }
    }

    auto *xAxis = new QBarCategoryAxis;
    // Many categories: two-line labels ("Nov<br>25", "Head of<br>Marketing")
    // stay readable where one line would be cut to "No…".
    QStringList labels = spec.categories.isEmpty() ? QStringList{QString()} : spec.categories;
    if (spec.horizontal)
        std::reverse(labels.begin(), labels.end()); // Qt stacks categories bottom-up; read them top-down
    else if (n > 5)
        for (QString &l : labels)
            if (const auto space = l.indexOf(QLatin1Char(' ')); space > 0)
                l = l.left(space).toHtmlEscaped() + QStringLiteral("<br>") + l.mid(space + 1).toHtmlEscaped();
    xAxis->append(labels);
    xAxis->setLabelsColor(c.text);
    xAxis->setGridLineVisible(false);
    xAxis->setLinePenColor(c.grid);
    chart->addAxis(xAxis, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);

    const double margin = (hi - lo) * 0.05;
    // Non-negative data never gets a negative axis just for the margin.
    const double yMin = lo < 0 ? lo - margin : fromZero ? lo : std::max(0.0, lo - margin);
    auto *yAxis = makeValueAxis(c, yMin / scale.divisor, axisTop(spec.unit, hi, margin) / scale.divisor, scale.title);
    chart->addAxis(yAxis, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    QValueAxis *y2 = nullptr;
    if (hasSecondary) {
        const AxisScale s2 = scaleFor(spec.secondaryUnit, spec.currency, std::max(std::abs(lo2), std::abs(hi2)));
        const bool zero2 = spec.secondaryUnit == KpiUnit::Count || spec.secondaryUnit == KpiUnit::Money;
        const double m2 = (hi2 - lo2) * 0.05;
        const double min2 = zero2 ? std::min(0.0, lo2) : lo2 < 0 ? lo2 - m2 : std::max(0.0, lo2 - m2);
        y2 = makeValueAxis(c, min2 / s2.divisor, axisTop(spec.secondaryUnit, hi2, m2) / s2.divisor, s2.title);
        y2->setGridLineVisible(false);
        chart->addAxis(y2, Qt::AlignRight);
        if (s2.divisor != 1) {
            size_t li = 0;
            for (const ChartSeries &s : spec.series) {
                if (s.kind != SeriesKind::Line)
                    continue;
                if (s.secondaryAxis) {
                    auto pts = lines[li]->points();
                    for (auto &p : pts)
                        p.setY(p.y() / s2.divisor);
                    lines[li]->replace(pts);
                }
                ++li;
            }
        }
    }

    size_t li = 0;
    for (const ChartSeries &s : spec.series) {
        if (s.kind != SeriesKind::Line)
            continue;
        lines[li]->attachAxis(xAxis);
        lines[li]->attachAxis(s.secondaryAxis && y2 ? y2 : yAxis);
        ++li;
    }
    if (bars) {
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
    }
    if (reference) {
        reference->attachAxis(xAxis);
        reference->attachAxis(yAxis);
    }
    // A one-series chart needs no legend; the title says what it is.
    const bool oneSeries = spec.series.size() == 1 && !reference;
    chart->legend()->setVisible(!oneSeries);
    return chart;
}

} // namespace ra

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

namespace {

void scaleY(QLineSeries *line, double divisor)
{
    auto pts = line->points();
    for (auto &p : pts)
        p.setY(p.y() / divisor);
    line->replace(pts);
}

// One chart built in steps: series first (collecting the data's extent per
// axis), then the axes fitted to that extent, then the series attached.
class ChartAssembly {
public:
    ChartAssembly(const ChartSpec &spec, const ChartColours &c)
        : m_spec(spec), m_c(c), m_n(static_cast<int>(spec.categories.size())), m_chart(new QChart)
    {
    }

    QChart *build()
    {
        styleChart();
        addBars(); // bars first, so that lines draw on top of them
        addLines();
        addReference();
        // Ratios and scores are read against their own range; counts and money from zero.
        m_fromZero = m_bars || m_spec.unit == KpiUnit::Count || m_spec.unit == KpiUnit::Money;
        if (m_fromZero)
            m_lo = std::min(m_lo, 0.0);
        addCategoryAxis();
        addPrimaryAxis();
        addSecondaryAxis();
        attachAxes();
        // A one-series chart needs no legend; the title says what it is.
        m_chart->legend()->setVisible(!(m_spec.series.size() == 1 && !m_reference));
        return m_chart;
    }

private:
    void styleChart()
    {
        m_chart->setAnimationOptions(QChart::NoAnimation);
        // Axis numbers in the reader's locale ("1 234,5" in Swedish).
        m_chart->setLocale(readerLocale());
        m_chart->setLocalizeNumbers(true);
        m_chart->setBackgroundBrush(m_c.background);
        m_chart->setBackgroundRoundness(0);
        m_chart->setPlotAreaBackgroundVisible(false);
        m_chart->setMargins(QMargins(4, 4, 4, 4));
        m_chart->legend()->setAlignment(Qt::AlignBottom);
        m_chart->legend()->setLabelColor(m_c.text);
        m_chart->legend()->setShowToolTips(true);
    }

    QAbstractBarSeries *newBarSeries() const
    {
        if (m_spec.horizontal)
            return m_spec.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                  : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
        return m_spec.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                              : static_cast<QAbstractBarSeries *>(new QBarSeries);
    }

    void addBars()
    {
        for (size_t si = 0; si < m_spec.series.size(); ++si) {
            const ChartSeries &s = m_spec.series[si];
            if (s.kind != SeriesKind::Bar)
                continue;
            if (!m_bars)
                m_bars = newBarSeries();
            auto *set = new QBarSet(s.name);
            const QColor colour = chartSeriesColour(s.colour >= 0 ? s.colour : static_cast<int>(si));
            set->setColor(colour);
            set->setBorderColor(colour);
            for (int j = 0; j < m_n; ++j) {
                const int i = chartCategoryIndex(m_spec, j);
                set->append(i < static_cast<int>(s.values.size()) ? seriesValue(s, i, m_spec.unit) : 0.0);
            }
            m_bars->append(set);
        }
        if (!m_bars)
            return;
        m_bars->setBarWidth(m_spec.stacked || m_bars->count() == 1 ? 0.6 : 0.8);
        // Stacked extents: positives and negatives pile up separately.
        for (int i = 0; i < m_n; ++i) {
            double pos = 0, neg = 0;
            for (QBarSet *set : m_bars->barSets()) {
                const double v = set->at(i);
                if (m_spec.stacked) {
                    (v >= 0 ? pos : neg) += v;
                } else {
                    pos = std::max(pos, v);
                    neg = std::min(neg, v);
                }
            }
            m_hi = std::max(m_hi, pos);
            m_lo = std::min(m_lo, neg);
        }
        m_chart->addSeries(m_bars);
    }

    void addLines()
    {
        bool lowSet = m_bars != nullptr;
        for (size_t si = 0; si < m_spec.series.size(); ++si) {
            const ChartSeries &s = m_spec.series[si];
            if (s.kind != SeriesKind::Line)
                continue;
            const KpiUnit unit = s.secondaryAxis ? m_spec.secondaryUnit : m_spec.unit;
            auto *line = new QLineSeries;
            line->setName(s.name);
            QPen pen(chartSeriesColour(s.colour >= 0 ? s.colour : static_cast<int>(si)));
            pen.setWidthF(2.5);
            // Every other line dashed: lines stay apart without colour too.
            if (m_lines.size() % 2 == 1)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setPointsVisible(true);
            for (int i = 0; i < m_n && i < static_cast<int>(s.values.size()); ++i) {
                if (!s.values[static_cast<size_t>(i)])
                    continue;
                const double v = seriesValue(s, i, unit);
                line->append(i, v);
                if (!s.secondaryAxis && !lowSet) {
                    m_lo = m_hi = v;
                    lowSet = true;
                }
                double &l = s.secondaryAxis ? m_lo2 : m_lo;
                double &h = s.secondaryAxis ? m_hi2 : m_hi;
                l = std::min(l, v);
                h = std::max(h, v);
            }
            m_hasSecondary = m_hasSecondary || s.secondaryAxis;
            m_chart->addSeries(line);
            m_lines.push_back({line, s.secondaryAxis});
        }
    }

    void addReference()
    {
        if (!m_spec.reference)
            return;
        const double r = toAxisUnits(m_spec.unit, *m_spec.reference);
        m_reference = new QLineSeries;
        m_reference->setName(m_spec.referenceLabel);
        QPen pen(m_c.muted);
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DotLine);
        m_reference->setPen(pen);
        m_reference->append(-0.5, r);
        m_reference->append(std::max(0, m_n - 1) + 0.5, r);
        m_hi = std::max(m_hi, r);
        m_lo = std::min(m_lo, r);
        m_chart->addSeries(m_reference);
    }

    void addCategoryAxis()
    {
        m_xAxis = new QBarCategoryAxis;
        // Many categories: two-line labels ("Nov<br>25", "Head of<br>Marketing")
        // stay readable where one line would be cut to "No…".
        QStringList labels = m_spec.categories.isEmpty() ? QStringList{QString()} : m_spec.categories;
        if (m_spec.horizontal)
            std::reverse(labels.begin(), labels.end()); // Qt stacks categories bottom-up; read them top-down
        else if (m_n > 5)
            for (QString &l : labels)
                if (const auto space = l.indexOf(QLatin1Char(' ')); space > 0)
                    l = l.left(space).toHtmlEscaped() + QStringLiteral("<br>") + l.mid(space + 1).toHtmlEscaped();
        m_xAxis->append(labels);
        m_xAxis->setLabelsColor(m_c.text);
        m_xAxis->setGridLineVisible(false);
        m_xAxis->setLinePenColor(m_c.grid);
        m_chart->addAxis(m_xAxis, m_spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    }

    // The primary axis in thousands or millions when the values are large:
    // bars, primary lines and the reference are divided to match.
    void addPrimaryAxis()
    {
        const AxisScale scale = scaleFor(m_spec.unit, m_spec.currency, std::max(std::abs(m_lo), std::abs(m_hi)));
        if (scale.divisor != 1) {
            if (m_bars)
                for (QBarSet *set : m_bars->barSets())
                    for (int i = 0; i < set->count(); ++i)
                        set->replace(i, set->at(i) / scale.divisor);
            for (const auto &[line, secondary] : m_lines)
                if (!secondary)
                    scaleY(line, scale.divisor);
            if (m_reference)
                scaleY(m_reference, scale.divisor);
        }
        const double margin = (m_hi - m_lo) * 0.05;
        // Non-negative data never gets a negative axis just for the margin.
        const double yMin = m_lo < 0 ? m_lo - margin : m_fromZero ? m_lo : std::max(0.0, m_lo - margin);
        m_yAxis = makeValueAxis(m_c, yMin / scale.divisor, axisTop(m_spec.unit, m_hi, margin) / scale.divisor,
                                scale.title);
        m_chart->addAxis(m_yAxis, m_spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    }

    void addSecondaryAxis()
    {
        if (!m_hasSecondary)
            return;
        const KpiUnit unit = m_spec.secondaryUnit;
        const AxisScale s2 = scaleFor(unit, m_spec.currency, std::max(std::abs(m_lo2), std::abs(m_hi2)));
        const bool zero2 = unit == KpiUnit::Count || unit == KpiUnit::Money;
        const double m2 = (m_hi2 - m_lo2) * 0.05;
        const double min2 = zero2 ? std::min(0.0, m_lo2) : m_lo2 < 0 ? m_lo2 - m2 : std::max(0.0, m_lo2 - m2);
        m_y2 = makeValueAxis(m_c, min2 / s2.divisor, axisTop(unit, m_hi2, m2) / s2.divisor, s2.title);
        m_y2->setGridLineVisible(false);
        m_chart->addAxis(m_y2, Qt::AlignRight);
        if (s2.divisor != 1)
            for (const auto &[line, secondary] : m_lines)
                if (secondary)
                    scaleY(line, s2.divisor);
    }

    void attachAxes()
    {
        for (const auto &[line, secondary] : m_lines) {
            line->attachAxis(m_xAxis);
            line->attachAxis(secondary && m_y2 ? m_y2 : m_yAxis);
        }
        for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_bars), static_cast<QAbstractSeries *>(m_reference)}) {
            if (series) {
                series->attachAxis(m_xAxis);
                series->attachAxis(m_yAxis);
            }
        }
    }

    const ChartSpec &m_spec;
    const ChartColours &m_c;
    const int m_n;
    QChart *m_chart;
    QAbstractBarSeries *m_bars = nullptr;
    std::vector<std::pair<QLineSeries *, bool>> m_lines; // with "on the secondary axis"
    QLineSeries *m_reference = nullptr;
    QBarCategoryAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QValueAxis *m_y2 = nullptr;
    double m_lo = 0, m_hi = 0, m_lo2 = 0, m_hi2 = 0;
    bool m_hasSecondary = false;
    bool m_fromZero = false;
};

} // namespace

QChart *buildChart(const ChartSpec &spec, const ChartColours &c) { return ChartAssembly(spec, c).build(); }

} // namespace ra

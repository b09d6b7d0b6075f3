#include "report/reportchartpainters.h"

#include "report/kpiformat.h"
#include "report/reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace ra {

namespace rs = reportstyle;

namespace {

constexpr qreal kLegendHeight = 16;
constexpr qreal kAxisLabelHeight = 14;

struct Scale {
    double min = 0, max = 1, step = 0.25;
};

// 4–6 ticks on round numbers covering [lo, hi] (and 0 for bars).
Scale niceScale(double lo, double hi)
{
    if (!(hi > lo)) {
        hi = lo + (lo == 0 ? 1 : std::abs(lo) * 0.1);
    }
    const double raw = (hi - lo) / 4;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * mag;
        if (raw <= step)
            break;
    }
    return Scale{std::floor(lo / step) * step, std::ceil(hi / step) * step, step};
}

QString axisText(KpiId unit, double v, const QString &currency)
{
    // "€0.00" on an axis of thousands reads as noise; zero is zero in any unit.
    return v == 0 ? QStringLiteral("0") : formatKpiValue(unit, v, currency);
}

// The legend on one line above the plot; returns its height.
qreal paintLegend(QPainter &p, const QRectF &area, const std::vector<const ReportSeries *> &series, int barCount)
{
    p.save();
    const QFont f = rs::font(7);
    p.setFont(f);
    const QFontMetricsF fm(f, p.device());
    qreal x = area.left();
    const qreal y = area.top() + kLegendHeight / 2;
    for (size_t i = 0; i < series.size(); ++i) {
        const ReportSeries *s = series[i];
        const bool bars = int(i) < barCount;
        if (bars) {
            p.fillRect(QRectF(x, y - 4, 10, 8), s->colour);
        } else {
            p.setPen(QPen(s->colour, 2, s->style));
            p.drawLine(QPointF(x, y), QPointF(x + 16, y));
        }
        x += bars ? 13 : 19;
        p.setPen(rs::ink());
        p.drawText(QPointF(x, y + fm.ascent() / 2 - 1), s->name);
        x += fm.horizontalAdvance(s->name) + 14;
    }
    p.restore();
    return kLegendHeight;
}

// Draws horizontal grid lines with labels on the left (or right); returns the label width used.
qreal labelWidth(QPainter &p, const Scale &s, KpiId unit, const QString &currency)
{
    const QFontMetricsF fm(rs::font(6.5), p.device());
    qreal w = 0;
    for (double v = s.min; v <= s.max + s.step / 2; v += s.step)
        w = std::max(w, fm.horizontalAdvance(axisText(unit, v, currency)));
    return w + 6;
}

void paintGrid(QPainter &p, const QRectF &plot, const Scale &s, KpiId unit, const QString &currency, bool right,
               bool lines)
{
    p.save();
    p.setFont(rs::font(6.5));
    for (double v = s.min; v <= s.max + s.step / 2; v += s.step) {
        const qreal y = plot.bottom() - (v - s.min) / (s.max - s.min) * plot.height();
        if (lines) {
            p.setPen(QPen(v == 0 ? rs::muted() : rs::rule(), v == 0 ? 0.8 : 0.4));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        p.setPen(rs::muted());
        const QRectF label = right ? QRectF(plot.right() + 4, y - 7, 80, 14) : QRectF(plot.left() - 84, y - 7, 80, 14);
        p.drawText(label, (right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                   axisText(unit, v, currency));
    }
    p.restore();
}

void paintCategories(QPainter &p, const QRectF &plot, const QStringList &categories)
{
    if (categories.isEmpty())
        return;
    p.save();
    p.setFont(rs::font(6.5));
    p.setPen(rs::muted());
    const qreal w = plot.width() / categories.size();
    const QFontMetricsF fm(rs::font(6.5), p.device());
    qreal widest = 0;
    for (const QString &c : categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    const int every = std::max(1, int(std::ceil((widest + 6) / w)));
    for (int i = 0; i < categories.size(); i += every)
        p.drawText(QRectF(plot.left() + i * w - 10, plot.bottom() + 2, w + 20, kAxisLabelHeight),
                   Qt::AlignHCenter | Qt::AlignTop, categories.at(i));
    p.restore();
}

void noData(QPainter &p, const QRectF &target)
{
    p.save();
    p.setPen(rs::muted());
    p.setFont(rs::font(8));
    p.drawText(target, Qt::AlignCenter, QStringLiteral("No values for this selection."));
    p.restore();
}

} // namespace

ReportLineChart::ReportLineChart(QStringList categories, std::vector<ReportSeries> series, KpiId axisUnit,
                                 QString currency)
    : m_categories(std::move(categories)), m_series(std::move(series)), m_unit(axisUnit),
      m_currency(std::move(currency))
{
}

void ReportLineChart::paintChart(QPainter &p, const QRectF &target) const
{
    double lo = 0, hi = 0;
    bool any = false;
    for (const ReportSeries &s : m_series)
        for (const auto &v : s.values)
            if (v) {
                lo = any ? std::min(lo, *v) : *v;
                hi = any ? std::max(hi, *v) : *v;
                any = true;
            }
    if (!any)
        return noData(p, target);
    if (m_reference) {
        lo = std::min(lo, *m_reference);
        hi = std::max(hi, *m_reference);
    }
    const Scale s = niceScale(std::min(lo, 0.0), hi);
    std::vector<const ReportSeries *> legend;
    for (const ReportSeries &r : m_series)
        legend.push_back(&r);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal top = target.top() + paintLegend(p, target, legend, 0) + 4;
    const qreal left = target.left() + labelWidth(p, s, m_unit, m_currency);
    const QRectF plot(left, top + 4, target.right() - left - 4, target.bottom() - top - 4 - kAxisLabelHeight - 2);
    paintGrid(p, plot, s, m_unit, m_currency, false, true);
    paintCategories(p, plot, m_categories);
    const int n = int(m_categories.size());
    const qreal w = plot.width() / std::max(1, n);
    auto yOf = [&](double v) { return plot.bottom() - (v - s.min) / (s.max - s.min) * plot.height(); };
    if (m_reference) {
        p.setPen(QPen(rs::worse(), 1, Qt::DotLine));
        const qreal y = yOf(*m_reference);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setFont(rs::font(6.5));
        p.drawText(QRectF(plot.left() + 4, y - 13, plot.width() - 8, 12), Qt::AlignRight | Qt::AlignBottom,
                   m_referenceLabel);
    }
    for (const ReportSeries &series : m_series) {
        QPainterPath path;
        bool open = false;
        p.setPen(Qt::NoPen);
        p.setBrush(series.colour);
        for (int i = 0; i < n && i < int(series.values.size()); ++i) {
            if (!series.values[i]) {
                open = false; // a gap, not a dip to zero
                continue;
            }
            const QPointF pt(plot.left() + (i + 0.5) * w, yOf(*series.values[i]));
            open ? path.lineTo(pt) : path.moveTo(pt);
            open = true;
            p.drawEllipse(pt, 1.8, 1.8);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(series.colour, 1.8, series.style, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
    }
    p.restore();
}

ReportBarChart::ReportBarChart(QStringList categories, std::vector<ReportSeries> bars, KpiId axisUnit,
                               QString currency)
    : m_categories(std::move(categories)), m_bars(std::move(bars)), m_unit(axisUnit), m_currency(std::move(currency))
{
}

void ReportBarChart::paintChart(QPainter &p, const QRectF &target) const
{
    const int n = int(m_categories.size());
    double hi = 0, lo = 0;
    bool any = false;
    for (int i = 0; i < n; ++i) {
        double up = 0, down = 0;
        for (const ReportSeries &s : m_bars) {
            if (i < int(s.values.size()) && s.values[i]) {
                (s.down ? down : up) += std::abs(*s.values[i]);
                any = true;
            }
        }
        hi = std::max(hi, up);
        lo = std::min(lo, -down);
    }
    if (!any)
        return noData(p, target);
    const Scale s = niceScale(lo, hi);
    std::vector<const ReportSeries *> legend;
    for (const ReportSeries &r : m_bars)
        legend.push_back(&r);
    if (m_line)
        legend.push_back(&*m_line);
    p.save();
    const qreal top = target.top() + paintLegend(p, target, legend, int(m_bars.size())) + 4;
    const qreal left = target.left() + labelWidth(p, s, m_unit, m_currency);
    std::optional<Scale> lineScale;
    qreal right = target.right() - 4;
    if (m_line) {
        double llo = 0, lhi = 0;
        bool lany = false;
        for (const auto &v : m_line->values)
            if (v) {
                llo = lany ? std::min(llo, *v) : *v;
                lhi = lany ? std::max(lhi, *v) : *v;
                lany = true;
            }
        if (lany) {
            lineScale = niceScale(std::min(0.0, llo), lhi);
            right = target.right() - labelWidth(p, *lineScale, m_lineUnit, m_currency);
        }
    }
    const QRectF plot(left, top + 4, right - left, target.bottom() - top - 4 - kAxisLabelHeight - 2);
    paintGrid(p, plot, s, m_unit, m_currency, false, true);
    paintCategories(p, plot, m_categories);
    const qreal w = plot.width() / std::max(1, n);
    auto yOf = [&](double v) { return plot.bottom() - (v - s.min) / (s.max - s.min) * plot.height(); };
    for (int i = 0; i < n; ++i) {
        double up = 0, down = 0;
        const qreal x = plot.left() + i * w + w * 0.18;
        for (const ReportSeries &series : m_bars) {
            if (i >= int(series.values.size()) || !series.values[i])
                continue;
            const double v = std::abs(*series.values[i]);
            double &base = series.down ? down : up;
            const qreal y0 = yOf(series.down ? -base : base);
            const qreal y1 = yOf(series.down ? -(base + v) : base + v);
            p.fillRect(QRectF(QPointF(x, std::min(y0, y1)), QPointF(x + w * 0.64, std::max(y0, y1))), series.colour);
            base += v;
        }
    }
    if (m_line && lineScale) {
        paintGrid(p, plot, *lineScale, m_lineUnit, m_currency, true, false);
        p.setRenderHint(QPainter::Antialiasing);
        auto ly = [&](double v) {
            return plot.bottom() - (v - lineScale->min) / (lineScale->max - lineScale->min) * plot.height();
        };
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < n && i < int(m_line->values.size()); ++i) {
            if (!m_line->values[i]) {
                open = false;
                continue;
            }
            const QPointF pt(plot.left() + (i + 0.5) * w, ly(*m_line->values[i]));
            open ? path.lineTo(pt) : path.moveTo(pt);
            open = true;
        }
        p.setPen(QPen(m_line->colour, 1.8, m_line->style, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
    }
    p.restore();
}

ReportHeatmap::ReportHeatmap(QStringList rowLabels, std::vector<std::vector<std::optional<double>>> cells,
                             QString columnTitle)
    : m_rows(std::move(rowLabels)), m_cells(std::move(cells)), m_columnTitle(std::move(columnTitle))
{
}

void ReportHeatmap::paintChart(QPainter &p, const QRectF &target) const
{
    size_t columns = 0;
    for (const auto &row : m_cells)
        columns = std::max(columns, row.size());
    if (m_rows.isEmpty() || columns == 0)
        return noData(p, target);
    p.save();
    const QFont f = rs::font(6.5);
    p.setFont(f);
    const QFontMetricsF fm(f, p.device());
    qreal labelW = 0;
    for (const QString &r : m_rows)
        labelW = std::max(labelW, fm.horizontalAdvance(r));
    labelW += 8;
    const QRectF grid(target.left() + labelW, target.top() + 28, target.width() - labelW,
                      target.height() - 28);
    const qreal cw = grid.width() / columns;
    const qreal ch = std::min<qreal>(grid.height() / m_rows.size(), 26);
    p.setPen(rs::muted());
    p.drawText(QRectF(grid.left(), target.top(), grid.width(), 14), Qt::AlignLeft | Qt::AlignVCenter, m_columnTitle);
    for (size_t c = 0; c < columns; ++c)
        p.drawText(QRectF(grid.left() + c * cw, target.top() + 14, cw, 14), Qt::AlignCenter, QString::number(c));
    for (int r = 0; r < m_rows.size(); ++r) {
        const qreal y = grid.top() + r * ch;
        p.setPen(rs::muted());
        p.drawText(QRectF(target.left(), y, labelW - 6, ch), Qt::AlignRight | Qt::AlignVCenter, m_rows.at(r));
        const auto &row = m_cells[size_t(r)];
        for (size_t c = 0; c < row.size(); ++c) {
            if (!row[c])
                continue;
            const double v = std::clamp(*row[c], 0.0, 1.0);
            // One hue, lightness carries the value: reads the same in greyscale.
            const QColor fill = QColor::fromHslF(0.58, 0.55, 0.92 - 0.62 * v);
            const QRectF cell(grid.left() + c * cw + 0.5, y + 0.5, cw - 1, ch - 1);
            p.fillRect(cell, fill);
            p.setPen(v > 0.55 ? Qt::white : rs::ink());
            p.drawText(cell, Qt::AlignCenter, QString::number(*row[c] * 100.0, 'f', 0));
        }
    }
    p.restore();
}

void ReportFunnel::paintChart(QPainter &p, const QRectF &target) const
{
    if (m_stages.empty() || m_stages.front().count <= 0)
        return noData(p, target);
    p.save();
    const int n = int(m_stages.size());
    const qreal labelW = 70, convW = 170;
    const qreal rowH = target.height() / n;
    const qreal barMax = target.width() - labelW - convW;
    const double top = m_stages.front().count;
    for (int i = 0; i < n; ++i) {
        const Stage &s = m_stages[size_t(i)];
        const qreal y = target.top() + i * rowH;
        const qreal bw = std::max<qreal>(2, barMax * s.count / top);
        const QRectF bar(target.left() + labelW + (barMax - bw) / 2, y + rowH * 0.12, bw, rowH * 0.76);
        p.fillRect(bar, QColor::fromHslF(0.58, 0.55, 0.30 + 0.1 * i));
        p.setFont(rs::font(8, true));
        p.setPen(rs::ink());
        p.drawText(QRectF(target.left(), y, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter, s.label);
        // The count inside the bar when it fits, beside it otherwise.
        const QFontMetricsF fm(rs::font(8, true), p.device());
        if (fm.horizontalAdvance(s.countText) + 8 < bw) {
            p.setPen(Qt::white);
            p.drawText(bar, Qt::AlignCenter, s.countText);
        } else {
            p.drawText(QRectF(bar.right() + 4, y, 80, rowH), Qt::AlignLeft | Qt::AlignVCenter, s.countText);
        }
        if (!s.conversionText.isEmpty()) {
            p.setFont(rs::font(7.5));
            p.setPen(rs::muted());
            p.drawText(QRectF(target.right() - convW + 6, y, convW - 6, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                       s.conversionText);
        }
    }
    p.restore();
}

} // namespace ra

#pragma once
// Plain-QPainter charts for the report pages whose dashboard chart does not
// exist yet in ui/charts: line, bar (stacked up/down with an optional line on
// a right axis), heatmap and funnel. Vector only, greyscale-safe (series
// differ in lightness and in line style). When ui/charts offers the same
// chart, ReportCharts uses that one instead.
#include "charts/chartpainter.h"
#include "kpi/kpicatalog.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ra {

struct ReportSeries {
    QString name;
    std::vector<std::optional<double>> values; // engine units, one per category
    QColor colour;
    Qt::PenStyle style = Qt::SolidLine;
    bool down = false; // bar charts: drawn below the zero line (value kept positive)
};

// Axis labels in a KPI's unit through formatKpiValue.
class ReportLineChart : public ChartPainter {
public:
    ReportLineChart(QStringList categories, std::vector<ReportSeries> series, KpiId axisUnit, QString currency);
    void setReferenceLine(double value, const QString &label) { m_reference = value; m_referenceLabel = label; }
    void paintChart(QPainter &p, const QRectF &target) const override;

private:
    QStringList m_categories;
    std::vector<ReportSeries> m_series;
    KpiId m_unit;
    QString m_currency;
    std::optional<double> m_reference;
    QString m_referenceLabel;
};

class ReportBarChart : public ChartPainter {
public:
    ReportBarChart(QStringList categories, std::vector<ReportSeries> bars, KpiId axisUnit, QString currency);
    // A line on its own right-hand axis (e.g. MRR under the MRR movements).
    void setLine(ReportSeries line, KpiId unit) { m_line = std::move(line); m_lineUnit = unit; }
    void paintChart(QPainter &p, const QRectF &target) const override;

private:
    QStringList m_categories;
    std::vector<ReportSeries> m_bars;
    KpiId m_unit;
    QString m_currency;
    std::optional<ReportSeries> m_line;
    KpiId m_lineUnit = KpiId::MrrEnd;
};

// Rows × offsets of shares 0..1, shaded light (low) to dark (high), values printed.
class ReportHeatmap : public ChartPainter {
public:
    ReportHeatmap(QStringList rowLabels, std::vector<std::vector<std::optional<double>>> cells, QString columnTitle);
    void paintChart(QPainter &p, const QRectF &target) const override;

private:
    QStringList m_rows;
    std::vector<std::vector<std::optional<double>>> m_cells;
    QString m_columnTitle;
};

// Horizontal funnel bars with the stage counts and the conversion between stages.
class ReportFunnel : public ChartPainter {
public:
    struct Stage {
        QString label;
        double count = 0;
        QString countText;
        QString conversionText; // into this stage, from the one above ("" for the first)
    };
    explicit ReportFunnel(std::vector<Stage> stages) : m_stages(std::move(stages)) {}
    void paintChart(QPainter &p, const QRectF &target) const override;

private:
    std::vector<Stage> m_stages;
};

} // namespace ra

#include "charts/charttable.h"

#include "charts/chartspec.h"
#include "report/kpiformat.h"

#include <QCoreApplication>

namespace ra {

QString ChartTable::summary() const
{
    if (rows.empty())
        return QCoreApplication::translate("ra::Charts", "No data for this selection");
    const QStringList &last = rows.back();
    QStringList cells;
    for (qsizetype c = 1; c < last.size() && c < columns.size(); ++c)
        cells << QStringLiteral("%1 %2").arg(columns[c], last[c]);
    //: A chart's latest values for screen readers: %1 the period or item, %2 "series value, series value"
    return QCoreApplication::translate("ra::Charts", "%1: %2").arg(last.value(0), cells.join(QStringLiteral(", ")));
}

ChartTable chartTable(const ChartSpec &spec)
{
    ChartTable t;
    t.columns << QString();
    for (const ChartSeries &s : spec.series)
        t.columns << s.name;
    for (qsizetype i = 0; i < spec.categories.size(); ++i) {
        QStringList row{spec.categories[i]};
        for (const ChartSeries &s : spec.series) {
            const std::optional<double> v = size_t(i) < s.values.size() ? s.values[size_t(i)] : std::nullopt;
            const KpiUnit unit = s.secondaryAxis ? spec.secondaryUnit : spec.unit;
            if (s.kpi)
                row << formatKpiValue(*s.kpi, v, spec.currency);
            else
                row << (v ? formatNumber(toAxisUnits(unit, *v), unit == KpiUnit::Count ? 0 : 1) : QStringLiteral("—"));
        }
        t.rows.push_back(row);
    }
    return t;
}

} // namespace ra

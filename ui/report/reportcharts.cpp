#include "report/reportcharts.h"

#include "charts/chartpainter.h"
#include "report/reportmodel.h"

namespace ra {

ReportCharts::ReportCharts(const ReportContent &content)
{
    Q_UNUSED(content);
}

ReportCharts::~ReportCharts() = default;

const ChartPainter *ReportCharts::chart(ReportChart which) const
{
    return m_charts[static_cast<int>(which)].get();
}

} // namespace ra

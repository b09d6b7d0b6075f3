#pragma once
// The hand-off funnel: one bar per stage (leads → MQL → SAL → SQL → won),
// width by count, with the stage conversion between consecutive bars.
#include "charts/paintedchart.h"

#include <optional>
#include <vector>

namespace ra {

struct FunnelStage {
    QString label;                 // "MQL"
    std::optional<double> count;
    QString countText;             // formatted by the caller ("1,234", "—")
    QString conversionText;        // conversion from the previous stage ("MQL → SAL 63.4%"), empty for none
};

class FunnelChart : public PaintedChart {
public:
    explicit FunnelChart(std::vector<FunnelStage> stages = {});
    const std::vector<FunnelStage> &stages() const { return m_stages; }
    bool isEmpty() const override;
    ChartTable dataTable() const override;
    void paintChart(QPainter &painter, const QRectF &target) const override;

private:
    std::vector<FunnelStage> m_stages;
};

} // namespace ra

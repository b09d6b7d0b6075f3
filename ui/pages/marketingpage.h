#pragma once
// Marketing: leads and MQLs by channel, MQL → SAL conversion, sourced and
// influenced bookings, CAC.
#include "pages/kpipage.h"

namespace ra {

class MarketingPage : public KpiPage {
    Q_OBJECT
public:
    explicit MarketingPage(QWidget *parent = nullptr);

protected:
    KpiFamilies families() const override { return {KpiFamily::Lead, KpiFamily::Opportunity, KpiFamily::Spend}; }
    void computeExtras(const KpiEngine &engine, const DashboardContext &context, qint64 asOf) override;
    void refresh(const PageData &data) override;
    void clearPage() override;

private:
    std::vector<BreakdownRow> m_channels;
    ChartView *m_byChannel = nullptr;
    ChartView *m_conversion = nullptr;
    ChartView *m_sourced = nullptr;
};

} // namespace ra

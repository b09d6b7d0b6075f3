#pragma once
// Sales: the SLA (compliance, acceptance time against the SLA hours,
// feedback, breaches), pipeline, win rate, cycle time, bookings by type.
#include "pages/kpipage.h"

namespace ra {

class SalesPage : public KpiPage {
    Q_OBJECT
public:
    explicit SalesPage(QWidget *parent = nullptr);

protected:
    KpiFamilies families() const override { return {KpiFamily::Lead, KpiFamily::Opportunity}; }
    void refresh(const PageData &data) override;
    void clearPage() override;

private:
    ChartView *m_sla = nullptr;
    ChartView *m_acceptance = nullptr;
    ChartView *m_pipeline = nullptr;
    ChartView *m_bookings = nullptr;
};

} // namespace ra

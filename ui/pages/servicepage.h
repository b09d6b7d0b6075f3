#pragma once
// Service: tickets opened, resolution time, CSAT and NPS.
#include "pages/kpipage.h"

namespace ra {

class ServicePage : public KpiPage {
    Q_OBJECT
public:
    explicit ServicePage(QWidget *parent = nullptr);

protected:
    KpiFamilies families() const override { return {KpiFamily::Service}; }
    void refresh(const PageData &data) override;
    void clearPage() override;

private:
    ChartView *m_tickets = nullptr;
    ChartView *m_resolution = nullptr;
    ChartView *m_csat = nullptr;
    ChartView *m_nps = nullptr;
};

} // namespace ra

#pragma once
// Revenue: MRR movements per month with MRR end, ARPA as RPU and PPU, new vs
// existing bookings.
#include "pages/kpipage.h"

namespace ra {

class RevenuePage : public KpiPage {
    Q_OBJECT
public:
    explicit RevenuePage(QWidget *parent = nullptr);

protected:
    KpiFamilies families() const override { return {KpiFamily::Recurring, KpiFamily::Opportunity}; }
    bool needsMonthly() const override { return true; }
    void refresh(const PageData &data) override;
    void clearPage() override;

private:
    KpiTile *m_ppu = nullptr;
    ChartView *m_movements = nullptr;
    ChartView *m_split = nullptr;
    ChartView *m_arpa = nullptr;
};

} // namespace ra

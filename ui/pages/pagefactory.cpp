#include "pages/pagefactory.h"

#include "pages/alignmentpage.h"
#include "pages/customerspage.h"
#include "pages/dataqualitypage.h"
#include "pages/marketingpage.h"
#include "pages/overviewpage.h"
#include "pages/personaspage.h"
#include "pages/retentionpage.h"
#include "pages/revenuepage.h"
#include "pages/salespage.h"
#include "pages/servicepage.h"

namespace ra {

std::vector<DashboardPage *> createDashboardPages(QWidget *parent)
{
    return {new OverviewPage(parent),  new MarketingPage(parent), new SalesPage(parent),
            new ServicePage(parent),   new RevenuePage(parent),   new RetentionPage(parent),
            new CustomersPage(parent),
            new PersonasPage(parent),  new AlignmentPage(parent), new DataQualityPage(parent)};
}

} // namespace ra

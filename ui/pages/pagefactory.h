#pragma once
// The dashboard's pages in navigation order; the window owns and hosts them.
#include <vector>

class QWidget;

namespace ra {

class DashboardPage;

std::vector<DashboardPage *> createDashboardPages(QWidget *parent);

} // namespace ra

#include "pages/tablefit.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace ra {

void fitTableHeight(QTableView *view, int maxRows, int minRows)
{
    const int rows = std::clamp(view->model() ? view->model()->rowCount() : 0, minRows, maxRows);
    const int height = view->horizontalHeader()->sizeHint().height() +
                       rows * view->verticalHeader()->defaultSectionSize() +
                       view->horizontalScrollBar()->sizeHint().height() + 2 * view->frameWidth();
    view->setMinimumHeight(height);
    view->setMaximumHeight(height);
}

} // namespace ra

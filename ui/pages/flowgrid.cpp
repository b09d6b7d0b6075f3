#include "pages/flowgrid.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace ra {

FlowGrid::FlowGrid(int minItemWidth, int maxColumns, QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this)), m_minItemWidth(minItemWidth), m_maxColumns(maxColumns)
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    // Extra height goes to the page's stretch, not between rows of tiles.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    relayout(2);
}

void FlowGrid::addItem(QWidget *item, int span)
{
    item->setParent(this);
    m_items.push_back({item, std::max(1, span)});
    const int columns = m_columns;
    m_columns = 0;
    relayout(columns);
}

int FlowGrid::columnsFor(int width) const
{
    const int fit = (width + m_grid->spacing()) / (m_minItemWidth + m_grid->spacing());
    return std::clamp(fit, 1, m_maxColumns);
}

void FlowGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout(columnsFor(event->size().width()));
}

void FlowGrid::relayout(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Item &item : m_items)
        m_grid->removeWidget(item.widget);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    int row = 0, col = 0;
    for (const Item &item : m_items) {
        const int span = std::min(item.span, columns);
        if (col + span > columns) {
            ++row;
            col = 0;
        }
        m_grid->addWidget(item.widget, row, col, 1, span);
        col += span;
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    // Rows keep their natural height; any extra goes below the last one.
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    m_grid->setRowStretch(row + 1, 1);
    updateGeometry();
}

} // namespace ra

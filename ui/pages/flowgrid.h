#pragma once
// A grid that reflows its items into as many columns as fit (between 1 and
// maxColumns), so tiles and charts read at 1366×768 and at 2560×1440 alike.
#include <QWidget>
#include <vector>

class QGridLayout;

namespace ra {

class FlowGrid : public QWidget {
    Q_OBJECT
public:
    FlowGrid(int minItemWidth, int maxColumns, QWidget *parent = nullptr);
    void addItem(QWidget *item, int span = 1); // span: columns taken when there is room
    int columns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout(int columns);
    int columnsFor(int width) const;

    struct Item {
        QWidget *widget;
        int span;
    };
    std::vector<Item> m_items;
    QGridLayout *m_grid;
    int m_minItemWidth;
    int m_maxColumns;
    int m_columns = 0;
};

} // namespace ra

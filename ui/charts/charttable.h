#pragma once
// A chart read as a table: what "Show data" shows and what a screen reader
// reads as the chart's description. Cells are formatted for people.
#include <QString>
#include <QStringList>
#include <vector>

namespace ra {

struct ChartSpec;

struct ChartTable {
    QStringList columns;           // the first column names the rows
    std::vector<QStringList> rows;

    bool isEmpty() const { return rows.empty(); }
    // The last row as one sentence ("Oct 2026: New business €1,095,500, …"),
    // or that there is no data.
    QString summary() const;
};

ChartTable chartTable(const ChartSpec &spec);

} // namespace ra

#pragma once
// One flag per column of a bundle row (e.g. "this column's value failed a
// check"), for any number of columns. It replaced a 32-bit mask shifted by
// the column index, which broke silently past 32 columns.
#include <cstddef>
#include <vector>

namespace ra {

class ColumnFlags {
public:
    // All flags cleared, for `columns` columns; keeps the allocation between rows.
    void reset(std::size_t columns) { m_flags.assign(columns, false); }
    void set(int column) { m_flags.at(std::size_t(column)) = true; }
    bool test(int column) const { return std::size_t(column) < m_flags.size() && m_flags[std::size_t(column)]; }

private:
    std::vector<bool> m_flags;
};

} // namespace ra

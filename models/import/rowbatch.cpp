#include "import/rowbatch.h"

#include <cstring>

namespace ra {

RowBatch::RowBatch(std::size_t columns) : m_columns(columns)
{
    m_cells.reserve(kMaxRows * columns);
    m_rows.reserve(kMaxRows);
}

bool RowBatch::add(std::span<const Cell> cells, qint64 line, bool knownNew, bool stored)
{
    std::size_t bytes = 0;
    for (const Cell &c : cells)
        if (c.type == Cell::Type::Text)
            bytes += c.text.size();
    if (m_textSize + bytes > m_textCapacity) {
        if (!empty())
            return false;
        // Nothing points into the buffer yet: size it for this row (a long
        // comment can exceed the usual capacity).
        m_textCapacity = std::max(kTextBytes, bytes);
        m_text = std::make_unique<char[]>(m_textCapacity);
        m_textSize = 0;
    }
    for (const Cell &c : cells) {
        Cell &copy = m_cells.emplace_back(c);
        if (c.type == Cell::Type::Text && !c.text.empty()) {
            char *to = m_text.get() + m_textSize;
            std::memcpy(to, c.text.data(), c.text.size());
            copy.text = std::string_view(to, c.text.size());
            m_textSize += c.text.size();
        }
    }
    m_rows.push_back({line, knownNew, stored});
    return true;
}

} // namespace ra

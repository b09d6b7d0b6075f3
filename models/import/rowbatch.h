#pragma once
// Valid rows of one file on their way to the write queue: the parsed cells,
// with their text copied into the batch, because the CSV reader reuses its
// record (and the cells' views into it) for the next row.
#include "import/upsertstatement.h"

#include <QtGlobal>
#include <memory>
#include <span>
#include <vector>

namespace ra {

class RowBatch {
public:
    static constexpr std::size_t kMaxRows = 2048;
    static constexpr std::size_t kTextBytes = 512 * 1024;

    explicit RowBatch(std::size_t columns);

    // Copies one row. False (nothing added) when its text does not fit in a
    // non-empty batch: send this one and add the row to a fresh batch, which
    // always takes it.
    bool add(std::span<const Cell> cells, qint64 line, bool knownNew, bool stored);
    bool full() const { return m_rows.size() >= kMaxRows; }
    bool empty() const { return m_rows.empty(); }
    std::size_t size() const { return m_rows.size(); }

    // Text views point into the batch: valid while it lives.
    std::span<const Cell> cells(std::size_t row) const
    {
        return {m_cells.data() + row * m_columns, m_columns};
    }
    qint64 line(std::size_t row) const { return m_rows[row].line; }
    bool knownNew(std::size_t row) const { return m_rows[row].knownNew; }
    bool stored(std::size_t row) const { return m_rows[row].stored; }

private:
    struct RowInfo {
        qint64 line;
        bool knownNew; // neither stored nor imported before: plain INSERT
        bool stored;   // in the store before the import: an update or unchanged
    };
    std::size_t m_columns;
    std::vector<Cell> m_cells;
    std::vector<RowInfo> m_rows;
    // A fixed buffer, not a std::string: appending must never move the bytes
    // that earlier rows' views point at.
    std::unique_ptr<char[]> m_text;
    std::size_t m_textSize = 0;
    std::size_t m_textCapacity = 0;
};

} // namespace ra

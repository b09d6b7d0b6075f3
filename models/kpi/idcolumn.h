#pragma once
// The ids of a snapshot's rows (lead_id, opportunity_id, account_id), one
// after another in one buffer: a few bytes each instead of a std::string's
// 32 (about 120 MB less at 5M leads; kpi-snapshot.md). Read-only once filled.
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace ra {

class IdColumn {
public:
    IdColumn() = default;
    explicit IdColumn(const std::vector<std::string> &texts);
    // The buffer and each id's start offset, the buffer's size last (size() + 1
    // entries, rising): the snapshot cache's two sections. Empty when they do not fit.
    static IdColumn fromParts(std::vector<char> bytes, const std::vector<quint64> &starts, bool *ok);

    size_t size() const { return m_ends.size(); }
    bool empty() const { return m_ends.empty(); }
    std::string_view operator[](size_t i) const
    {
        const quint32 begin = i == 0 ? 0 : m_ends[i - 1];
        return {m_bytes.data() + begin, m_ends[i] - begin};
    }
    void push_back(std::string_view id);
    void reserve(size_t ids) { m_ends.reserve(ids); }
    const std::vector<char> &bytes() const { return m_bytes; }

private:
    std::vector<char> m_bytes;
    std::vector<quint32> m_ends; // each id's end in m_bytes
};

} // namespace ra

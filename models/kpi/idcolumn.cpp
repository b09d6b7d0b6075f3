#include "kpi/idcolumn.h"

#include <limits>

namespace ra {

IdColumn::IdColumn(const std::vector<std::string> &texts)
{
    size_t total = 0;
    for (const std::string &t : texts)
        total += t.size();
    m_bytes.reserve(total);
    m_ends.reserve(texts.size());
    for (const std::string &t : texts)
        push_back(t);
}

IdColumn IdColumn::fromParts(std::vector<char> bytes, const std::vector<quint64> &starts, bool *ok)
{
    IdColumn c;
    *ok = !starts.empty() && starts.front() == 0 && starts.back() == bytes.size()
        && bytes.size() <= std::numeric_limits<quint32>::max();
    for (size_t i = 1; *ok && i < starts.size(); ++i)
        *ok = starts[i] >= starts[i - 1];
    if (!*ok)
        return c;
    c.m_bytes = std::move(bytes);
    c.m_ends.reserve(starts.size() - 1);
    for (size_t i = 1; i < starts.size(); ++i)
        c.m_ends.push_back(static_cast<quint32>(starts[i]));
    return c;
}

void IdColumn::push_back(std::string_view id)
{
    if (m_bytes.size() + id.size() > std::numeric_limits<quint32>::max())
        qFatal("IdColumn: more than 4 GB of ids"); // hundreds of millions of rows: no load gets here
    m_bytes.insert(m_bytes.end(), id.begin(), id.end());
    m_ends.push_back(static_cast<quint32>(m_bytes.size()));
}

} // namespace ra

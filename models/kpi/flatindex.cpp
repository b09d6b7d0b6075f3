#include "kpi/flatindex.h"

#include <algorithm>

namespace ra {

int FlatIndex::find(std::string_view key, quint64 h) const
{
    if (m_slots.empty())
        return -1;
    for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.id == -1)
            return -1;
        if (slot.hash == h && (!m_verify || m_keys[static_cast<size_t>(slot.key)] == key))
            return slot.id;
    }
}

void FlatIndex::insert(std::string_view key, int id)
{
    if ((m_keys.size() + 1) * 2 > m_slots.size())
        grow();
    m_keys.emplace_back(key);
    place(hash(key), static_cast<int>(m_keys.size()) - 1, id);
}

quint64 FlatIndex::hash(std::string_view k)
{
    quint64 h = 1469598103934665603ULL; // FNV-1a, then a shift to mix high bits into the mask
    for (char c : k) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

void FlatIndex::place(quint64 h, int key, int id)
{
    size_t i = h & m_mask;
    while (m_slots[i].id != -1) {
        m_verify = m_verify || m_slots[i].hash == h;
        i = (i + 1) & m_mask;
    }
    m_slots[i] = {h, key, id};
}

void FlatIndex::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(std::max<size_t>(64, old.size() * 2), Slot{});
    m_mask = m_slots.size() - 1;
    for (const Slot &slot : old)
        if (slot.id != -1)
            place(slot.hash, slot.key, slot.id);
}

} // namespace ra

#include "import/keyindex.h"

#include <cstring>

namespace ra {

quint64 KeyIndex::hashOf(std::string_view key)
{
    // Eight bytes at a time with a multiply-xorshift mix, then murmur3's
    // finaliser: keys are short IDs, this is a handful of instructions.
    quint64 h = 0x9E3779B97F4A7C15ull ^ (quint64(key.size()) * 0xC2B2AE3D27D4EB4Full);
    const char *p = key.data();
    std::size_t n = key.size();
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n) {
        quint64 w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    }
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h | 1; // 0 marks an empty slot
}

KeyIndex::Entry *KeyIndex::find(std::string_view key)
{
    if (m_slots.empty())
        return nullptr;
    const quint64 h = hashOf(key);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        Slot &s = m_slots[i];
        if (s.hash == 0)
            return nullptr;
        if (s.hash == h && s.length == key.size() && std::memcmp(m_arena.data() + s.offset, key.data(), key.size()) == 0)
            return &s.entry;
    }
}

void KeyIndex::insert(std::string_view key, Entry entry)
{
    if ((m_count + 1) * 2 > m_slots.size())
        rehash(std::max<std::size_t>(64, m_slots.size() * 2));
    const quint64 h = hashOf(key);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = h & mask;
    while (m_slots[i].hash != 0)
        i = (i + 1) & mask;
    Slot &s = m_slots[i];
    s.hash = h;
    s.offset = quint32(m_arena.size());
    s.length = quint32(key.size());
    s.entry = entry;
    m_arena.append(key);
    ++m_count;
}

void KeyIndex::reserve(std::size_t keys)
{
    std::size_t capacity = 64;
    while (capacity < keys * 2)
        capacity *= 2;
    if (capacity > m_slots.size())
        rehash(capacity);
}

void KeyIndex::rehash(std::size_t capacity)
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(capacity, Slot{});
    const std::size_t mask = capacity - 1;
    for (const Slot &s : old) {
        if (s.hash == 0)
            continue;
        std::size_t i = s.hash & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace ra

#include "import/keyindex.h"

#include <cstring>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace ra {

// Zero-filled slots (all empty). Large arrays are mapped directly and marked
// for transparent huge pages: a lookup is a random access into tens of MB,
// and with 4 KiB pages nearly every one also missed the TLB.
struct KeyIndex::SlotArray {
    explicit SlotArray(std::size_t count) : size(count)
    {
        const std::size_t bytes = count * sizeof(Slot);
#ifdef __linux__
        if (bytes >= kHugePage) {
            void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p != MAP_FAILED) {
                (void)madvise(p, bytes, MADV_HUGEPAGE); // a hint; without it the pages are ordinary
                slots = static_cast<Slot *>(p);
                mapped = true;
                return;
            }
        }
#endif
        owned = std::make_unique<Slot[]>(count);
        slots = owned.get();
    }
    ~SlotArray()
    {
#ifdef __linux__
        if (mapped)
            munmap(slots, size * sizeof(Slot));
#endif
    }
    SlotArray(const SlotArray &) = delete;
    SlotArray &operator=(const SlotArray &) = delete;

    static constexpr std::size_t kHugePage = 2 * 1024 * 1024;
    std::size_t size;
    Slot *slots = nullptr;
    std::unique_ptr<Slot[]> owned;
    bool mapped = false;
};

KeyIndex::KeyIndex() = default;
KeyIndex::~KeyIndex() = default;
KeyIndex::KeyIndex(KeyIndex &&) noexcept = default;
KeyIndex &KeyIndex::operator=(KeyIndex &&) noexcept = default;

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
    return h;
}

void KeyIndex::prefetch(std::string_view key) const
{
    if (m_slots)
        __builtin_prefetch(m_slots->slots + (hashOf(key) & m_mask));
}

KeyIndex::Entry *KeyIndex::find(std::string_view key)
{
    if (!m_slots)
        return nullptr;
    const quint64 h = hashOf(key);
    const quint32 tag = tagOf(h);
    const Slot *slots = m_slots->slots;
    for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const Slot &s = slots[i];
        if (s.tag == 0)
            return nullptr;
        if (s.tag != tag)
            continue;
        Record &r = m_records[s.ordinal];
        if (r.hash == h && r.length == key.size() && std::memcmp(m_arena.data() + r.offset, key.data(), key.size()) == 0)
            return &r.entry;
    }
}

void KeyIndex::insert(std::string_view key, Entry entry)
{
    if ((m_records.size() + 1) * 2 > (m_slots ? m_slots->size : 0))
        rehash(std::max<std::size_t>(64, m_slots ? m_slots->size * 2 : 0));
    const quint64 h = hashOf(key);
    Slot *slots = m_slots->slots;
    std::size_t i = h & m_mask;
    while (slots[i].tag != 0)
        i = (i + 1) & m_mask;
    slots[i] = {tagOf(h), quint32(m_records.size())};
    m_records.push_back({h, quint32(m_arena.size()), quint32(key.size()), entry});
    m_arena.append(key);
}

void KeyIndex::reserve(std::size_t keys)
{
    std::size_t capacity = 64;
    while (capacity < keys * 2)
        capacity *= 2;
    if (!m_slots || capacity > m_slots->size)
        rehash(capacity);
    m_records.reserve(keys);
}

void KeyIndex::rehash(std::size_t capacity)
{
    m_slots = std::make_unique<SlotArray>(capacity);
    m_mask = capacity - 1;
    Slot *slots = m_slots->slots;
    for (std::size_t n = 0; n < m_records.size(); ++n) {
        const quint64 h = m_records[n].hash;
        std::size_t i = h & m_mask;
        while (slots[i].tag != 0)
            i = (i + 1) & m_mask;
        slots[i] = {tagOf(h), quint32(n)};
    }
}

} // namespace ra

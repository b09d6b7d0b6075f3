#pragma once
// Open-addressing map from raw UTF-8 keys to ids, for the snapshot loader's
// per-row lookups (account ids, interned texts).
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace ra {

// One probe array of (hash, id) pairs, so a lookup costs about one cache
// miss: the node-based std::unordered_map spent a fifth of the load in
// lookups on 1M leads. The key text is compared only when two stored keys
// share a 64-bit hash (noticed at insert), so a lookup of a stored key never
// touches the key strings. A key that is not stored could only match through
// a 64-bit hash collision (odds ~1e-19 per lookup); account ids looked up
// exist anyway (foreign keys).
class FlatIndex {
public:
    int find(std::string_view key) const { return find(key, hash(key)); } // -1 when absent
    void insert(std::string_view key, int id); // key must not be stored yet; id >= 0

    // A lookup in two steps, so that the slot's cache miss overlaps other
    // work: hashOf() and prefetch() first, find(key, hash) a little later.
    static quint64 hashOf(std::string_view key) { return hash(key); }
    void prefetch(quint64 h) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[h & m_mask]);
    }
    int find(std::string_view key, quint64 h) const;

private:
    struct Slot {
        quint64 hash = 0;
        int key = 0;
        int id = -1;
    };
    static quint64 hash(std::string_view k);
    void place(quint64 h, int key, int id);
    void grow();

    std::vector<Slot> m_slots;
    std::vector<std::string> m_keys;
    size_t m_mask = 0;
    bool m_verify = false; // two keys share a hash: compare texts too
};

} // namespace ra

#pragma once
// The keys of one table during an import: whether the store held a key
// before the import, and the line of the valid row of this import that
// claimed it. One lookup per row answers "does it exist?", "duplicate?" and
// "insert or update?".
//
// A flat open-addressing table over one byte arena, not std::unordered_map:
// at a million leads the map's per-key node allocations, pointer chasing and
// frees were the largest cost of the import after SQLite itself.
#include <QtGlobal>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace ra {

class KeyIndex {
public:
    struct Entry {
        qint64 claimedLine = 0; // 0 = not claimed by this import
        bool stored = false;    // in the store before the import
    };

    // nullptr when absent. Valid until the next insert().
    Entry *find(std::string_view key);
    const Entry *find(std::string_view key) const { return const_cast<KeyIndex *>(this)->find(key); }
    bool exists(std::string_view key) const { return find(key) != nullptr; }
    // key must be absent.
    void insert(std::string_view key, Entry entry);
    void reserve(std::size_t keys);
    std::size_t size() const { return m_count; }

    bool loaded = false;                    // stored keys read
    std::unordered_set<std::string> rejected; // keys of rejected rows, for messages

private:
    struct Slot {
        quint64 hash = 0; // 0 = empty
        quint32 offset = 0;
        quint32 length = 0;
        Entry entry;
    };
    static quint64 hashOf(std::string_view key);
    void rehash(std::size_t capacity);

    std::vector<Slot> m_slots;
    std::string m_arena;
    std::size_t m_count = 0;
};

} // namespace ra

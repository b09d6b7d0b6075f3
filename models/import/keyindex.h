#pragma once
// The keys of one table during an import: whether the store held a key
// before the import, and the line of the valid row of this import that
// claimed it. One lookup per row answers "does it exist?", "duplicate?" and
// "insert or update?".
//
// A flat open-addressing table, not std::unordered_map: at a million leads
// the map's per-key node allocations, pointer chasing and frees were the
// largest cost of the import after SQLite itself. What remains is one cache
// miss per lookup on the slot array, so the slots are 8 bytes (a hash tag and
// the key's ordinal; the key bytes and entries live in insertion order
// elsewhere), the array sits on huge pages where the system offers them, and
// prefetch() lets the caller start that miss early. See
// docs/decisions/import-pipeline.md.
#include <QtGlobal>
#include <memory>
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

    KeyIndex();
    ~KeyIndex();
    KeyIndex(KeyIndex &&) noexcept;
    KeyIndex &operator=(KeyIndex &&) noexcept;

    // nullptr when absent. Valid until the next insert().
    Entry *find(std::string_view key);
    const Entry *find(std::string_view key) const { return const_cast<KeyIndex *>(this)->find(key); }
    bool exists(std::string_view key) const { return find(key) != nullptr; }
    // key must be absent.
    void insert(std::string_view key, Entry entry);
    void reserve(std::size_t keys);
    std::size_t size() const { return m_records.size(); }
    // A hint: starts loading the slot that find(key) will read.
    void prefetch(std::string_view key) const;

    bool loaded = false;                    // stored keys read
    std::unordered_set<std::string> rejected; // keys of rejected rows, for messages

private:
    struct Slot {
        quint32 tag = 0;     // high hash bits, never 0; 0 = empty
        quint32 ordinal = 0; // index into m_records
    };
    struct Record {
        quint64 hash;
        quint32 offset; // into m_arena
        quint32 length;
        Entry entry;
    };
    struct SlotArray; // huge-page backed storage

    static quint64 hashOf(std::string_view key);
    static quint32 tagOf(quint64 hash) { return quint32(hash >> 32) | 1u; }
    void rehash(std::size_t capacity);

    std::unique_ptr<SlotArray> m_slots;
    std::size_t m_mask = 0; // capacity - 1; capacity is a power of two
    std::vector<Record> m_records;
    std::string m_arena;
};

} // namespace ra

#pragma once
// A fast 64-bit hash of a byte range (four independent multiply-rotate lanes,
// several GB/s): the snapshot cache's checksums and the column hashes. Not
// for security: it finds damage (a flipped byte, a torn write), not attacks.
#include <QtGlobal>
#include <cstddef>

namespace ra {

quint64 hash64(const void *data, size_t size, quint64 seed = 0);

// Chains ranges fed in order (each range's hash seeds the next); value() at
// any point. Not the same value as one hash64 over the concatenation.
class Hash64 {
public:
    explicit Hash64(quint64 seed = 0) : m_seed(seed) {}
    void feed(const void *data, size_t size) { m_h = hash64(data, size, m_h ^ m_seed); m_n += size; }
    template<typename T>
    void feedValue(const T &v) { feed(&v, sizeof v); }
    quint64 value() const { return m_h ^ (m_n * 0x9E3779B97F4A7C15ULL); }

private:
    quint64 m_seed, m_h = 0, m_n = 0;
};

} // namespace ra

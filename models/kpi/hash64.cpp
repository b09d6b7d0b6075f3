#include "kpi/hash64.h"

#include <cstring>

namespace ra {

namespace {

constexpr quint64 kP1 = 0x9E3779B185EBCA87ULL;
constexpr quint64 kP2 = 0xC2B2AE3D27D4EB4FULL;
constexpr quint64 kP3 = 0x165667B19E3779F9ULL;

inline quint64 rotl(quint64 x, int r) { return (x << r) | (x >> (64 - r)); }
inline quint64 round(quint64 acc, quint64 w) { return rotl(acc + w * kP2, 31) * kP1; }
inline quint64 load64(const unsigned char *p)
{
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

} // namespace

quint64 hash64(const void *data, size_t size, quint64 seed)
{
    const auto *p = static_cast<const unsigned char *>(data);
    const unsigned char *const end = p + size;
    quint64 a = seed + kP1 + kP2, b = seed + kP2, c = seed, d = seed - kP1;
    for (; end - p >= 32; p += 32) {
        a = round(a, load64(p));
        b = round(b, load64(p + 8));
        c = round(c, load64(p + 16));
        d = round(d, load64(p + 24));
    }
    quint64 h = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18) + static_cast<quint64>(size);
    for (; end - p >= 8; p += 8)
        h = rotl(h ^ round(0, load64(p)), 27) * kP1 + kP3;
    for (; p < end; ++p)
        h = rotl(h ^ (*p * kP3), 11) * kP1;
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    h *= kP3;
    return h ^ (h >> 32);
}

} // namespace ra

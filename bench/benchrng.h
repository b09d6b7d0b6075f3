#pragma once
// The benchmarks' generators: a fixed xorshift sequence, so that every run
// generates the same files.
#include <QtGlobal>

namespace ra::bench {

struct Rng {
    quint64 s = 0x9E3779B97F4A7C15ull;
    quint32 next()
    {
        s ^= s << 13, s ^= s >> 7, s ^= s << 17;
        return quint32(s >> 11);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

} // namespace ra::bench

#pragma once
// Internal to the snapshot cache (snapshotcache*.cpp): the narrow encoding of
// an integer column. Each element is stored as an unsigned code of 1, 2 or 4
// bytes (8 = as is):
//
//   plain:  value = base + code
//   delta:  value = previous value + base + code   (previous starts at 0)
//
// The all-ones code stands for the type's largest value (kNever, INT_MAX as
// "none"), which does not become the previous value of a delta. The writer
// measures a column once (CodecPlanner) and keeps the narrower of the two;
// dictionary ids become one byte, timestamps four, sorted index lists one.
// Arithmetic is modulo 2^64, so decoding gives back exactly the value encoded.
#include <QtGlobal>

#include <cstddef>
#include <cstring>
#include <limits>
#include <type_traits>

namespace ra::cachefmt {

struct Codec {
    quint8 width = 0; // bytes per code: 1, 2, 4 or 8 (8 = the value's own bits)
    bool delta = false;
    qint64 base = 0;
};

constexpr quint64 allOnes(int width) { return width >= 8 ? ~quint64(0) : (quint64(1) << (8 * width)) - 1; }

// Measures a column fed value by value and picks its codec.
template<typename T>
class CodecPlanner {
    static_assert(std::is_integral_v<T>);

public:
    void add(T v)
    {
        if (v == kSentinel)
            return;
        const __int128 x = static_cast<__int128>(v);
        m_plain.add(x);
        m_delta.add(x - m_prev);
        m_prev = x;
    }
    Codec codec() const
    {
        const int plainWidth = m_plain.width(), deltaWidth = m_delta.width();
        if (deltaWidth < plainWidth)
            return {static_cast<quint8>(deltaWidth), true, m_delta.base()};
        return {static_cast<quint8>(plainWidth), false, m_plain.base()};
    }

private:
    static constexpr T kSentinel = std::numeric_limits<T>::max();
    struct Range {
        __int128 lo = 0, hi = 0;
        bool any = false;
        void add(__int128 x)
        {
            lo = any ? std::min(lo, x) : x;
            hi = any ? std::max(hi, x) : x;
            any = true;
        }
        qint64 base() const { return any ? static_cast<qint64>(lo) : 0; }
        // The narrowest width whose codes hold hi - lo below the all-ones code.
        int width() const
        {
            if (lo < std::numeric_limits<qint64>::min() || lo > std::numeric_limits<qint64>::max())
                return 8;
            const __int128 span = hi - lo;
            for (int w : {1, 2, 4})
                if (w < int(sizeof(T)) && span < static_cast<__int128>(allOnes(w)))
                    return w;
            return 8;
        }
    };
    Range m_plain, m_delta;
    __int128 m_prev = 0;
};

// Encodes or decodes a column in order, in pieces of any length (the state
// carries over): the writer streams blocks, the reader decodes each block
// right after checking it.
template<typename T>
class CodecStream {
    static_assert(std::is_integral_v<T>);

public:
    explicit CodecStream(Codec c) : m_c(c) {}

    // n values → n × width bytes.
    void encode(const T *v, size_t n, char *out)
    {
        for (size_t i = 0; i < n; ++i, out += m_c.width) {
            quint64 code = allOnes(m_c.width);
            if (v[i] != kSentinel) {
                const quint64 x = static_cast<quint64>(static_cast<qint64>(v[i]));
                code = x - (m_c.delta ? m_prev : 0) - static_cast<quint64>(m_c.base);
                m_prev = x;
            }
            store(out, code);
        }
    }
    // n × width bytes → n values.
    void decode(const char *in, size_t n, T *out)
    {
        switch (m_c.width) {
        case 1: return decodeAs<quint8>(in, n, out);
        case 2: return decodeAs<quint16>(in, n, out);
        case 4: return decodeAs<quint32>(in, n, out);
        default: return decodeAs<quint64>(in, n, out);
        }
    }

private:
    static constexpr T kSentinel = std::numeric_limits<T>::max();

    void store(char *out, quint64 code) const
    {
        switch (m_c.width) {
        case 1: { const quint8 c = static_cast<quint8>(code); std::memcpy(out, &c, 1); break; }
        case 2: { const quint16 c = static_cast<quint16>(code); std::memcpy(out, &c, 2); break; }
        case 4: { const quint32 c = static_cast<quint32>(code); std::memcpy(out, &c, 4); break; }
        default: std::memcpy(out, &code, 8); break;
        }
    }
    template<typename C>
    void decodeAs(const char *in, size_t n, T *out)
    {
        const quint64 base = static_cast<quint64>(m_c.base);
        if (!m_c.delta) { // the common case: no carried state, so the loop vectorises
            for (size_t i = 0; i < n; ++i) {
                C c;
                std::memcpy(&c, in + i * sizeof(C), sizeof(C));
                out[i] = c == C(~C(0)) ? kSentinel : static_cast<T>(static_cast<qint64>(base + c));
            }
            return;
        }
        quint64 prev = m_prev;
        for (size_t i = 0; i < n; ++i) {
            C c;
            std::memcpy(&c, in + i * sizeof(C), sizeof(C));
            if (c == C(~C(0))) {
                out[i] = kSentinel;
                continue;
            }
            prev += base + c;
            out[i] = static_cast<T>(static_cast<qint64>(prev));
        }
        m_prev = prev;
    }

    Codec m_c;
    quint64 m_prev = 0;
};

} // namespace ra::cachefmt

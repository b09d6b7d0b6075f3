#pragma once
// Internal to the snapshot cache's reader (snapshotcacheread.cpp): reading
// and checking one section, or one column of narrow codes, straight into the
// snapshot's vectors. See snapshotcacheformat.h for the layout.
#include "kpi/hash64.h"
#include "kpi/snapshotcacheformat.h"

#include <QtGlobal>
#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ra::cachefmt {

// Where a cache's bytes are read from: the file, with pread(2) on its
// descriptor (both reading threads share it without a lock), or bytes in
// memory (a cache fetched from elsewhere).
struct Source {
    int fd = -1;
    const char *bytes = nullptr; // when set, read from here instead of fd
    quint64 size = 0;
};

// Copies bytes [offset, offset + bytes) of the cache into `to`; false when
// they are not all there.
inline bool readAt(const Source &src, quint64 offset, void *to, size_t bytes)
{
    if (src.bytes) {
        if (offset > src.size || bytes > src.size - offset)
            return false;
        std::memcpy(to, src.bytes + offset, bytes);
        return true;
    }
    auto *p = static_cast<char *>(to);
    while (bytes > 0) {
        const ssize_t n = ::pread(src.fd, p, bytes, static_cast<off_t>(offset));
        if (n <= 0)
            return false;
        p += n;
        offset += static_cast<quint64>(n);
        bytes -= static_cast<size_t>(n);
    }
    return true;
}

// Reads a section into `to`, block by block, checking its checksum on the way.
inline bool readSection(const Source &src, const SectionEntry &e, void *to)
{
    Hash64 hash;
    auto *p = static_cast<char *>(to);
    for (quint64 done = 0; done < e.bytes; done += kBlock) {
        const size_t n = static_cast<size_t>(std::min<quint64>(kBlock, e.bytes - done));
        if (!readAt(src, e.offset + done, p + done, n))
            return false;
        hash.feed(p + done, n);
    }
    return hash.value() == e.hash;
}

// Reads a coded section block by block, checks each block into the
// checksum and decodes it into `to` (entry.count elements).
template<typename T>
bool readCodedSection(const Source &src, const SectionEntry &e, T *to)
{
    Hash64 hash;
    std::vector<char> block(std::min<quint64>(kBlock, e.bytes));
    CodecStream<T> stream(e.codec());
    for (quint64 done = 0; done < e.bytes; done += kBlock) {
        const size_t n = static_cast<size_t>(std::min<quint64>(kBlock, e.bytes - done));
        if (!readAt(src, e.offset + done, block.data(), n))
            return false;
        hash.feed(block.data(), n);
        stream.decode(block.data(), n / e.width, to);
        to += n / e.width;
    }
    return hash.value() == e.hash;
}

// A coded section of T as an entry says it is: a width of 1, 2 or 4 bytes
// narrower than T and count codes, or (width 0) T's own bytes.
template<typename T>
bool wellFormed(const SectionEntry &e)
{
    if (e.width == 0)
        return e.bytes % sizeof(T) == 0;
    return (e.width == 1 || e.width == 2 || e.width == 4) && e.width < sizeof(T) && e.bytes == e.count * e.width;
}

template<typename T>
quint64 elementCount(const SectionEntry &e) { return e.width == 0 ? e.bytes / sizeof(T) : e.count; }

// A whole section in memory, checked, handed out in order as values of T.
template<typename T>
class SectionValues {
public:
    SectionValues(const Source &src, const SectionEntry &e) : m_e(e), m_stream(e.codec())
    {
        m_bytes.resize(static_cast<size_t>(e.bytes));
        m_ok = wellFormed<T>(e) && readSection(src, e, m_bytes.data());
        m_left = m_ok ? elementCount<T>(e) : 0;
    }
    bool ok() const { return m_ok; }
    quint64 left() const { return m_left; }
    // The next n values (n <= left()).
    void take(T *out, size_t n)
    {
        const size_t width = m_e.width ? m_e.width : sizeof(T);
        if (m_e.width == 0)
            std::memcpy(out, m_bytes.data() + m_at, n * width);
        else
            m_stream.decode(m_bytes.data() + m_at, n, out);
        m_at += n * width;
        m_left -= n;
    }

private:
    const SectionEntry &m_e;
    CodecStream<T> m_stream;
    std::vector<char> m_bytes;
    size_t m_at = 0;
    quint64 m_left = 0;
    bool m_ok = false;
};

// Maps the pages of a new allocation in one call (MADV_POPULATE_WRITE)
// instead of one page fault per 4 KiB page when it is first written: most
// of a warm read's CPU time was those faults. Whole pages inside the range
// only; a kernel without it (before Linux 5.14) faults them as before.
inline void prefault(void *data, size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    constexpr size_t kMinBytes = size_t(1) << 20; // small vectors share pages with others
    if (bytes < kMinBytes)
        return;
    const size_t page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    const auto begin = (reinterpret_cast<uintptr_t>(data) + page - 1) / page * page;
    const auto end = (reinterpret_cast<uintptr_t>(data) + bytes) / page * page;
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

// Sizes a vector on the reading thread that fills it: most of a warm read's
// CPU time is the kernel mapping and zeroing the new pages, and this way both
// threads share that work. (Marking large vectors for transparent huge pages
// first was tried: at 5M leads it took 0.28-1.6 s of system time against a
// steady 0.57-0.69 s without, on a loaded machine.)
template<typename T>
void sizeFresh(std::vector<T> &v, size_t n)
{
    v.reserve(n);
    prefault(v.data(), n * sizeof(T));
    v.resize(n);
}

// An integer column's two sections as the writer makes them; its length.
template<typename T>
std::optional<quint64> columnLength(const SectionEntry &values, const SectionEntry &positions)
{
    if (!wellFormed<T>(values) || !wellFormed<quint64>(positions))
        return std::nullopt;
    const quint64 stored = elementCount<T>(values);
    if (!values.sparse)
        return positions.bytes == 0 ? std::optional<quint64>(stored) : std::nullopt;
    if (elementCount<quint64>(positions) != stored || stored > values.length)
        return std::nullopt;
    return values.length;
}

// Hands a column's values out in order, put(i, value) for i = 0 ..
// columnLength() - 1, a chunk at a time: the fields of a vector of structs
// and the half-cent column fill their own vectors from it without a whole
// decoded column in between.
template<typename T, typename Put>
bool readColumnEach(const Source &src, const SectionEntry &values, const SectionEntry &positions, Put put)
{
    constexpr size_t kChunk = 8192;
    std::vector<T> chunk(kChunk);
    SectionValues<T> v(src, values);
    if (!v.ok())
        return false;
    if (!values.sparse) {
        for (size_t done = 0; v.left() > 0;) {
            const size_t m = static_cast<size_t>(std::min<quint64>(kChunk, v.left()));
            v.take(chunk.data(), m);
            for (size_t i = 0; i < m; ++i)
                put(done++, chunk[i]);
        }
        return true;
    }
    const quint64 n = values.length;
    for (quint64 i = 0; i < n; ++i)
        put(static_cast<size_t>(i), std::numeric_limits<T>::max());
    SectionValues<quint64> at(src, positions);
    if (!at.ok())
        return false;
    std::vector<quint64> where(kChunk);
    quint64 next = 0; // positions increase: each is at least this
    while (v.left() > 0) {
        const size_t m = static_cast<size_t>(std::min<quint64>(kChunk, v.left()));
        v.take(chunk.data(), m);
        at.take(where.data(), m);
        for (size_t i = 0; i < m; ++i) {
            if (where[i] < next || where[i] >= n)
                return false;
            put(static_cast<size_t>(where[i]), chunk[i]);
            next = where[i] + 1;
        }
    }
    return true;
}

// Reads a column (columnLength() elements) into `to`: a plain column block
// by block straight from the file, a sparse one through readColumnEach.
template<typename T>
bool readColumn(const Source &src, const SectionEntry &values, const SectionEntry &positions, T *to)
{
    if (!values.sparse)
        return values.width == 0 ? readSection(src, values, to) : readCodedSection(src, values, to);
    return readColumnEach<T>(src, values, positions, [to](size_t i, T x) { to[i] = x; });
}

// The running offsets of a list of lists, checked: they start at 0, never
// decrease and end at `total` elements (checked by the caller).
inline bool readOffsets(const Source &src, const SectionEntry &e, std::vector<quint64> &at)
{
    SectionValues<quint64> values(src, e);
    if (!values.ok() || values.left() == 0)
        return false;
    at.resize(static_cast<size_t>(values.left()));
    values.take(at.data(), at.size());
    if (at.front() != 0)
        return false;
    for (size_t i = 0; i + 1 < at.size(); ++i)
        if (at[i] > at[i + 1])
            return false;
    return true;
}

} // namespace ra::cachefmt

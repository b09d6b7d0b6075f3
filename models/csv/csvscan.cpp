#include "csv/csvscan.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ra {
namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view trimmed(const char *b, const char *e)
{
    while (b < e && isBlank(*b))
        ++b;
    while (e > b && isBlank(e[-1]))
        --e;
    return std::string_view(b, std::size_t(e - b));
}

// The content of a quoted field, between its quotes. Reading *b and e[-1] is
// safe even when it is empty (they are then the quotes), which spares the
// scan a branch on the field's length, mispredicted about every other field.
std::string_view quotedContent(const char *b, const char *e)
{
    if ((int(isBlank(*b)) | int(isBlank(e[-1]))) != 0) [[unlikely]]
        return trimmed(b, e);
    return std::string_view(b, std::size_t(e - b));
}

// The quotes of one line as bit masks, 64 bytes at a time, built on first
// use. A field's closing quote is then a bit scan: its cost does not depend
// on the field's length, and a field does not wait on the loads of the one
// before it (a byte loop or memchr per field did, and was most of the scan).
class QuoteFinder {
public:
    QuoteFinder(const char *line, const char *lineEnd) : m_line(line), m_length(lineEnd - line) {}

    // The first quote at or after from, or nullptr before the line's end.
    // from never goes back.
    const char *next(const char *from)
    {
        std::ptrdiff_t at = from - m_line;
        while (at < m_length) {
            if (m_window < 0 || at >= m_window + 64)
                load(at & ~std::ptrdiff_t(63));
            const std::uint64_t later = m_mask & (~std::uint64_t(0) << (at - m_window));
            if (later != 0)
                return m_line + m_window + std::countr_zero(later);
            at = m_window + 64;
        }
        return nullptr;
    }

private:
    void load(std::ptrdiff_t window)
    {
        m_window = window;
        const char *bytes = m_line + window;
        const int n = int(std::min<std::ptrdiff_t>(64, m_length - window));
        std::uint64_t mask = 0;
        int i = 0;
#ifdef __SSE2__
        const __m128i quote = _mm_set1_epi8('"');
        for (; i + 16 <= n; i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + i));
            mask |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)))) << i;
        }
#endif
        for (; i < n; ++i)
            if (bytes[i] == '"')
                mask |= std::uint64_t(1) << i;
        m_mask = mask;
    }

    const char *m_line;
    std::ptrdiff_t m_length;
    std::ptrdiff_t m_window = -1; // offset of the 64 bytes in m_mask
    std::uint64_t m_mask = 0;
};

// Where the fields go: a cursor into slots, kept in locals so that writing a
// field does not make the compiler reload the vector's bounds.
class FieldSlots {
public:
    explicit FieldSlots(std::vector<std::string_view> &slots) : m_slots(slots)
    {
        if (m_slots.size() < 64)
            m_slots.resize(64);
        m_out = m_slots.data();
        m_limit = m_out + m_slots.size();
    }
    void put(std::string_view field)
    {
        if (m_out == m_limit)
            grow();
        *m_out++ = field;
    }
    int count() const { return int(m_out - m_slots.data()); }

private:
    void grow()
    {
        const std::size_t used = m_slots.size();
        m_slots.resize(used * 2);
        m_out = m_slots.data() + used;
        m_limit = m_slots.data() + m_slots.size();
    }
    std::vector<std::string_view> &m_slots;
    std::string_view *m_out;
    std::string_view *m_limit;
};

} // namespace

ScanOutcome scanSimpleRecord(const char *p, const char *end, char delimiter, std::vector<std::string_view> &slots,
                             int &count, const char *&next)
{
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
    if (!nl)
        return ScanOutcome::NeedMore;
    // libcsv ends a record at a CR; the LF after it ends no record.
    const char *lineEnd = nl > p && nl[-1] == '\r' ? nl - 1 : nl;
    next = nl + 1;
    if (lineEnd == p)
        return ScanOutcome::Blank;
    FieldSlots fields(slots);
    QuoteFinder quotes(p, lineEnd);
    const char *q = p;
    for (;;) {
        const char *fieldEnd;
        if (*q == '"') {
            const char *close = quotes.next(q + 1);
            // No closing quote on this line (a quoted newline, or broken
            // quoting), or a doubled quote / text after the closing quote.
            if (!close || (close + 1 < lineEnd && close[1] != delimiter))
                return ScanOutcome::Unusual;
            fields.put(quotedContent(q + 1, close));
            fieldEnd = close + 1;
        } else {
            fieldEnd = q;
            while (fieldEnd < lineEnd && *fieldEnd != delimiter) {
                // A quote after leading blanks opens a quoted field; one later
                // is kept as text; a bare CR ends the record: libcsv decides.
                if (*fieldEnd == '"' || *fieldEnd == '\r')
                    return ScanOutcome::Unusual;
                ++fieldEnd;
            }
            fields.put(trimmed(q, fieldEnd));
        }
        if (fieldEnd == lineEnd) {
            count = fields.count();
            return ScanOutcome::Record;
        }
        q = fieldEnd + 1; // past the delimiter
    }
}

} // namespace ra

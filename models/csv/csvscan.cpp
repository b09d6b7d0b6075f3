#include "csv/csvscan.h"

#include <bit>
#include <cstdint>
#include <cstring>

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

// Most fields of an export are a few bytes long: the first eight bytes are
// searched at once (a SWAR test for the quote byte), so a field's length
// costs no mispredicted loop exit; memchr takes over for longer ones.
const char *findQuote(const char *p, const char *end)
{
    if constexpr (std::endian::native == std::endian::little) {
        if (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            const std::uint64_t x = word ^ 0x2222222222222222ULL; // '"' bytes become zero
            // The lowest zero byte of x sets the high bit of its byte here
            // (higher ones may be false hits, the lowest one never is).
            const std::uint64_t zero = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
            if (zero != 0)
                return p + std::countr_zero(zero) / 8;
            p += 8;
        }
    }
    return p < end ? static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p))) : nullptr;
}

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
    const char *q = p;
    for (;;) {
        const char *fieldEnd;
        if (*q == '"') {
            const char *close = findQuote(q + 1, lineEnd);
            // No closing quote on this line (a quoted newline, or broken
            // quoting), or a doubled quote / text after the closing quote.
            if (!close || (close + 1 < lineEnd && close[1] != delimiter))
                return ScanOutcome::Unusual;
            fields.put(trimmed(q + 1, close));
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

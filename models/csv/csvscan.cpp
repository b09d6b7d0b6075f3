#include "csv/csvscan.h"

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

// Most fields of an export are a few bytes long: a short loop beats a call
// to memchr, which takes over for the long ones.
const char *findQuote(const char *p, const char *end)
{
    for (int i = 0; i < 16 && p < end; ++i, ++p)
        if (*p == '"')
            return p;
    return p < end ? static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p))) : nullptr;
}

} // namespace

ScanOutcome scanSimpleRecord(const char *p, const char *end, char delimiter, std::vector<std::string_view> &fields,
                             const char *&next)
{
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
    if (!nl)
        return ScanOutcome::NeedMore;
    // libcsv ends a record at a CR; the LF after it ends no record.
    const char *lineEnd = nl > p && nl[-1] == '\r' ? nl - 1 : nl;
    next = nl + 1;
    if (lineEnd == p)
        return ScanOutcome::Blank;
    fields.clear();
    const char *q = p;
    for (;;) {
        const char *fieldEnd;
        if (*q == '"') {
            const char *close = findQuote(q + 1, lineEnd);
            // No closing quote on this line (a quoted newline, or broken
            // quoting), or a doubled quote / text after the closing quote.
            if (!close || (close + 1 < lineEnd && close[1] != delimiter))
                return ScanOutcome::Unusual;
            fields.push_back(trimmed(q + 1, close));
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
            fields.push_back(trimmed(q, fieldEnd));
        }
        if (fieldEnd == lineEnd)
            return ScanOutcome::Record;
        q = fieldEnd + 1; // past the delimiter
    }
}

} // namespace ra

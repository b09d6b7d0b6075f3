#include "csv/fieldcheck.h"

#include "domain/reasons.h"

#include <cstring>

namespace ra {

bool isValidUtf8(std::string_view s, std::size_t *offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    auto bad = [&] {
        if (offset)
            *offset = i;
        return false;
    };
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        unsigned lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return bad(); // continuation byte first, C0/C1 overlong, F5..FF
        }
        if (i + len > n || p[i + 1] < lo || p[i + 1] > hi)
            return bad();
        for (std::size_t k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return bad();
        i += len;
    }
    return true;
}

std::optional<QString> fieldProblem(std::string_view field)
{
    if (field.size() > kMaxFieldBytes)
        return reasonText(Reason::FieldTooLong,
                          {QString::number(kMaxFieldBytes / 1024), QString::number(field.size())});
    if (std::memchr(field.data(), '\0', field.size()))
        return reasonText(Reason::FieldNul);
    std::size_t at = 0;
    if (!isValidUtf8(field, &at))
        return reasonText(
            Reason::FieldNotUtf8,
            {QStringLiteral("%1").arg(uint(static_cast<unsigned char>(field[at])), 2, 16, QLatin1Char('0')),
             QString::number(at + 1)});
    return std::nullopt;
}

} // namespace ra

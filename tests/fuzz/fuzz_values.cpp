// The bundle's value parsers (domain/values.h) on arbitrary text. Beyond "no
// crash, no sanitizer report": whatever parses must survive a round trip
// through its formatter unchanged, so the exporter never writes a value the
// importer reads back differently.
#include "domain/calendar.h"
#include "domain/values.h"
#include "fuzzsupport.h"

#include <QString>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int which = data[0] % 8;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (which) {
    case 0:
        if (auto v = ra::parseTimestamp(text)) {
            auto back = ra::parseTimestamp(ra::formatTimestamp(*v));
            RA_FUZZ_CHECK(back && *back == *v, text);
        }
        break;
    case 1:
        if (auto v = ra::parseDate(text)) {
            auto back = ra::parseDate(ra::formatDate(*v));
            RA_FUZZ_CHECK(back && *back == *v, text);
        }
        break;
    case 2:
        if (auto v = ra::parseMonth(text)) {
            auto back = ra::parseMonth(ra::formatMonth(*v));
            RA_FUZZ_CHECK(back && *back == *v, text);
            RA_FUZZ_CHECK(ra::monthFromIndex(ra::monthIndex(*v)) == *v, text);
            RA_FUZZ_CHECK(ra::monthOf(ra::monthStartEpoch(*v)) == *v, text);
        }
        break;
    case 3:
    case 4: {
        const bool allowNegative = which == 4;
        if (auto v = ra::parseMoney(text, allowNegative)) {
            RA_FUZZ_CHECK(allowNegative || *v >= 0, text);
            auto back = ra::parseMoney(ra::formatMoney(*v), true);
            RA_FUZZ_CHECK(back && *back == *v, text);
        }
        break;
    }
    case 5:
        if (auto v = ra::parseInteger(text, 0, 10))
            RA_FUZZ_CHECK(*v >= 0 && *v <= 10, text);
        break;
    case 6: {
        // A money target: a number with an exponent, read exactly; within
        // range, and the same as the bundle form of its cents.
        const QByteArray bytes = text.toUtf8();
        if (auto m = ra::Money::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())), ra::MoneyForm::Number, true)) {
            RA_FUZZ_CHECK(m->cents() <= ra::Money::kMaxCents && m->cents() >= -ra::Money::kMaxCents, text);
            auto back = ra::parseMoney(m->toBundleText(), true);
            RA_FUZZ_CHECK(back && *back == m->cents(), text);
        }
        (void)ra::parseNumber(text);
        break;
    }
    default:
        // Error messages are built for every failure: they must not crash either.
        if (auto v = ra::parseTimestamp(text); !v)
            RA_FUZZ_CHECK(!v.message().isEmpty(), text);
        break;
    }
    return 0;
}

// Period::parse (domain/period.h) on arbitrary text: a period that parses has a
// canonical key that parses back to itself, a label, and neighbours.
#include "domain/period.h"
#include "fuzzsupport.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    ra::Result<ra::Period> p = ra::Period::parse(text);
    if (!p) {
        RA_FUZZ_CHECK(!p.message().isEmpty(), text);
        return 0;
    }
    RA_FUZZ_CHECK(p->isValid(), text);
    RA_FUZZ_CHECK(p->days() >= 1, text);
    RA_FUZZ_CHECK(p->endEpoch() > p->startEpoch(), text);
    auto again = ra::Period::parse(p->key());
    RA_FUZZ_CHECK(again && *again == *p, text + QStringLiteral(" -> ") + p->key());
    RA_FUZZ_CHECK(!p->label().isEmpty(), text);
    const ra::Period prev = p->previous();
    if (prev.isValid())
        RA_FUZZ_CHECK(prev.next() == *p, text);
    if (p->isWholeMonths())
        RA_FUZZ_CHECK(p->firstMonth() <= p->lastMonth(), text);
    return 0;
}

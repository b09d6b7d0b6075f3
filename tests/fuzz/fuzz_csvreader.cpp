// The streaming CSV reader (csv/csvreader.h) on arbitrary bytes, with a
// chunk size taken from the input so records straddle chunk borders.
#include "csv/csvreader.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ra::CsvReader reader;
    reader.setChunkSize(1 + data[0] % 64);
    qint64 lastLine = 0;
    qint64 fieldBytes = 0;
    const int stopAfter = data[0] >= 250 ? 2 : -1; // also exercise stopping early
    int seen = 0;
    auto r = reader.read(buffer, [&](const ra::CsvRecord &rec) {
        RA_FUZZ_CHECK(rec.line() >= 1 && rec.line() >= lastLine, QString::number(rec.line()));
        lastLine = rec.line();
        for (int i = 0; i <= rec.size(); ++i) // one past the end must be NULL, not a crash
            fieldBytes += qint64(rec.field(i).size());
        return ++seen != stopAfter;
    });
    RA_FUZZ_CHECK(fieldBytes <= bytes.size(), QString::number(fieldBytes));
    if (r)
        RA_FUZZ_CHECK(r->bytes <= bytes.size(), QString::number(r->bytes));
    return 0;
}

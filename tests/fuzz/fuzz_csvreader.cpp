// The streaming CSV reader (csv/csvreader.h) on arbitrary bytes, with a
// chunk size taken from the input so records straddle chunk borders. The
// same bytes are read once with the fast path and once through libcsv only:
// records, lines, counts and errors must agree.
#include "csv/csvreader.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <cstdint>

namespace {

struct Outcome {
    std::string records; // line, then each field, NUL-separated
    QString error;
    ra::CsvReadStats stats;
};

Outcome readAll(const QByteArray &input, qint64 chunkSize, int stopAfter, bool fast)
{
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ra::CsvReader reader;
    reader.setChunkSize(chunkSize);
    reader.setFastScan(fast);
    Outcome out;
    qint64 lastLine = 0;
    qint64 fieldBytes = 0;
    int seen = 0;
    auto r = reader.read(buffer, [&](const ra::CsvRecord &rec) {
        RA_FUZZ_CHECK(rec.line() >= 1 && rec.line() >= lastLine, QString::number(rec.line()));
        lastLine = rec.line();
        out.records += std::to_string(rec.line());
        for (int i = 0; i <= rec.size(); ++i) { // one past the end must be NULL, not a crash
            fieldBytes += qint64(rec.field(i).size());
            out.records += '\0';
            out.records += rec.field(i);
        }
        out.records += '\n';
        return ++seen != stopAfter;
    });
    RA_FUZZ_CHECK(fieldBytes <= bytes.size(), QString::number(fieldBytes));
    if (r) {
        RA_FUZZ_CHECK(r->bytes <= bytes.size(), QString::number(r->bytes));
        out.stats = *r;
    } else {
        out.error = r.message();
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qint64 chunkSize = data[0] < 128 ? 1 + data[0] % 64 : 1 << 16;
    const int stopAfter = data[0] >= 250 ? 2 : -1; // also exercise stopping early
    const Outcome fast = readAll(bytes, chunkSize, stopAfter, true);
    const Outcome exact = readAll(bytes, chunkSize, stopAfter, false);
    RA_FUZZ_CHECK(fast.records == exact.records, QString::fromStdString(fast.records));
    RA_FUZZ_CHECK(fast.error == exact.error, fast.error);
    RA_FUZZ_CHECK(fast.stats.records == exact.stats.records && fast.stats.lines == exact.stats.lines
                      && fast.stats.bytes == exact.stats.bytes,
                  QString::number(fast.stats.records));
    return 0;
}

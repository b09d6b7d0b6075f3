// Zendesk's JSON export reader (exports/exportjson.h, exports/jsonsplitter.h)
// on arbitrary bytes: it refuses the file or accounts for every record once,
// as a CSV line or a settled record, and its CSV reads back line by line.
#include "exports/exportjson.h"
#include "exports/exportreader.h"
#include "fuzzsupport.h"

#include <QDir>
#include <cstdint>
#include <set>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ra::fuzz::ensureApp();
    const QString path = QDir(ra::fuzz::scratchDir()).filePath(QStringLiteral("tickets.json"));
    ra::fuzz::writeFile(path, reinterpret_cast<const char *>(data), qsizetype(size));
    auto text = ra::openJsonExport(path);
    if (!text)
        return 0;
    std::set<qint64> positions;
    for (qint64 p : text->positions)
        RA_FUZZ_CHECK(p >= 1 && positions.insert(p).second, QString::number(p));
    for (const ra::SettledRecord &r : text->settled)
        RA_FUZZ_CHECK(r.position >= 1 && positions.insert(r.position).second, QString::number(r.position));
    RA_FUZZ_CHECK(positions.empty() || *positions.rbegin() == qint64(positions.size()),
                  QString::number(positions.size()));
    auto header = ra::readExportHeader(*text);
    RA_FUZZ_CHECK(bool(header), header.message());
    qint64 rows = 0;
    auto read =
        ra::readExportRows(*text,
                           [&](const ra::RecordView &record, qint64 position) {
                               RA_FUZZ_CHECK(record.size() == header->size(), QString::number(record.size()));
                               RA_FUZZ_CHECK(position == text->positions[std::size_t(rows)], QString::number(position));
                               ++rows;
                           },
                           {});
    RA_FUZZ_CHECK(bool(read), read.message());
    RA_FUZZ_CHECK(rows == qint64(text->positions.size()), QString::number(rows));
    return 0;
}

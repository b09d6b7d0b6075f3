#include "exports/exportpreview.h"

#include "csv/csvreader.h"
#include "exports/exportdetect.h"
#include "exports/exporttext.h"
#include "exports/exportreader.h"

#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace ra {

Result<ExportPreview> previewExport(const QString &path, const std::vector<const Mapping *> &candidates,
                                    const Progress &progress)
{
    auto text = openExportText(path, progress);
    if (!text)
        return text.error();
    auto header = readExportHeader(*text);
    if (!header)
        return header.error();
    ExportPreview p;
    p.path = path;
    p.file = QFileInfo(path).fileName();
    p.encoding = text->encoding;
    p.delimiter = text->json ? QStringLiteral("JSON") : delimiterName(text->delimiter);
    p.header = *header;
    const Recognition r = recognise(p.header, path, candidates);
    p.recognised = r.mapping;
    p.confidence = r.confidence;
    p.closest = r.closest;

    std::vector<QHash<QString, qint64>> counts(std::size_t(p.header.size()));
    CsvReader reader;
    reader.setDelimiter(text->delimiter);
    bool first = true;
    auto read = reader.read(*text->device, [&](const CsvRecord &record) {
        if (first) {
            first = false;
            return true;
        }
        if (p.rows.size() < std::size_t(kPreviewRows)) {
            std::vector<std::string> cells;
            for (int i = 0; i < record.size(); ++i)
                cells.emplace_back(record.field(i));
            p.rows.push_back(std::move(cells));
        }
        for (int i = 0; i < std::min(record.size(), int(counts.size())); ++i) {
            const std::string_view f = record.field(i);
            QHash<QString, qint64> &c = counts[std::size_t(i)];
            if (f.empty()
                || (c.size() >= kPreviewDistinct && !c.contains(QString::fromUtf8(f.data(), qsizetype(f.size())))))
                continue;
            ++c[QString::fromUtf8(f.data(), qsizetype(f.size()))];
        }
        return ++p.sampled < kPreviewSample;
    });
    if (!read)
        return makeError(read.error().code, QStringLiteral("%1: %2").arg(p.file, read.message()));
    for (const QHash<QString, qint64> &c : counts) {
        std::vector<ValueCount> v;
        for (auto it = c.begin(); it != c.end(); ++it)
            v.push_back({it.key(), it.value()});
        std::sort(v.begin(), v.end(), [](const ValueCount &a, const ValueCount &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        p.values.push_back(std::move(v));
    }
    return p;
}

} // namespace ra

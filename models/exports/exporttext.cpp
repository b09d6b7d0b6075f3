#include "exports/exporttext.h"

#include "csv/fieldcheck.h"
#include "exports/exportjson.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace ra {
namespace {

// Files up to this size are read whole: checked as UTF-8 end to end, or
// decoded at once. Larger files stream from disk and are assumed UTF-8 when
// their first bytes are (their used fields are checked row by row).
constexpr qint64 kWholeFileBytes = 64 * 1024 * 1024;
constexpr qint64 kSampleBytes = 4 * 1024 * 1024;

bool validUtf8Sample(QByteArrayView bytes, bool truncated)
{
    std::size_t bad = 0;
    if (isValidUtf8(std::string_view(bytes.data(), std::size_t(bytes.size())), &bad))
        return true;
    // A sample cut inside a multi-byte character is still UTF-8.
    return truncated && bytes.size() - qsizetype(bad) < 4;
}

std::unique_ptr<QIODevice> bufferOf(QByteArray bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(std::move(bytes));
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

Result<QByteArray> decodeToUtf8(const QByteArray &bytes, const char *codec, const QString &path)
{
    QStringDecoder decoder(codec);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Latin1);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(
            ErrorCode::Parse,
            QCoreApplication::translate("ra::Exports", "%1: not valid %2 text").arg(path, QString::fromLatin1(codec)));
    return text.toUtf8();
}

} // namespace

qint64 ExportText::positionOf(qint64 line) const
{
    // The generated CSV has its header on line 1 and one line per record after it.
    const qint64 row = line - 2;
    return row >= 0 && row < qint64(positions.size()) ? positions[std::size_t(row)] : line;
}

char sniffDelimiter(QByteArrayView head)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : head) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';': return QStringLiteral("semicolon");
    case '\t': return QStringLiteral("tab");
    default: return QStringLiteral("comma");
    }
}

Result<ExportText> openExportText(const QString &path, const Progress &progress)
{
    auto file = std::make_unique<QFile>(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("ra::Exports", "%1: no such file").arg(path));
    if (!file->open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ra::Exports", "cannot read %1: %2").arg(path, file->errorString()));
    ExportText out;
    out.path = path;
    out.size = file->size();
    const QByteArray head = file->peek(kSampleBytes);
    if (head.isEmpty())
        return makeError(ErrorCode::Parse,
                         QCoreApplication::translate("ra::Exports", "%1: the file is empty").arg(path));
    if (looksLikeJson(path, head)) {
        file.reset();
        return openJsonExport(path, progress);
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0"))
        return makeError(ErrorCode::Parse,
                         QCoreApplication::translate(
                             "ra::Exports", "%1: a spreadsheet workbook, not CSV text; save or export it as CSV first")
                             .arg(path));

    const bool utf16le = head.startsWith("\xFF\xFE"), utf16be = head.startsWith("\xFE\xFF");
    if (utf16le || utf16be) {
        if (out.size > kWholeFileBytes * 4)
            return makeError(
                ErrorCode::Parse,
                QCoreApplication::translate("ra::Exports", "%1: a UTF-16 file over 256 MiB; export it as UTF-8")
                    .arg(path));
        auto utf8 = decodeToUtf8(file->readAll(), utf16le ? "UTF-16LE" : "UTF-16BE", path);
        if (!utf8)
            return utf8.error();
        // The decoder drops the byte-order mark.
        out.encoding = utf16le ? QStringLiteral("UTF-16LE (BOM)") : QStringLiteral("UTF-16BE (BOM)");
        out.utf8Checked = true;
        out.delimiter = sniffDelimiter(QByteArrayView(*utf8).first(std::min<qsizetype>(utf8->size(), kSampleBytes)));
        out.device = bufferOf(std::move(*utf8));
        return out;
    }
    if (head.contains('\0'))
        return makeError(ErrorCode::Parse,
                         QCoreApplication::translate(
                             "ra::Exports", "%1: binary data or UTF-16 without a byte-order mark, not CSV text")
                             .arg(path));

    const bool bom = head.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(head).sliced(bom ? 3 : 0);
    out.delimiter = sniffDelimiter(body);
    if (out.size <= kWholeFileBytes) {
        QByteArray all = file->readAll();
        const QByteArrayView allBody = QByteArrayView(all).sliced(bom ? 3 : 0);
        if (validUtf8Sample(allBody, false)) {
            out.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
            out.utf8Checked = true;
            out.device = bufferOf(std::move(all));
            return out;
        }
        auto utf8 = decodeToUtf8(bom ? all.mid(3) : all, "windows-1252", path);
        if (!utf8)
            return utf8.error();
        out.encoding = QCoreApplication::translate("ra::Exports", "Windows-1252 (assumed: the bytes are not UTF-8)");
        out.utf8Checked = true;
        out.device = bufferOf(std::move(*utf8));
        return out;
    }
    if (!validUtf8Sample(body, head.size() == kSampleBytes))
        return makeError(
            ErrorCode::Parse,
            QCoreApplication::translate(
                "ra::Exports", "%1: over 64 MiB and not UTF-8; export it as UTF-8 (large files are not converted)")
                .arg(path));
    out.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    // Streamed in large chunks by the reader: QFile's own buffer would only add a copy.
    file->close();
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ra::Exports", "cannot read %1: %2").arg(path, file->errorString()));
    out.device = std::move(file);
    return out;
}

} // namespace ra

#include "csv/csvreader.h"

#include "csv/fieldcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <csv.h>
#include <cstring>

namespace ra {
namespace {

// "line 17: why" — the importer turns the prefix into "leads.csv:17: why".
QString atLine(qint64 line, const QString &why)
{
    return QStringLiteral("line %1: %2").arg(line).arg(why);
}

// libcsv's parser states (libcsv.c): between records, and inside a field.
constexpr int kRowNotBegun = 0;
constexpr int kFieldBegun = 2;

struct ParseContext {
    CsvRecord *record = nullptr;
    std::string *buf = nullptr;
    std::vector<std::size_t> *ends = nullptr;
    const CsvReader::RecordFn *onRecord = nullptr;
    qint64 startLine = 1;
    qint64 records = 0;
    bool stopped = false;
};

bool isBlank(char c) { return c == ' ' || c == '\t'; }

} // namespace

std::string_view CsvRecord::field(int i) const
{
    if (i < 0 || i >= int(m_ends.size()))
        return {};
    const std::size_t begin = i == 0 ? 0 : m_ends[std::size_t(i) - 1];
    return std::string_view(m_buf).substr(begin, m_ends[std::size_t(i)] - begin);
}

// libcsv callbacks are C function pointers; the record and the caller's
// function travel through the context pointer.
struct CsvCallbacks {
    static void onField(void *s, std::size_t len, void *data)
    {
        auto *ctx = static_cast<ParseContext *>(data);
        if (ctx->stopped)
            return;
        const char *p = static_cast<const char *>(s);
        if (p) {
            while (len > 0 && isBlank(*p))
                ++p, --len;
            while (len > 0 && isBlank(p[len - 1]))
                --len;
            ctx->buf->append(p, len);
        }
        ctx->ends->push_back(ctx->buf->size());
    }

    static void onRecordEnd(int, void *data)
    {
        auto *ctx = static_cast<ParseContext *>(data);
        if (ctx->stopped)
            return;
        // A line of only spaces and separators-free blanks is a blank line, not a record.
        const bool blank = ctx->ends->size() <= 1 && ctx->buf->empty();
        if (!blank) {
            ctx->record->m_line = ctx->startLine;
            ++ctx->records;
            if (!(*ctx->onRecord)(*ctx->record))
                ctx->stopped = true;
        }
        ctx->buf->clear();
        ctx->ends->clear();
    }

    static void bind(ParseContext &ctx, CsvRecord &rec)
    {
        ctx.record = &rec;
        ctx.buf = &rec.m_buf;
        ctx.ends = &rec.m_ends;
    }
};

Result<CsvReadStats> CsvReader::readFile(const QString &path, const RecordFn &onRecord) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Csv", "cannot read %1: %2").arg(path, file.errorString()));
    return read(file, onRecord);
}

namespace {

// Where the reader is in the file: the physical line about to be fed and the
// byte offset where the current record started.
struct FilePosition {
    qint64 line = 1;
    qint64 recordStart = 0;
};

// Feeds one chunk read at byte offset chunkStart, one physical line at a
// time: whenever libcsv is between records when a line starts, the next
// record starts on that line. This keeps the line numbers right across quoted
// newlines and blank lines.
Status feedChunk(csv_parser &parser, ParseContext &ctx, const char *chunk, qint64 size, qint64 chunkStart, FilePosition &pos)
{
    const char *p = chunk;
    const char *end = p + size;
    while (p < end && !ctx.stopped) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        const char *segEnd = nl ? nl + 1 : end;
        if (parser.pstate == kRowNotBegun) {
            ctx.startLine = pos.line;
            pos.recordStart = chunkStart + (p - chunk);
        }
        if (csv_parse(&parser, p, std::size_t(segEnd - p), CsvCallbacks::onField, CsvCallbacks::onRecordEnd, &ctx)
            != std::size_t(segEnd - p))
            return makeError(ErrorCode::Parse, atLine(ctx.startLine, QString::fromUtf8(csv_strerror(csv_error(&parser)))));
        // Memory stays bounded whatever the file: a record is buffered
        // whole (by libcsv and by us), so a "line" of a gigabyte is refused.
        if (parser.pstate != kRowNotBegun && chunkStart + (segEnd - chunk) - pos.recordStart > kMaxRecordBytes)
            return makeError(ErrorCode::Parse,
                             atLine(ctx.startLine,
                                    QCoreApplication::translate("ra::Csv", "a record longer than %1 MiB; is this really a CSV bundle file?")
                                        .arg(kMaxRecordBytes / (1024 * 1024))));
        if (nl)
            ++pos.line;
        p = segEnd;
    }
    return {};
}

} // namespace

Result<CsvReadStats> CsvReader::read(QIODevice &device, const RecordFn &onRecord) const
{
    csv_parser parser;
    // Not CSV_STRICT: a stray quote inside an unquoted field is kept as text
    // (as spreadsheets do) rather than failing the file; an unterminated quoted
    // field is detected below from the parser state.
    if (csv_init(&parser, CSV_EMPTY_IS_NULL) != 0)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot initialise the CSV parser"));
    // libcsv grows a field's buffer by this step (default 128 bytes): with a
    // realloc that cannot grow in place (sanitizer builds, fragmented heaps) a
    // multi-megabyte field would be copied quadratically often.
    csv_set_blk_size(&parser, 256 * 1024);
    csv_set_delim(&parser, static_cast<unsigned char>(m_delimiter));
    struct Guard {
        csv_parser *p;
        ~Guard() { csv_free(p); }
    } guard{&parser};

    CsvRecord record;
    ParseContext ctx;
    CsvCallbacks::bind(ctx, record);
    ctx.onRecord = &onRecord;

    CsvReadStats stats;
    const qint64 total = device.size();
    FilePosition pos;
    // One buffer for the whole file: a fresh 1 MiB allocation per chunk is an
    // mmap/munmap and a round of page faults each time.
    std::vector<char> chunk(std::size_t(std::max<qint64>(m_chunkSize, 1)));
    if (device.peek(3) == QByteArrayLiteral("\xEF\xBB\xBF")) {
        device.skip(3);
        stats.bytes += 3;
    }
    bool endsWithNewline = true;
    while (!ctx.stopped) {
        if (!reportProgress(m_progress, stats.bytes, total, m_stage))
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("ra::Csv", "cancelled"));
        const qint64 got = device.read(chunk.data(), qint64(chunk.size()));
        if (got < 0)
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("ra::Csv", "read error: %1").arg(device.errorString()));
        if (got == 0)
            break;
        stats.bytes += got;
        endsWithNewline = chunk[std::size_t(got) - 1] == '\n';
        if (Status fed = feedChunk(parser, ctx, chunk.data(), got, stats.bytes - got, pos); !fed)
            return fed.error();
    }
    if (!ctx.stopped && parser.pstate == kFieldBegun && parser.quoted)
        return makeError(
            ErrorCode::Parse,
            atLine(ctx.startLine,
                   QCoreApplication::translate(
                       "ra::Csv", "unterminated quoted field (a '\"' opened on this record is never closed)")));
    if (!ctx.stopped)
        csv_fini(&parser, CsvCallbacks::onField, CsvCallbacks::onRecordEnd, &ctx);
    stats.records = ctx.records;
    stats.lines = endsWithNewline ? pos.line - 1 : pos.line;
    return stats;
}

} // namespace ra

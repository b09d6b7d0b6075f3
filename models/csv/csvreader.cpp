#include "csv/csvreader.h"

#include "csv/csvscan.h"
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
    std::vector<std::string_view> *fields = nullptr;
    int *count = nullptr;
    const CsvReader::RecordFn *onRecord = nullptr;
    qint64 startLine = 1;
    qint64 feedingLine = 1; // the physical line being fed to libcsv
    qint64 records = 0;
    qint64 scanned = 0;
    bool stopped = false;
};

bool isBlank(char c) { return c == ' ' || c == '\t'; }

} // namespace

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
            if (ctx->fields->size() < ctx->ends->size())
                ctx->fields->resize(ctx->ends->size());
            std::size_t begin = 0, i = 0;
            for (std::size_t end : *ctx->ends) {
                (*ctx->fields)[i++] = std::string_view(ctx->buf->data() + begin, end - begin);
                begin = end;
            }
            *ctx->count = int(i);
            deliver(*ctx, ctx->startLine);
        }
        ctx->buf->clear();
        ctx->ends->clear();
        // A bare CR ends a record inside a line: the next one starts on that
        // line (whatever the chunk borders are).
        ctx->startLine = ctx->feedingLine;
    }

    // A record the fast path scanned into ctx.fields; one empty field is a
    // blank line, as above.
    static void onScanned(ParseContext &ctx, qint64 line)
    {
        if (*ctx.count > 1 || (*ctx.count == 1 && !ctx.fields->front().empty())) {
            ++ctx.scanned;
            deliver(ctx, line);
        }
    }

    static void deliver(ParseContext &ctx, qint64 line)
    {
        ctx.record->m_line = line;
        ++ctx.records;
        if (!(*ctx.onRecord)(*ctx.record))
            ctx.stopped = true;
    }

    static void bind(ParseContext &ctx, CsvRecord &rec)
    {
        ctx.record = &rec;
        ctx.buf = &rec.m_buf;
        ctx.ends = &rec.m_ends;
        ctx.fields = &rec.m_fields;
        ctx.count = &rec.m_count;
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

// Feeds libcsv one physical line from p (or what the chunk holds of it).
// Whenever libcsv is between records when a line starts, the next record
// starts on that line: this keeps the line numbers right across quoted
// newlines and blank lines. offset is p's byte offset in the file.
Status feedLine(csv_parser &parser, ParseContext &ctx, const char *&p, const char *end, qint64 offset, FilePosition &pos)
{
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
    const char *segEnd = nl ? nl + 1 : end;
    if (parser.pstate == kRowNotBegun) {
        ctx.startLine = pos.line;
        pos.recordStart = offset;
    }
    ctx.feedingLine = pos.line;
    if (csv_parse(&parser, p, std::size_t(segEnd - p), CsvCallbacks::onField, CsvCallbacks::onRecordEnd, &ctx)
        != std::size_t(segEnd - p))
        return makeError(ErrorCode::Parse, atLine(ctx.startLine, QString::fromUtf8(csv_strerror(csv_error(&parser)))));
    // Memory stays bounded whatever the file: a record is buffered
    // whole (by libcsv and by us), so a "line" of a gigabyte is refused.
    if (parser.pstate != kRowNotBegun && offset + (segEnd - p) - pos.recordStart > kMaxRecordBytes)
        return makeError(ErrorCode::Parse,
                         atLine(ctx.startLine,
                                QCoreApplication::translate("ra::Csv", "a record longer than %1 MiB; is this really a CSV bundle file?")
                                    .arg(kMaxRecordBytes / (1024 * 1024))));
    if (nl)
        ++pos.line;
    p = segEnd;
    return {};
}

struct ChunkInput {
    const char *data;
    qint64 size;
    qint64 offset; // of data[0] in the file
    bool last;     // nothing follows in the file
};

// Feeds one chunk, record by record: a record that starts a line between
// records and has the simple shape is scanned in place, any other line goes
// to libcsv. Returns how many bytes at the end of the chunk were left for
// the next one (a simple record cut by the chunk border, moved to the front
// of the next read so that it is scanned whole).
Result<qint64> feedChunk(csv_parser &parser, ParseContext &ctx, const ChunkInput &in, char delimiter, bool fast, FilePosition &pos)
{
    const char *p = in.data;
    const char *end = p + in.size;
    while (p < end && !ctx.stopped) {
        if (fast && parser.pstate == kRowNotBegun) {
            const char *next = nullptr;
            const ScanOutcome scanned = scanSimpleRecord(p, end, delimiter, *ctx.fields, *ctx.count, next);
            if (scanned == ScanOutcome::Record)
                CsvCallbacks::onScanned(ctx, pos.line);
            if (scanned == ScanOutcome::Record || scanned == ScanOutcome::Blank) {
                ++pos.line;
                p = next;
                continue;
            }
            // A record longer than the whole buffer goes to libcsv, which streams it.
            if (scanned == ScanOutcome::NeedMore && p != in.data && !in.last)
                return qint64(end - p);
        }
        if (Status fed = feedLine(parser, ctx, p, end, in.offset + (p - in.data), pos); !fed)
            return fed.error();
    }
    return qint64(0);
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
    qint64 carried = 0; // bytes of a record cut by the last chunk's end, at the front of chunk
    while (!ctx.stopped) {
        if (!reportProgress(m_progress, stats.bytes, total, m_stage))
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("ra::Csv", "cancelled"));
        const qint64 got = device.read(chunk.data() + carried, qint64(chunk.size()) - carried);
        if (got < 0)
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("ra::Csv", "read error: %1").arg(device.errorString()));
        if (got == 0 && carried == 0)
            break;
        stats.bytes += got;
        if (got > 0)
            endsWithNewline = chunk[std::size_t(carried + got) - 1] == '\n';
        const ChunkInput in{chunk.data(), carried + got, stats.bytes - got - carried, got == 0};
        const Result<qint64> left = feedChunk(parser, ctx, in, m_delimiter, m_fastScan, pos);
        if (!left)
            return left.error();
        if (*left > 0)
            std::memmove(chunk.data(), chunk.data() + (in.size - *left), std::size_t(*left));
        carried = *left;
        if (in.last)
            break;
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
    stats.scanned = ctx.scanned;
    stats.lines = endsWithNewline ? pos.line - 1 : pos.line;
    return stats;
}

} // namespace ra

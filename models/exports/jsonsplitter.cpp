#include "exports/jsonsplitter.h"

#include "domain/reasons.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ra {
namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr int kMaxKey = 64;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The byte-level state of one pass: strings, nesting, the key being read at
// the first level of a top-level object, and the record being captured.
struct State {
    const QList<QByteArray> &arrays;
    const JsonSplitter::RecordFn &onRecord;
    const JsonSplitter::BrokenFn &onBroken;

    qint64 line = 1;
    int depth = 0;
    bool inString = false, escape = false;
    bool topObject = false; // the current top-level value is an object (else an array)
    bool wrapper = false;   // ... holding a record array: a page, not a record
    bool expectKey = false, readingKey = false, afterColon = false;
    QByteArray key;
    QByteArray array; // the record array we are in, at depth 2
    bool capturing = false;
    int captureDepth = 0;
    qint64 captureLine = 0;
    QByteArray buffer;           // the record's bytes of earlier chunks
    const char *chunk = nullptr; // the chunk being read, and where in it
    qsizetype at = 0;
    qsizetype captureFrom = 0; // where the record's bytes start in this chunk
    bool stray = false;        // skipping text that is no JSON, up to the end of its line
    QByteArray strayText;

    void begin(int atDepth)
    {
        capturing = true;
        captureDepth = atDepth;
        captureLine = line;
        captureFrom = at;
        buffer.clear();
    }
    void emitRecord(const QByteArray &from)
    {
        capturing = false;
        buffer.append(chunk + captureFrom, at + 1 - captureFrom);
        onRecord(from, buffer, captureLine);
        buffer.clear();
    }
    void reset()
    {
        depth = 0;
        inString = escape = readingKey = afterColon = expectKey = capturing = wrapper = false;
        array.clear();
        buffer.clear();
    }
    // A chunk's bytes, copied into a record's buffer by ranges, not byte by byte.
    void feed(const char *data, qsizetype size);
    void byte(char c);
    void structural(char c);
    void finish();
};

void State::byte(char c)
{
    if (stray) {
        if (c == '\n') {
            onBroken(reasonText(Reason::JsonStrayText, {QString::number(line), QString::fromUtf8(strayText).left(40)}),
                     line);
            stray = false;
            strayText.clear();
            ++line;
        } else if (strayText.size() < 64) {
            strayText.append(c);
        }
        return;
    }
    if (c == '\n' && inString) {
        // JSON has no raw line break inside a text value: the record was cut
        // off (a truncated line of a one-record-per-line export).
        const qint64 at = capturing ? captureLine : line;
        onBroken(reasonText(Reason::JsonLineCutOff, {QString::number(at)}), at);
        reset();
        ++line;
        return;
    }
    if (c == '\n')
        ++line;
    if (inString) {
        if (escape)
            escape = false;
        else if (c == '\\')
            escape = true;
        else if (c == '"')
            inString = false, readingKey = false;
        else if (readingKey && key.size() < kMaxKey)
            key.append(c);
        return;
    }
    structural(c);
}

void State::structural(char c)
{
    if (isSpace(c))
        return;
    if (depth == 0 && c == ',')
        return; // records joined by commas
    if (depth == 0 && c != '{' && c != '[') {
        stray = true;
        strayText = QByteArray(1, c);
        return;
    }
    const bool firstLevel = depth == 1 && topObject;
    switch (c) {
    case '"':
        inString = true;
        if (firstLevel && expectKey) {
            readingKey = true;
            expectKey = false;
            key.clear();
        }
        break;
    case ':':
        if (firstLevel)
            afterColon = true;
        return; // a colon does not end the wait for a value
    case ',':
        if (firstLevel)
            expectKey = true;
        break;
    case '{':
    case '[':
        if (depth == 0) {
            topObject = c == '{';
            wrapper = false;
            expectKey = topObject;
            if (topObject)
                begin(0);
        } else if (firstLevel && c == '[' && afterColon && arrays.contains(key)) {
            wrapper = true;
            capturing = false;
            buffer.clear();
            array = key;
        } else if (c == '{' && !capturing && ((depth == 2 && !array.isEmpty()) || (depth == 1 && !topObject))) {
            begin(depth);
        }
        ++depth;
        break;
    case '}':
    case ']':
        --depth;
        if (capturing && depth == captureDepth)
            emitRecord(depth == 0 ? QByteArray() : array);
        if (depth == 1 && c == ']')
            array.clear();
        if (depth <= 0)
            reset();
        break;
    default:
        break;
    }
    if (firstLevel)
        afterColon = false;
}

void State::feed(const char *data, qsizetype size)
{
    chunk = data;
    captureFrom = 0;
    for (at = 0; at < size; ++at) {
        if (inString && !escape && !readingKey && !stray) {
            // Plain text inside a string: nothing to do up to a quote, a backslash or a line break.
            while (at < size && data[at] != '"' && data[at] != '\\' && data[at] != '\n')
                ++at;
            if (at == size)
                break;
        }
        byte(data[at]);
    }
    if (capturing)
        buffer.append(data + captureFrom, size - captureFrom);
}

void State::finish()
{
    if (stray)
        onBroken(reasonText(Reason::JsonStrayText, {QString::number(line), QString::fromUtf8(strayText).left(40)}),
                 line);
    else if (capturing)
        onBroken(reasonText(Reason::JsonFileEnds, {QString::number(captureLine)}), captureLine);
}

} // namespace

Status JsonSplitter::split(QIODevice &device, const RecordFn &onRecord, const BrokenFn &onBroken,
                           const Progress &progress)
{
    State state{m_arrays, onRecord, onBroken};
    if (!device.seek(0))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Exports", "cannot read: %1").arg(device.errorString()));
    QByteArray chunk;
    bool first = true;
    const qint64 total = device.size();
    while (!device.atEnd()) {
        if (!reportProgress(progress, device.pos(), total, QString()))
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("ra::Exports", "cancelled"));
        chunk = device.read(kChunk);
        if (chunk.isEmpty() && !device.atEnd())
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("ra::Exports", "cannot read: %1").arg(device.errorString()));
        const qsizetype from = first && chunk.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        first = false;
        state.feed(chunk.constData() + from, chunk.size() - from);
    }
    state.finish();
    return {};
}

} // namespace ra

#pragma once
// Cuts a JSON export into its records without holding the file in memory:
// one object per line (NDJSON), a top-level array of objects, one object, or
// API pages such as {"tickets": [...], "users": [...], "after_cursor": ...}
// (several pages one after another too). Each record's bytes are handed on
// whole, to be parsed on their own; a broken record is reported and the rest
// is still read.
#include "core/progress.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <functional>

class QIODevice;

namespace ra {

class JsonSplitter {
public:
    // The arrays of a page whose elements are records ("tickets", "users"…).
    explicit JsonSplitter(QList<QByteArray> recordArrays) : m_arrays(std::move(recordArrays)) {}

    // array: the name of the array the record came from; empty for a top-level
    // record (a line, an element of a top-level array, a lone object).
    using RecordFn = std::function<void(const QByteArray &array, const QByteArray &bytes, qint64 line)>;
    // A record that is not JSON (stray text, a file that ends inside it), with
    // its reason (English, from the reason table) and the line it starts on.
    using BrokenFn = std::function<void(const QString &reason, qint64 line)>;

    // Progress: bytes read of the device's size, per chunk. Errors: Io,
    // Cancelled. A device that holds no JSON at all yields no records.
    Status split(QIODevice &device, const RecordFn &onRecord, const BrokenFn &onBroken, const Progress &progress = {});

private:
    QList<QByteArray> m_arrays;
};

} // namespace ra

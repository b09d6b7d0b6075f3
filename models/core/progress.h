#pragma once
// The one progress callback of ra_core's long work (snapshot load, import,
// CSV reading, demo): `done` of `total` units — the caller's unit (bytes,
// thousandths, percent), the same for both — in a named stage. Return false
// to cancel: the work stops with ErrorCode::Cancelled and leaves the store as
// it was. It is called on the worker's thread, often; throttle before showing.
#include <QString>
#include <functional>

namespace ra {

using Progress = std::function<bool(qint64 done, qint64 total, const QString &stage)>;

// Reports to an optional callback; true (go on) when there is none.
inline bool reportProgress(const Progress &progress, qint64 done, qint64 total, const QString &stage)
{
    return !progress || progress(done, total, stage);
}

} // namespace ra

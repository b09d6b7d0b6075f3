#pragma once
// Points in time for hand-made fixtures: seconds since the epoch, UTC.
#include <QDateTime>
#include <QTimeZone>

namespace ra::testsupport {

inline qint64 at(int y, int m, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

inline constexpr qint64 kDay = 86400;

} // namespace ra::testsupport

#pragma once
// The one calendar: proleptic Gregorian days in UTC, yyyymm months and their
// arithmetic, and the conversions at the edges — epoch seconds as stored,
// boost::gregorian::date as Period uses, QDate as the widgets show. The
// day<->civil conversions are exact integer arithmetic, cheap enough for a
// million rows (import, snapshot load).
#include <QDate>
#include <QtGlobal>
#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace ra {

constexpr qint64 kSecondsPerDay = 86400;

// Days since 1970-01-01 of y-m-d, and back.
qint64 daysFromCivil(int y, int m, int d);
void civilFromDays(qint64 days, int &y, int &m, int &d);
qint64 dayIndexOf(qint64 epochSeconds); // floor(epochSeconds / 86400), also before 1970

// UTC days as dates, and their first second.
boost::gregorian::date dateOf(qint64 epochSeconds);
qint64 epochOf(boost::gregorian::date d); // 00:00 UTC
// An invalid QDate for a special (not-a-date) value, and back.
QDate toQDate(boost::gregorian::date d);
boost::gregorian::date fromQDate(const QDate &d);

// Month arithmetic on yyyymm.
int monthIndex(int yyyymm);              // months since year 0: y*12 + (m-1)
int monthFromIndex(int index);           // inverse
int monthOf(qint64 epochSeconds);        // yyyymm of a UTC timestamp
int monthIndexOfEpoch(qint64 epochSeconds); // monthIndex(monthOf(t))
qint64 monthStartEpoch(int yyyymm);      // first day 00:00 UTC

} // namespace ra

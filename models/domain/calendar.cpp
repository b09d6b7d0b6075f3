#include "domain/calendar.h"

namespace ra {
namespace {

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

const boost::gregorian::date kEpochDay(1970, 1, 1);

} // namespace

// H. Hinnant's algorithms: branch-light and exact.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0));
}

qint64 dayIndexOf(qint64 epochSeconds) { return floorDiv(epochSeconds, kSecondsPerDay); }

boost::gregorian::date dateOf(qint64 epochSeconds)
{
    return kEpochDay + boost::gregorian::days(static_cast<long>(dayIndexOf(epochSeconds)));
}

qint64 epochOf(boost::gregorian::date d) { return static_cast<qint64>((d - kEpochDay).days()) * kSecondsPerDay; }

QDate toQDate(boost::gregorian::date d)
{
    return d.is_special() ? QDate() : QDate(int(d.year()), int(d.month()), int(d.day()));
}

boost::gregorian::date fromQDate(const QDate &d)
{
    return d.isValid() ? boost::gregorian::date(d.year(), d.month(), d.day()) : boost::gregorian::date();
}

int monthIndex(int yyyymm) { return (yyyymm / 100) * 12 + (yyyymm % 100 - 1); }

int monthFromIndex(int index)
{
    const int y = int(floorDiv(index, 12));
    return y * 100 + (index - y * 12) + 1;
}

int monthOf(qint64 epochSeconds)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(dayIndexOf(epochSeconds), y, m, d);
    return y * 100 + m;
}

int monthIndexOfEpoch(qint64 epochSeconds) { return monthIndex(monthOf(epochSeconds)); }

qint64 monthStartEpoch(int yyyymm) { return daysFromCivil(yyyymm / 100, yyyymm % 100, 1) * kSecondsPerDay; }

} // namespace ra

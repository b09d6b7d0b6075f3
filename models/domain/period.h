#pragma once
// A reporting period of docs/kpi-definitions.md: year, quarter, month, ISO week or custom
// inclusive date range; the half-open UTC interval [first 00:00, last+1 00:00).
#include "core/result.h"

#include <QString>
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <vector>

namespace ra {

class Period {
public:
    enum class Kind { Year, Quarter, Month, Week, Custom };

    // "2026", "2026-Q4", "2026-11", "2026-W47", "2026-11-01..2026-11-30".
    static Result<Period> parse(QStringView text);
    // The period of the given kind that contains day d (Custom: a one-day range).
    static Period containing(Kind kind, boost::gregorian::date d);
    static Period customRange(boost::gregorian::date first, boost::gregorian::date last);

    Period() = default; // an invalid period
    bool isValid() const { return !m_first.is_special(); }
    Kind kind() const { return m_kind; }
    boost::gregorian::date first() const { return m_first; }
    boost::gregorian::date last() const { return m_last; }
    qint64 startEpoch() const; // first day 00:00 UTC, seconds
    qint64 endEpoch() const;   // day after last 00:00 UTC (exclusive)
    int days() const;

    QString key() const;   // canonical text form, parse(key()) == *this
    QString label() const; // "November 2026", "Q4 2026", "Week 47, 2026", "1 Nov 2026 – 30 Nov 2026"

    Period previous() const;
    Period next() const;

    bool isWholeMonths() const;
    int firstMonth() const; // yyyymm of m1; only when isWholeMonths()
    int lastMonth() const;  // yyyymm of mk

    // Periods of this kind from `from` to `to` inclusive (same kind; Custom: consecutive ranges of equal length).
    static std::vector<Period> range(const Period &from, const Period &to);
    // The n periods of kind `grain` ending with the one that contains `last` day.
    static std::vector<Period> lastN(Kind grain, boost::gregorian::date lastDay, int n);

    bool operator==(const Period &o) const { return m_kind == o.m_kind && m_first == o.m_first && m_last == o.m_last; }

private:
    Period(Kind kind, boost::gregorian::date first, boost::gregorian::date last);
    Kind m_kind = Kind::Custom;
    boost::gregorian::date m_first{boost::gregorian::not_a_date_time};
    boost::gregorian::date m_last{boost::gregorian::not_a_date_time};
};

QString kindName(Period::Kind k); // "year", "quarter", "month", "week", "custom"

} // namespace ra

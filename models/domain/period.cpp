#include "domain/period.h"

#include "domain/calendar.h"
#include "domain/language.h"
#include "domain/reasons.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace ra {

namespace bg = boost::gregorian;

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 9998; // the day after the last day must still be a date

// The English reason (it is also a targets.csv row's rejection); shown translated.
Error badPeriod(QStringView text, std::optional<Reason> why = std::nullopt, const QStringList &whyArgs = {})
{
    return makeError(ErrorCode::Parse,
                     why ? reasonText(Reason::PeriodInvalidBecause, {text.toString(), reasonText(*why, whyArgs)})
                         : reasonText(Reason::PeriodInvalid, {text.toString()}));
}

bool validDate(int y, int m, int d)
{
    if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || d < 1)
        return false;
    return d <= bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y), static_cast<unsigned short>(m));
}

bg::date mondayOfIsoWeek1(int isoYear)
{
    // Week 1 is the week holding 4 January (ISO 8601).
    const bg::date jan4(static_cast<unsigned short>(isoYear), 1, 4);
    const int dow = (jan4.day_of_week().as_number() + 6) % 7; // Monday = 0
    return jan4 - bg::days(dow);
}

int isoWeeksInYear(int isoYear)
{
    return static_cast<int>((mondayOfIsoWeek1(isoYear + 1) - mondayOfIsoWeek1(isoYear)).days() / 7);
}

// The ISO week-numbering year of d: the year of that week's Thursday.
int isoYearOf(bg::date d)
{
    const int dow = (d.day_of_week().as_number() + 6) % 7;
    return (d - bg::days(dow) + bg::days(3)).year();
}

bg::date endOfMonth(int y, int m)
{
    return bg::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                    bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y), static_cast<unsigned short>(m)));
}


QString isoDate(bg::date d)
{
    return QStringLiteral("%1-%2-%3")
        .arg(d.year(), 4, 10, QLatin1Char('0'))
        .arg(d.month(), 2, 10, QLatin1Char('0'))
        .arg(d.day(), 2, 10, QLatin1Char('0'));
}

std::optional<bg::date> parseDay(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(s.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.capturedView(1).toInt(), mo = m.capturedView(2).toInt(), d = m.capturedView(3).toInt();
    if (!validDate(y, mo, d))
        return std::nullopt;
    return bg::date(static_cast<unsigned short>(y), static_cast<unsigned short>(mo), static_cast<unsigned short>(d));
}


} // namespace

Period::Period(Kind kind, bg::date first, bg::date last) : m_kind(kind), m_first(first), m_last(last) {}

Result<Period> Period::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return badPeriod(input, Reason::PeriodEmpty);

    const qsizetype dots = text.indexOf(QLatin1String(".."));
    if (dots >= 0) {
        const auto a = parseDay(text.left(dots).trimmed());
        const auto b = parseDay(text.mid(dots + 2).trimmed());
        if (!a || !b)
            return badPeriod(input, Reason::PeriodRangeDates);
        if (*b < *a)
            return badPeriod(input, Reason::PeriodRangeOrder);
        return customRange(*a, *b);
    }

    static const QRegularExpression reYear(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression reQuarter(QStringLiteral("^(\\d{4})-[Qq](\\d)$"));
    static const QRegularExpression reMonth(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression reWeek(QStringLiteral("^(\\d{4})-[Ww](\\d{2})$"));

    auto yearOk = [](int y) { return y >= kMinYear && y <= kMaxYear; };

    if (auto m = reYear.match(text.toString()); m.hasMatch()) {
        const int y = m.capturedView(1).toInt();
        if (!yearOk(y))
            return badPeriod(input, Reason::PeriodYear);
        return Period(Kind::Year, bg::date(y, 1, 1), bg::date(y, 12, 31));
    }
    if (auto m = reQuarter.match(text.toString()); m.hasMatch()) {
        const int y = m.capturedView(1).toInt(), q = m.capturedView(2).toInt();
        if (!yearOk(y) || q < 1 || q > 4)
            return badPeriod(input, Reason::PeriodQuarter);
        return Period(Kind::Quarter, bg::date(y, (q - 1) * 3 + 1, 1), endOfMonth(y, q * 3));
    }
    if (auto m = reMonth.match(text.toString()); m.hasMatch()) {
        const int y = m.capturedView(1).toInt(), mo = m.capturedView(2).toInt();
        if (!yearOk(y) || mo < 1 || mo > 12)
            return badPeriod(input, Reason::PeriodMonth);
        return Period(Kind::Month, bg::date(y, mo, 1), endOfMonth(y, mo));
    }
    if (auto m = reWeek.match(text.toString()); m.hasMatch()) {
        const int y = m.capturedView(1).toInt(), w = m.capturedView(2).toInt();
        if (!yearOk(y))
            return badPeriod(input, Reason::PeriodYear);
        const int weeks = isoWeeksInYear(y);
        if (w < 1 || w > weeks)
            return badPeriod(input, Reason::PeriodWeeks, {QString::number(y), QString::number(weeks)});
        const bg::date monday = mondayOfIsoWeek1(y) + bg::days(7 * (w - 1));
        return Period(Kind::Week, monday, monday + bg::days(6));
    }
    return badPeriod(input);
}

Period Period::containing(Kind kind, bg::date d)
{
    const int y = d.year(), m = d.month();
    switch (kind) {
    case Kind::Year: return Period(kind, bg::date(y, 1, 1), bg::date(y, 12, 31));
    case Kind::Quarter: {
        const int q0 = (m - 1) / 3 * 3 + 1;
        return Period(kind, bg::date(y, q0, 1), endOfMonth(y, q0 + 2));
    }
    case Kind::Month: return Period(kind, bg::date(y, m, 1), endOfMonth(y, m));
    case Kind::Week: {
        const int dow = (d.day_of_week().as_number() + 6) % 7;
        const bg::date monday = d - bg::days(dow);
        return Period(kind, monday, monday + bg::days(6));
    }
    case Kind::Custom: return Period(kind, d, d);
    }
    return {};
}

Period Period::customRange(bg::date first, bg::date last)
{
    if (first.is_special() || last.is_special() || last < first)
        return {};
    return Period(Kind::Custom, first, last);
}

qint64 Period::startEpoch() const { return epochOf(m_first); }
qint64 Period::endEpoch() const { return epochOf(m_last) + kSecondsPerDay; }
int Period::days() const { return isValid() ? static_cast<int>((m_last - m_first).days()) + 1 : 0; }

QString Period::key() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Year: return QString::number(m_first.year());
    case Kind::Quarter: return QStringLiteral("%1-Q%2").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Month: return isoDate(m_first).left(7);
    case Kind::Week:
        return QStringLiteral("%1-W%2").arg(isoYearOf(m_first)).arg(static_cast<int>(m_first.week_number()), 2, 10, QLatin1Char('0'));
    case Kind::Custom: return isoDate(m_first) + QStringLiteral("..") + isoDate(m_last);
    }
    return {};
}

QString Period::label() const
{
    if (!isValid())
        return {};
    const auto qdate = [](bg::date d) { return QDate(int(d.year()), int(d.month()), int(d.day())); };
    switch (m_kind) {
    case Kind::Year: return QString::number(m_first.year());
    case Kind::Quarter:
        //: %1 is the quarter 1–4, %2 the year
        return QCoreApplication::translate("ra::Period", "Q%1 %2").arg((m_first.month() - 1) / 3 + 1).arg(m_first.year());
    case Kind::Month: return formatMonthYear(qdate(m_first));
    case Kind::Week:
        //: %1 is the ISO week number, %2 the ISO year
        return QCoreApplication::translate("ra::Period", "Week %1, %2")
            .arg(static_cast<int>(m_first.week_number()))
            .arg(isoYearOf(m_first));
    case Kind::Custom: return formatMediumDate(qdate(m_first)) + QStringLiteral(" – ") + formatMediumDate(qdate(m_last));
    }
    return {};
}

Period Period::previous() const
{
    if (!isValid())
        return {};
    if (m_kind == Kind::Custom) {
        const bg::days len(days());
        return Period(Kind::Custom, m_first - len, m_first - bg::days(1));
    }
    return containing(m_kind, m_first - bg::days(1));
}

Period Period::next() const
{
    if (!isValid())
        return {};
    if (m_kind == Kind::Custom) {
        const bg::days len(days());
        return Period(Kind::Custom, m_last + bg::days(1), m_last + len);
    }
    return containing(m_kind, m_last + bg::days(1));
}

bool Period::isWholeMonths() const
{
    if (!isValid() || m_kind == Kind::Week)
        return false;
    if (m_kind != Kind::Custom)
        return true;
    return m_first.day() == 1 && m_last == endOfMonth(m_last.year(), m_last.month());
}

int Period::firstMonth() const { return isValid() ? m_first.year() * 100 + m_first.month() : 0; }
int Period::lastMonth() const { return isValid() ? m_last.year() * 100 + m_last.month() : 0; }

std::vector<Period> Period::range(const Period &from, const Period &to)
{
    std::vector<Period> out;
    if (!from.isValid() || !to.isValid() || from.kind() != to.kind() || to.first() < from.first())
        return out;
    for (Period p = from; p.isValid() && p.first() <= to.first(); p = p.next())
        out.push_back(p);
    return out;
}

std::vector<Period> Period::lastN(Kind grain, bg::date lastDay, int n)
{
    std::vector<Period> out;
    if (n <= 0 || lastDay.is_special())
        return out;
    out.reserve(static_cast<size_t>(n));
    Period p = containing(grain, lastDay);
    for (int i = 0; i < n && p.isValid() && p.first().year() >= kMinYear; ++i, p = p.previous())
        out.push_back(p);
    std::reverse(out.begin(), out.end());
    return out;
}

QString kindName(Period::Kind k)
{
    switch (k) {
    case Period::Kind::Year: return QStringLiteral("year");
    case Period::Kind::Quarter: return QStringLiteral("quarter");
    case Period::Kind::Month: return QStringLiteral("month");
    case Period::Kind::Week: return QStringLiteral("week");
    case Period::Kind::Custom: return QStringLiteral("custom");
    }
    return {};
}

} // namespace ra

// Value parsers and formatters of docs/bundle-format.md: every accepted form, the
// rejected ones with the reason the user sees, and round trips.
#include "domain/calendar.h"
#include "domain/values.h"

#include <QTest>

using namespace ra;

class TestValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timestamp_data();
    void timestamp();
    void date_data();
    void date();
    void month_data();
    void month();
    void money_data();
    void money();
    void integer_data();
    void integer();
    void number_data();
    void number();
    void bytesAndStringAgree();
    void formatting();
    void monthArithmetic();
};

// 2026-11-21T00:00:00Z
static constexpr qint64 kDay = 1795219200;

void TestValues::timestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("bare date = midnight UTC") << "2026-11-21" << true << kDay;
    QTest::newRow("space HH:MM") << "2026-11-21 17:03" << true << kDay + 17 * 3600 + 3 * 60;
    QTest::newRow("space HH:MM:SS") << "2026-11-21 17:03:09" << true << kDay + 17 * 3600 + 3 * 60 + 9;
    QTest::newRow("T naive = UTC") << "2026-11-21T17:03:09" << true << kDay + 17 * 3600 + 189;
    QTest::newRow("Z") << "2026-11-21T17:03:09Z" << true << kDay + 17 * 3600 + 189;
    QTest::newRow("fraction truncated") << "2026-11-21T17:03:09.999Z" << true << kDay + 17 * 3600 + 189;
    QTest::newRow("+02:00 to UTC") << "2026-11-21T17:03:00+02:00" << true << kDay + 15 * 3600 + 180;
    QTest::newRow("-05:30 to UTC") << "2026-11-21T17:03:00-05:30" << true << kDay + 22 * 3600 + 33 * 60;
    QTest::newRow("offset crosses midnight") << "2026-11-21T01:00:00+03:00" << true << kDay - 2 * 3600;
    QTest::newRow("leap day") << "2028-02-29" << true << qint64(1835395200);
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << true << qint64(0);
    QTest::newRow("surrounding spaces") << "  2026-11-21  " << true << kDay;
    QTest::newRow("Feb 30") << "2026-02-30" << false << qint64(0);
    QTest::newRow("month 13") << "2026-13-01" << false << qint64(0);
    QTest::newRow("not leap") << "2026-02-29" << false << qint64(0);
    QTest::newRow("hour 24") << "2026-11-21T24:00" << false << qint64(0);
    QTest::newRow("minute 60") << "2026-11-21T10:60" << false << qint64(0);
    QTest::newRow("slashes") << "2026/11/21" << false << qint64(0);
    QTest::newRow("day first") << "21-11-2026" << false << qint64(0);
    QTest::newRow("trailing junk") << "2026-11-21x" << false << qint64(0);
    QTest::newRow("hours only") << "2026-11-21T17" << false << qint64(0);
    QTest::newRow("empty fraction") << "2026-11-21T17:03:09.Z" << false << qint64(0);
    QTest::newRow("bad offset") << "2026-11-21T17:03:09+2" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("non-ascii") << QStringLiteral("2026-11-2\u00b9") << false << qint64(0);
}

void TestValues::timestamp()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const auto r = parseTimestamp(QStringView(text));
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(*r, expected);
    } else {
        QVERIFY2(r.message().startsWith(QStringLiteral("unparseable timestamp '")), qPrintable(r.message()));
        QVERIFY(r.message().contains(QStringLiteral("expected YYYY-MM-DD")));
    }
}

void TestValues::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("date") << "2026-11-21" << true << kDay;
    QTest::newRow("31 Dec") << "2026-12-31" << true << kDay + 40 * 86400;
    QTest::newRow("with time") << "2026-11-21T10:00" << false << qint64(0);
    QTest::newRow("Feb 30") << "2026-02-30" << false << qint64(0);
    QTest::newRow("month 00") << "2026-00-10" << false << qint64(0);
    QTest::newRow("short") << "2026-1-5" << false << qint64(0);
}

void TestValues::date()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const auto r = parseDate(QStringView(text));
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(*r, expected);
    else
        QVERIFY2(r.message().contains(QStringLiteral("expected YYYY-MM-DD")), qPrintable(r.message()));
}

void TestValues::month_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 0 = rejected
    QTest::newRow("month") << "2026-11" << 202611;
    QTest::newRow("january") << "2027-01" << 202701;
    QTest::newRow("month 13") << "2026-13" << 0;
    QTest::newRow("full date") << "2026-11-01" << 0;
    QTest::newRow("one digit") << "2026-1" << 0;
}

void TestValues::month()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto r = parseMonth(QStringView(text));
    QCOMPARE(r.ok(), expected != 0);
    if (expected)
        QCOMPARE(*r, expected);
    else
        QVERIFY(r.message().contains(QStringLiteral("YYYY-MM")));
}

void TestValues::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("reason");
    QTest::newRow("integer") << "12" << false << true << qint64(1200) << "";
    QTest::newRow("one decimal") << "12.5" << false << true << qint64(1250) << "";
    QTest::newRow("two decimals") << "12.34" << false << true << qint64(1234) << "";
    QTest::newRow("12.340 zeros ok") << "12.340" << false << true << qint64(1234) << "";
    QTest::newRow("12.3400000") << "12.3400000" << false << true << qint64(1234) << "";
    QTest::newRow("12.345 rejected") << "12.345" << false << false << qint64(0) << "more than two decimals";
    QTest::newRow("-0 is not negative") << "-0" << false << true << qint64(0) << "";
    QTest::newRow("-0.00") << "-0.00" << false << true << qint64(0) << "";
    QTest::newRow("-5 rejected") << "-5" << false << false << qint64(0) << "negative";
    QTest::newRow("-5 allowed") << "-5" << true << true << qint64(-500) << "";
    QTest::newRow("1,000 rejected") << "1,000" << false << false << qint64(0) << "no thousands separators";
    QTest::newRow("currency rejected") << QStringLiteral("\u20ac5") << false << false << qint64(0) << "amount";
    QTest::newRow("dollar rejected") << "$5" << false << false << qint64(0) << "no currency sign";
    QTest::newRow("comma decimal") << "5,50" << false << false << qint64(0) << "'.' as decimal point";
    QTest::newRow("dot only") << "." << false << false << qint64(0) << "expected";
    QTest::newRow("trailing dot") << "5." << false << false << qint64(0) << "expected";
    QTest::newRow(".5") << ".5" << false << true << qint64(50) << "";
    QTest::newRow("large") << "123456789012.34" << false << true << qint64(12345678901234) << "";
    QTest::newRow("too large") << "1234567890123456" << false << false << qint64(0) << "too large";
    QTest::newRow("spaces trimmed") << " 7.10 " << false << true << qint64(710) << "";
}

void TestValues::money()
{
    QFETCH(QString, text);
    QFETCH(bool, allowNegative);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    QFETCH(QString, reason);
    const auto r = parseMoney(QStringView(text), allowNegative);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(*r, cents);
    else
        QVERIFY2(r.message().contains(reason), qPrintable(r.message()));
}

void TestValues::integer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("expected");
    QTest::newRow("in range") << "7" << 0 << 10 << true << 7;
    QTest::newRow("low edge") << "0" << 0 << 10 << true << 0;
    QTest::newRow("high edge") << "10" << 0 << 10 << true << 10;
    QTest::newRow("above") << "11" << 0 << 10 << false << 0;
    QTest::newRow("below") << "0" << 1 << 5 << false << 0;
    QTest::newRow("decimal") << "3.5" << 1 << 5 << false << 0;
    QTest::newRow("word") << "five" << 1 << 5 << false << 0;
    QTest::newRow("huge") << "99999999999999" << 1 << 5 << false << 0;
    QTest::newRow("sign only") << "-" << 1 << 5 << false << 0;
}

void TestValues::integer()
{
    QFETCH(QString, text);
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(bool, ok);
    QFETCH(int, expected);
    const auto r = parseInteger(QStringView(text), min, max);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(*r, expected);
    else
        QVERIFY(r.message().contains(QString::number(max)));
}

void TestValues::number_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("expected");
    QTest::newRow("integer") << "120" << true << 120.0;
    QTest::newRow("decimal") << "0.25" << true << 0.25;
    QTest::newRow("negative") << "-3.5" << true << -3.5;
    QTest::newRow("exponent") << "1e3" << true << 1000.0;
    QTest::newRow("comma") << "0,25" << false << 0.0;
    QTest::newRow("nan") << "nan" << false << 0.0;
    QTest::newRow("inf") << "inf" << false << 0.0;
    QTest::newRow("percent") << "25%" << false << 0.0;
}

void TestValues::number()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, expected);
    const auto r = parseNumber(QStringView(text));
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(*r, expected);
}

void TestValues::bytesAndStringAgree()
{
    // The importer uses the byte overloads; the messages must match the QString ones.
    const auto a = parseTimestamp(std::string_view("2026-13-01"));
    const auto b = parseTimestamp(QStringView(u"2026-13-01"));
    QVERIFY(!a.ok());
    QCOMPARE(a.message(), b.message());
    QCOMPARE(*parseMoney(std::string_view("12.340")), qint64(1234));
    QCOMPARE(*parseDate(std::string_view("2026-11-21")), kDay);
}

void TestValues::formatting()
{
    QCOMPARE(formatTimestamp(kDay + 17 * 3600 + 180), QStringLiteral("2026-11-21T17:03:00Z"));
    QCOMPARE(formatTimestamp(-1), QStringLiteral("1969-12-31T23:59:59Z"));
    QCOMPARE(formatDate(kDay + 86399), QStringLiteral("2026-11-21"));
    QCOMPARE(formatMonth(202611), QStringLiteral("2026-11"));
    QCOMPARE(formatMoney(123450), QStringLiteral("1234.50"));
    QCOMPARE(formatMoney(5), QStringLiteral("0.05"));
    QCOMPARE(formatMoney(-5), QStringLiteral("-0.05"));
    QCOMPARE(formatMoney(0), QStringLiteral("0.00"));
    // Round trips: what we format, we parse back to the same value.
    for (qint64 t : {qint64(0), kDay, kDay + 12345, qint64(951782400) /* 2000-02-29 */})
        QCOMPARE(*parseTimestamp(QStringView(formatTimestamp(t))), t);
    for (qint64 c : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456789)})
        QCOMPARE(*parseMoney(QStringView(formatMoney(c))), c);
}

void TestValues::monthArithmetic()
{
    QCOMPARE(monthFromIndex(monthIndex(202601) - 1), 202512);
    QCOMPARE(monthFromIndex(monthIndex(202612) + 1), 202701);
    QCOMPARE(monthIndex(202611) - monthIndex(202511), 12);
    QCOMPARE(monthOf(kDay), 202611);
    QCOMPARE(monthOf(monthStartEpoch(202612) - 1), 202611);
    QCOMPARE(monthStartEpoch(202611), kDay - 20 * 86400);
    QCOMPARE(monthStartEpoch(197001), qint64(0));
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"

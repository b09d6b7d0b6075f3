#include "domain/period.h"
#include "support/verifyresult.h"

#include <QtTest>
#include <boost/date_time/gregorian/gregorian.hpp>

using namespace ra;
namespace bg = boost::gregorian;

Q_DECLARE_METATYPE(ra::Period::Kind)

class TestPeriod : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void previousNext_data();
    void previousNext();
    void wholeMonths_data();
    void wholeMonths();
    void epochs();
    void lastN();
    void range();
    void containing();
};

void TestPeriod::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Period::Kind>("kind");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");

    QTest::newRow("year") << "2026" << Period::Kind::Year << "2026-01-01" << "2026-12-31" << "2026" << "2026";
    QTest::newRow("quarter") << "2026-Q4" << Period::Kind::Quarter << "2026-10-01" << "2026-12-31" << "2026-Q4" << "Q4 2026";
    QTest::newRow("quarter lower-case") << "2026-q1" << Period::Kind::Quarter << "2026-01-01" << "2026-03-31" << "2026-Q1" << "Q1 2026";
    QTest::newRow("month") << "2026-11" << Period::Kind::Month << "2026-11-01" << "2026-11-30" << "2026-11" << "November 2026";
    QTest::newRow("leap february") << "2024-02" << Period::Kind::Month << "2024-02-01" << "2024-02-29" << "2024-02" << "February 2024";
    QTest::newRow("week") << "2026-W47" << Period::Kind::Week << "2026-11-16" << "2026-11-22" << "2026-W47" << "Week 47, 2026";
    // ISO week-year edges: week 1 of 2026 starts in December 2025.
    QTest::newRow("2026-W01") << "2026-W01" << Period::Kind::Week << "2025-12-29" << "2026-01-04" << "2026-W01" << "Week 1, 2026";
    // 2026 starts on a Thursday, so it has 53 ISO weeks.
    QTest::newRow("2026-W53") << "2026-W53" << Period::Kind::Week << "2026-12-28" << "2027-01-03" << "2026-W53" << "Week 53, 2026";
    // 2020 is a leap year starting on a Wednesday: 53 weeks.
    QTest::newRow("2020-W53") << "2020-W53" << Period::Kind::Week << "2020-12-28" << "2021-01-03" << "2020-W53" << "Week 53, 2020";
    QTest::newRow("2021-W01") << "2021-W01" << Period::Kind::Week << "2021-01-04" << "2021-01-10" << "2021-W01" << "Week 1, 2021";
    QTest::newRow("custom") << "2026-11-01..2026-11-30" << Period::Kind::Custom << "2026-11-01" << "2026-11-30"
                            << "2026-11-01..2026-11-30" << "Nov 1, 2026 – Nov 30, 2026";
    QTest::newRow("custom one day, spaces") << " 2026-03-05 .. 2026-03-05 " << Period::Kind::Custom << "2026-03-05"
                                            << "2026-03-05" << "2026-03-05..2026-03-05" << "Mar 5, 2026 – Mar 5, 2026";
}

void TestPeriod::parse()
{
    QFETCH(QString, text);
    QFETCH(Period::Kind, kind);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, key);
    QFETCH(QString, label);
    const auto p = Period::parse(text);
    QVERIFY_RESULT(p);
    QCOMPARE(p->kind(), kind);
    QCOMPARE(QString::fromStdString(bg::to_iso_extended_string(p->first())), first);
    QCOMPARE(QString::fromStdString(bg::to_iso_extended_string(p->last())), last);
    QCOMPARE(p->key(), key);
    QCOMPARE(p->label(), label);
    // key() round-trips.
    const auto again = Period::parse(p->key());
    QVERIFY(again.ok());
    QVERIFY(*again == *p);
}

void TestPeriod::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("garbage") << "November" << "2026-W47";
    QTest::newRow("2025-W53") << "2025-W53" << "W01 to W52";
    QTest::newRow("W00") << "2026-W00" << "W01 to W53";
    QTest::newRow("Q5") << "2026-Q5" << "Q1 to Q4";
    QTest::newRow("month 13") << "2026-13" << "01 to 12";
    QTest::newRow("month 0") << "2026-00" << "01 to 12";
    QTest::newRow("bad day in range") << "2026-02-30..2026-03-01" << "two valid dates";
    QTest::newRow("reversed range") << "2026-12-01..2026-11-01" << "ends before it starts";
    QTest::newRow("half range") << "2026-11-01.." << "two valid dates";
    QTest::newRow("short year") << "26-11" << "2026-11-01..2026-11-30";
}

void TestPeriod::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto p = Period::parse(text);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, ErrorCode::Parse);
    QVERIFY2(p.message().contains(mentions), qPrintable(p.message()));
    // Every message names the valid forms.
    QVERIFY2(p.message().contains(QLatin1String("2026-Q4")), qPrintable(p.message()));
}

void TestPeriod::previousNext_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("next");
    QTest::newRow("year") << "2026" << "2025" << "2027";
    QTest::newRow("Q1 across year") << "2026-Q1" << "2025-Q4" << "2026-Q2";
    QTest::newRow("January across year") << "2026-01" << "2025-12" << "2026-02";
    QTest::newRow("December across year") << "2026-12" << "2026-11" << "2027-01";
    QTest::newRow("W01 across year") << "2026-W01" << "2025-W52" << "2026-W02";
    QTest::newRow("W53") << "2026-W53" << "2026-W52" << "2027-W01";
    QTest::newRow("2021-W01 after W53") << "2021-W01" << "2020-W53" << "2021-W02";
    // A custom range keeps its length in days: 30 days before 1 Nov.
    QTest::newRow("custom 30 days") << "2026-11-01..2026-11-30" << "2026-10-02..2026-10-31" << "2026-12-01..2026-12-30";
    // 31 days of March: the previous range is 31 days, 2026-01-29..2026-02-28.
    QTest::newRow("custom march") << "2026-03-01..2026-03-31" << "2026-01-29..2026-02-28" << "2026-04-01..2026-05-01";
    QTest::newRow("custom across year") << "2026-01-01..2026-01-10" << "2025-12-22..2025-12-31" << "2026-01-11..2026-01-20";
}

void TestPeriod::previousNext()
{
    QFETCH(QString, text);
    QFETCH(QString, previous);
    QFETCH(QString, next);
    const auto p = Period::parse(text);
    QVERIFY(p.ok());
    QCOMPARE(p->previous().key(), previous);
    QCOMPARE(p->next().key(), next);
    QCOMPARE(p->previous().days(), p->kind() == Period::Kind::Custom ? p->days() : p->previous().days());
    QVERIFY(p->previous().next() == *p);
}

void TestPeriod::wholeMonths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<int>("firstMonth");
    QTest::addColumn<int>("lastMonth");
    QTest::newRow("year") << "2026" << true << 202601 << 202612;
    QTest::newRow("quarter") << "2026-Q4" << true << 202610 << 202612;
    QTest::newRow("month") << "2026-11" << true << 202611 << 202611;
    QTest::newRow("week") << "2026-W47" << false << 0 << 0;
    QTest::newRow("custom whole months") << "2026-02-01..2026-04-30" << true << 202602 << 202604;
    QTest::newRow("custom leap february") << "2024-02-01..2024-02-29" << true << 202402 << 202402;
    QTest::newRow("custom short of month end") << "2026-02-01..2026-04-29" << false << 0 << 0;
    QTest::newRow("custom mid-month start") << "2026-02-02..2026-04-30" << false << 0 << 0;
    // The previous period of a whole-month custom range may not be whole months.
    QTest::newRow("previous of Nov custom") << "2026-10-02..2026-10-31" << false << 0 << 0;
}

void TestPeriod::wholeMonths()
{
    QFETCH(QString, text);
    QFETCH(bool, whole);
    QFETCH(int, firstMonth);
    QFETCH(int, lastMonth);
    const auto p = Period::parse(text);
    QVERIFY(p.ok());
    QCOMPARE(p->isWholeMonths(), whole);
    if (whole) {
        QCOMPARE(p->firstMonth(), firstMonth);
        QCOMPARE(p->lastMonth(), lastMonth);
    }
}

void TestPeriod::epochs()
{
    const auto p = Period::parse(u"2026-11");
    QVERIFY(p.ok());
    QCOMPARE(p->startEpoch(), Q_INT64_C(1793491200)); // 2026-11-01T00:00:00Z
    QCOMPARE(p->endEpoch(), Q_INT64_C(1793491200) + 30 * 86400);
    QCOMPARE(p->days(), 30);
    const auto y = Period::parse(u"1970");
    QCOMPARE(y->startEpoch(), Q_INT64_C(0));
    QCOMPARE(y->days(), 365);
}

void TestPeriod::lastN()
{
    const auto months = Period::lastN(Period::Kind::Month, bg::date(2026, 11, 21), 24);
    QCOMPARE(months.size(), size_t(24));
    QCOMPARE(months.front().key(), QStringLiteral("2024-12"));
    QCOMPARE(months.back().key(), QStringLiteral("2026-11"));
    const auto weeks = Period::lastN(Period::Kind::Week, bg::date(2026, 1, 1), 2);
    QCOMPARE(weeks.size(), size_t(2));
    QCOMPARE(weeks[0].key(), QStringLiteral("2025-W52"));
    QCOMPARE(weeks[1].key(), QStringLiteral("2026-W01"));
    const auto quarters = Period::lastN(Period::Kind::Quarter, bg::date(2026, 2, 1), 3);
    QCOMPARE(quarters[0].key(), QStringLiteral("2025-Q3"));
    QVERIFY(Period::lastN(Period::Kind::Month, bg::date(2026, 1, 1), 0).empty());
}

void TestPeriod::range()
{
    const auto r = Period::range(*Period::parse(u"2025-11"), *Period::parse(u"2026-02"));
    QCOMPARE(r.size(), size_t(4));
    QCOMPARE(r[1].key(), QStringLiteral("2025-12"));
    QCOMPARE(r[2].key(), QStringLiteral("2026-01"));
    QVERIFY(Period::range(*Period::parse(u"2026-02"), *Period::parse(u"2025-11")).empty());
    QVERIFY(Period::range(*Period::parse(u"2026"), *Period::parse(u"2026-02")).empty()); // kinds differ
}

void TestPeriod::containing()
{
    QCOMPARE(Period::containing(Period::Kind::Week, bg::date(2027, 1, 3)).key(), QStringLiteral("2026-W53"));
    QCOMPARE(Period::containing(Period::Kind::Quarter, bg::date(2026, 8, 31)).key(), QStringLiteral("2026-Q3"));
    QCOMPARE(Period::containing(Period::Kind::Custom, bg::date(2026, 8, 31)).key(), QStringLiteral("2026-08-31..2026-08-31"));
    QCOMPARE(kindName(Period::Kind::Quarter), QStringLiteral("quarter"));
    QVERIFY(!Period().isValid());
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"

// The one calendar module: epoch seconds, boost dates, QDate and yyyymm.
#include "domain/calendar.h"

#include <QTest>

using namespace ra;
namespace bg = boost::gregorian;

class TestCalendar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void daysAroundTheEpoch_data();
    void daysAroundTheEpoch();
    void qdateAtTheEdges();
    void months();
};

void TestCalendar::daysAroundTheEpoch_data()
{
    QTest::addColumn<qint64>("epoch");
    QTest::addColumn<QString>("day");
    QTest::newRow("epoch") << Q_INT64_C(0) << "1970-01-01";
    QTest::newRow("last second of day 0") << Q_INT64_C(86399) << "1970-01-01";
    QTest::newRow("one second before") << Q_INT64_C(-1) << "1969-12-31"; // floor, not truncation
    QTest::newRow("leap day") << Q_INT64_C(1709164800) << "2024-02-29";  // 19782 * 86400
    QTest::newRow("store as_of") << Q_INT64_C(1795216980) << "2026-11-20"; // 2026-11-20 23:23 UTC
}

void TestCalendar::daysAroundTheEpoch()
{
    QFETCH(qint64, epoch);
    QFETCH(QString, day);
    const bg::date d = dateOf(epoch);
    QCOMPARE(toQDate(d).toString(Qt::ISODate), day);
    QVERIFY(epochOf(d) <= epoch && epoch < epochOf(d) + kSecondsPerDay);
    int y = 0, m = 0, dd = 0;
    civilFromDays(dayIndexOf(epoch), y, m, dd);
    QCOMPARE(daysFromCivil(y, m, dd), dayIndexOf(epoch));
}

void TestCalendar::qdateAtTheEdges()
{
    QCOMPARE(toQDate(bg::date(2026, 11, 30)), QDate(2026, 11, 30));
    QVERIFY(!toQDate(bg::date()).isValid()); // not-a-date stays "no date"
    QCOMPARE(fromQDate(QDate(2024, 2, 29)), bg::date(2024, 2, 29));
    QVERIFY(fromQDate(QDate()).is_special());
}

void TestCalendar::months()
{
    QCOMPARE(monthIndex(202611), 2026 * 12 + 10);
    QCOMPARE(monthFromIndex(monthIndex(202601) - 1), 202512);
    QCOMPARE(monthOf(-1), 196912);
    QCOMPARE(monthIndexOfEpoch(monthStartEpoch(202603)), monthIndex(202603));
    QCOMPARE(monthIndexOfEpoch(monthStartEpoch(202603) - 1), monthIndex(202602));
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"

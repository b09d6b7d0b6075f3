// PeriodBar: the default (last complete) period per grain, stepping, grain
// changes keeping the place in time, "current", and the custom range pickers.
#include "widgets/periodbar.h"

#include <boost/date_time/gregorian/parsers.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace ra;
namespace bg = boost::gregorian;

Q_DECLARE_METATYPE(ra::Period::Kind)

class TestPeriodBar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lastComplete_data();
    void lastComplete();
    void stepAndCurrent();
    void grainChangeKeepsPlace_data();
    void grainChangeKeepsPlace();
    void customRangeFromPickers();
};

void TestPeriodBar::lastComplete_data()
{
    QTest::addColumn<Period::Kind>("kind");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("expected");
    // as_of inside a period: that period is still running, the one before is the last complete one.
    QTest::newRow("month mid") << Period::Kind::Month << "2026-11-20" << "2026-10";
    QTest::newRow("month first day") << Period::Kind::Month << "2026-11-01" << "2026-10";
    QTest::newRow("month january") << Period::Kind::Month << "2026-01-15" << "2025-12";
    QTest::newRow("quarter") << Period::Kind::Quarter << "2026-11-20" << "2026-Q3";
    QTest::newRow("year") << Period::Kind::Year << "2026-11-20" << "2025";
    // 2026-11-20 is a Friday of ISO week 47.
    QTest::newRow("week") << Period::Kind::Week << "2026-11-20" << "2026-W46";
    QTest::newRow("week over new year") << Period::Kind::Week << "2027-01-06" << "2026-W53";
    QTest::newRow("custom = last month") << Period::Kind::Custom << "2026-11-20" << "2026-10-01..2026-10-31";
}

void TestPeriodBar::lastComplete()
{
    QFETCH(Period::Kind, kind);
    QFETCH(QString, day);
    QFETCH(QString, expected);
    const Period p = PeriodBar::lastComplete(kind, bg::from_simple_string(day.toStdString()));
    QCOMPARE(p.key(), expected);
}

void TestPeriodBar::stepAndCurrent()
{
    PeriodBar bar;
    bar.setAnchorDay(bg::date(2026, 11, 20));
    QSignalSpy changed(&bar, &PeriodBar::periodChanged);
    bar.setPeriod(bar.defaultPeriod(Period::Kind::Month));
    QCOMPARE(bar.period().key(), QStringLiteral("2026-10"));
    bar.setPeriod(bar.period()); // unchanged: no signal
    QCOMPARE(changed.size(), 1);
    bar.stepForward();
    bar.stepForward();
    QCOMPARE(bar.period().key(), QStringLiteral("2026-12"));
    bar.stepBack();
    QCOMPARE(bar.period().key(), QStringLiteral("2026-11"));
    bar.stepBack();
    bar.stepBack();
    bar.goToCurrent();
    QCOMPARE(bar.period().key(), QStringLiteral("2026-11"));
    QCOMPARE(changed.size(), 7);
    QCOMPARE(changed.last().first().value<Period>().key(), QStringLiteral("2026-11"));
}

void TestPeriodBar::grainChangeKeepsPlace_data()
{
    QTest::addColumn<int>("grainIndex"); // combo order: week, month, quarter, year, custom
    QTest::addColumn<QString>("expected");
    QTest::newRow("week") << 0 << "2026-W44"; // holds 31 Oct 2026
    QTest::newRow("quarter") << 2 << "2026-Q4";
    QTest::newRow("year") << 3 << "2026";
    QTest::newRow("custom") << 4 << "2026-10-01..2026-10-31";
}

void TestPeriodBar::grainChangeKeepsPlace()
{
    QFETCH(int, grainIndex);
    QFETCH(QString, expected);
    PeriodBar bar;
    bar.setAnchorDay(bg::date(2026, 11, 20));
    bar.setPeriod(Period::parse(u"2026-10").value());
    auto *combo = bar.findChild<QComboBox *>();
    QVERIFY(combo);
    combo->setCurrentIndex(grainIndex);
    Q_EMIT combo->activated(grainIndex);
    QCOMPARE(bar.period().key(), expected);
    QCOMPARE(kindName(bar.grain()), kindName(bar.period().kind()));
}

void TestPeriodBar::customRangeFromPickers()
{
    PeriodBar bar;
    bar.setPeriod(Period::parse(u"2026-10-01..2026-10-31").value());
    const QList<QDateEdit *> edits = bar.findChildren<QDateEdit *>();
    QCOMPARE(edits.size(), 2);
    QVERIFY(!edits[0]->isHidden());
    edits[0]->setDate(QDate(2026, 10, 10));
    QCOMPARE(bar.period().key(), QStringLiteral("2026-10-10..2026-10-31"));
    edits[1]->setDate(QDate(2026, 10, 5)); // before the first day: the range becomes one day
    QCOMPARE(bar.period().key(), QStringLiteral("2026-10-10..2026-10-10"));
    bar.stepBack(); // a custom range steps by its own length
    QCOMPARE(bar.period().key(), QStringLiteral("2026-10-09..2026-10-09"));
    bar.setPeriod(Period::parse(u"2026-10").value());
    QVERIFY(edits[0]->isHidden());
}

QTEST_MAIN(TestPeriodBar)
#include "tst_periodbar.moc"

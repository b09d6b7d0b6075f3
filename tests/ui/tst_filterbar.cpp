// FilterBar: combos offer "All" + the store's values, chips mirror the
// drill-down and remove one filter each, values that disappear drop their filter.
#include "widgets/filterbar.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace ra;

namespace {

QList<QToolButton *> chips(const FilterBar &bar)
{
    QList<QToolButton *> out;
    for (QToolButton *b : bar.findChildren<QToolButton *>())
        if (b->property("chip").toBool() && !b->isHidden())
            out << b;
    return out;
}

} // namespace

class TestFilterBar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void combosOfferStoreValues();
    void chipRemovesItsFilter();
    void vanishedValueDropsFilter();
};

void TestFilterBar::combosOfferStoreValues()
{
    FilterBar bar;
    bar.setValues(Dimension::Persona, {QStringLiteral("CFO"), QStringLiteral("CTO"), QStringLiteral("Unassigned")});
    const QList<QComboBox *> combos = bar.findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 3);
    QCOMPARE(combos[0]->count(), 4);
    QCOMPARE(combos[0]->itemText(0), QStringLiteral("All"));
    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    combos[0]->setCurrentIndex(3);
    Q_EMIT combos[0]->activated(3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(bar.filters().persona, std::optional<QString>(QStringLiteral("Unassigned")));
    combos[0]->setCurrentIndex(0);
    Q_EMIT combos[0]->activated(0);
    QVERIFY(bar.filters().isEmpty());
    QCOMPARE(bar.breadcrumb(), QStringLiteral("All"));
}

void TestFilterBar::chipRemovesItsFilter()
{
    FilterBar bar;
    bar.setValues(Dimension::Persona, {QStringLiteral("CFO")});
    bar.setValues(Dimension::Segment, {QStringLiteral("Enterprise")});
    KpiFilters f;
    f.persona = QStringLiteral("CFO");
    f.segment = QStringLiteral("Enterprise");
    bar.setFilters(f);
    QCOMPARE(bar.breadcrumb(), QStringLiteral("All \u203A CFO \u203A Enterprise"));
    QList<QToolButton *> shown = chips(bar);
    QCOMPARE(shown.size(), 2);
    QVERIFY(shown[0]->text().startsWith(QStringLiteral("CFO")));
    QTest::mouseClick(shown[0], Qt::LeftButton);
    QCOMPARE(bar.filters().persona, std::nullopt);
    QCOMPARE(bar.filters().segment, std::optional<QString>(QStringLiteral("Enterprise")));
    QCOMPARE(bar.breadcrumb(), QStringLiteral("All \u203A Enterprise"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // replaced chips go
    QCOMPARE(chips(bar).size(), 1);
}

void TestFilterBar::vanishedValueDropsFilter()
{
    FilterBar bar;
    bar.setValues(Dimension::Channel, {QStringLiteral("web"), QStringLiteral("events")});
    bar.setFilter(Dimension::Channel, QStringLiteral("events"));
    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    bar.setValues(Dimension::Channel, {QStringLiteral("events"), QStringLiteral("paid")}); // still offered
    QCOMPARE(changed.size(), 0);
    bar.setValues(Dimension::Channel, {QStringLiteral("web")}); // another store without it
    QCOMPARE(changed.size(), 1);
    QVERIFY(bar.filters().isEmpty());
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"

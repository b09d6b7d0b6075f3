// ColumnFlags: the importer's per-row "this column failed" flags. The
// 32-bit mask it replaced aliased column 35 onto column 3 (1u << 35 wraps on
// x86), so a wide file's late failure marked an early column as failed.
#include "import/columnflags.h"

#include <QTest>

using namespace ra;

class TestColumnFlags : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wideRowsKeepColumnsApart();
    void resetClearsEveryFlag();
    void outOfRangeIsNotFailed();
};

void TestColumnFlags::wideRowsKeepColumnsApart()
{
    ColumnFlags f;
    f.reset(70);
    f.set(35);
    f.set(69);
    QVERIFY(f.test(35));
    QVERIFY(f.test(69));
    QVERIFY(!f.test(3));  // 35 - 32
    QVERIFY(!f.test(5));  // 69 - 64
    QVERIFY(!f.test(34));
    QVERIFY(!f.test(0));
}

void TestColumnFlags::resetClearsEveryFlag()
{
    ColumnFlags f;
    f.reset(40);
    for (int c = 0; c < 40; ++c)
        f.set(c);
    f.reset(40);
    for (int c = 0; c < 40; ++c)
        QVERIFY2(!f.test(c), qPrintable(QString::number(c)));
}

void TestColumnFlags::outOfRangeIsNotFailed()
{
    ColumnFlags f;
    f.reset(3);
    QVERIFY(!f.test(3));
    QVERIFY(!f.test(100));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, f.set(3)); // a column the row does not have is a bug, not a flag
}

QTEST_GUILESS_MAIN(TestColumnFlags)
#include "tst_columnflags.moc"

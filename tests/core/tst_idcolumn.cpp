// The snapshot's id columns (kpi/idcolumn.h): ids one after another in one
// buffer, read back as they were written, and a cache's parts taken only when
// their offsets fit the buffer.
#include "kpi/idcolumn.h"

#include <QtTest>

using namespace ra;

class TestIdColumn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsBackWhatWasWritten();
    void takesOnlyPartsThatFit();
};

void TestIdColumn::readsBackWhatWasWritten()
{
    const std::vector<std::string> ids = {"L1", "", "Ö-konto 7", std::string("a\0b", 3), "L1", std::string(300, 'x')};
    IdColumn pushed;
    for (const std::string &id : ids)
        pushed.push_back(id);
    const IdColumn packed(ids);
    QCOMPARE(pushed.size(), ids.size());
    QCOMPARE(packed.size(), ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
        QCOMPARE(std::string(pushed[i]), ids[i]);
        QCOMPARE(std::string(packed[i]), ids[i]);
    }
    QCOMPARE(packed.bytes().size(), size_t(2 + 0 + 10 + 3 + 2 + 300)); // "Ö" is two bytes in UTF-8
    QVERIFY(IdColumn().empty());
}

void TestIdColumn::takesOnlyPartsThatFit()
{
    auto bytes = [] { return std::vector<char>{'a', 'b', 'c', 'd'}; };
    bool ok = false;
    IdColumn c = IdColumn::fromParts(bytes(), {0, 1, 1, 4}, &ok);
    QVERIFY(ok);
    QCOMPARE(c.size(), size_t(3));
    QCOMPARE(std::string(c[0]), std::string("a"));
    QCOMPARE(std::string(c[1]), std::string());
    QCOMPARE(std::string(c[2]), std::string("bcd"));
    for (const std::vector<quint64> &starts : {std::vector<quint64>{0, 3, 2, 4}, // falling
                                               std::vector<quint64>{0, 1, 5},    // past the buffer
                                               std::vector<quint64>{0, 1, 3},    // short of it
                                               std::vector<quint64>{1, 4},       // not from 0
                                               std::vector<quint64>{}}) {
        c = IdColumn::fromParts(bytes(), starts, &ok);
        QVERIFY(!ok);
        QVERIFY(c.empty());
    }
}

QTEST_GUILESS_MAIN(TestIdColumn)
#include "tst_idcolumn.moc"

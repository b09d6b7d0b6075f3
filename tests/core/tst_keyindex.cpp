// KeyIndex: the importer's flat hash table of keys (exists / claimed / stored).
#include "import/keyindex.h"

#include <QTest>

using namespace ra;

namespace {
// A touches-like composite key: lead, campaign, timestamp joined by '\x1f'.
std::string touchKey(int i)
{
    std::string k("L");
    k += std::to_string(i);
    k += "\x1f" "C7\x1f" "1767225600";
    return k;
}
} // namespace

class TestKeyIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findAndInsert();
    void growsAndKeepsEverything();
    void emptyAndSimilarKeys();
};

void TestKeyIndex::findAndInsert()
{
    KeyIndex index;
    QVERIFY(!index.exists("A1"));
    index.insert("A1", {0, true});
    index.insert("A2", {7, false});
    QCOMPARE(index.size(), std::size_t(2));
    QVERIFY(index.find("A1")->stored);
    QCOMPARE(index.find("A1")->claimedLine, qint64(0));
    QCOMPARE(index.find("A2")->claimedLine, qint64(7));
    QVERIFY(!index.find("A2")->stored);
    index.find("A1")->claimedLine = 12; // claimed by a row of this import
    QCOMPARE(index.find("A1")->claimedLine, qint64(12));
    QVERIFY(!index.exists("A3"));
    QVERIFY(!index.exists("a1")); // IDs are case-sensitive
}

void TestKeyIndex::growsAndKeepsEverything()
{
    KeyIndex index;
    const int n = 100000;
    for (int i = 0; i < n; ++i)
        index.insert(touchKey(i), {i + 1, (i % 3) == 0});
    QCOMPARE(index.size(), std::size_t(n));
    for (int i = 0; i < n; i += 997) {
        const KeyIndex::Entry *e = index.find(touchKey(i));
        QVERIFY(e);
        QCOMPARE(e->claimedLine, qint64(i + 1));
        QCOMPARE(e->stored, (i % 3) == 0);
    }
    QVERIFY(!index.exists(touchKey(n)));
    index.reserve(10); // never shrinks
    QVERIFY(index.exists(touchKey(0)));
}

void TestKeyIndex::emptyAndSimilarKeys()
{
    KeyIndex index;
    index.reserve(4);
    index.insert("", {1, false}); // an empty key part, e.g. nps respondent ''
    index.insert("ab", {2, false});
    index.insert("abcdefgh", {3, false});
    index.insert("abcdefgh1", {4, false});
    QCOMPARE(index.find("")->claimedLine, qint64(1));
    QCOMPARE(index.find("ab")->claimedLine, qint64(2));
    QCOMPARE(index.find("abcdefgh")->claimedLine, qint64(3));
    QCOMPARE(index.find("abcdefgh1")->claimedLine, qint64(4));
    QVERIFY(!index.exists("abcdefg"));
    QVERIFY(!index.exists(std::string_view("ab\0", 3)));
}

QTEST_GUILESS_MAIN(TestKeyIndex)
#include "tst_keyindex.moc"

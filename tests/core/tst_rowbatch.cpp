// RowBatch: rows on their way to the writer keep their own copy of the text,
// since the CSV reader reuses its record for the next row.
#include "import/rowbatch.h"

#include <QTest>
#include <string>
#include <vector>

using namespace ra;

namespace {
Cell text(std::string_view t)
{
    Cell c;
    c.type = Cell::Type::Text;
    c.text = t;
    return c;
}
Cell integer(qint64 i)
{
    Cell c;
    c.type = Cell::Type::Int;
    c.i = i;
    return c;
}
} // namespace

class TestRowBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void copiesTextOutOfTheRecord();
    void fullAfterMaxRows();
    void textOverflowStartsANewBatch();
    void oneHugeRowFitsAnEmptyBatch();
};

void TestRowBatch::copiesTextOutOfTheRecord()
{
    RowBatch batch(3);
    std::string record = "L1,CFO";
    std::vector<Cell> cells = {text(std::string_view(record).substr(0, 2)), text(std::string_view(record).substr(3)), Cell{}};
    QVERIFY(batch.add(cells, 2, true, false));
    record = "L2,CEO"; // the reader reuses its buffer
    cells = {text(std::string_view(record).substr(0, 2)), integer(1767225600), text("")};
    QVERIFY(batch.add(cells, 3, false, true));
    record.assign(6, 'x');

    QCOMPARE(batch.size(), std::size_t(2));
    QCOMPARE(batch.cells(0)[0].text, std::string_view("L1"));
    QCOMPARE(batch.cells(0)[1].text, std::string_view("CFO"));
    QVERIFY(batch.cells(0)[2].type == Cell::Type::Null);
    QCOMPARE(batch.cells(1)[0].text, std::string_view("L2"));
    QCOMPARE(batch.cells(1)[1].i, qint64(1767225600));
    QVERIFY(batch.cells(1)[2].type == Cell::Type::Text && batch.cells(1)[2].text.empty());
    QCOMPARE(batch.line(0), qint64(2));
    QCOMPARE(batch.line(1), qint64(3));
    QVERIFY(batch.knownNew(0) && !batch.stored(0));
    QVERIFY(!batch.knownNew(1) && batch.stored(1));
}

void TestRowBatch::fullAfterMaxRows()
{
    RowBatch batch(1);
    const std::vector<Cell> cells = {integer(7)};
    for (std::size_t i = 0; i < RowBatch::kMaxRows; ++i) {
        QVERIFY(!batch.full());
        QVERIFY(batch.add(cells, qint64(i + 2), true, false));
    }
    QVERIFY(batch.full());
}

void TestRowBatch::textOverflowStartsANewBatch()
{
    const std::string big(RowBatch::kTextBytes / 2 + 1, 'a');
    const std::vector<Cell> cells = {text(big)};
    RowBatch batch(1);
    QVERIFY(batch.add(cells, 2, true, false));
    QVERIFY(!batch.add(cells, 3, true, false)); // would move the first row's bytes
    QCOMPARE(batch.size(), std::size_t(1));
    QCOMPARE(batch.cells(0)[0].text, std::string_view(big));
}

void TestRowBatch::oneHugeRowFitsAnEmptyBatch()
{
    const std::string comment(RowBatch::kTextBytes * 3, 'c'); // a long NPS comment
    const std::vector<Cell> cells = {text("A1"), text(comment)};
    RowBatch batch(2);
    QVERIFY(batch.add(cells, 9, true, false));
    QCOMPARE(batch.cells(0)[1].text.size(), comment.size());
    QCOMPARE(batch.cells(0)[1].text, std::string_view(comment));
    QCOMPARE(batch.cells(0)[0].text, std::string_view("A1"));
}

QTEST_GUILESS_MAIN(TestRowBatch)
#include "tst_rowbatch.moc"

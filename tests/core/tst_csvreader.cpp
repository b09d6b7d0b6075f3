// The streaming CSV reader: RFC 4180 cases, physical line numbers of records,
// NULL and trimming rules of docs/bundle-format.md, progress and cancel.
#include "csv/csvreader.h"

#include <QBuffer>
#include <algorithm>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {

// "line:f1|f2" per record, records joined by " / ", NULL shown as ~.
QString render(const QByteArray &data, qint64 chunkSize, QString *error = nullptr)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    reader.setChunkSize(chunkSize);
    QStringList out;
    const auto r = reader.read(buffer, [&](const CsvRecord &rec) {
        QStringList fields;
        for (int i = 0; i < rec.size(); ++i)
            fields << (rec.isNull(i) ? QStringLiteral("~")
                                     : QString::fromUtf8(rec.field(i).data(), qsizetype(rec.field(i).size())));
        out << QStringLiteral("%1:%2").arg(rec.line()).arg(fields.join(QLatin1Char('|')));
        return true;
    });
    if (!r && error)
        *error = r.message();
    return out.join(QStringLiteral(" / "));
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void records_data();
    void records();
    void bomBytesRemoved();
    void unterminatedQuote();
    void stopEarly();
    void progressAndCancel();
    void missingFile();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << "1:a|b / 2:1|2";
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << "1:a|b / 2:1|2 / 3:3|4";
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << "1:a|b / 2:1|2";
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"x, y\",2\n") << "1:a|b / 2:x, y|2";
    QTest::newRow("quoted newline moves next line")
        << QByteArray("a,b\n\"one\ntwo\nthree\",2\nz,3\n") << "1:a|b / 2:one\ntwo\nthree|2 / 5:z|3";
    QTest::newRow("quoted CRLF newline") << QByteArray("a\r\n\"p\r\nq\"\r\nr\r\n") << "1:a / 2:p\r\nq / 4:r";
    QTest::newRow("doubled quote") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << "1:a / 2:say \"hi\"";
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "id,n\nA1,x\n") << "1:id|n / 2:A1|x";
    QTest::newRow("empty field is null") << QByteArray("a,b,c\n1,,3\n") << "1:a|b|c / 2:1|~|3";
    QTest::newRow("quoted empty is null") << QByteArray("a,b\n\"\",2\n") << "1:a|b / 2:~|2";
    QTest::newRow("spaces only is null") << QByteArray("a,b\n   ,2\n") << "1:a|b / 2:~|2";
    QTest::newRow("quoted spaces is null") << QByteArray("a,b\n\"   \",2\n") << "1:a|b / 2:~|2";
    QTest::newRow("fields trimmed") << QByteArray("a,b\n  x  ,\" y \"\n") << "1:a|b / 2:x|y";
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n1\n\r\n   \n2\n") << "1:a / 3:1 / 6:2";
    QTest::newRow("trailing empty field") << QByteArray("a,b\n1,\n") << "1:a|b / 2:1|~";
    QTest::newRow("extra fields kept for caller") << QByteArray("a\n1,2,3\n") << "1:a / 2:1|2|3";
    QTest::newRow("utf8") << QByteArray("a\nZ\xC3\xBCrich\n") << QStringLiteral("1:a / 2:Z\u00fcrich");
    QTest::newRow("stray quote kept as text") << QByteArray("a\n5\" screen\n") << "1:a / 2:5\" screen";
    QTest::newRow("empty file") << QByteArray() << "";
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QString error;
    QCOMPARE(render(data, 1 << 20, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Tiny chunks split lines, quotes and the BOM across reads: same result.
    QCOMPARE(render(data, 3, &error), expected);
    QCOMPARE(render(data, 1, &error), expected);
}

void TestCsvReader::bomBytesRemoved()
{
    // QString::fromUtf8 drops a BOM by itself; check the bytes the importer sees.
    for (qint64 chunk : {qint64(1), qint64(2), qint64(1 << 20)}) {
        QByteArray data("\xEF\xBB\xBF" "id\nx\n");
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader;
        reader.setChunkSize(chunk);
        std::string first;
        QVERIFY(reader.read(buffer, [&](const CsvRecord &r) {
            if (first.empty())
                first = std::string(r.field(0));
            return true;
        }).ok());
        QCOMPARE(first, std::string("id"));
    }
}

void TestCsvReader::unterminatedQuote()
{
    QString error;
    const QString got = render(QByteArray("a,b\n1,2\n3,\"open\n4,5\n"), 1 << 20, &error);
    QCOMPARE(got, QStringLiteral("1:a|b / 2:1|2"));
    QVERIFY2(error.startsWith(QStringLiteral("line 3:")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("unterminated")));
}

void TestCsvReader::stopEarly()
{
    QByteArray data("a\n1\n2\n3\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    int seen = 0;
    const auto r = CsvReader().read(buffer, [&](const CsvRecord &) { return ++seen < 2; });
    QVERIFY(r.ok());
    QCOMPARE(seen, 2);
}

void TestCsvReader::progressAndCancel()
{
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data += "row" + QByteArray::number(i) + ",x\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    reader.setChunkSize(1024);
    std::vector<qint64> seen;
    reader.setProgress(
        [&](qint64 done, qint64 total, const QString &stage) {
            seen.push_back(total == data.size() && stage == QLatin1String("rows.csv") ? done : -1);
            return true;
        },
        QStringLiteral("rows.csv"));
    const auto r = reader.read(buffer, [](const CsvRecord &) { return true; });
    QVERIFY(r.ok());
    QCOMPARE(r->records, qint64(1000));
    QCOMPARE(r->lines, qint64(1000));
    QVERIFY(seen.size() > 5);
    QCOMPARE(seen.back(), qint64(data.size()));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()) && seen.front() >= 0);

    buffer.seek(0);
    int calls = 0;
    reader.setProgress([&](qint64, qint64, const QString &) { return ++calls <= 3; });
    const auto c = reader.read(buffer, [](const CsvRecord &) { return true; });
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, ErrorCode::Cancelled);
}

void TestCsvReader::missingFile()
{
    QTemporaryDir dir;
    const auto r = CsvReader().readFile(dir.filePath(QStringLiteral("nope.csv")), [](const CsvRecord &) { return true; });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

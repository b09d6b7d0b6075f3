// The streaming CSV reader: RFC 4180 cases, physical line numbers of records,
// NULL and trimming rules of docs/bundle-format.md, progress and cancel, and
// the fast path checked against libcsv (setFastScan(false)) on tricky input.
#include "csv/csvreader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <algorithm>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {

struct Rendered {
    QString records;
    QString error;
    CsvReadStats stats;
};

// "line:f1|f2" per record, records joined by " / ", NULL shown as ~.
Rendered read(const QByteArray &data, qint64 chunkSize, bool fast, char delimiter = ',', int stopAfter = -1)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    reader.setChunkSize(chunkSize);
    reader.setFastScan(fast);
    reader.setDelimiter(delimiter);
    QStringList out;
    const auto r = reader.read(buffer, [&](const CsvRecord &rec) {
        QStringList fields;
        for (int i = 0; i < rec.size(); ++i)
            fields << (rec.isNull(i) ? QStringLiteral("~")
                                     : QString::fromUtf8(rec.field(i).data(), qsizetype(rec.field(i).size())));
        out << QStringLiteral("%1:%2").arg(rec.line()).arg(fields.join(QLatin1Char('|')));
        return out.size() != stopAfter;
    });
    Rendered rendered{out.join(QStringLiteral(" / ")), r ? QString() : r.message(), r ? *r : CsvReadStats{}};
    return rendered;
}

QString render(const QByteArray &data, qint64 chunkSize, QString *error = nullptr)
{
    const Rendered r = read(data, chunkSize, true);
    if (error)
        *error = r.error;
    return r.records;
}

// The fast path and libcsv agree on records, lines, errors and counts.
void compareWithLibcsv(const QByteArray &data, qint64 chunkSize, char delimiter = ',', int stopAfter = -1)
{
    const Rendered fast = read(data, chunkSize, true, delimiter, stopAfter);
    const Rendered exact = read(data, chunkSize, false, delimiter, stopAfter);
    const QByteArray shown = data.toPercentEncoding() + " chunk " + QByteArray::number(chunkSize) + " delimiter "
        + QByteArray(1, delimiter).toPercentEncoding();
    QVERIFY2(fast.records == exact.records, qPrintable(shown + "\n  fast:    " + fast.records.toUtf8().toPercentEncoding(" :|/~")
                                                     + "\n  libcsv:  " + exact.records.toUtf8().toPercentEncoding(" :|/~")));
    QVERIFY2(fast.error == exact.error, qPrintable(shown + "\n  fast:    " + fast.error + "\n  libcsv:  " + exact.error));
    QCOMPARE(fast.stats.records, exact.stats.records);
    QCOMPARE(fast.stats.lines, exact.stats.lines);
    QCOMPARE(fast.stats.bytes, exact.stats.bytes);
    QCOMPARE(exact.stats.scanned, qint64(0));
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void records_data();
    void records();
    void fastScanMatchesLibcsv_data();
    void fastScanMatchesLibcsv();
    void fastScanRandomInput();
    void fastScanTakesSimpleRecords();
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
    QCOMPARE(read(data, 1 << 20, false).records, expected);
}

void TestCsvReader::fastScanMatchesLibcsv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<char>("delimiter");
    const char comma = ',';
    QTest::newRow("all quoted") << QByteArray("\"id\",\"n\"\n\"1\",\"x\"\n\"2\",\"\"\n") << comma;
    QTest::newRow("quoted newline in header") << QByteArray("\"Record\nID\",\"b\"\n\"1\",\"2\"\n") << comma;
    QTest::newRow("quoted newline mid file") << QByteArray("a,b\n1,2\n\"x\ny\",3\n4,5\n") << comma;
    QTest::newRow("doubled quotes") << QByteArray("\"Date entered \"\"MQL\"\"\",b\n\"say \"\"hi\"\"\",2\n") << comma;
    QTest::newRow("doubled quote at field start") << QByteArray("a\n\"\"\"x\"\n") << comma;
    QTest::newRow("CRLF") << QByteArray("\"a\",\"b\"\r\n1,2\r\n\"3\",\"4\"\r\n") << comma;
    QTest::newRow("quoted CR") << QByteArray("a,b\n\"p\rq\",2\n") << comma;
    QTest::newRow("bare CR ends a record") << QByteArray("a,b\n1,2\r3,4\n5,6\n") << comma;
    QTest::newRow("CR at line end without LF") << QByteArray("a\r\rb\n") << comma;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF\"id\",\"n\"\n\"1\",\"x\"\n") << comma;
    QTest::newRow("ISO-8859-1 bytes") << QByteArray("\"name\",\"city\"\n\"Ren\xE9\",\"M\xFCnchen\"\n") << comma;
    QTest::newRow("NUL byte") << QByteArray("a,b\n1,\"x\0y\"\n", 12) << comma;
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1\n1,2,3,4,5\n\"x\",\n,\n") << comma;
    QTest::newRow("final line without newline") << QByteArray("\"a\",\"b\"\n\"1\",\"2\"") << comma;
    QTest::newRow("final quoted field open") << QByteArray("\"a\",\"b\"\n\"1\",\"2") << comma;
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << comma;
    QTest::newRow("blank and space-only lines") << QByteArray("a\n\n \t \n\r\n\"\"\n\"  \"\n1\n  ,  \n") << comma;
    QTest::newRow("blanks around fields") << QByteArray("a,b\n  x  ,\" y \"\n \"q\",\"r\"  ,\"s\" \n") << comma;
    QTest::newRow("stray quote in bare field") << QByteArray("a\n5\" screen\nx\"\"y\n") << comma;
    QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,2\n\"p\" ,3\n") << comma;
    QTest::newRow("footer lines") << QByteArray("\"Stage\",\"Amount\",\"Owner\"\n\"Won\",\"10\",\"A\"\n\n"
                                                "\"Pipeline report\"\n\"Copyright (c) 2000-2026 salesforce.com, inc. "
                                                "All rights reserved.\"\n\"Generated By: Ann\"\n")
                                   << comma;
    QTest::newRow("semicolons") << QByteArray("\"a\";\"b\"\n\"1,5\";2\n") << ';';
    QTest::newRow("tabs") << QByteArray("a\tb\n\"\tx\t\"\t 2 \n\t\n") << '\t';
    // Lines longer than the scanner's 64-byte quote windows, with quotes,
    // delimiters inside quotes and a doubled quote on and near their borders.
    QByteArray wide("\"id\"");
    for (int i = 0; i < 40; ++i)
        wide += ",\"" + QByteArray(i % 7, char('a' + i % 26)) + (i % 9 == 4 ? ", x" : "") + "\"";
    QTest::newRow("wide quoted rows") << wide + "\n" + wide + "\n" + wide.replace(",\"cc", ",\"c\"\"c") + "\n" << comma;
    QTest::newRow("wide mixed rows") << QByteArray("h\n") + QByteArray(70, 'x') + ",\"" + QByteArray(61, 'y') + "\",z,\"\"\n"
                                          + QByteArray(63, 'x') + ",\"" + QByteArray(130, 'y') + "\"   ,\"q\"\n"
                                   << comma;
    QTest::newRow("empty") << QByteArray() << comma;
    QTest::newRow("only newlines") << QByteArray("\n\n\r\n") << comma;
}

void TestCsvReader::fastScanMatchesLibcsv()
{
    QFETCH(QByteArray, data);
    QFETCH(char, delimiter);
    for (qint64 chunk : {qint64(1), qint64(2), qint64(3), qint64(7), qint64(16), qint64(1 << 20)})
        compareWithLibcsv(data, chunk, delimiter);
    compareWithLibcsv(data, 1 << 20, delimiter, 2); // stopping early
}

void TestCsvReader::fastScanRandomInput()
{
    // Short inputs drawn from the characters that matter to the grammar.
    static const char alphabet[] = {'"', '"', ',', ',', ';', '\t', ' ', '\r', '\n', '\n', 'a', 'b', '\xC3', '\0'};
    QRandomGenerator rng(20261201);
    for (int round = 0; round < 4000; ++round) {
        QByteArray data;
        const int length = int(rng.bounded(40));
        for (int i = 0; i < length; ++i)
            data += alphabet[rng.bounded(int(sizeof alphabet))];
        const char delimiter = round % 5 == 0 ? ';' : round % 7 == 0 ? '\t' : ',';
        compareWithLibcsv(data, 1 + rng.bounded(12), delimiter);
        compareWithLibcsv(data, 1 << 20, delimiter);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCsvReader::fastScanTakesSimpleRecords()
{
    // Every record of a HubSpot-style file (300 quoted columns, most of them
    // empty) is scanned in place; a record with a quoted newline or a doubled
    // quote goes through libcsv.
    static const char *const filler[] = {"", "x", "42", "no", "a, b"};
    QByteArray data("\"Record ID\",\"Email\"");
    for (int c = 2; c < 300; ++c)
        data += ",\"Unused " + QByteArray::number(c) + "\"";
    data += "\n";
    for (int i = 0; i < 500; ++i) {
        data += "\"" + QByteArray::number(i) + "\",\"p" + QByteArray::number(i) + "@x.example\"";
        for (int c = 2; c < 300; ++c)
            data += QByteArray(",\"") + filler[(i + c) % 5] + "\"";
        data += "\n";
    }
    data += "\"500\",\"say \"\"hi\"\"\",\"two\nlines\"\n\"501\",\"q\",\"\"\n";
    const Rendered r = read(data, 1 << 20, true);
    QCOMPARE(r.stats.records, qint64(503));
    QCOMPARE(r.stats.scanned, qint64(502));
    QVERIFY(r.records.endsWith(QStringLiteral("502:500|say \"hi\"|two\nlines / 504:501|q|~")));
    QCOMPARE(r.records, read(data, 1 << 20, false).records);
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

// JsonSplitter: the records of every JSON layout an export comes in, with the
// line each starts on, and broken records reported without losing the rest.
#include "exports/jsonsplitter.h"

#include <QBuffer>
#include <QTest>

using namespace ra;

class TestJsonSplitter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
};

void TestJsonSplitter::split_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // "array@line:bytes" or "!line:reason"
    QTest::newRow("one per line") << QByteArray("{\"id\":1}\n{\"id\":2}\n")
                                  << QStringList{QStringLiteral("@1:{\"id\":1}"), QStringLiteral("@2:{\"id\":2}")};
    QTest::newRow("top-level list") << QByteArray("[\n {\"id\":1},\n {\"id\":2}\n]")
                                    << QStringList{QStringLiteral("@2:{\"id\":1}"), QStringLiteral("@3:{\"id\":2}")};
    QTest::newRow("page with side-loads")
        << QByteArray("{\"tickets\": [{\"id\": 1, \"users\": [{\"id\": 8}]}],\n \"users\": [{\"id\": 9}], \"count\": "
                      "1, \"next_page\": null}")
        << QStringList{QStringLiteral("tickets@1:{\"id\": 1, \"users\": [{\"id\": 8}]}"),
                       QStringLiteral("users@2:{\"id\": 9}")};
    QTest::newRow("two pages") << QByteArray(
        "{\"tickets\":[{\"id\":1}],\"end_of_stream\":false}\n{\"tickets\":[{\"id\":2}],\"end_of_stream\":true}")
                               << QStringList{QStringLiteral("tickets@1:{\"id\":1}"),
                                              QStringLiteral("tickets@2:{\"id\":2}")};
    QTest::newRow("other lists are not records")
        << QByteArray("{\"ticket_events\":[{\"id\":1}],\"tickets\":[]}") << QStringList{};
    QTest::newRow("lone object") << QByteArray("{\"id\": 1, \"via\": {\"source\": {\"from\": [1, 2]}}}")
                                 << QStringList{
                                        QStringLiteral("@1:{\"id\": 1, \"via\": {\"source\": {\"from\": [1, 2]}}}")};
    QTest::newRow("brackets and quotes in text") << QByteArray("{\"s\":\"a}\\\"{[\\\\\",\"id\":1}")
                                                 << QStringList{QStringLiteral("@1:{\"s\":\"a}\\\"{[\\\\\",\"id\":1}")};
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{\"id\":1}")
                                     << QStringList{QStringLiteral("@1:{\"id\":1}")};
    QTest::newRow("a line cut off")
        << QByteArray("{\"id\":1,\"s\":\"abc\n{\"id\":2}\n")
        << QStringList{QStringLiteral("!1:line 1: a text value runs past the end of the line (a record cut off?)"),
                       QStringLiteral("@2:{\"id\":2}")};
    QTest::newRow("stray text") << QByteArray("not json\n{\"id\":3}")
                                << QStringList{QStringLiteral("!1:line 1: not JSON: 'not json'"),
                                               QStringLiteral("@2:{\"id\":3}")};
    QTest::newRow("ends inside a record")
        << QByteArray("{\"id\":1}\n{\"id\":2,")
        << QStringList{QStringLiteral("@1:{\"id\":1}"),
                       QStringLiteral("!2:line 2: the file ends inside this record (cut off?)")};
    QTest::newRow("page cut off") << QByteArray("{\"tickets\":[{\"id\":1},\n{\"id\":2")
                                  << QStringList{
                                         QStringLiteral("tickets@1:{\"id\":1}"),
                                         QStringLiteral("!2:line 2: the file ends inside this record (cut off?)")};
    QTest::newRow("empty") << QByteArray(" \n") << QStringList{};
}

void TestJsonSplitter::split()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QStringList got;
    JsonSplitter splitter({"tickets", "users"});
    const Status s = splitter.split(
        buffer,
        [&](const QByteArray &array, const QByteArray &bytes, qint64 line) {
            got << QStringLiteral("%1@%2:%3").arg(QString::fromUtf8(array)).arg(line).arg(QString::fromUtf8(bytes));
        },
        [&](const QString &reason, qint64 line) { got << QStringLiteral("!%1:%2").arg(line).arg(reason); });
    QVERIFY(s);
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestJsonSplitter)
#include "tst_jsonsplitter.moc"

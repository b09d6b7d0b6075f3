// openJsonExport: which JSON files are Zendesk ticket exports, and how each
// record of one is settled (skipped or rejected with its ordinal) or becomes
// a line of the generated CSV. The whole import of the samples is pinned in
// tst_exports (case zendesk-json).
#include "exports/exportjson.h"
#include "exports/exportreader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TestExportJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refused_data();
    void refused();
    void settled();
    void recognisedAsJson();
    void cancels();
    void latestVersionWins();
};

static QString write(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

void TestExportJson::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("users, one per line") << QByteArray(
        "{\"id\":1,\"name\":\"Ann\",\"email\":\"ann@acme.com\",\"created_at\":\"2026-01-01T00:00:00Z\"}\n");
    QTest::newRow("an empty page") << QByteArray("{\"tickets\":[],\"end_of_stream\":true}");
    QTest::newRow("ticket events") << QByteArray("{\"ticket_events\":[{\"id\":1,\"ticket_id\":2}]}");
    QTest::newRow("a number") << QByteArray("42\n");
}

void TestExportJson::refused()
{
    QFETCH(QByteArray, json);
    QTemporaryDir dir;
    const auto text = openJsonExport(write(dir, QStringLiteral("x.json"), json));
    QVERIFY(!text);
    QCOMPARE(text.error().code, ErrorCode::Parse);
    QVERIFY2(text.message().startsWith(QLatin1String("x.json: JSON without tickets")), qPrintable(text.message()));
}

void TestExportJson::settled()
{
    QTemporaryDir dir;
    const QByteArray json =
        "{\"id\":1,\"status\":\"open\",\"created_at\":\"2026-01-01T00:00:00Z\",\"subject\":\"a\\nb, \\\"c\\\"\"}\n"
        "{\"id\":2,\"name\":\"a user\",\"email\":\"u@x.com\"}\n"
        "{\"id\":1,\"status\":\"solved\",\"created_at\":\"2026-01-01T00:00:00Z\",\"tags\":[\"x\",\"y\"],\"priority\":{"
        "\"odd\":true}}\n"
        "{\"id\":3,\"status\":\"deleted\"}\n"
        "{\"id\":4,\"status\":\"open\",\"via\":nul}\n";
    auto text = openJsonExport(write(dir, QStringLiteral("t.jsonl"), json));
    QVERIFY2(text, qPrintable(text.message()));
    QCOMPARE(text->positions, (std::vector<qint64>{3}));
    QStringList settled;
    for (const SettledRecord &r : text->settled)
        settled << QStringLiteral("%1 %2 %3: %4")
                       .arg(r.rejected ? QStringLiteral("rejected") : QStringLiteral("skipped"))
                       .arg(r.position)
                       .arg(r.field, r.reason);
    QCOMPARE(settled,
             (QStringList{QStringLiteral("skipped 1 id: an older version of ticket 1 (record 3 is the latest)"),
                          QStringLiteral("rejected 2 record: not a ticket (no status, requester_id, subject or via)"),
                          QStringLiteral("skipped 4 status: deleted in Zendesk"),
                          QStringLiteral("rejected 5 record: line 5: not valid JSON (illegal value)")}));
    // The one CSV line: the API's names as header, lists joined, objects kept as JSON text.
    auto header = readExportHeader(*text);
    QVERIFY(header);
    QCOMPARE(header->mid(0, 6),
             (QStringList{QStringLiteral("id"), QStringLiteral("external_id"), QStringLiteral("subject"),
                          QStringLiteral("status"), QStringLiteral("type"), QStringLiteral("priority")}));
    text->device->seek(0);
    const QList<QByteArray> lines = text->device->readAll().split('\n');
    QVERIFY2(lines.value(1).startsWith("\"1\",\"\",\"\",\"solved\",\"\",\"{\"\"odd\"\":true}\""),
             lines.value(1).constData());
    QVERIFY(lines.value(1).contains("\"x, y\""));
    QCOMPARE(text->positionOf(2), 3);
}

void TestExportJson::recognisedAsJson()
{
    QVERIFY(looksLikeJson(QStringLiteral("a.json"), "Id,Name"));
    QVERIFY(looksLikeJson(QStringLiteral("a.txt"), "\xEF\xBB\xBF  {\"id\":1}"));
    QVERIFY(looksLikeJson(QStringLiteral("a.txt"), "[\n {\"id\":1}]"));
    QVERIFY(!looksLikeJson(QStringLiteral("a.csv"), "[Custom] field,Id\n"));
    QVERIFY(!looksLikeJson(QStringLiteral("a.csv"), "\"Record ID\",\"Email\""));
}

// Both passes report bytes of twice the file's size; false stops with Cancelled.
void TestExportJson::cancels()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("t.json"), QByteArray("{\"id\":1,\"status\":\"open\"}\n"));
    QList<qint64> totals;
    auto text = openJsonExport(path, [&](qint64, qint64 total, const QString &) {
        totals << total;
        return true;
    });
    QVERIFY(text);
    QVERIFY(!totals.isEmpty());
    QCOMPARE(totals.first(), 2 * QFileInfo(path).size());
    auto stopped = openJsonExport(path, [](qint64, qint64, const QString &) { return false; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
}

// Whatever the id's form (number, text, inside {"ticket": ...}, an escaped
// text), a ticket's earlier records are skipped for its last one.
void TestExportJson::latestVersionWins()
{
    QTemporaryDir dir;
    const QByteArray json = "{\"ticket\":{\"id\":9,\"status\":\"open\"}}\n"
                            "{\"id\":\"A-1\",\"status\":\"open\",\"via\":{\"id\":9}}\n"
                            "{\"status\":\"solved\",\"id\":9}\n"
                            "{\"id\":\"A-1\",\"status\":\"solved\"}\n"
                            "{\"id\":\"B\\u002d2\",\"status\":\"open\"}\n"
                            "{\"id\":\"B-2\",\"status\":\"pending\"}\n"
                            "{\"id\":7.0,\"status\":\"open\"}\n"
                            "{\"id\": 7 ,\"status\":\"pending\"}\n";
    auto text = openJsonExport(write(dir, QStringLiteral("t.ndjson"), json));
    QVERIFY2(text, qPrintable(text.message()));
    QCOMPARE(text->positions, (std::vector<qint64>{3, 4, 6, 8}));
    QStringList skipped;
    for (const SettledRecord &r : text->settled)
        skipped << QStringLiteral("%1 %2").arg(r.position).arg(r.reason);
    QCOMPARE(skipped, (QStringList{QStringLiteral("1 an older version of ticket 9 (record 3 is the latest)"),
                                   QStringLiteral("2 an older version of ticket A-1 (record 4 is the latest)"),
                                   QStringLiteral("5 an older version of ticket B-2 (record 6 is the latest)"),
                                   QStringLiteral("7 an older version of ticket 7 (record 8 is the latest)")}));
}

QTEST_GUILESS_MAIN(TestExportJson)
#include "tst_exportjson.moc"

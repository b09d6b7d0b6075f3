// `revalign mapping` and `revalign match` as a user runs them: the shipped
// mappings listed, shown, exported, changed and saved back; the customers and
// organisations of the sample exports (tests/data/exports) that no account
// matches, confirmed or rejected, and a re-import bringing in the held rows.
#include "support/revalign.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::testsupport;

class TestSourceVerbs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mappingListNamesWhatEachBecomes();
    void mappingShowIsJson();
    void mappingExportChangeImport();
    void mappingErrors_data();
    void mappingErrors();
    void matchListShowsTheUnmatched();
    void matchConfirmBringsHeldRowsIn();
    void matchErrors_data();
    void matchErrors();

private:
    ProcessRun run(QStringList args) const
    {
        args << QStringLiteral("--db") << m_db;
        return runRevalign(args);
    }
    ProcessRun importSamples() const
    {
        QStringList args{QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("auto")};
        for (const char *set : {"hubspot", "stripe", "zendesk"}) {
            const QDir dir(QStringLiteral(RA_TEST_DATA_DIR "/exports/") + QLatin1String(set));
            for (const QString &f : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
                args << dir.filePath(f);
        }
        return run(args);
    }
    static QString lineOf(const QString &out, const QString &start)
    {
        for (const QString &l : out.split(QLatin1Char('\n')))
            if (l.startsWith(start))
                return l.simplified();
        return {};
    }
    QTemporaryDir m_tmp;
    QString m_db;
};

void TestSourceVerbs::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_db = m_tmp.filePath(QStringLiteral("sources.db"));
    const ProcessRun r = importSamples();
    QVERIFY2(r.exitedWith(1), qPrintable(r.describe() + r.out)); // the samples carry rejected rows: a partial import
}

void TestSourceVerbs::mappingListNamesWhatEachBecomes()
{
    const ProcessRun r = run({QStringLiteral("mapping"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // One line per shipped mapping, each saying what its rows become.
    QCOMPARE(lineOf(r.out, QStringLiteral("hubspot-contacts ")), QStringLiteral("hubspot-contacts hubspot leads shipped"));
    QCOMPARE(lineOf(r.out, QStringLiteral("stripe-customers ")),
             QStringLiteral("stripe-customers stripe customers → accounts shipped"));
    QCOMPARE(lineOf(r.out, QStringLiteral("stripe-invoices ")),
             QStringLiteral("stripe-invoices stripe invoices → revenue shipped"));
    QCOMPARE(lineOf(r.out, QStringLiteral("stripe-subscriptions ")),
             QStringLiteral("stripe-subscriptions stripe subscriptions → revenue shipped"));
    QCOMPARE(lineOf(r.out, QStringLiteral("zendesk-tickets ")), QStringLiteral("zendesk-tickets zendesk tickets shipped"));
}

void TestSourceVerbs::mappingShowIsJson()
{
    const ProcessRun r = run({QStringLiteral("mapping"), QStringLiteral("show"), QStringLiteral("hubspot-deals")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("hubspot-deals"));
}

void TestSourceVerbs::mappingExportChangeImport()
{
    const QString file = m_tmp.filePath(QStringLiteral("contacts.json"));
    ProcessRun r = run({QStringLiteral("mapping"), QStringLiteral("export"), QStringLiteral("hubspot-contacts"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("hubspot-contacts"));

    // The team's own variant under a new name: saved beside the shipped ones.
    o.insert(QStringLiteral("name"), QStringLiteral("our-contacts"));
    o.insert(QStringLiteral("label"), QStringLiteral("Our contacts"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
    f.close();
    r = run({QStringLiteral("mapping"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("revalign import --from our-contacts")), qPrintable(r.out));

    r = run({QStringLiteral("mapping"), QStringLiteral("list")});
    QCOMPARE(lineOf(r.out, QStringLiteral("our-contacts ")), QStringLiteral("our-contacts hubspot leads saved in the store"));
    QCOMPARE(lineOf(r.out, QStringLiteral("hubspot-contacts ")), QStringLiteral("hubspot-contacts hubspot leads shipped"));
    r = run({QStringLiteral("mapping"), QStringLiteral("show"), QStringLiteral("our-contacts")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("label")).toString(),
             QStringLiteral("Our contacts"));
}

void TestSourceVerbs::mappingErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{QStringLiteral("mapping")} << QStringLiteral("mapping takes: list");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("mapping"), QStringLiteral("delete"), QStringLiteral("x")}
                                    << QStringLiteral("mapping takes: list");
    QTest::newRow("unknown name") << QStringList{QStringLiteral("mapping"), QStringLiteral("show"), QStringLiteral("nosuch")}
                                  << QStringLiteral("no mapping 'nosuch' (known: ");
    QTest::newRow("missing file") << QStringList{QStringLiteral("mapping"), QStringLiteral("import"), QStringLiteral("/nonexistent/m.json")}
                                  << QStringLiteral("cannot read /nonexistent/m.json");
}

void TestSourceVerbs::mappingErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ProcessRun r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestSourceVerbs::matchListShowsTheUnmatched()
{
    // Umbrella Corp (a hotmail.com address, no name match) and a ticket from a
    // gmail.com requester: public mail domains are never matched.
    const ProcessRun r = run({QStringLiteral("match"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(lineOf(r.out, QStringLiteral("stripe:cus_U4")), QStringLiteral("stripe:cus_U4 Umbrella Corp unmatched — 0"));
    QCOMPARE(lineOf(r.out, QStringLiteral("zendesk:zed@gmail.com")),
             QStringLiteral("zendesk:zed@gmail.com zed@gmail.com unmatched — 1"));
    QVERIFY(lineOf(r.out, QStringLiteral("stripe:cus_A1")).isEmpty()); // matched: only with --all
    const ProcessRun all = run({QStringLiteral("match"), QStringLiteral("list"), QStringLiteral("--all")});
    QCOMPARE(lineOf(all.out, QStringLiteral("stripe:cus_A1")),
             QStringLiteral("stripe:cus_A1 Acme Inc. matched hubspot:101 (e-mail domain) 0"));
}

void TestSourceVerbs::matchConfirmBringsHeldRowsIn()
{
    ProcessRun r = run({QStringLiteral("match"), QStringLiteral("confirm"), QStringLiteral("zendesk:zed@gmail.com"),
                        QStringLiteral("hubspot:101")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("match"), QStringLiteral("reject"), QStringLiteral("stripe:cus_U4"), QStringLiteral("hubspot:103")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = importSamples();
    QVERIFY2(r.exitedWith(1), qPrintable(r.describe() + r.out));
    r = run({QStringLiteral("match"), QStringLiteral("list"), QStringLiteral("--all")});
    // The held ticket came in with the confirmed account; Umbrella is still unmatched.
    QCOMPARE(lineOf(r.out, QStringLiteral("zendesk:zed@gmail.com")),
             QStringLiteral("zendesk:zed@gmail.com zed@gmail.com confirmed hubspot:101 (confirmed) 0"));
    QCOMPARE(lineOf(r.out, QStringLiteral("stripe:cus_U4")), QStringLiteral("stripe:cus_U4 Umbrella Corp unmatched — 0"));
    r = run({QStringLiteral("match"), QStringLiteral("list")});
    QVERIFY(lineOf(r.out, QStringLiteral("zendesk:zed@gmail.com")).isEmpty());
}

void TestSourceVerbs::matchErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{QStringLiteral("match")} << QStringLiteral("match takes: list");
    QTest::newRow("no account") << QStringList{QStringLiteral("match"), QStringLiteral("confirm"), QStringLiteral("stripe:cus_U4")}
                                << QStringLiteral("match takes: list");
    QTest::newRow("party without source") << QStringList{QStringLiteral("match"), QStringLiteral("confirm"), QStringLiteral("cus_U4"), QStringLiteral("hubspot:101")}
                                          << QStringLiteral("'cus_U4': expected SOURCE:ID");
    QTest::newRow("unknown account") << QStringList{QStringLiteral("match"), QStringLiteral("confirm"), QStringLiteral("stripe:cus_U4"), QStringLiteral("hubspot:999")}
                                     << QStringLiteral("no account 'hubspot:999' in the store");
}

void TestSourceVerbs::matchErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ProcessRun r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestSourceVerbs)
#include "tst_sourceverbs.moc"

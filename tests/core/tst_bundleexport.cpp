// Export → import round trip: a demo store written as a bundle and imported
// into an empty store gives the same rows; and the CSV writer's quoting.
#include "csv/csvwriter.h"
#include "demo/demogenerator.h"
#include "import/bundleexporter.h"
#include "import/bundleimporter.h"
#include "store/store.h"
#include "support/revalign.h"
#include "support/demofixture.h"
#include "support/verifyresult.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::testsupport;

namespace {

const QStringList kTables = {"accounts", "campaigns", "leads", "touches", "opportunities", "revenue",
                             "spend", "tickets", "nps", "targets", "alignment_survey", "usage"};

// One line per row, every column, NULL spelled out; ordered by all columns.
QStringList dump(Store &store, const QString &table)
{
    QSqlQuery cols(store.database());
    cols.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
    QStringList names;
    for (int i = 0; i < cols.record().count(); ++i)
        names << cols.record().fieldName(i);
    QSqlQuery q(store.database());
    QStringList rows;
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, names.join(QLatin1Char(',')))))
        return {QStringLiteral("query failed")};
    while (q.next()) {
        QStringList f;
        for (int i = 0; i < names.size(); ++i) {
            const QVariant v = q.value(i);
            // typeId keeps 5 and 5.0 apart: the import must store the same SQLite types.
            f << (v.isNull() ? QStringLiteral("<null>") : QStringLiteral("%1:%2").arg(v.typeId()).arg(v.toString()));
        }
        rows << f.join(QLatin1Char('|'));
    }
    return rows;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBundleExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escape_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QByteArray("Acme") << QByteArray("Acme");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
        QTest::newRow("comma") << QByteArray("Acme, Inc.") << QByteArray("\"Acme, Inc.\"");
        QTest::newRow("quote") << QByteArray("the \"best\"") << QByteArray("\"the \"\"best\"\"\"");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("carriage return") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("leading space") << QByteArray(" x") << QByteArray("\" x\"");
        QTest::newRow("formula stays as is") << QByteArray("=SUM(A1)") << QByteArray("=SUM(A1)");
        QTest::newRow("utf-8") << QByteArray("Müller GmbH") << QByteArray("Müller GmbH");
    }
    void escape()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, written);
        QCOMPARE(CsvWriter::escape(field), written);
    }

    void writerWritesRowsWithLf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        CsvWriter w(path);
        QVERIFY(w.open());
        w.writeRow({QStringLiteral("a"), QStringLiteral("b,c")});
        w.addEmpty();
        w.addField(QStringLiteral("x"));
        w.endRow();
        QVERIFY(w.close());
        QCOMPARE(readFile(path), QByteArray("a,\"b,c\"\n,x\n"));
    }

    void emptyTablesKeepTheirHeader()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("empty.db")));
        QVERIFY(store);
        const auto r = BundleExporter(**store).run(dir.filePath(QStringLiteral("bundle")));
        QVERIFY_RESULT(r);
        QCOMPARE(int(r->files.size()), 12);
        QCOMPARE(r->totalRows(), 0);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("bundle/spend.csv"))), QByteArray("month,team,amount\n"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("bundle/touches.csv"))), QByteArray("lead_id,campaign_id,touched_at\n"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("bundle/usage.csv"))),
                 QByteArray("account_id,month,product,active_users,seats\n"));
    }

    void canonicalValueForms()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("v.db")));
        QVERIFY(store);
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts(account_id, name, created_on) VALUES ('A1', 'Acme, \"Inc\"', 1763683200)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO revenue(account_id, month, product, mrr) VALUES ('A1', 202611, 'Core', 123450)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO targets(period, kpi, target, owner) VALUES ('2026-Q4', 'conv.mql_to_sal', 0.7, 'shared')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO leads(lead_id, account_id, created_at, mql_at) VALUES ('L1', 'A1', 1763746980, NULL)")));
        const auto r = BundleExporter(**store).run(dir.filePath(QStringLiteral("b")));
        QVERIFY_RESULT(r);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("b/accounts.csv"))),
                 QByteArray("account_id,name,segment,industry,region,persona,created_on\n"
                            "A1,\"Acme, \"\"Inc\"\"\",,,,,2025-11-21\n"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("b/revenue.csv"))),
                 QByteArray("account_id,month,product,mrr\nA1,2026-11,Core,1234.50\n"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("b/targets.csv"))),
                 QByteArray("period,kpi,target,owner\n2026-Q4,conv.mql_to_sal,0.7,shared\n"));
        QVERIFY(readFile(dir.filePath(QStringLiteral("b/leads.csv"))).contains(",2025-11-21T17:43:00Z,,"));
    }

    // Amounts a binary double cannot hold go in and come out to the cent:
    // import → export gives the bundle's canonical text, and importing that
    // and exporting again gives the same bytes.
    void moneyRoundTrip()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in));
        auto write = [&](const char *file, const QByteArray &text) {
            QFile f(in + QLatin1Char('/') + QLatin1String(file));
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        QVERIFY(write("accounts.csv", "account_id,name\nA1,Acme\n"));
        // 0.1 and 19.99 are not doubles; 10000000000.01 is 1e12 + 1 cents; 1.250 has a zero third decimal.
        QVERIFY(write("revenue.csv", "account_id,month,product,mrr\nA1,2026-01,a,0.1\nA1,2026-02,a,19.99\n"
                                     "A1,2026-03,a,10000000000.01\nA1,2026-04,a,1.250\n"));
        QVERIFY(write("targets.csv", "period,kpi,target,owner\n2026-Q1,bookings.total,1338199.99,sales\n"
                                     "2026-Q2,bookings.total,1.5e3,sales\n2026-Q3,mrr.end,0.3,shared\n"));
        auto first = Store::open(dir.filePath(QStringLiteral("first.db")));
        QVERIFY_RESULT(first);
        const auto imported = BundleImporter(**first).run(in, ImportOptions{});
        QVERIFY_RESULT(imported);
        QCOMPARE(imported->totalRejected(), qint64(0));
        const QString out = dir.filePath(QStringLiteral("out"));
        const auto exported = BundleExporter(**first).run(out);
        QVERIFY_RESULT(exported);
        QCOMPARE(readFile(out + QStringLiteral("/revenue.csv")),
                 QByteArray("account_id,month,product,mrr\nA1,2026-01,a,0.10\nA1,2026-02,a,19.99\n"
                            "A1,2026-03,a,10000000000.01\nA1,2026-04,a,1.25\n"));
        QCOMPARE(readFile(out + QStringLiteral("/targets.csv")),
                 QByteArray("period,kpi,target,owner\n2026-Q1,bookings.total,1338199.99,sales\n"
                            "2026-Q2,bookings.total,1500,sales\n2026-Q3,mrr.end,0.3,shared\n"));
        auto second = Store::open(dir.filePath(QStringLiteral("second.db")));
        QVERIFY_RESULT(second);
        const auto reimported = BundleImporter(**second).run(out, ImportOptions{});
        QVERIFY_RESULT(reimported);
        const QString again = dir.filePath(QStringLiteral("again"));
        const auto exportedAgain = BundleExporter(**second).run(again);
        QVERIFY_RESULT(exportedAgain);
        for (const QString &file : BundleExporter::fileNames())
            QVERIFY2(readFile(out + QLatin1Char('/') + file) == readFile(again + QLatin1Char('/') + file), qPrintable(file));
    }

    void demoRoundTrip()
    {
        QTemporaryDir dir;
        const QString sourcePath = dir.filePath(QStringLiteral("source.db"));
        const auto demo = makeDemoStore(sourcePath, DemoFixture{500, 3, QDate(2026, 11, 22)});
        QVERIFY_RESULT(demo);
        auto source = Store::open(sourcePath);
        QVERIFY_RESULT(source);

        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        const auto exported = BundleExporter(**source).run(bundle);
        QVERIFY_RESULT(exported);
        QCOMPARE(exported->totalRows(), demo->totalRows());

        auto target = Store::open(dir.filePath(QStringLiteral("target.db")));
        QVERIFY(target);
        const auto imported = BundleImporter(**target).run(bundle, ImportOptions{});
        QVERIFY_RESULT(imported);
        QVERIFY2(imported->totalRejected() == 0,
                 qPrintable(imported->rejections.empty() ? QString() : imported->rejections.front().toString()));
        QCOMPARE(imported->totalWritten(), demo->totalRows());

        for (const QString &table : kTables) {
            const QStringList a = dump(**source, table);
            const QStringList b = dump(**target, table);
            QVERIFY2(!a.isEmpty(), qPrintable(table));
            QCOMPARE(b.size(), a.size());
            for (int i = 0; i < a.size(); ++i)
                QVERIFY2(a.at(i) == b.at(i), qPrintable(table + QStringLiteral(": ") + a.at(i) + QStringLiteral(" ≠ ") + b.at(i)));
        }

        // Exporting the imported store gives the same files, byte for byte.
        const QString again = dir.filePath(QStringLiteral("again"));
        QVERIFY(BundleExporter(**target).run(again));
        for (const QString &file : BundleExporter::fileNames())
            QVERIFY2(readFile(bundle + QLatin1Char('/') + file) == readFile(again + QLatin1Char('/') + file), qPrintable(file));
    }

    void verbWritesTheFolder()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("v.db"));
        {
            auto store = Store::open(db);
            QVERIFY(store);
            QSqlQuery q((*store)->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts(account_id, name) VALUES ('A1', 'Acme')")));
        }
        const QString out = dir.filePath(QStringLiteral("nested/bundle"));
        const ProcessRun exported = runRevalign({QStringLiteral("export-bundle"), out, QStringLiteral("--db"), db});
        QVERIFY2(exported.exitedWith(0), qPrintable(exported.describe()));
        QVERIFY(exported.out.startsWith(QLatin1String("exported 1 rows in 12 files to ")));
        QCOMPARE(readFile(out + QStringLiteral("/accounts.csv")),
                 QByteArray("account_id,name,segment,industry,region,persona,created_on\nA1,Acme,,,,,\n"));
        const ProcessRun missing = runRevalign({QStringLiteral("export-bundle"), QStringLiteral("--db"), db});
        QVERIFY2(missing.exitedWith(2), qPrintable(missing.describe()));
    }

    void refusesAFileAsFolder()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(store);
        const auto r = BundleExporter(**store).run(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestBundleExport)
#include "tst_bundleexport.moc"

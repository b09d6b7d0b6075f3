// Sample exports of every source (tests/data/exports/<source>/, each quirk of
// docs/importing.md in it) imported into an empty store: the store, written
// back as a bundle, must equal the golden bundle beside them
// (tests/data/exports/expected/<case>/), and the rejections must be exactly
// the listed ones; and the KPIs of the store (`revalign kpis --period P
// --json`) must equal expected/<case>/kpis-<P>.json, with the arithmetic of a
// few keys checked by hand in expected/<case>/kpis.md. RA_UPDATE_GOLDEN=1
// rewrites the golden files after a deliberate change; read the diff before
// committing it.
#include "exports/exportimporter.h"
#include "exports/sourcestore.h"
#include "import/bundleexporter.h"
#include "quality/dataquality.h"
#include "domain/values.h"
#include "report/kpijson.h"
#include "services/engineloader.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {

QString exportsDir() { return QStringLiteral(RA_TEST_DATA_DIR "/exports/"); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("missing: ") + path.toUtf8();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestExports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void confirmedAndRejectedMatchesAreKept();
    void billingAloneHasADefaultAsOf();

private:
    void compareKpis(const QString &db, const QString &expected, const QStringList &periods);
};

void TestExports::golden_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QStringList>("periods"); // whose KPIs are pinned
    // Multi-line and duplicate header cells, several company ids in a cell, an empty id,
    // an impossible date, an unknown company, deals without company or amount in company currency.
    QTest::newRow("hubspot") << QStringList{QStringLiteral("hubspot")} << QStringLiteral("Europe/Berlin")
                             << QStringList{QStringLiteral("2026-03"), QStringLiteral("2026-04")};
    // Unquoted, CRLF, M/D/YYYY and M/D/YY dates (3/20/2026 settles the order), "null", older column names.
    QTest::newRow("hubspot-roundtrip") << QStringList{QStringLiteral("hubspot/companies.csv"),
                                                      QStringLiteral("hubspot-roundtrip")}
                                       << QStringLiteral("America/New_York") << QStringList{QStringLiteral("2026-03")};
    // ISO-8859-1 bytes, CRLF, 0/1 and TRUE, 000000000000000AAA, a USD row without a converted amount,
    // and a report export (labels, D.M.YYYY, 1.234,50, ';', footer) whose accounts are named.
    QTest::newRow("salesforce") << QStringList{QStringLiteral("salesforce"), QStringLiteral("salesforce-report")}
                                << QString() << QStringList{QStringLiteral("2026-Q1")};
    // No CRM accounts: the Stripe customers are the accounts; Zendesk in UTF-16 with tabs and offsets.
    QTest::newRow("billing-only") << QStringList{QStringLiteral("stripe"), QStringLiteral("zendesk")} << QString()
                                  << QStringList{QStringLiteral("2026-03")};
    // No subscriptions export: paid subscription invoices, net of discount and tax, spread over their period;
    // an open invoice and a one-off invoice are skipped, a USD one rejected.
    // The quarter is read as of its last second (without it, as of the last second of the latest revenue
    // month: billingAloneHasADefaultAsOf).
    QTest::newRow("stripe-invoices") << QStringList{QStringLiteral("stripe-invoices")} << QString()
                                     << QStringList{QStringLiteral("2026-Q1@2026-03-31T23:59:59Z")};
    // CRM accounts: customers matched by explicit id (Globex), domain (Acme), name (Initech);
    // Umbrella (hotmail, no such name) and a gmail requester are held, not guessed.
    QTest::newRow("crm-and-billing") << QStringList{QStringLiteral("hubspot/companies.csv"), QStringLiteral("stripe"),
                                                    QStringLiteral("zendesk")}
                                     << QString() << QStringList{QStringLiteral("2026-03")};
    // Zendesk's JSON: two incremental-export pages (side-loaded users, organisations, metric sets; a deleted
    // ticket, one changed on the second page, a null created_at, an id that is an object) and one ticket per
    // line (nested requester and organisation, a line cut off, a line that is no JSON, a ticket wrapped as
    // {"ticket": ...}, a month 13).
    QTest::newRow("zendesk-json") << QStringList{QStringLiteral("hubspot/companies.csv"),
                                                 QStringLiteral("zendesk-json")}
                                  << QString() << QStringList{QStringLiteral("2026-Q1")};
}

void TestExports::golden()
{
    QFETCH(QStringList, paths);
    QFETCH(QString, timeZone);
    QFETCH(QStringList, periods);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    auto store = Store::open(tmp.filePath(QStringLiteral("s.db")));
    QVERIFY2(store, qPrintable(store.message()));
    QStringList absolute;
    for (const QString &p : paths)
        absolute << exportsDir() + p;
    ExportImportOptions options;
    options.timeZone = timeZone;
    auto result = ExportImporter(**store).run(absolute, options);
    QVERIFY2(result, qPrintable(result.message()));
    QVERIFY(result->bundle.committed);

    // Every source row is accounted for: imported, unchanged, rejected, held or skipped.
    for (const SourceFileSummary &s : result->sources)
        QVERIFY2(s.imported + s.unchanged + s.rejected + s.held + s.skipped == s.rows,
                 qPrintable(QStringLiteral("%1: %2 rows, %3+%4+%5+%6+%7").arg(s.file).arg(s.rows).arg(s.imported).arg(s.unchanged)
                                .arg(s.rejected).arg(s.held).arg(s.skipped)));

    QStringList rejections;
    for (const Rejection &r : result->rejections)
        rejections << r.toString();
    rejections.sort();
    QStringList held;
    for (const MatchRecord &m : result->matches)
        held << QStringLiteral("%1:%2 %3 %4 %5 held=%6 %7")
                    .arg(m.source, m.externalId, m.status, m.accountId, m.method)
                    .arg(m.rowsHeld)
                    .arg(m.candidates.join(QLatin1Char(',')));
    const QByteArray report = ("rejections:\n" + rejections.join(QLatin1Char('\n')) + "\nparties:\n" + held.join(QLatin1Char('\n')) + '\n').toUtf8();

    const QString out = tmp.filePath(QStringLiteral("bundle"));
    auto exported = BundleExporter(**store).run(out);
    QVERIFY2(exported, qPrintable(exported.message()));
    const QString expected = exportsDir() + QStringLiteral("expected/") + QString::fromLatin1(QTest::currentDataTag());
    if (qEnvironmentVariableIsSet("RA_UPDATE_GOLDEN")) {
        QDir().mkpath(expected);
        for (const ExportedFile &f : exported->files)
            if (f.rows > 0)
                writeAll(expected + QLatin1Char('/') + f.file, readAll(out + QLatin1Char('/') + f.file));
        writeAll(expected + QStringLiteral("/outcome.txt"), report);
    }
    QCOMPARE(QString::fromUtf8(report), QString::fromUtf8(readAll(expected + QStringLiteral("/outcome.txt"))));
    for (const ExportedFile &f : exported->files) {
        const QString golden = expected + QLatin1Char('/') + f.file;
        if (f.rows == 0) {
            QVERIFY2(!QFile::exists(golden), qPrintable(f.file + QStringLiteral(" should have rows")));
            continue;
        }
        QCOMPARE(QString::fromUtf8(readAll(out + QLatin1Char('/') + f.file)), QString::fromUtf8(readAll(golden)));
    }
    compareKpis(tmp.filePath(QStringLiteral("s.db")), expected, periods);
}

// What `revalign kpis --period P --json` prints for the imported store.
void TestExports::compareKpis(const QString &db, const QString &expected, const QStringList &periods)
{
    auto engine = loadEngine(db);
    QVERIFY2(engine, qPrintable(engine.message()));
    for (const QString &p : periods) {
        // "PERIOD" or "PERIOD@AS_OF" (kpis --as-of).
        const auto period = Period::parse(p.section(QLatin1Char('@'), 0, 0));
        QVERIFY2(period, qPrintable(period.message()));
        std::optional<qint64> asOf;
        if (p.contains(QLatin1Char('@'))) {
            const auto t = parseTimestamp(p.section(QLatin1Char('@'), 1).toStdString());
            QVERIFY(t);
            asOf = *t;
        }
        const QByteArray json = (kpiReportJson((*engine)->compute(*period, {}, asOf)) + QLatin1Char('\n')).toUtf8();
        const QString golden = expected + QStringLiteral("/kpis-%1.json").arg(p.section(QLatin1Char('@'), 0, 0));
        if (qEnvironmentVariableIsSet("RA_UPDATE_GOLDEN"))
            writeAll(golden, json);
        QCOMPARE(QString::fromUtf8(json), QString::fromUtf8(readAll(golden)));
    }
}

// A held party shows on the Data quality page; a confirmed match brings its
// rows in at the next import, a rejected pairing is never made again.
void TestExports::confirmedAndRejectedMatchesAreKept()
{
    QTemporaryDir tmp;
    auto store = Store::open(tmp.filePath(QStringLiteral("s.db")));
    QVERIFY(store);
    const QStringList paths{exportsDir() + QStringLiteral("hubspot/companies.csv"), exportsDir() + QStringLiteral("stripe"),
                            exportsDir() + QStringLiteral("zendesk")};
    auto first = ExportImporter(**store).run(paths, {});
    QVERIFY2(first, qPrintable(first.message()));
    auto quality = checkDataQuality(**store);
    QVERIFY(quality);
    auto unmatched = std::find_if(quality->issues.begin(), quality->issues.end(),
                                  [](const QualityIssue &i) { return i.key == QLatin1String("exports.unmatched_accounts"); });
    QVERIFY(unmatched != quality->issues.end());
    QCOMPARE(unmatched->count, 2);
    QCOMPARE(unmatched->samples, (QStringList{QStringLiteral("stripe:cus_U4"), QStringLiteral("zendesk:zed@gmail.com")}));

    QVERIFY(sourcestore::confirmMatch(**store, QStringLiteral("zendesk"), QStringLiteral("zed@gmail.com"),
                                      QStringLiteral("hubspot:101")));
    QVERIFY(!sourcestore::confirmMatch(**store, QStringLiteral("zendesk"), QStringLiteral("nobody"), QStringLiteral("hubspot:101")));
    QVERIFY(!sourcestore::confirmMatch(**store, QStringLiteral("stripe"), QStringLiteral("cus_U4"), QStringLiteral("hubspot:999")));
    QVERIFY(sourcestore::rejectMatch(**store, QStringLiteral("stripe"), QStringLiteral("cus_A1"), QStringLiteral("hubspot:101")));
    auto second = ExportImporter(**store).run(paths, {});
    QVERIFY2(second, qPrintable(second.message()));
    QStringList outcome;
    for (const MatchRecord &m : second->matches)
        if (m.externalId == QLatin1String("zed@gmail.com") || m.externalId == QLatin1String("cus_A1"))
            outcome << QStringLiteral("%1 %2 %3 held=%4").arg(m.externalId, m.status, m.accountId).arg(m.rowsHeld);
    QCOMPARE(outcome, (QStringList{QStringLiteral("cus_A1 unmatched  held=2"), QStringLiteral("zed@gmail.com confirmed hubspot:101 held=0")}));
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT account_id FROM tickets WHERE ticket_id = 'zendesk:9003'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("hubspot:101"));
}


// Revenue months do not count for the default as_of (docs/kpi-definitions.md),
// and a store of billing exports alone has no dated event: it is read as of
// the last second of its latest revenue month (docs/kpi-notes.md), not 1970,
// so its MRR keys are there without --as-of.
void TestExports::billingAloneHasADefaultAsOf()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("s.db"));
    {
        auto store = Store::open(db);
        QVERIFY2(store, qPrintable(store.message()));
        auto result = ExportImporter(**store).run({exportsDir() + QStringLiteral("stripe-invoices")}, {});
        QVERIFY2(result, qPrintable(result.message()));
    }
    auto engine = loadEngine(db);
    QVERIFY2(engine, qPrintable(engine.message()));
    // The yearly invoice of expected/stripe-invoices/revenue.csv runs to 2027-01.
    const auto lastSecond = parseTimestamp("2027-01-31T23:59:59Z");
    QVERIFY(lastSecond);
    QCOMPARE((*engine)->defaultAsOf(), *lastSecond);
    const auto q1 = Period::parse(QStringLiteral("2026-Q1"));
    QVERIFY(q1);
    const KpiReport byDefault = (*engine)->compute(*q1, {});
    const KpiReport endOfQ1 = (*engine)->compute(*q1, {}, *parseTimestamp("2026-03-31T23:59:59Z"));
    for (KpiId id : {KpiId::MrrStart, KpiId::MrrEnd, KpiId::MrrNew})
        QCOMPARE(byDefault.current.value(id), endOfQ1.current.value(id)); // months up to as_of's month: the same
    QVERIFY(byDefault.current.value(KpiId::MrrEnd).value_or(0) > 0);
}

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"

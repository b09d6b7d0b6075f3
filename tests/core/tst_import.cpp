// The bundle importer against small fixture bundles (tests/data/import/):
// every rejection class with its exact file:line:column, per-file counts,
// stored encodings, upsert/re-import, strict, dry run, cancel and the log.
#include "import/bundleimporter.h"
#include "support/importfixture.h"
#include "store/store.h"
#include "support/verifyresult.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <QTest>

using namespace ra;

using namespace ra::importtest;

class TestImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void rejection_data();
    void rejection();
    void rejectionsExactlyAsExpected();
    void perFileCounts();
    void storedEncodings();
    void usageSeatsUnsetAndZero();
    void reimportIsUnchanged();
    void changedRowIsUpdated();
    void referenceToEarlierImport();
    void strictRollsBack();
    void dryRunWritesNothing();
    void missingRequiredColumn();
    void missingAccounts();
    void onlyAccountsIsFine();
    void unterminatedQuote();
    void parseErrorWhileWriting();
    void cancelLeavesStoreUnchanged();
    void progressReachesOne();
    void rejectionLogIsCapped();
    void largeFileKeepsIndexes();
    void runsOnWorkerThread();

private:
    std::unique_ptr<Store> openStore(const QString &name = {});
    Result<ImportSummary> importInto(Store &store, const QString &bundle, ImportOptions options = {});
    const ImportSummary &rejectionRun();

    QTemporaryDir m_tmp;
    std::optional<ImportSummary> m_rejectionRun;
};

std::unique_ptr<Store> TestImport::openStore(const QString &name)
{
    // One store per test function unless named: tests never see each other's data.
    const QString file = name.isEmpty() ? QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db") : name;
    auto r = Store::open(m_tmp.filePath(file));
    if (!r)
        qFatal("cannot open store: %s", qPrintable(r.message()));
    return std::move(r.value());
}

Result<ImportSummary> TestImport::importInto(Store &store, const QString &bundle, ImportOptions options)
{
    return BundleImporter(store).run(bundle, options);
}

void TestImport::init() { QVERIFY(m_tmp.isValid()); }

const ImportSummary &TestImport::rejectionRun()
{
    if (!m_rejectionRun) {
        auto store = openStore(QStringLiteral("rejections.db"));
        auto r = importInto(*store, dataDir(QStringLiteral("rejections")));
        if (!r)
            qFatal("rejection bundle failed: %s", qPrintable(r.message()));
        m_rejectionRun = *r;
    }
    return *m_rejectionRun;
}

// expected.txt: one "file:line:column|reason substring" per rejected row.
void TestImport::rejection_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("reason");
    QFile f(dataDir(QStringLiteral("rejections/expected.txt")));
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        QTest::newRow(qPrintable(line.left(bar))) << line.left(bar) << line.mid(bar + 1);
    }
}

void TestImport::rejection()
{
    QFETCH(QString, where);
    QFETCH(QString, reason);
    for (const Rejection &r : rejectionRun().rejections) {
        if (QStringLiteral("%1:%2:%3").arg(r.file).arg(r.line).arg(r.column) == where) {
            QVERIFY2(r.reason.contains(reason), qPrintable(r.toString()));
            return;
        }
    }
    QStringList got;
    for (const Rejection &r : rejectionRun().rejections)
        got << r.toString();
    QFAIL(qPrintable(QStringLiteral("no rejection at %1; got:\n%2").arg(where, got.join(QLatin1Char('\n')))));
}

void TestImport::rejectionsExactlyAsExpected()
{
    // Same list, same order: no extra rejection, one per row.
    QFile f(dataDir(QStringLiteral("rejections/expected.txt")));
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList expected;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            expected << line.section(QLatin1Char('|'), 0, 0);
    }
    QStringList got;
    for (const Rejection &r : rejectionRun().rejections)
        got << QStringLiteral("%1:%2:%3").arg(r.file).arg(r.line).arg(r.column);
    QCOMPARE(got, expected);
    QCOMPARE(rejectionRun().totalRejected(), qint64(expected.size()));
    QCOMPARE(rejectionRun().rejections.front().toString(),
             QStringLiteral("accounts.csv:3:created_on: unparseable date '2025-02-30' (expected YYYY-MM-DD)"));
}

void TestImport::perFileCounts()
{
    const ImportSummary &s = rejectionRun();
    struct Expect { const char *file; qint64 inserted, rejected, warnings; };
    const Expect table[] = {
        {"accounts.csv", 3, 4, 1},      // A1, A3, A2 (the second A2 is valid); "notes" is unknown
        {"campaigns.csv", 2, 4, 0},     // C1, C6 (-0 is not negative)
        {"leads.csv", 5, 8, 2},         // L1, L8, L10, L12, L13; L8 mql before created, L13 disqualified before created
        {"touches.csv", 1, 4, 0},
        {"opportunities.csv", 2, 5, 1}, // O7 closed before created
        {"revenue.csv", 1, 4, 0},
        {"spend.csv", 1, 2, 0},
        {"tickets.csv", 2, 1, 1},       // T3 resolved before opened
        {"nps.csv", 1, 3, 0},
        {"targets.csv", 3, 7, 0},       // 2026-Q1 leads, 2026-Q4 bookings 1.5e3 (money, exponent), 2026-Q4 ratio 0.6345
        {"alignment_survey.csv", 1, 4, 0},
        {"usage.csv", 2, 8, 0},         // A1 2026-02 default, A1 2026-07 basic ("+4" is 4)
    };
    for (const Expect &e : table) {
        const FileSummary &f = fileOf(s, QString::fromLatin1(e.file));
        QVERIFY2(f.present, e.file);
        QCOMPARE(f.inserted, e.inserted);
        QCOMPARE(f.rejected, e.rejected);
        QCOMPARE(f.warnings, e.warnings);
        QCOMPARE(f.updated + f.unchanged, qint64(0));
    }
    QVERIFY(fileOf(s, QStringLiteral("accounts.csv")).warningMessages.first().contains(QStringLiteral("unknown column 'notes'")));
    QVERIFY(fileOf(s, QStringLiteral("leads.csv")).warningMessages.first().startsWith(QStringLiteral("leads.csv:9: mql_at before created_at")));
    QVERIFY(s.committed);
    QCOMPARE(s.status(), QStringLiteral("partial"));
}

void TestImport::storedEncodings()
{
    auto store = openStore();
    const auto r = importInto(*store, dataDir(QStringLiteral("base")));
    QVERIFY_RESULT(r);
    QCOMPARE(r->totalRejected(), qint64(0));
    QCOMPARE(fileOf(*r, QStringLiteral("leads.csv")).inserted, qint64(4));
    QCOMPARE(fileOf(*r, QStringLiteral("leads.csv")).warnings, qint64(1)); // L4: sal_at before mql_at
    Store &s = *store;
    // 2026-02-10T08:00:00+01:00 = 07:00 UTC.
    QCOMPARE(scalar(s, QStringLiteral("SELECT created_at FROM leads WHERE lead_id='L3'")).toLongLong(), qint64(1770706800));
    QCOMPARE(scalar(s, QStringLiteral("SELECT source FROM leads WHERE lead_id='L2'")).toString(), QStringLiteral("sales"));
    QVERIFY(scalar(s, QStringLiteral("SELECT source FROM leads WHERE lead_id='L4'")).isNull());
    QVERIFY(scalar(s, QStringLiteral("SELECT account_id FROM leads WHERE lead_id='L3'")).isNull());
    QVERIFY(scalar(s, QStringLiteral("SELECT source FROM opportunities WHERE opportunity_id='O1'")).isNull());
    QCOMPARE(scalar(s, QStringLiteral("SELECT type FROM opportunities WHERE opportunity_id='O3'")).toString(), QStringLiteral("renewal"));
    QCOMPARE(scalar(s, QStringLiteral("SELECT amount FROM opportunities WHERE opportunity_id='O3'")).toLongLong(), qint64(80050));
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM revenue WHERE product='default'")).toInt(), 2);
    QCOMPARE(scalar(s, QStringLiteral("SELECT mrr FROM revenue WHERE product='addon'")).toLongLong(), qint64(5025));
    QCOMPARE(scalar(s, QStringLiteral("SELECT month FROM revenue WHERE product='addon'")).toInt(), 202603);
    QCOMPARE(scalar(s, QStringLiteral("SELECT respondent FROM nps WHERE account_id='A2'")).toString(), QString());
    QVERIFY(!scalar(s, QStringLiteral("SELECT respondent FROM nps WHERE account_id='A2'")).isNull());
    QCOMPARE(scalar(s, QStringLiteral("SELECT group_concat(period, ',') FROM (SELECT period FROM targets ORDER BY period)")).toString(),
             QStringLiteral("2026-Q1,2026-W05"));
    QCOMPARE(scalar(s, QStringLiteral("SELECT question FROM alignment_survey WHERE respondent='bob'")).toString(),
             QStringLiteral("lead_definition"));
    QCOMPARE(scalar(s, QStringLiteral("SELECT name FROM accounts WHERE account_id='A3'")).toString(), QStringLiteral("Gamma, Inc."));
    QCOMPARE(scalar(s, QStringLiteral("SELECT amount FROM spend WHERE team='sales'")).toLongLong(), qint64(700050));
    QCOMPARE(scalar(s, QStringLiteral("SELECT created_on FROM accounts WHERE account_id='A1'")).toLongLong(), qint64(1736467200));
    // The import is logged with its summary; foreign keys are enforced again afterwards.
    QCOMPARE(scalar(s, QStringLiteral("SELECT status FROM imports")).toString(), QStringLiteral("ok"));
    QVERIFY(scalar(s, QStringLiteral("SELECT summary FROM imports")).toString().contains(QStringLiteral("\"file\":\"leads.csv\"")));
    QCOMPARE(scalar(s, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

// usage.csv: an empty seats field is stored as unknown (NULL), 0 seats as 0;
// an empty product is "default"; importing the same file again changes nothing.
void TestImport::usageSeatsUnsetAndZero()
{
    const QString bundle = m_tmp.filePath(QStringLiteral("usagebundle"));
    QDir().mkpath(bundle);
    writeFile(bundle + QStringLiteral("/accounts.csv"), "account_id\nA1\n");
    writeFile(bundle + QStringLiteral("/usage.csv"),
              "Account_ID,month,product,active_users,seats\nA1,2026-01,,5,\nA1,2026-01,pro,0,0\nA1,2026-02, pro ,12,40\n");
    auto store = openStore();
    auto r = importInto(*store, bundle);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(fileOf(*r, QStringLiteral("usage.csv")).inserted, qint64(3));
    QCOMPARE(dump(*store, {QStringLiteral("usage")}),
             QStringList({QStringLiteral("usage|A1|202601|default|5|NULL"), QStringLiteral("usage|A1|202601|pro|0|0"),
                          QStringLiteral("usage|A1|202602|pro|12|40")}));
    auto again = importInto(*store, bundle);
    QVERIFY(again.ok());
    QCOMPARE(fileOf(*again, QStringLiteral("usage.csv")).unchanged, qint64(3));
}

void TestImport::reimportIsUnchanged()
{
    auto store = openStore();
    QVERIFY(importInto(*store, dataDir(QStringLiteral("base"))).ok());
    const QStringList before = dump(*store, kDataTables);
    const auto again = importInto(*store, dataDir(QStringLiteral("base")));
    QVERIFY(again.ok());
    for (const FileSummary &f : again->files) {
        QCOMPARE(f.inserted + f.updated + f.rejected, qint64(0));
    }
    QCOMPARE(fileOf(*again, QStringLiteral("leads.csv")).unchanged, qint64(4));
    QCOMPARE(fileOf(*again, QStringLiteral("touches.csv")).unchanged, qint64(3));
    QCOMPARE(dump(*store, kDataTables), before);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM imports")).toInt(), 2);
}

void TestImport::changedRowIsUpdated()
{
    auto store = openStore();
    QVERIFY(importInto(*store, dataDir(QStringLiteral("base"))).ok());
    const QString bundle = m_tmp.filePath(QStringLiteral("changed"));
    copyBundle(dataDir(QStringLiteral("base")), bundle, {QStringLiteral("accounts.csv")});
    writeFile(bundle + QStringLiteral("/accounts.csv"),
              "account_id,name\nA1,Acme Renamed\nA2,Beta\nA4,Delta\n"); // segment etc. absent: kept
    const auto r = importInto(*store, bundle);
    QVERIFY(r.ok());
    const FileSummary &f = fileOf(*r, QStringLiteral("accounts.csv"));
    QCOMPARE(f.updated, qint64(1));
    QCOMPARE(f.unchanged, qint64(1));
    QCOMPARE(f.inserted, qint64(1));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT name || '/' || segment FROM accounts WHERE account_id='A1'")).toString(),
             QStringLiteral("Acme Renamed/SMB"));
}

void TestImport::referenceToEarlierImport()
{
    auto store = openStore();
    QVERIFY(importInto(*store, dataDir(QStringLiteral("base"))).ok());
    const QString bundle = m_tmp.filePath(QStringLiteral("later"));
    QDir().mkpath(bundle);
    writeFile(bundle + QStringLiteral("/accounts.csv"), "account_id\n");
    writeFile(bundle + QStringLiteral("/leads.csv"), "lead_id,account_id,campaign_id,created_at\nL50,A2,C1,2026-04-01\nL51,A77,,2026-04-01\n");
    writeFile(bundle + QStringLiteral("/touches.csv"), "lead_id,campaign_id,touched_at\nL1,C2,2026-04-02\nL50,C1,2026-04-02\n");
    const auto r = importInto(*store, bundle);
    QVERIFY(r.ok());
    QCOMPARE(fileOf(*r, QStringLiteral("leads.csv")).inserted, qint64(1));
    QCOMPARE(fileOf(*r, QStringLiteral("touches.csv")).inserted, qint64(2));
    QCOMPARE(r->rejections.size(), std::size_t(1));
    QCOMPARE(r->rejections.front().toString(),
             QStringLiteral("leads.csv:3:account_id: unknown account 'A77' (not in accounts.csv nor in the store)"));
}

void TestImport::strictRollsBack()
{
    auto store = openStore();
    QVERIFY(importInto(*store, dataDir(QStringLiteral("base"))).ok());
    const QStringList before = dump(*store, kDataTables);
    ImportOptions o;
    o.strict = true;
    const auto r = importInto(*store, dataDir(QStringLiteral("rejections")), o);
    QVERIFY(r.ok());
    QVERIFY(!r->committed);
    QCOMPARE(r->status(), QStringLiteral("rolled_back"));
    // 45 on an empty store; here C2 and L2, rejected in the bundle, exist in the
    // store, so leads.csv:4 and touches.csv:3 refer to stored rows and pass.
    QCOMPARE(r->totalRejected(), rejectionRun().totalRejected() - 2);
    QCOMPARE(dump(*store, kDataTables), before);
    // The attempt itself is in the log, with its rejections.
    QCOMPARE(scalar(*store, QStringLiteral("SELECT status FROM imports ORDER BY import_id DESC LIMIT 1")).toString(),
             QStringLiteral("rolled_back"));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM import_rejections")).toLongLong(), r->totalRejected());
}

void TestImport::dryRunWritesNothing()
{
    auto store = openStore();
    QVERIFY(importInto(*store, dataDir(QStringLiteral("base"))).ok());
    const QStringList before = dumpAll(*store);
    const auto r = BundleImporter(*store).validate(dataDir(QStringLiteral("rejections")), {});
    QVERIFY(r.ok());
    QVERIFY(r->dryRun);
    QVERIFY(!r->committed);
    QCOMPARE(r->importId, qint64(0));
    QCOMPARE(dumpAll(*store), before);
    // Same counts as a real run on this store (see strictRollsBack for the 2).
    QCOMPARE(r->totalRejected(), rejectionRun().totalRejected() - 2);
    const FileSummary &acc = fileOf(*r, QStringLiteral("accounts.csv"));
    QCOMPARE(acc.inserted + acc.updated + acc.unchanged, qint64(3));
    QCOMPARE(acc.unchanged, qint64(1)); // A1 is the same row as in the base bundle
    QCOMPARE(acc.updated, qint64(2));   // A2 and A3 differ
}

void TestImport::missingRequiredColumn()
{
    auto store = openStore();
    QVERIFY(importInto(*store, dataDir(QStringLiteral("base"))).ok());
    const QStringList before = dumpAll(*store);
    const QString bundle = m_tmp.filePath(QStringLiteral("nocol"));
    copyBundle(dataDir(QStringLiteral("base")), bundle, {QStringLiteral("accounts.csv"), QStringLiteral("campaigns.csv")});
    writeFile(bundle + QStringLiteral("/leads.csv"), "lead_id,email,Account_Id\nL90,x@y.z,A1\n");
    const auto r = importInto(*store, bundle);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Validation);
    QCOMPARE(r.message(), QStringLiteral("leads.csv: missing required column 'created_at'; the file is rejected and nothing was imported"));
    QCOMPARE(dumpAll(*store), before);
}

void TestImport::missingAccounts()
{
    auto store = openStore();
    const QString bundle = m_tmp.filePath(QStringLiteral("noaccounts"));
    copyBundle(dataDir(QStringLiteral("base")), bundle, {QStringLiteral("leads.csv")});
    const auto r = importInto(*store, bundle);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(r.message().contains(QStringLiteral("accounts.csv")));
    const auto missing = importInto(*store, m_tmp.filePath(QStringLiteral("no-such-folder")));
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestImport::onlyAccountsIsFine()
{
    auto store = openStore();
    const QString bundle = m_tmp.filePath(QStringLiteral("onlyaccounts"));
    copyBundle(dataDir(QStringLiteral("base")), bundle, {QStringLiteral("accounts.csv")});
    const auto r = importInto(*store, bundle);
    QVERIFY(r.ok());
    QCOMPARE(r->totalRejected(), qint64(0));
    QVERIFY(fileOf(*r, QStringLiteral("accounts.csv")).present);
    QVERIFY(!fileOf(*r, QStringLiteral("leads.csv")).present);
    QCOMPARE(r->files.size(), std::size_t(12));
}

void TestImport::unterminatedQuote()
{
    auto store = openStore();
    const QString bundle = m_tmp.filePath(QStringLiteral("quote"));
    QDir().mkpath(bundle);
    writeFile(bundle + QStringLiteral("/accounts.csv"), "account_id,name\nA1,ok\nA2,\"never closed\nA3,x\n");
    const auto r = importInto(*store, bundle);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Parse);
    QVERIFY2(r.message().startsWith(QStringLiteral("accounts.csv:3: unterminated quoted field")), qPrintable(r.message()));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 0);
}

// A broken record after many queued batches: the error returns while the
// writer is still counting rows into the file summaries (this once read them
// after they were freed; the sanitizer build runs this test).
void TestImport::parseErrorWhileWriting()
{
    auto store = openStore();
    const QString bundle = m_tmp.filePath(QStringLiteral("late-quote"));
    QDir().mkpath(bundle);
    writeFile(bundle + QStringLiteral("/accounts.csv"), "account_id\nA1\n");
    QByteArray leads("lead_id,email,account_id,persona,channel,owner,created_at,disqualified_reason\n");
    const int rows = 40000;
    for (int i = 0; i < rows; ++i)
        leads += "L" + QByteArray::number(i) + ",a" + QByteArray::number(i) + "@example.com,A1,CFO,web,o,2026-01-01T10:00:00Z,\n";
    writeFile(bundle + QStringLiteral("/leads.csv"), leads);
    QVERIFY(importInto(*store, bundle).ok()); // stored: a re-import counts unchanged rows
    const QStringList before = dumpAll(*store);
    writeFile(bundle + QStringLiteral("/leads.csv"), leads + "L-last,\"never closed\n");
    const auto r = importInto(*store, bundle);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Parse);
    QVERIFY2(r.message().startsWith(QStringLiteral("leads.csv:%1: unterminated quoted field").arg(rows + 2)), qPrintable(r.message()));
    QCOMPARE(dumpAll(*store), before);
}

void TestImport::cancelLeavesStoreUnchanged()
{
    auto store = openStore();
    QVERIFY(importInto(*store, dataDir(QStringLiteral("base"))).ok());
    const QStringList before = dumpAll(*store);
    ImportOptions o;
    int polls = 0;
    o.progress = [&](qint64, qint64, const QString &) { return ++polls <= 4; }; // a few files in
    const auto r = importInto(*store, dataDir(QStringLiteral("rejections")), o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(dumpAll(*store), before);
}

void TestImport::progressReachesOne()
{
    auto store = openStore();
    ImportOptions o;
    std::vector<qint64> seen;
    qint64 total = -1;
    QStringList stages;
    o.progress = [&](qint64 done, qint64 all, const QString &stage) {
        seen.push_back(done);
        total = all;
        if (!stages.contains(stage))
            stages << stage;
        return true;
    };
    QVERIFY(importInto(*store, dataDir(QStringLiteral("base")), o).ok());
    QVERIFY(seen.size() >= 11);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(total > 0);
    QCOMPARE(seen.back(), total); // bytes of the whole bundle
    QVERIFY2(stages.contains(QStringLiteral("leads.csv")) && stages.last() == QLatin1String("done"),
             qPrintable(stages.join(QLatin1Char(','))));
}

void TestImport::rejectionLogIsCapped()
{
    auto store = openStore();
    const QString bundle = m_tmp.filePath(QStringLiteral("many"));
    QDir().mkpath(bundle);
    QByteArray accounts("account_id,created_on\n");
    for (int i = 0; i < 1200; ++i)
        accounts += "A" + QByteArray::number(i) + ",not-a-date\n";
    accounts += "OK,2026-01-01\n";
    writeFile(bundle + QStringLiteral("/accounts.csv"), accounts);
    const auto r = importInto(*store, bundle);
    QVERIFY(r.ok());
    QCOMPARE(r->rejections.size(), std::size_t(1200));
    QCOMPARE(r->rejections.back().line, qint64(1201));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM import_rejections")).toInt(), BundleImporter::kMaxStoredRejections);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 1);
}

void TestImport::largeFileKeepsIndexes()
{
    // Big enough for the importer to drop and rebuild the secondary indexes.
    auto store = openStore();
    const QString bundle = m_tmp.filePath(QStringLiteral("large"));
    QDir().mkpath(bundle);
    writeFile(bundle + QStringLiteral("/accounts.csv"), "account_id\nA1\nA2\n");
    QByteArray leads("lead_id,email,account_id,persona,channel,owner,created_at,disqualified_reason\n");
    for (int i = 0; i < 15000; ++i)
        leads += "L" + QByteArray::number(i) + ",someone" + QByteArray::number(i) + "@example.com,A" + QByteArray::number(1 + i % 2)
                 + ",CFO,web,owner,2026-01-01T10:00:00Z,\n";
    writeFile(bundle + QStringLiteral("/leads.csv"), leads);
    const QString indexes = QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                           "WHERE type='index' AND tbl_name='leads' AND sql IS NOT NULL ORDER BY name)");
    const QString before = scalar(*store, indexes).toString();
    QCOMPARE(before, QStringLiteral("leads_account"));
    QVERIFY(BundleImporter(*store).validate(bundle, {}).ok());
    QCOMPARE(scalar(*store, indexes).toString(), before);
    const auto r = importInto(*store, bundle);
    QVERIFY(r.ok());
    QCOMPARE(fileOf(*r, QStringLiteral("leads.csv")).inserted, qint64(15000));
    QCOMPARE(scalar(*store, indexes).toString(), before);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM leads INDEXED BY leads_account WHERE account_id='A2'")).toInt(), 7500);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestImport::runsOnWorkerThread()
{
    // As the import dialog runs it: a worker thread with its own Store
    // connection, progress reported from there, cancel from here.
    const QString path = m_tmp.filePath(QStringLiteral("worker.db"));
    const QString bundle = dataDir(QStringLiteral("base"));
    std::atomic<bool> cancel{false};
    std::atomic<int> progressCalls{0};
    auto work = [&](bool cancelled) {
        cancel = cancelled;
        return QtConcurrent::run([&, path, bundle]() -> QString {
            auto store = Store::open(path);
            if (!store)
                return store.message();
            ImportOptions o;
            o.progress = [&](qint64, qint64, const QString &) {
                ++progressCalls;
                return !cancel.load();
            };
            const auto r = BundleImporter(**store).run(bundle, o);
            return r ? QStringLiteral("ok %1").arg(r->totalWritten()) : r.message();
        });
    };
    QFuture<QString> cancelled = work(true);
    QCOMPARE(cancelled.result(), QStringLiteral("import cancelled; the store is unchanged"));
    QFuture<QString> done = work(false);
    QCOMPARE(done.result(), QStringLiteral("ok 28"));
    QVERIFY(progressCalls > 0);
    auto store = openStore(QStringLiteral("worker.db"));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM leads")).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"

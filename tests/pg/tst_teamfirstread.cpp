// The first read of a team store on a laptop without its offline copy: the
// importing client leaves the snapshot of the imported data on the server
// (revalign.snapshot_cache), and a KPI verb answers from it — the same bytes
// as a laptop store of the same bundles — without copying the rows. A stale,
// foreign or damaged snapshot, or a server without the table, sends the
// read through the offline copy with the right numbers.
#include "teamtesthelpers.h"
#include "support/revalign.h"

#include "pgstore/teamstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace ra;
using namespace ra::testing;

class TestTeamFirstRead : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importPublishesTheSnapshot();
    void firstReadAnswersWithoutCopy();
    void importWhileReadingIsBeforeOrAfter();
    void unusableSnapshotFallsBack_data();
    void unusableSnapshotFallsBack();
    void viewerReadsAndWritesNothing();
    void serverWithoutTheTableGetsIt();

private:
    QString teamWith(const QString &name, const QString &bundle);
    QString laptopWith(const QString &name, const QString &bundle);
    QString keptRows(const QString &db) const;
    QString psql(const QString &sql, const QString &db) const;

    PgTestServer m_server;
    QTemporaryDir m_tmp;
    QString m_demo;
    const QString m_base = QStringLiteral(RA_TEST_DATA_DIR "/import/base");
};

namespace {

CliRun kpis(const QString &db, const QString &period, const QStringList &filter = {})
{
    return runRevalign(QStringList{QStringLiteral("kpis"), QStringLiteral("--period"), period, QStringLiteral("--json"),
                                   QStringLiteral("--db"), db}
                       + filter);
}

} // namespace

void TestTeamFirstRead::initTestCase()
{
    const Status s = m_server.start();
    QVERIFY2(s.ok(), qPrintable(s.message()));
    m_demo = demoBundle(m_tmp, 20000);
    QVERIFY(!m_demo.isEmpty());
}

QString TestTeamFirstRead::teamWith(const QString &name, const QString &bundle)
{
    const QString team = freshDatabase(m_server, name);
    const CliRun r = runRevalign({QStringLiteral("import"), bundle, QStringLiteral("--db"), team});
    forgetOfflineCopy(team); // the reads below are another laptop's
    return r.exitCode == 0 ? team : QString();
}

QString TestTeamFirstRead::laptopWith(const QString &name, const QString &bundle)
{
    const QString path = m_tmp.filePath(name + QStringLiteral(".db"));
    const CliRun r = runRevalign({QStringLiteral("import"), bundle, QStringLiteral("--db"), path});
    return r.exitCode == 0 ? path : QString();
}

QString TestTeamFirstRead::psql(const QString &sql, const QString &db) const
{
    const Result<QString> r = m_server.psql(sql, db);
    return r ? r.value() : QStringLiteral("error: ") + r.message();
}

// "kept current": how many snapshots the server keeps, and how many of them
// are of its current data state.
QString TestTeamFirstRead::keptRows(const QString &db) const
{
    return psql(QStringLiteral("SELECT count(*) || ' kept ' || count(*) FILTER (WHERE c.data_version = d.version "
                               "AND c.data_stamp = d.stamp) || ' current' FROM revalign.snapshot_cache c, revalign.data_state d"),
                db);
}

void TestTeamFirstRead::importPublishesTheSnapshot()
{
    const QString team = teamWith(QStringLiteral("published"), m_base);
    QVERIFY(!team.isEmpty());
    QCOMPARE(keptRows(QStringLiteral("published")), QStringLiteral("1 kept 1 current"));
    // The next import replaces it with the snapshot of its own data state.
    QCOMPARE(runRevalign({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/rejections"), QStringLiteral("--db"), team}).exitCode, 1);
    QCOMPARE(keptRows(QStringLiteral("published")), QStringLiteral("1 kept 1 current"));
    // A dry run changes nothing, the snapshot included.
    const QString before = psql(QStringLiteral("SELECT md5(bytes) FROM revalign.snapshot_cache"), QStringLiteral("published"));
    QCOMPARE(runRevalign({QStringLiteral("import"), m_base, QStringLiteral("--dry-run"), QStringLiteral("--db"), team}).exitCode, 0);
    QCOMPARE(psql(QStringLiteral("SELECT md5(bytes) FROM revalign.snapshot_cache"), QStringLiteral("published")), before);
}

void TestTeamFirstRead::firstReadAnswersWithoutCopy()
{
    const QString team = teamWith(QStringLiteral("firstread"), m_demo);
    const QString laptop = laptopWith(QStringLiteral("firstread-laptop"), m_demo);
    QVERIFY(!team.isEmpty() && !laptop.isEmpty());
    const QString copy = programCopyPath(team);
    const QString note = firstReadNotePath(copy);
    const QList<QStringList> filters{{},
                                     {QStringLiteral("--persona"), QStringLiteral("CFO")},
                                     {QStringLiteral("--segment"), QStringLiteral("Enterprise"), QStringLiteral("--channel"),
                                      QStringLiteral("paid")}};
    for (const QString &period : {QStringLiteral("2026-11"), QStringLiteral("2026-Q3"), QStringLiteral("2026")}) {
        for (const QStringList &filter : filters) {
            QFile::remove(note); // each of these is a first read
            const CliRun fromServer = kpis(team, period, filter);
            QVERIFY2(fromServer.exitCode == 0, qPrintable(fromServer.err));
            const CliRun reference = kpis(laptop, period, filter);
            QVERIFY2(fromServer.out.contains(QLatin1String("\"kpis\"")), qPrintable(fromServer.out));
            QCOMPARE(fromServer.out, reference.out);
            QVERIFY2(!QFileInfo::exists(copy), qPrintable(period + filter.join(QLatin1Char(' '))));
            QVERIFY(QFileInfo::exists(note));
        }
    }
    // The next read makes the offline copy, answers the same and drops the note.
    const CliRun next = kpis(team, QStringLiteral("2026-11"));
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QCOMPARE(next.out, kpis(laptop, QStringLiteral("2026-11")).out);
    QVERIFY(QFileInfo::exists(copy));
    QVERIFY(!QFileInfo::exists(note));
}

void TestTeamFirstRead::importWhileReadingIsBeforeOrAfter()
{
    // First reads while an import commits: each answers with the data before
    // it or after it (rows, settings and snapshot come from one transaction).
    const QString team = teamWith(QStringLiteral("during"), m_base);
    const QString laptop = laptopWith(QStringLiteral("during-laptop"), m_base);
    QVERIFY(!team.isEmpty() && !laptop.isEmpty());
    const QString period = QStringLiteral("2026-10");
    const QString before = kpis(laptop, period).out;
    QCOMPARE(runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), laptop}).exitCode, 0);
    const QString after = kpis(laptop, period).out;
    QVERIFY(before != after);
    const QString copy = programCopyPath(team);
    QProcess import;
    import.start(revalignBin(), {QStringLiteral("import"), m_demo, QStringLiteral("--db"), team});
    QVERIFY(import.waitForStarted());
    QStringList seen;
    do {
        QFile::remove(firstReadNotePath(copy));
        const CliRun r = kpis(team, period);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        seen << r.out;
    } while (!import.waitForFinished(1));
    QCOMPARE(import.exitCode(), 0);
    QFile::remove(firstReadNotePath(copy));
    seen << kpis(team, period).out;
    QCOMPARE(seen.constLast(), after);
    for (const QString &answer : seen)
        QVERIFY2(answer == before || answer == after, "a first read saw part of an import");
    QVERIFY(seen.size() > 2);
    QVERIFY(!QFileInfo::exists(copy)); // every one of them from the server's snapshot
}

void TestTeamFirstRead::unusableSnapshotFallsBack_data()
{
    QTest::addColumn<QString>("change"); // SQL run on the server after the import; empty: a settings change
    QTest::newRow("stale: a settings change since the import") << QString();
    // One byte flipped a third into the file, inside the snapshot's parts (the
    // health matrix's sections at the end are read only when asked for): a
    // section's checksum no longer matches.
    QTest::newRow("damaged") << QStringLiteral("UPDATE revalign.snapshot_cache SET bytes = set_byte(bytes, "
                                               "octet_length(bytes) / 3, 255 - get_byte(bytes, octet_length(bytes) / 3))");
    // As if an admin on a big-endian machine had imported last.
    QTest::newRow("another kind of machine") << QStringLiteral("UPDATE revalign.snapshot_cache SET abi = 'sparc64-big_endian-lp64'");
}

void TestTeamFirstRead::unusableSnapshotFallsBack()
{
    QFETCH(QString, change);
    static int n = 0;
    const QString db = QStringLiteral("unusable%1").arg(++n);
    const QString team = teamWith(db, m_base);
    const QString laptop = laptopWith(db + QStringLiteral("-laptop"), m_base);
    QVERIFY(!team.isEmpty() && !laptop.isEmpty());
    QCOMPARE(keptRows(db), QStringLiteral("1 kept 1 current"));
    if (change.isEmpty()) { // a new data state: the kept snapshot is of the one before
        for (const QString &store : {team, laptop})
            QCOMPARE(runRevalign({QStringLiteral("settings"), QStringLiteral("sla_hours"), QStringLiteral("8"), QStringLiteral("--db"), store}).exitCode, 0);
        QCOMPARE(keptRows(db), QStringLiteral("1 kept 0 current"));
    } else {
        QVERIFY(m_server.psql(change, db).ok());
    }
    const CliRun r = kpis(team, QStringLiteral("2026-11"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, kpis(laptop, QStringLiteral("2026-11")).out);
    QVERIFY(QFileInfo::exists(programCopyPath(team))); // read through the copy
}

void TestTeamFirstRead::viewerReadsAndWritesNothing()
{
    const QString team = teamWith(QStringLiteral("viewed"), m_base);
    const QString laptop = laptopWith(QStringLiteral("viewed-laptop"), m_base);
    QVERIFY(!team.isEmpty() && !laptop.isEmpty());
    QVERIFY(m_server.psql(QStringLiteral("CREATE ROLE dave LOGIN; GRANT USAGE ON SCHEMA revalign TO dave; "
                                         "GRANT SELECT ON ALL TABLES IN SCHEMA revalign TO dave"),
                          QStringLiteral("viewed"))
                .ok());
    const QString kept = QStringLiteral("SELECT md5(string_agg(c::text, '')) FROM revalign.snapshot_cache c");
    const QString before = serverFingerprint(m_server, QStringLiteral("viewed")) + dataVersion(m_server, QStringLiteral("viewed"))
        + psql(kept, QStringLiteral("viewed"));
    const QString viewer = m_server.uri(QStringLiteral("viewed"), QStringLiteral("dave"));
    const CliRun r = kpis(viewer, QStringLiteral("2026-11"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, kpis(laptop, QStringLiteral("2026-11")).out);
    QVERIFY(!QFileInfo::exists(programCopyPath(viewer))); // from the server's snapshot
    QCOMPARE(serverFingerprint(m_server, QStringLiteral("viewed")) + dataVersion(m_server, QStringLiteral("viewed"))
                 + psql(kept, QStringLiteral("viewed")),
             before);
}

void TestTeamFirstRead::serverWithoutTheTableGetsIt()
{
    // A server set up before the snapshot was kept: reads go through the
    // copy; an admin's next connection adds the table, the next import fills it.
    const QString team = teamWith(QStringLiteral("older"), m_base);
    const QString laptop = laptopWith(QStringLiteral("older-laptop"), m_base);
    QVERIFY(!team.isEmpty() && !laptop.isEmpty());
    QVERIFY(m_server.psql(QStringLiteral("DROP TABLE revalign.snapshot_cache"), QStringLiteral("older")).ok());
    const CliRun r = kpis(team, QStringLiteral("2026-11"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, kpis(laptop, QStringLiteral("2026-11")).out);
    QCOMPARE(keptRows(QStringLiteral("older")), QStringLiteral("0 kept 0 current"));
    QCOMPARE(runRevalign({QStringLiteral("import"), m_base, QStringLiteral("--db"), team}).exitCode, 0);
    QCOMPARE(keptRows(QStringLiteral("older")), QStringLiteral("1 kept 1 current"));
}

QTEST_GUILESS_MAIN(TestTeamFirstRead)
#include "tst_teamfirstread.moc"

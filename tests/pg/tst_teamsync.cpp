// `revalign sync`: a laptop copy of a team store, first in full, then only
// what later imports changed; an interrupted sync leaves the copy as it was.
#include "teamtesthelpers.h"
#include "support/revalign.h"

#include "pgstore/teamstore.h"

#include <QTest>
#include <csignal>

using namespace ra;
using namespace ra::testing;

class TestTeamSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstThenIncremental();
    void settingsFollow();
    void interruptedSyncLeavesCopy();
    void unreachableServerExits2();
    void verbsReadTheSharedCopy();

private:
    CliRun sync(const QString &team, const QString &local)
    {
        return runRevalign({QStringLiteral("sync"), QStringLiteral("--from"), team, QStringLiteral("--db"), local});
    }

    PgTestServer m_server;
    QTemporaryDir m_tmp;
    QString m_demo;
};

void TestTeamSync::initTestCase()
{
    const Status s = m_server.start();
    QVERIFY2(s.ok(), qPrintable(s.message()));
    m_demo = demoBundle(m_tmp, 20000);
    QVERIFY(!m_demo.isEmpty());
}

void TestTeamSync::firstThenIncremental()
{
    const QString team = freshDatabase(m_server, QStringLiteral("synced"));
    QVERIFY(runRevalign({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/base"), QStringLiteral("--db"), team}).exitCode == 0);
    const QString local = m_tmp.filePath(QStringLiteral("laptop.db"));
    CliRun r = sync(team, local);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("full sync")), qPrintable(r.out));
    QCOMPARE(exported(m_tmp, local), exported(m_tmp, team));
    QVERIFY(integrityOk(local));
    // A first copy builds its secondary indexes after the rows: all of them are back.
    const QString laptop = m_tmp.filePath(QStringLiteral("synced-laptop.db"));
    QVERIFY(runRevalign({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/base"), QStringLiteral("--db"), laptop}).exitCode == 0);
    const char *indexes = "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE type = 'index' ORDER BY name)";
    QVERIFY(rawScalar(laptop, indexes).contains(QLatin1String("leads_account")));
    QCOMPARE(rawScalar(local, indexes), rawScalar(laptop, indexes));
    const std::optional<SyncRecord> record = lastSync(local);
    QVERIFY(record.has_value());
    QVERIFY(record->syncedAt.isValid());
    QVERIFY(record->server.contains(QLatin1String("/synced")));

    // Nothing new: nothing but the settings is copied.
    r = sync(team, local);
    QVERIFY2(r.out.startsWith(QLatin1String("incremental sync")), qPrintable(r.out));

    // Another import (the messy bundle updates some rows, adds others).
    QVERIFY(runRevalign({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/rejections"), QStringLiteral("--db"), team}).exitCode == 1);
    r = sync(team, local);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("incremental sync")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("up to import #2")), qPrintable(r.out));
    QCOMPARE(exported(m_tmp, local), exported(m_tmp, team));
    // The imports log and its rejections came along too.
    QCOMPARE(rawScalar(local, "SELECT count(*) FROM imports"), QStringLiteral("2"));
    QCOMPARE(rawScalar(local, "SELECT count(*) FROM import_rejections"),
             m_server.psql(QStringLiteral("SELECT count(*) FROM revalign.import_rejections"), QStringLiteral("synced")).value());
    // The copy opens like any store: the KPIs agree with the server's.
    const QStringList kpis{QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--json"), QStringLiteral("--db")};
    QCOMPARE(runRevalign(kpis + QStringList{local}).out, runRevalign(kpis + QStringList{team}).out);
}

void TestTeamSync::settingsFollow()
{
    const QString team = freshDatabase(m_server, QStringLiteral("settingsync"));
    QVERIFY(runRevalign({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/base"), QStringLiteral("--db"), team}).exitCode == 0);
    const QString local = m_tmp.filePath(QStringLiteral("settings.db"));
    QVERIFY(sync(team, local).exitCode == 0);
    const CliRun set = runRevalign({QStringLiteral("settings"), QStringLiteral("sla_hours"), QStringLiteral("8"), QStringLiteral("--db"), team});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(set.out.trimmed(), QStringLiteral("8"));
    QVERIFY(sync(team, local).exitCode == 0);
    QCOMPARE(runRevalign({QStringLiteral("settings"), QStringLiteral("sla_hours"), QStringLiteral("--db"), local}).out.trimmed(),
             QStringLiteral("8"));
    const CliRun bad = runRevalign({QStringLiteral("settings"), QStringLiteral("sla_hours"), QStringLiteral("-3"), QStringLiteral("--db"), team});
    QCOMPARE(bad.exitCode, 2);
}

void TestTeamSync::interruptedSyncLeavesCopy()
{
    const QString team = freshDatabase(m_server, QStringLiteral("interrupted"));
    QVERIFY(runRevalign({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/base"), QStringLiteral("--db"), team}).exitCode == 0);
    const QString local = m_tmp.filePath(QStringLiteral("interrupted.db"));
    QVERIFY(sync(team, local).exitCode == 0);
    const QByteArray before = contentHash(local);
    QVERIFY(runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), team}).exitCode == 0);

    // Killed once it has started copying rows.
    QProcess p;
    p.setReadChannel(QProcess::StandardError); // what waitForReadyRead waits for
    p.start(revalignBin(), {QStringLiteral("sync"), QStringLiteral("--from"), team, QStringLiteral("--db"), local, QStringLiteral("--progress")});
    QVERIFY(p.waitForStarted());
    QByteArray err;
    while (!err.contains("syncing") && p.state() == QProcess::Running && p.waitForReadyRead(20000))
        err += p.readAllStandardError();
    QVERIFY2(p.state() == QProcess::Running, "the sync ended before it could be interrupted");
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    QCOMPARE(contentHash(local), before);
    QVERIFY(integrityOk(local));

    // A first sync killed midway leaves no copy at all.
    const QString fresh = m_tmp.filePath(QStringLiteral("fresh.db"));
    QProcess q;
    q.setReadChannel(QProcess::StandardError);
    q.start(revalignBin(), {QStringLiteral("sync"), QStringLiteral("--from"), team, QStringLiteral("--db"), fresh, QStringLiteral("--progress")});
    QVERIFY(q.waitForStarted());
    err.clear();
    while (!err.contains("syncing") && q.state() == QProcess::Running && q.waitForReadyRead(20000))
        err += q.readAllStandardError();
    QVERIFY2(q.state() == QProcess::Running, "the first sync ended before it could be interrupted");
    ::kill(pid_t(q.processId()), SIGKILL);
    q.waitForFinished();
    QVERIFY(!QFileInfo::exists(fresh));

    // The next sync completes both.
    QVERIFY(sync(team, local).exitCode == 0);
    QVERIFY(sync(team, fresh).exitCode == 0);
    QCOMPARE(exported(m_tmp, local), exported(m_tmp, team));
    QCOMPARE(exported(m_tmp, fresh), exported(m_tmp, team));
}

void TestTeamSync::unreachableServerExits2()
{
    const QString local = m_tmp.filePath(QStringLiteral("nowhere.db"));
    // A port nobody listens on: the server's own, with a socket folder that does not exist.
    const CliRun r = sync(QStringLiteral("postgresql:///revalign?host=%2Fnonexistent-revalign&port=%1").arg(m_server.port()), local);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("cannot reach")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(local));
}

void TestTeamSync::verbsReadTheSharedCopy()
{
    // The read verbs bring the team store's offline copy (offlineCopyPath,
    // under XDG_DATA_HOME — the fixture's folder here) up to date and read
    // it. The first read on a machine answers from the server's snapshot
    // (tst_teamfirstread) and the next makes the copy: two of those at once
    // both answer, one copy is kept, no half-made copy is left behind.
    const QString team = freshDatabase(m_server, QStringLiteral("shared"));
    QVERIFY(runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), team}).exitCode == 0);
    forgetOfflineCopy(team); // the importer's: the reads below are another laptop's
    const QString copy = programCopyPath(team);
    QVERIFY2(copy.startsWith(qEnvironmentVariable("XDG_DATA_HOME")), qPrintable(copy));
    QVERIFY(!QFileInfo::exists(copy));
    const QStringList kpis{QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--json"),
                           QStringLiteral("--db"), team};
    const CliRun first = runRevalign(kpis);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(!QFileInfo::exists(copy));
    QProcess a, b;
    a.start(revalignBin(), kpis);
    b.start(revalignBin(), kpis);
    QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
    QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
    QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
    const QByteArray answer = a.readAllStandardOutput();
    QVERIFY(answer.contains("\"kpis\""));
    QCOMPARE(first.out.toUtf8(), answer);
    QCOMPARE(b.readAllStandardOutput(), answer);
    QCOMPARE(QDir(QFileInfo(copy).path()).entryList({QStringLiteral("*.sync-part*")}, QDir::Files), QStringList());
    QCOMPARE(rawScalar(copy, "PRAGMA integrity_check"), QStringLiteral("ok"));
    // A later import is seen by the next verb (the copy is synced, its cache
    // keyed by the copy's data version).
    QVERIFY(runRevalign({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/rejections"), QStringLiteral("--db"), team}).exitCode <= 1);
    const QString reference = m_tmp.filePath(QStringLiteral("shared-reference.db"));
    QVERIFY(runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), reference}).exitCode == 0);
    QVERIFY(runRevalign({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/rejections"), QStringLiteral("--db"), reference}).exitCode <= 1);
    const CliRun now = runRevalign(kpis);
    QVERIFY2(now.exitCode == 0, qPrintable(now.err));
    QCOMPARE(now.out, runRevalign(kpis.mid(0, 5) + QStringList{reference}).out);
    QVERIFY(now.out.toUtf8() != answer);
}

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"

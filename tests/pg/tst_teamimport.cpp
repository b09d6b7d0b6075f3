// Imports into a team store under concurrency and faults, against a real
// server: two imports at once, an import while a snapshot loads, the client
// killed at several points, the server stopped mid-import, a viewer, a wrong
// password, a lock held by someone else.
#include "teamtesthelpers.h"
#include "support/revalign.h"

#include "pgstore/pgschema.h"
#include "pgstore/teamimport.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace ra;
using namespace ra::testing;

class TestTeamImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoImportsAtOnceBothLand();
    void snapshotSeesBeforeOrAfter();
    void killedClientLeavesServerBeforeOrAfter();
    void killedFirstImportLeavesServerEmpty();
    void serverStoppedMidImport();
    void serverStoppedMidFirstImport();
    void viewerCannotImport();
    void wrongPasswordExits2();
    void lockHolderIsNamed();
    void dryRunChangesNothing();
    void exportsAreRefused();
    void writesCountInDataVersion();
    void firstImportKeepsKeysAndIndexes();
    void firstImportKeepsEveryCharacter();
    void serverStepsAreReported();
    void foreignOfflineCopyIsNotTrusted();

private:
    QProcess *startImport(const QString &bundle, const QString &db, QObject *parent);
    QString teamWithBase(const QString &db); // a new database with the base fixture imported; its URI
    QString teamWithSchema(const QString &db); // a new database with the tables but no rows; its URI
    QString keysAndIndexes(const QString &db);  // every constraint and index of the revalign schema
    void stopServerDuringImport(const QString &db, const QString &team);

    PgTestServer m_server;
    QTemporaryDir m_tmp;
    QString m_base = QStringLiteral(RA_TEST_DATA_DIR "/import/base");
    QString m_demo; // 20000 leads: an import long enough to interrupt
};

void TestTeamImport::initTestCase()
{
    const Status s = m_server.start();
    QVERIFY2(s.ok(), qPrintable(s.message()));
    m_demo = demoBundle(m_tmp, 20000);
    QVERIFY(!m_demo.isEmpty());
}

QProcess *TestTeamImport::startImport(const QString &bundle, const QString &db, QObject *parent)
{
    auto *p = new QProcess(parent);
    p->start(revalignBin(), {QStringLiteral("import"), bundle, QStringLiteral("--db"), db});
    return p;
}

QString TestTeamImport::teamWithBase(const QString &db)
{
    const QString team = freshDatabase(m_server, db);
    return !team.isEmpty() && runRevalign({QStringLiteral("import"), m_base, QStringLiteral("--db"), team}).exitCode == 0 ? team
                                                                                                                        : QString();
}

QString TestTeamImport::teamWithSchema(const QString &db)
{
    // A dry run sets up the schema and keeps nothing else.
    const QString team = freshDatabase(m_server, db);
    return !team.isEmpty() && runRevalign({QStringLiteral("import"), m_base, QStringLiteral("--db"), team, QStringLiteral("--dry-run")}).exitCode == 0
        ? team
        : QString();
}

QString TestTeamImport::keysAndIndexes(const QString &db)
{
    const Result<QString> r = m_server.psql(
        QStringLiteral("SELECT string_agg(d, '; ' ORDER BY d) FROM ("
                       "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d FROM pg_constraint "
                       "WHERE connamespace = 'revalign'::regnamespace UNION ALL "
                       "SELECT indexdef FROM pg_indexes WHERE schemaname = 'revalign') s"),
        db);
    return r ? r.value() : QStringLiteral("error: ") + r.message();
}

void TestTeamImport::twoImportsAtOnceBothLand()
{
    const QString team = freshDatabase(m_server, QStringLiteral("twoatonce"));
    QVERIFY(!team.isEmpty());
    QObject owner;
    QProcess *a = startImport(m_demo, team, &owner);
    QProcess *b = startImport(m_base, team, &owner);
    QVERIFY(a->waitForFinished(120000) && b->waitForFinished(120000));
    QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
    QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());
    QCOMPARE(importCount(m_server, QStringLiteral("twoatonce")), QStringLiteral("2"));
    // Serialised: the same data as the two imports one after the other, in
    // the order the server logged them.
    const QString first = m_server.psql(QStringLiteral("SELECT bundle FROM revalign.imports ORDER BY import_id LIMIT 1"),
                                        QStringLiteral("twoatonce")).value();
    const QString local = m_tmp.filePath(QStringLiteral("twoatonce.db"));
    for (const QString &bundle : {first, first == m_demo ? m_base : m_demo})
        QVERIFY(runRevalign({QStringLiteral("import"), bundle, QStringLiteral("--db"), local}).exitCode == 0);
    QCOMPARE(exported(m_tmp, team), exported(m_tmp, local));
}

void TestTeamImport::snapshotSeesBeforeOrAfter()
{
    const QString team = teamWithBase(QStringLiteral("snapshots"));
    QVERIFY(!team.isEmpty());
    const QString before = exported(m_tmp, team);
    QObject owner;
    QProcess *import = startImport(m_demo, team, &owner);
    QStringList seen;
    // waitForFinished lets QProcess notice the end (there is no event loop here).
    do
        seen << exported(m_tmp, team);
    while (!import->waitForFinished(1));
    QCOMPARE(import->exitStatus(), QProcess::NormalExit);
    QCOMPARE(import->exitCode(), 0);
    const QString after = exported(m_tmp, team);
    QVERIFY(after != before);
    QVERIFY(!seen.isEmpty());
    for (const QString &s : seen)
        QVERIFY2(s == before || s == after, "a snapshot saw part of an import");
}

void TestTeamImport::killedClientLeavesServerBeforeOrAfter()
{
    const QString db = QStringLiteral("killed");
    const QString team = freshDatabase(m_server, db);
    const QString reference = freshDatabase(m_server, QStringLiteral("killedref"));
    for (const QString &t : {team, reference})
        QVERIFY(runRevalign({QStringLiteral("import"), m_base, QStringLiteral("--db"), t}).exitCode == 0);
    const QString before = serverFingerprint(m_server, db);
    QVERIFY(runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), reference}).exitCode == 0);
    const QString after = serverFingerprint(m_server, QStringLiteral("killedref"));
    QVERIFY(before != after);
    int killedBefore = 0;
    // Connecting, copying the server down, checking, sending rows back, committing.
    for (int delayMs : {50, 150, 300, 500, 800, 1200, 2000, 3000}) {
        QProcess import;
        import.start(revalignBin(), {QStringLiteral("import"), m_demo, QStringLiteral("--db"), team});
        QVERIFY(import.waitForStarted());
        QThread::msleep(ulong(delayMs));
        ::kill(pid_t(import.processId()), SIGKILL);
        import.waitForFinished();
        // The server notices the dropped connection and rolls back; give it a moment.
        QThread::msleep(300);
        const QString now = serverFingerprint(m_server, db);
        QVERIFY2(now == before || now == after, qPrintable(QStringLiteral("after a kill at %1 ms").arg(delayMs)));
        QCOMPARE(importCount(m_server, db), now == before ? QStringLiteral("1") : QStringLiteral("2"));
        if (now == after)
            break; // committed before the kill; later kills would find it done
        ++killedBefore;
    }
    QVERIFY2(killedBefore > 0, "no kill landed before the commit");
}

void TestTeamImport::killedFirstImportLeavesServerEmpty()
{
    // The first import into an empty team store streams its rows straight
    // into the server's tables, with their keys and indexes set aside: a
    // kill before its commit leaves no row, no log entry and every key.
    const QString db = QStringLiteral("killedfirst");
    const QString team = teamWithSchema(db);
    QVERIFY(!team.isEmpty());
    const QString before = serverFingerprint(m_server, db);
    const QString keys = keysAndIndexes(db);
    QVERIFY2(keys.contains(QLatin1String("PRIMARY KEY (lead_id)")), qPrintable(keys));
    int killedBefore = 0;
    for (int delayMs : {50, 200, 400, 700, 1000, 1500, 2200, 3000, 4500}) {
        QProcess import;
        import.start(revalignBin(), {QStringLiteral("import"), m_demo, QStringLiteral("--db"), team});
        QVERIFY(import.waitForStarted());
        QThread::msleep(ulong(delayMs));
        ::kill(pid_t(import.processId()), SIGKILL);
        import.waitForFinished();
        QThread::msleep(300);
        if (importCount(m_server, db) != QLatin1String("0"))
            break; // committed before the kill
        QCOMPARE(serverFingerprint(m_server, db), before);
        QCOMPARE(keysAndIndexes(db), keys);
        ++killedBefore;
    }
    QVERIFY2(killedBefore > 0, "no kill landed before the commit");
    // Whatever happened, the server now holds what a laptop store would.
    if (importCount(m_server, db) == QLatin1String("0"))
        QVERIFY(runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), team}).exitCode == 0);
    const QString local = m_tmp.filePath(QStringLiteral("killedfirst.db"));
    QVERIFY(runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), local}).exitCode == 0);
    QCOMPARE(exported(m_tmp, team), exported(m_tmp, local));
    QCOMPARE(keysAndIndexes(db), keys);
}

void TestTeamImport::serverStoppedMidImport()
{
    const QString db = QStringLiteral("stopped");
    const QString team = teamWithBase(db);
    QVERIFY(!team.isEmpty());
    stopServerDuringImport(db, team);
    QCOMPARE(importCount(m_server, db), QStringLiteral("1"));
}

void TestTeamImport::serverStoppedMidFirstImport()
{
    const QString db = QStringLiteral("stoppedfirst");
    const QString team = teamWithSchema(db);
    QVERIFY(!team.isEmpty());
    const QString keys = keysAndIndexes(db);
    stopServerDuringImport(db, team);
    QCOMPARE(importCount(m_server, db), QStringLiteral("0"));
    QCOMPARE(keysAndIndexes(db), keys);
}

void TestTeamImport::stopServerDuringImport(const QString &db, const QString &team)
{
    const QString before = serverFingerprint(m_server, db);
    QProcess import;
    import.start(revalignBin(), {QStringLiteral("import"), m_demo, QStringLiteral("--db"), team});
    QVERIFY(import.waitForStarted());
    // Stopped while the import is seen moving rows inside its transaction
    // (a fixed delay raced the import, which may be done in under a second).
    const QString copying = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' "
                                           "AND state = 'active' AND query LIKE 'COPY %'")
                                .arg(db);
    QElapsedTimer waited;
    waited.start();
    bool seen = false;
    while (!seen && import.state() == QProcess::Running && waited.elapsed() < 30000) {
        const Result<QString> n = m_server.psql(copying, QStringLiteral("postgres"));
        seen = n && n.value() != QLatin1String("0");
    }
    QVERIFY2(seen, "the import was never seen copying rows");
    QVERIFY(m_server.stop(true).ok()); // as abrupt as a power cut
    QVERIFY(import.waitForFinished(60000));
    const Status restarted = m_server.restart();
    QVERIFY2(restarted.ok(), qPrintable(restarted.message()));
    const QString err = QString::fromUtf8(import.readAllStandardError());
    QCOMPARE(import.exitCode(), 2);
    QVERIFY2(err.contains(QLatin1String("connection")) || err.contains(QLatin1String("cannot reach")), qPrintable(err));
    QCOMPARE(serverFingerprint(m_server, db), before);
}

void TestTeamImport::viewerCannotImport()
{
    const QString team = teamWithBase(QStringLiteral("viewed"));
    QVERIFY(!team.isEmpty());
    QVERIFY(m_server.psql(QStringLiteral("CREATE ROLE dave LOGIN; GRANT USAGE ON SCHEMA revalign TO dave; "
                                         "GRANT SELECT ON ALL TABLES IN SCHEMA revalign TO dave"), QStringLiteral("viewed")).ok());
    const QString before = serverFingerprint(m_server, QStringLiteral("viewed"));
    const QString asDave = m_server.uri(QStringLiteral("viewed"), QStringLiteral("dave"));
    const CliRun r = runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), asDave});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("viewer")), qPrintable(r.err));
    QCOMPARE(serverFingerprint(m_server, QStringLiteral("viewed")), before);
    const CliRun set = runRevalign({QStringLiteral("settings"), QStringLiteral("sla_hours"), QStringLiteral("8"), QStringLiteral("--db"), asDave});
    QCOMPARE(set.exitCode, 2);
    QVERIFY2(set.err.contains(QLatin1String("viewer")), qPrintable(set.err));
    // Reading is what a viewer is for.
    const CliRun kpis = runRevalign({QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--db"), asDave});
    QVERIFY2(kpis.exitCode == 0, qPrintable(kpis.err));
}

void TestTeamImport::wrongPasswordExits2()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("wrong"));
    p.setProcessEnvironment(env);
    p.start(revalignBin(), {QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--db"),
                            m_server.tcpUri(QString::fromLatin1(PgTestServer::kPasswordUser))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("refused the login")), qPrintable(err));
    QVERIFY(!err.contains(QLatin1String("wrong")) || err.contains(QLatin1String("password authentication failed")));
}

void TestTeamImport::lockHolderIsNamed()
{
    const QString db = QStringLiteral("locked");
    const QString team = teamWithBase(db);
    QVERIFY(!team.isEmpty());
    // Another client holds the import lock for a few seconds.
    QProcess holder;
    holder.start(m_server.binDir() + QStringLiteral("/psql"),
                 {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), m_server.socketDir(), QStringLiteral("-p"),
                  QString::number(m_server.port()), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), db,
                  QStringLiteral("-c"),
                  QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1); SELECT pg_sleep(4); COMMIT;").arg(kWriteLockKey)});
    QVERIFY(holder.waitForStarted());
    QThread::msleep(700);
    QElapsedTimer clock;
    clock.start();
    const CliRun r = runRevalign({QStringLiteral("import"), m_base, QStringLiteral("--db"), team, QStringLiteral("--lock-wait"), QStringLiteral("1")});
    const qint64 waited = clock.elapsed();
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("locked by psql")) && r.err.contains(QLatin1String("login postgres")),
             qPrintable(r.err));
    QVERIFY2(waited >= 1000 && waited < 3500, qPrintable(QString::number(waited)));
    QVERIFY(holder.waitForFinished(30000));
    // Once it is released, the import goes through.
    const CliRun again = runRevalign({QStringLiteral("import"), m_base, QStringLiteral("--db"), team});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(importCount(m_server, db), QStringLiteral("2"));
}

void TestTeamImport::dryRunChangesNothing()
{
    const QString db = QStringLiteral("dryrun");
    const QString team = teamWithBase(db);
    QVERIFY(!team.isEmpty());
    const QString before = serverFingerprint(m_server, db);
    const CliRun r = runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), team, QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("dry run")));
    QCOMPARE(serverFingerprint(m_server, db), before);
    QCOMPARE(importCount(m_server, db), QStringLiteral("1"));
}

void TestTeamImport::exportsAreRefused()
{
    // import --from works on laptop stores only (docs/decisions/team-store.md).
    const QString db = QStringLiteral("exports");
    const QString team = teamWithBase(db);
    QVERIFY(!team.isEmpty());
    const QString before = serverFingerprint(m_server, db);
    const CliRun r = runRevalign({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("auto"), m_base,
                                  QStringLiteral("--db"), team});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("team store")) && r.err.contains(QLatin1String("export-bundle")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(serverFingerprint(m_server, db), before);
    QCOMPARE(importCount(m_server, db), QStringLiteral("1"));
    // Nor do the verbs that save mappings or matches.
    const CliRun match = runRevalign({QStringLiteral("match"), QStringLiteral("reject"), QStringLiteral("stripe:cus_1"),
                                      QStringLiteral("A1"), QStringLiteral("--db"), team});
    QCOMPARE(match.exitCode, 2);
    QVERIFY2(match.err.contains(QLatin1String("team store")), qPrintable(match.err));
    QCOMPARE(serverFingerprint(m_server, db), before);
}

void TestTeamImport::writesCountInDataVersion()
{
    // Set up at 1; each import and each settings change commits one more.
    const QString db = QStringLiteral("versioned");
    const QString team = teamWithBase(db);
    QVERIFY(!team.isEmpty());
    QCOMPARE(dataVersion(m_server, db), QStringLiteral("2"));
    QVERIFY(runRevalign({QStringLiteral("import"), m_base, QStringLiteral("--db"), team, QStringLiteral("--dry-run")}).exitCode == 0);
    QCOMPARE(dataVersion(m_server, db), QStringLiteral("2"));
    QVERIFY(runRevalign({QStringLiteral("settings"), QStringLiteral("sla_hours"), QStringLiteral("8"), QStringLiteral("--db"), team}).exitCode == 0);
    QCOMPARE(dataVersion(m_server, db), QStringLiteral("3"));
}

void TestTeamImport::firstImportKeepsKeysAndIndexes()
{
    // A first import builds the keys and indexes of the tables it loads
    // after the load and checks their references then (they are dropped and
    // added back in its transaction): afterwards the server has the same
    // constraints and indexes as a schema just set up.
    QVERIFY(!teamWithSchema(QStringLiteral("fkschema")).isEmpty());
    const QString expected = keysAndIndexes(QStringLiteral("fkschema"));
    QVERIFY2(expected.contains(QLatin1String("FOREIGN KEY (lead_id) REFERENCES revalign.leads(lead_id)")), qPrintable(expected));
    QVERIFY2(expected.contains(QLatin1String("CREATE INDEX leads_rev ON revalign.leads USING btree (rev)")), qPrintable(expected));
    const QString team = freshDatabase(m_server, QStringLiteral("fkloaded"));
    QVERIFY(runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), team}).exitCode == 0);
    QCOMPARE(keysAndIndexes(QStringLiteral("fkloaded")), expected);
    // And they hold: a touch of an unknown lead, a second lead of the same id.
    QVERIFY(!m_server.psql(QStringLiteral("INSERT INTO revalign.touches (lead_id, campaign_id, touched_at) "
                                          "SELECT 'no-such-lead', campaign_id, 0 FROM revalign.campaigns LIMIT 1"),
                           QStringLiteral("fkloaded")).ok());
    QVERIFY(!m_server.psql(QStringLiteral("INSERT INTO revalign.leads (lead_id, created_at) SELECT lead_id, 0 FROM revalign.leads LIMIT 1"),
                           QStringLiteral("fkloaded")).ok());
    // Every row carries the import that wrote it.
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM revalign.touches WHERE rev <> 1"), QStringLiteral("fkloaded")).value(),
             QStringLiteral("0"));
}

void TestTeamImport::serverStepsAreReported()
{
    // After the bundle is read ("done"), the server still works for seconds:
    // a first import builds its keys and indexes, a later one sends its
    // changes, and both save the snapshot for first reads. Each step is
    // reported, so a progress display does not sit at 100% saying nothing.
    const QString team = freshDatabase(m_server, QStringLiteral("steps"));
    const QString base = QStringLiteral(RA_TEST_DATA_DIR "/import/base");
    auto stagesOf = [&] {
        QStringList stages;
        TeamImportOptions options;
        options.import.progress = [&stages](qint64, qint64, const QString &stage) {
            if (stages.isEmpty() || stages.last() != stage)
                stages << stage;
            return true;
        };
        const Result<ImportSummary> summary = importIntoTeamStore(team, base, options);
        return summary ? stages : QStringList{summary.error().message};
    };
    // What each import reports from the end of its bundle on.
    auto fromDone = [](const QStringList &stages) { return stages.mid(stages.indexOf(QLatin1String("done"))); };
    const QStringList first = stagesOf();
    QCOMPARE(fromDone(first), (QStringList{QStringLiteral("done"), QLatin1String(kStageServerKeys), QLatin1String(kStageServerSnapshot)}));
    const QStringList second = stagesOf();
    QCOMPARE(fromDone(second), (QStringList{QStringLiteral("done"), QLatin1String(kStageServerSend), QLatin1String(kStageServerSnapshot)}));
}

void TestTeamImport::firstImportKeepsEveryCharacter()
{
    // A first import sends its rows in COPY's text format, which escapes the
    // backslash, tab, newline and carriage return; "\." alone would end the
    // data and "\N" is its NULL. The team store keeps them as a laptop does.
    const QString dir = m_tmp.filePath(QStringLiteral("escapes"));
    QVERIFY(QDir().mkpath(dir));
    QFile accounts(dir + QStringLiteral("/accounts.csv"));
    QVERIFY(accounts.open(QIODevice::WriteOnly));
    accounts.write("account_id,name,segment\r\n"
                   "E1,\"back\\slash \\\\ two\",SMB\r\n"
                   "E2,\"tab\there\",SMB\r\n"
                   "E3,\"two\nlines\",SMB\r\n"
                   "E4,\"carriage\rreturn\",SMB\r\n"
                   "E5,\\.,SMB\r\n"
                   "E6,\\N,SMB\r\n"
                   "E7,\"\\.\n\\N\",SMB\r\n");
    accounts.close();
    const QString team = freshDatabase(m_server, QStringLiteral("escapes"));
    const QString local = m_tmp.filePath(QStringLiteral("escapes.db"));
    const CliRun a = runRevalign({QStringLiteral("import"), dir, QStringLiteral("--db"), local});
    const CliRun b = runRevalign({QStringLiteral("import"), dir, QStringLiteral("--db"), team});
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    QCOMPARE(b.exitCode, a.exitCode);
    QCOMPARE(b.err, a.err);
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM revalign.accounts WHERE name IS NULL"), QStringLiteral("escapes")).value(),
             QStringLiteral("0"));
    QCOMPARE(exported(m_tmp, team), exported(m_tmp, local));
}

void TestTeamImport::foreignOfflineCopyIsNotTrusted()
{
    // An import starts from this laptop's offline copy only when the copy's
    // newest import is the server's: here the database is made anew under
    // the same location, so the copy describes another store and the import
    // copies the whole server instead.
    const QString db = QStringLiteral("remade");
    QString team = teamWithBase(db);
    QVERIFY(!team.isEmpty());
    QVERIFY(runRevalign({QStringLiteral("export-bundle"), m_tmp.filePath(QStringLiteral("remade-read")), QStringLiteral("--db"), team}).exitCode
            == 0); // leaves the offline copy of this location
    QVERIFY(m_server.psql(QStringLiteral("DROP DATABASE remade"), QStringLiteral("postgres")).ok());
    team = freshDatabase(m_server, db);
    QVERIFY(runRevalign({QStringLiteral("import"), m_demo, QStringLiteral("--db"), team}).exitCode == 0);
    QVERIFY(runRevalign({QStringLiteral("import"), m_base, QStringLiteral("--db"), team}).exitCode == 0);
    const QString local = m_tmp.filePath(QStringLiteral("remade.db"));
    for (const QString &bundle : {m_demo, m_base})
        QVERIFY(runRevalign({QStringLiteral("import"), bundle, QStringLiteral("--db"), local}).exitCode == 0);
    QCOMPARE(exported(m_tmp, team), exported(m_tmp, local));
}

QTEST_GUILESS_MAIN(TestTeamImport)
#include "tst_teamimport.moc"

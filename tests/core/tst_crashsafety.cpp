// Crash safety (issue 7): `revalign import` of a large bundle is killed with
// SIGKILL at 20 moments spread over its run. After every kill the store must
// pass PRAGMA integrity_check and hold exactly the data from before the import
// or exactly the data of a complete import — never anything in between.
// The imports log is checked apart (its timestamps differ from run to run):
// it holds either no new entry or one.
#include "faulthelpers.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <sys/types.h>

using namespace ra::testing;

namespace {

// Sizes chosen for an import of a few seconds in a release build: long enough
// to be killed mid-write many times, short enough to run 20 times.
constexpr int kAccounts = 20000;
constexpr int kCampaigns = 200;
constexpr int kLeads = 120000;
constexpr int kOpportunities = 30000;
constexpr int kRevenueMonths = 6;
constexpr int kKills = 20;

// Left out of the data comparison: the imports log (compared by count), and
// data_state, whose stamp is drawn anew by every committed write.
const QStringList kLogTables = {QStringLiteral("imports"), QStringLiteral("import_rejections"), QStringLiteral("data_state")};

void writeBundle(const QString &dir, int accounts, const QString &nameTag)
{
    QDir().mkpath(dir);
    auto out = [&](const char *file, const QByteArray &data) { writeFile(dir + QLatin1Char('/') + QLatin1String(file), data); };
    QByteArray a = "account_id,name,segment,industry,region,persona,created_on\n";
    static const char *segments[] = {"SMB", "Mid-Market", "Enterprise"};
    static const char *personas[] = {"CFO", "IT Director", "Head of Sales", "COO"};
    for (int i = 0; i < accounts; ++i)
        a += QStringLiteral("A%1,%2 account %1,%3,Software,EMEA,%4,2025-%5-01\n")
                 .arg(i).arg(nameTag).arg(QLatin1String(segments[i % 3])).arg(QLatin1String(personas[i % 4]))
                 .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                 .toUtf8();
    out("accounts.csv", a);
    if (accounts < kAccounts)
        return; // the "before" bundle: accounts only
    QByteArray c = "campaign_id,name,channel,started_on,ended_on,cost\n";
    for (int i = 0; i < kCampaigns; ++i)
        c += QStringLiteral("C%1,Campaign %1,web,2026-01-01,2026-03-31,%2.50\n").arg(i).arg(1000 + i).toUtf8();
    out("campaigns.csv", c);
    QByteArray l = "lead_id,email,account_id,persona,channel,source,campaign_id,owner,created_at,mql_at,sal_at,sql_at\n";
    for (int i = 0; i < kLeads; ++i) {
        const int day = 1 + i % 28;
        l += QStringLiteral("L%1,lead%1@example.com,A%2,CFO,web,marketing,C%3,owner%4,2026-01-%5 09:00,2026-01-%5 12:00,,%6\n")
                 .arg(i).arg(i % accounts).arg(i % kCampaigns).arg(i % 17)
                 .arg(day, 2, 10, QLatin1Char('0'))
                 .arg(i % 3 ? QString() : QStringLiteral("2026-02-%1T10:00:00Z").arg(day, 2, 10, QLatin1Char('0')))
                 .toUtf8();
    }
    out("leads.csv", l);
    QByteArray o = "opportunity_id,account_id,lead_id,type,amount,created_at,closed_at,status\n";
    for (int i = 0; i < kOpportunities; ++i)
        o += QStringLiteral("O%1,A%2,L%3,new,%4.00,2026-02-01,%5,%6\n")
                 .arg(i).arg(i % accounts).arg(i * 3 % kLeads).arg(500 + i % 9000)
                 .arg(i % 2 ? QStringLiteral("2026-03-01") : QString())
                 .arg(i % 2 ? QStringLiteral("won") : QStringLiteral("open"))
                 .toUtf8();
    out("opportunities.csv", o);
    QByteArray r = "account_id,month,product,mrr\n";
    for (int i = 0; i < accounts; ++i)
        for (int m = 1; m <= kRevenueMonths; ++m)
            r += QStringLiteral("A%1,2026-%2,core,%3.25\n").arg(i).arg(m, 2, 10, QLatin1Char('0')).arg(100 + i % 400).toUtf8();
    out("revenue.csv", r);
}

bool copyStore(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

struct State {
    QByteArray data;
    QString imports;
};

State stateOf(const QString &path)
{
    return {contentHash(path, kLogTables), rawScalar(path, "SELECT count(*) FROM imports")};
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedImportLeavesBeforeOrAfter();

private:
    QTemporaryDir m_dir;
    QString m_base;   // store after the small "before" import
    QString m_bundle; // the large bundle
    State m_before;
    State m_after;
    qint64 m_importMs = 0;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RA_REVALIGN_BIN)), RA_REVALIGN_BIN " is not built");
    m_base = m_dir.filePath(QStringLiteral("base.db"));
    m_bundle = m_dir.filePath(QStringLiteral("big"));
    // "Before" is not empty: 1000 accounts the big import will update (new names).
    writeBundle(m_dir.filePath(QStringLiteral("small")), 1000, QStringLiteral("Old"));
    const CliRun small = runRevalign({QStringLiteral("import"), QStringLiteral("--db"), m_base, m_dir.filePath(QStringLiteral("small"))});
    QVERIFY2(small.exitCode == 0, qPrintable(small.stderrText));
    writeBundle(m_bundle, kAccounts, QStringLiteral("New"));
    m_before = stateOf(m_base);
    QVERIFY(!m_before.data.isEmpty());

    const QString full = m_dir.filePath(QStringLiteral("full.db"));
    QVERIFY(copyStore(m_base, full));
    QElapsedTimer t;
    t.start();
    const CliRun run = runRevalign({QStringLiteral("import"), QStringLiteral("--db"), full, m_bundle});
    m_importMs = t.elapsed();
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText.left(2000)));
    m_after = stateOf(full);
    QVERIFY(m_after.data != m_before.data);
    QCOMPARE(m_after.imports.toInt(), m_before.imports.toInt() + 1);
    qInfo("a complete import takes %lld ms", m_importMs);
}

void TestCrashSafety::killedImportLeavesBeforeOrAfter()
{
    const QString db = m_dir.filePath(QStringLiteral("victim.db"));
    int sawBefore = 0, sawAfter = 0;
    for (int k = 0; k < kKills; ++k) {
        QVERIFY(copyStore(m_base, db));
        // Spread over the whole run, from the first milliseconds (opening,
        // reading keys) to just past the commit.
        const qint64 at = qint64(double(m_importMs) * 1.05 * (k + 0.5) / kKills);
        QProcess p;
        p.setProgram(QStringLiteral(RA_REVALIGN_BIN));
        p.setArguments({QStringLiteral("import"), QStringLiteral("--db"), db, m_bundle});
        p.start();
        QVERIFY(p.waitForStarted());
        QThread::msleep(at);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(30000));

        QVERIFY2(integrityOk(db), qPrintable(QStringLiteral("kill %1 at %2 ms: integrity_check failed").arg(k).arg(at)));
        const State s = stateOf(db);
        const bool before = s.data == m_before.data && s.imports == m_before.imports;
        const bool after = s.data == m_after.data && s.imports == m_after.imports;
        QVERIFY2(before || after,
                 qPrintable(QStringLiteral("kill %1 at %2 ms: the store holds a partial import").arg(k).arg(at)));
        before ? ++sawBefore : ++sawAfter;
    }
    qInfo("%d kills left the store as before, %d as after the import", sawBefore, sawAfter);
    // The kills really happened mid-import: most must find it unfinished.
    QVERIFY(sawBefore >= kKills / 2);

    // A store left by a killed import takes the next import normally.
    QVERIFY(copyStore(m_base, db));
    QProcess p;
    p.start(QStringLiteral(RA_REVALIGN_BIN), {QStringLiteral("import"), QStringLiteral("--db"), db, m_bundle});
    QVERIFY(p.waitForStarted());
    QThread::msleep(m_importMs / 2);
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    const CliRun again = runRevalign({QStringLiteral("import"), QStringLiteral("--db"), db, m_bundle});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(stateOf(db).data, m_after.data);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

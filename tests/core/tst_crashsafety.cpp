// Crash safety (issue 7): `revalign import` of a large bundle is killed with
// SIGKILL at points taken from its own progress output. After every kill the
// store must pass PRAGMA integrity_check and hold exactly the data from before
// the import or exactly the data of a complete import — never anything in
// between. The imports log is checked apart (its timestamps differ from run to
// run): it holds either no new entry or one.
//
// Which of the two a kill must find follows from what the import had written
// when it died, not from a clock: it writes "importing 100%" once every row is
// read, before it commits, and once more as its last line, when committed
// (initTestCase counts them in a complete run). A kill before the first must
// find the store as before, one after the last as after, and one in between
// (the commit) may find either. The child is held at its progress lines (ProgressGate), so a
// kill lands where it was aimed, however loaded the machine is.
#include "support/faulthelpers.h"
#include "support/progressgate.h"
#include "support/revalign.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra::testing;
using namespace ra::testsupport;

namespace {

// Sizes chosen for an import of a few seconds in a release build: long enough
// for several progress lines, short enough to run a dozen times.
constexpr int kAccounts = 20000;
constexpr int kCampaigns = 200;
constexpr int kLeads = 120000;
constexpr int kOpportunities = 30000;
constexpr int kRevenueMonths = 6;
const QStringList kLogTables = {QStringLiteral("imports"), QStringLiteral("import_rejections")};

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

// "importing  42%" -> 42; -1 for any other line.
int percentOf(const QByteArray &line)
{
    if (!line.startsWith("importing ") || !line.endsWith('%'))
        return -1;
    bool ok = false;
    const int pct = line.mid(10).chopped(1).trimmed().toInt(&ok);
    return ok ? pct : -1;
}

int hundreds(const QByteArrayList &lines)
{
    return int(std::count_if(lines.begin(), lines.end(), [](const QByteArray &l) { return percentOf(l) == 100; }));
}

// A kill point: the first progress line of at least `percent`, or the
// `hundred`-th "100%" line when hundred > 0.
struct KillPoint {
    int percent = 0;
    int hundred = 0;
    QString name() const
    {
        return hundred ? QStringLiteral("100% line %1").arg(hundred) : QStringLiteral("first line >= %1%").arg(percent);
    }
};

} // namespace

Q_DECLARE_METATYPE(KillPoint)

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedImportLeavesBeforeOrAfter_data();
    void killedImportLeavesBeforeOrAfter();
    void killedImportThenImportAgain();

private:
    // Imports the big bundle into db and kills it at the point; returns the
    // lines it wrote to stderr before it died.
    QByteArrayList importKilledAt(const QString &db, const KillPoint &point);

    QTemporaryDir m_dir;
    QString m_base;   // store after the small "before" import
    QString m_bundle; // the large bundle
    State m_before;
    State m_after;
    int m_hundreds = 0; // "100%" lines of a complete import; the last follows the commit
};

void TestCrashSafety::initTestCase()
{
    m_base = m_dir.filePath(QStringLiteral("base.db"));
    m_bundle = m_dir.filePath(QStringLiteral("big"));
    // "Before" is not empty: 1000 accounts the big import will update (new names).
    writeBundle(m_dir.filePath(QStringLiteral("small")), 1000, QStringLiteral("Old"));
    const ProcessRun small = runRevalign({QStringLiteral("import"), QStringLiteral("--db"), m_base, m_dir.filePath(QStringLiteral("small"))});
    QVERIFY2(small.exitedWith(0), qPrintable(small.describe()));
    writeBundle(m_bundle, kAccounts, QStringLiteral("New"));
    m_before = stateOf(m_base);
    QVERIFY(!m_before.data.isEmpty());

    const QString full = m_dir.filePath(QStringLiteral("full.db"));
    QVERIFY(copyStore(m_base, full));
    ProgressGate gate(revalignBinary(), {QStringLiteral("import"), QStringLiteral("--db"), full, m_bundle, QStringLiteral("--progress")});
    QVERIFY2(gate.error().isEmpty(), qPrintable(gate.error()));
    const ProcessRun run = gate.finish();
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe().left(2000)));
    // The premise of the expectations below.
    m_hundreds = hundreds(gate.written());
    QVERIFY2(m_hundreds >= 2 && percentOf(gate.written().constLast()) == 100, gate.written().join('\n').constData());
    m_after = stateOf(full);
    QVERIFY(m_after.data != m_before.data);
    QCOMPARE(m_after.imports.toInt(), m_before.imports.toInt() + 1);
}

QByteArrayList TestCrashSafety::importKilledAt(const QString &db, const KillPoint &point)
{
    ProgressGate gate(revalignBinary(), {QStringLiteral("import"), QStringLiteral("--db"), db, m_bundle, QStringLiteral("--progress")});
    if (!gate.error().isEmpty())
        return {gate.error().toUtf8()};
    int seen = 0;
    while (const std::optional<QByteArray> line = gate.nextLine()) {
        const int pct = percentOf(*line);
        seen += pct == 100;
        if (point.hundred ? seen >= point.hundred : pct >= point.percent)
            break;
    }
    gate.kill();
    return gate.written();
}

void TestCrashSafety::killedImportLeavesBeforeOrAfter_data()
{
    QTest::addColumn<KillPoint>("point");
    for (int percent = 0; percent < 100; percent += 10)
        QTest::addRow("at %d%%", percent) << KillPoint{percent, 0};
    // The commit happens between the first and the last 100% line: aim there
    // more than once.
    for (int i = 1; i <= 3; ++i)
        QTest::addRow("commit %d", i) << KillPoint{0, 1};
    QTest::addRow("committed") << KillPoint{0, m_hundreds};
}

void TestCrashSafety::killedImportLeavesBeforeOrAfter()
{
    QFETCH(KillPoint, point);
    const QString db = m_dir.filePath(QStringLiteral("victim.db"));
    QVERIFY(copyStore(m_base, db));
    const QByteArrayList written = importKilledAt(db, point);
    const int reached = hundreds(written);
    const QString where = QStringLiteral("killed at %1 after: %2").arg(point.name(), QString::fromUtf8(written.join(" | ")));
    QVERIFY2(integrityOk(db), qPrintable(where + QStringLiteral(": integrity_check failed")));
    const State s = stateOf(db);
    const bool before = s.data == m_before.data && s.imports == m_before.imports;
    const bool after = s.data == m_after.data && s.imports == m_after.imports;
    QVERIFY2(before || after, qPrintable(where + QStringLiteral(": the store holds a partial import")));
    qInfo("%s: the store as %s", qPrintable(where), before ? "before" : "after");
    if (reached == 0)
        QVERIFY2(before, qPrintable(where + QStringLiteral(": not done reading, yet the store changed")));
    if (reached >= m_hundreds)
        QVERIFY2(after, qPrintable(where + QStringLiteral(": reported committed, yet the store is as before")));
}

void TestCrashSafety::killedImportThenImportAgain()
{
    // A store left by a killed import takes the next import normally.
    const QString db = m_dir.filePath(QStringLiteral("again.db"));
    QVERIFY(copyStore(m_base, db));
    const QByteArrayList written = importKilledAt(db, KillPoint{1, 0});
    // Held at its next progress line, the child was killed mid-import.
    QVERIFY2(hundreds(written) == 0, written.join('\n').constData());
    const ProcessRun again = runRevalign({QStringLiteral("import"), QStringLiteral("--db"), db, m_bundle});
    QVERIFY2(again.exitedWith(0), qPrintable(again.describe().left(2000)));
    QCOMPARE(stateOf(db).data, m_after.data);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

// The same bundles into a laptop store (SQLite) and a team store (PostgreSQL)
// through the revalign binary: the same exit codes, summaries and rejections,
// byte-identical `kpis --json` over periods x filters, identical export-bundle.
#include "pgtestserver.h"
#include "support/faulthelpers.h"
#include "support/revalign.h"

namespace ra::testing {
using CliRun = ra::testsupport::ProcessRun;
using ra::testsupport::runRevalign;
} // namespace ra::testing

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using ra::testing::CliRun;
using ra::testing::PgTestServer;
using ra::testing::runRevalign;

class TestTeamBackends : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameResults_data();
    void sameResults();
    void usageArrives();

private:
    QString freshTeamStore();
    void compareKpis(const QString &local, const QString &team, const QStringList &periods);
    void compareExports(const QString &local, const QString &team);

    PgTestServer m_server;
    QTemporaryDir m_tmp;
    QString m_demoBundle;
    int m_databases = 0;
};

void TestTeamBackends::initTestCase()
{
    const Status s = m_server.start();
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY(m_tmp.isValid());
    // The demo's story as a bundle: 2000 leads, two years up to 2026-11-20.
    const QString demo = m_tmp.filePath(QStringLiteral("demo.db"));
    CliRun r = runRevalign({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--leads"),
                            QStringLiteral("2000"), QStringLiteral("--end"), QStringLiteral("2026-11-20")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_demoBundle = m_tmp.filePath(QStringLiteral("demo-bundle"));
    r = runRevalign({QStringLiteral("export-bundle"), m_demoBundle, QStringLiteral("--db"), demo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QString TestTeamBackends::freshTeamStore()
{
    const QString db = QStringLiteral("eq%1").arg(++m_databases);
    const Result<QString> made = m_server.psql(QStringLiteral("CREATE DATABASE %1").arg(db), QStringLiteral("postgres"));
    return made ? m_server.uri(db) : QString();
}

void TestTeamBackends::sameResults_data()
{
    const QString data = QStringLiteral(RA_TEST_DATA_DIR);
    QTest::addColumn<QStringList>("bundles"); // imported in this order
    QTest::addColumn<QStringList>("periods");
    QTest::addColumn<QStringList>("importFlags");
    QTest::newRow("demo 2000 leads") << QStringList{QStringLiteral("@demo")}
                                     << QStringList{QStringLiteral("2026-10"), QStringLiteral("2026-Q3"),
                                                    QStringLiteral("2026-W40"), QStringLiteral("2026-06-01..2026-08-15")}
                                     << QStringList{};
    QTest::newRow("base, then rejections (messy)") << QStringList{data + QStringLiteral("/import/base"),
                                                                  data + QStringLiteral("/import/rejections")}
                                                   << QStringList{QStringLiteral("2026-11"), QStringLiteral("2026")}
                                                   << QStringList{};
    QTest::newRow("messy, strict") << QStringList{data + QStringLiteral("/import/rejections")}
                                   << QStringList{QStringLiteral("2026-11")} << QStringList{QStringLiteral("--strict")};
    for (const QString &fixture : {QStringLiteral("bookings"), QStringLiteral("funnel"), QStringLiteral("mrr"),
                                   QStringLiteral("service"), QStringLiteral("settings_edges")})
        QTest::newRow(qPrintable(QStringLiteral("kpi fixture ") + fixture))
            << QStringList{data + QStringLiteral("/kpi/") + fixture}
            << QStringList{QStringLiteral("2026-11"), QStringLiteral("2026")} << QStringList{};
}

void TestTeamBackends::sameResults()
{
    QFETCH(QStringList, bundles);
    QFETCH(QStringList, periods);
    QFETCH(QStringList, importFlags);
    const QString local = m_tmp.filePath(QStringLiteral("local%1.db").arg(m_databases + 1));
    const QString team = freshTeamStore();
    QVERIFY(!team.isEmpty());
    for (QString bundle : bundles) {
        if (bundle == QLatin1String("@demo"))
            bundle = m_demoBundle;
        const CliRun a = runRevalign(QStringList{QStringLiteral("import"), bundle, QStringLiteral("--db"), local} + importFlags);
        const CliRun b = runRevalign(QStringList{QStringLiteral("import"), bundle, QStringLiteral("--db"), team} + importFlags);
        QVERIFY2(a.exitCode == 0 || a.exitCode == 1, qPrintable(a.err));
        QCOMPARE(b.exitCode, a.exitCode);
        QCOMPARE(b.err, a.err); // every rejection, in order
        QCOMPARE(b.out, a.out); // the per-file summary and the import number
        // A read after each import: it leaves this laptop's offline copy of
        // the team store current, so the next import starts from that copy
        // and copies only what changed since (teamimport.cpp).
        const QStringList kpis{QStringLiteral("kpis"), QStringLiteral("--period"), periods.first(), QStringLiteral("--json"),
                               QStringLiteral("--db")};
        const CliRun readA = runRevalign(kpis + QStringList{local});
        const CliRun readB = runRevalign(kpis + QStringList{team});
        QCOMPARE(readB.exitCode, readA.exitCode);
        QCOMPARE(readB.out, readA.out);
    }
    compareKpis(local, team, periods);
    compareExports(local, team);
}

void TestTeamBackends::compareKpis(const QString &local, const QString &team, const QStringList &periods)
{
    // Kept small: each cell runs the binary twice (CI time).
    const QList<QStringList> filters = {{},
                                        {QStringLiteral("--persona"), QStringLiteral("CFO")},
                                        {QStringLiteral("--segment"), QStringLiteral("Enterprise"), QStringLiteral("--persona"),
                                         QStringLiteral("Unassigned")}};
    for (const QString &period : periods) {
        for (const QStringList &filter : filters) {
            const QStringList args = QStringList{QStringLiteral("kpis"), QStringLiteral("--period"), period, QStringLiteral("--json")} + filter;
            const CliRun a = runRevalign(args + QStringList{QStringLiteral("--db"), local});
            const CliRun b = runRevalign(args + QStringList{QStringLiteral("--db"), team});
            const QString what = args.join(QLatin1Char(' '));
            QVERIFY2(!a.crashed && !b.crashed, qPrintable(what));
            QVERIFY2(b.exitCode == a.exitCode, qPrintable(what + QStringLiteral(": ") + b.err));
            QVERIFY2(b.out == a.out, qPrintable(what));
            QVERIFY2(b.err == a.err, qPrintable(what));
            if (filter.isEmpty()) // the unfiltered matrix cell must be a real answer, not two equal errors
                QVERIFY2(a.exitCode == 0 && a.out.contains(QLatin1String("\"kpis\"")), qPrintable(what + a.err));
        }
        // The Customers page's lists: accounts at risk with their signals, products x segments.
        for (const QString &verb : {QStringLiteral("health"), QStringLiteral("whitespace")}) {
            const QStringList args{verb, QStringLiteral("--period"), period, QStringLiteral("--json")};
            const CliRun a = runRevalign(args + QStringList{QStringLiteral("--db"), local});
            const CliRun b = runRevalign(args + QStringList{QStringLiteral("--db"), team});
            const QString what = args.join(QLatin1Char(' '));
            QVERIFY2(b.exitCode == a.exitCode, qPrintable(what + QStringLiteral(": ") + b.err));
            QVERIFY2(b.out == a.out, qPrintable(what));
            QVERIFY2(b.err == a.err, qPrintable(what));
        }
    }
}

void TestTeamBackends::usageArrives()
{
    // The demo has product usage: its keys must be numbers in both stores, so
    // that the comparisons above cover the Customers page and not two nulls.
    const QString local = m_tmp.filePath(QStringLiteral("usage-local.db"));
    const QString team = freshTeamStore();
    QVERIFY(!team.isEmpty());
    QVERIFY(QFileInfo::exists(m_demoBundle + QStringLiteral("/usage.csv")));
    for (const QString &db : {local, team}) {
        const CliRun imp = runRevalign({QStringLiteral("import"), m_demoBundle, QStringLiteral("--db"), db});
        QVERIFY2(imp.exitCode == 0, qPrintable(imp.err));
        const CliRun k = runRevalign({QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                                      QStringLiteral("--json"), QStringLiteral("--db"), db});
        QVERIFY2(k.exitCode == 0, qPrintable(k.err));
        for (const char *key : {"usage.seat_utilisation", "health.at_risk_mrr"}) {
            const QRegularExpression number(QStringLiteral("\"%1\": -?[0-9]").arg(QLatin1String(key)));
            QVERIFY2(number.match(k.out).hasMatch(), qPrintable(QStringLiteral("%1 has no value in %2").arg(QLatin1String(key), db)));
        }
    }
}

void TestTeamBackends::compareExports(const QString &local, const QString &team)
{
    const QString outA = m_tmp.filePath(QStringLiteral("export-local%1").arg(m_databases));
    const QString outB = m_tmp.filePath(QStringLiteral("export-team%1").arg(m_databases));
    const CliRun a = runRevalign({QStringLiteral("export-bundle"), outA, QStringLiteral("--db"), local});
    const CliRun b = runRevalign({QStringLiteral("export-bundle"), outB, QStringLiteral("--db"), team});
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    const QStringList files = QDir(outA).entryList(QDir::Files, QDir::Name);
    QCOMPARE(QDir(outB).entryList(QDir::Files, QDir::Name), files);
    QVERIFY(files.contains(QStringLiteral("usage.csv")));
    for (const QString &f : files)
        QVERIFY2(ra::testing::readFile(outA + QLatin1Char('/') + f) == ra::testing::readFile(outB + QLatin1Char('/') + f),
                 qPrintable(f));
}

QTEST_GUILESS_MAIN(TestTeamBackends)
#include "tst_teambackends.moc"

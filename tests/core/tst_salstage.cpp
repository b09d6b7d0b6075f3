// sal_stage_tracked as a user meets it: importing the HubSpot sample
// (tests/data/exports/hubspot, no sales-accepted stage) sets it to no and says
// so, `kpis --json` then has sla.compliance and sla.breached null; setting it
// to yes gives the contract's numbers back; a --sal-from column sets it to
// yes; a canonical bundle import never changes it. Arithmetic of the sample:
// tests/data/exports/expected/README.md (hubspot, 2026-03).
#include "support/revalign.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::testsupport;

class TestSalStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hubspotWithoutTheStageIsNotTracked();
    void trackedAgainGivesTheContractNumbers();
    void aSalColumnTracksTheStage();
    void aCanonicalBundleLeavesTheSettingAlone();

private:
    ProcessRun run(QStringList args, const QString &db) const
    {
        args << QStringLiteral("--db") << db;
        return runRevalign(args);
    }
    ProcessRun importHubspot(const QString &db, const QStringList &extra = {}) const
    {
        return run(QStringList{QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("auto"),
                               QStringLiteral("--timezone"), QStringLiteral("Europe/Berlin"),
                               QStringLiteral(RA_TEST_DATA_DIR "/exports/hubspot")}
                       + extra,
                   db);
    }
    QString setting(const QString &db) const
    {
        return run({QStringLiteral("settings"), QStringLiteral("sal_stage_tracked")}, db).out.trimmed();
    }
    // kpis --period 2026-03 --json, the period's own keys.
    QJsonObject march(const QString &db) const
    {
        const ProcessRun r = run({QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-03"),
                                  QStringLiteral("--json")},
                                 db);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("kpis")).toObject();
    }
    QTemporaryDir m_tmp;
    QString m_db;
};

void TestSalStage::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_db = m_tmp.filePath(QStringLiteral("hubspot.db"));
}

void TestSalStage::hubspotWithoutTheStageIsNotTracked()
{
    QCOMPARE(setting(m_db), QStringLiteral("yes")); // the default: a new store tracks the stage
    const ProcessRun r = importHubspot(m_db);
    QVERIFY2(r.exitedWith(1), qPrintable(r.describe() + r.out)); // the sample carries rejected rows
    QVERIFY2(r.out.contains(QStringLiteral("HubSpot contacts has no sales-accepted stage")), qPrintable(r.out));
    QCOMPARE(setting(m_db), QStringLiteral("no"));
    const QJsonObject k = march(m_db);
    QCOMPARE(k.value(QStringLiteral("leads.mql")).toDouble(), 2.0); // 201 and 202
    QVERIFY(k.contains(QStringLiteral("sla.compliance")));
    QVERIFY(k.value(QStringLiteral("sla.compliance")).isNull());
    QVERIFY(k.value(QStringLiteral("sla.breached")).isNull());
    // an import of the same export again changes nothing, and says nothing
    const ProcessRun again = importHubspot(m_db);
    QVERIFY(!again.out.contains(QStringLiteral("sales-accepted stage")));
    QCOMPARE(setting(m_db), QStringLiteral("no"));
}

void TestSalStage::trackedAgainGivesTheContractNumbers()
{
    const ProcessRun set = run({QStringLiteral("settings"), QStringLiteral("sal_stage_tracked"), QStringLiteral("yes")}, m_db);
    QVERIFY2(set.exitedWith(0), qPrintable(set.describe() + set.err));
    const QJsonObject k = march(m_db);
    // no sal_at: both MQLs unaccepted and past 12 h at as_of → 0 met of 2, 2 breached
    QCOMPARE(k.value(QStringLiteral("sla.compliance")).toDouble(-1), 0.0);
    QCOMPARE(k.value(QStringLiteral("sla.breached")).toDouble(-1), 2.0);
    const ProcessRun bad = run({QStringLiteral("settings"), QStringLiteral("sal_stage_tracked"), QStringLiteral("maybe")}, m_db);
    QVERIFY(!bad.exitedWith(0));
    QVERIFY2(bad.err.contains(QStringLiteral("yes or no")), qPrintable(bad.err));
}

void TestSalStage::aSalColumnTracksTheStage()
{
    const QString db = m_tmp.filePath(QStringLiteral("salfrom.db"));
    QVERIFY(importHubspot(db).exitedWith(1));
    QCOMPARE(setting(db), QStringLiteral("no"));
    // The SQL date stands in for a custom sales-accepted property here.
    const ProcessRun r = importHubspot(
        db, {QStringLiteral("--sal-from"), QStringLiteral("Date entered \"Sales Qualified Lead (Lifecycle Stage Pipeline)\"")});
    QVERIFY2(r.exitedWith(1), qPrintable(r.describe() + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("HubSpot contacts fills the sales-accepted stage")), qPrintable(r.out));
    QCOMPARE(setting(db), QStringLiteral("yes"));
    const QJsonObject k = march(db);
    // 201: mql 03-03 10:00, sal 03-05 16:30 → 54.5 h > 12 h, breached; 202: no sal, breached → 0/2
    QCOMPARE(k.value(QStringLiteral("sla.acceptance_median_hours")).toDouble(), 54.5);
    QCOMPARE(k.value(QStringLiteral("sla.compliance")).toDouble(-1), 0.0);
    QCOMPARE(k.value(QStringLiteral("sla.breached")).toDouble(-1), 2.0);
    // Leads with sal_at are stored now: an export without the column keeps it tracked.
    const ProcessRun plain = importHubspot(db);
    QVERIFY(!plain.out.contains(QStringLiteral("sales-accepted stage")));
    QCOMPARE(setting(db), QStringLiteral("yes"));
}

void TestSalStage::aCanonicalBundleLeavesTheSettingAlone()
{
    const QString db = m_tmp.filePath(QStringLiteral("bundle.db"));
    QVERIFY(run({QStringLiteral("settings"), QStringLiteral("sal_stage_tracked"), QStringLiteral("no")}, db).exitedWith(0));
    const ProcessRun r = run({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/base")}, db);
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe() + r.out + r.err));
    QCOMPARE(setting(db), QStringLiteral("no"));
}

QTEST_GUILESS_MAIN(TestSalStage)
#include "tst_salstage.moc"

// `revalign health` and `revalign whitespace` as a user runs them, on a store
// imported from the `health` fixture (tests/data/kpi/health; the numbers are
// worked out in its expected.md).
#include "support/revalign.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::testsupport;

class TestHealthCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void healthJson();
    void healthCsv();
    void healthTable();
    void healthFilters();
    void whitespaceJson();
    void whitespaceCsvAndTop();
    void usageErrors_data();
    void usageErrors();
    void settingsValidated();

private:
    ProcessRun run(QStringList args) const
    {
        args << QStringLiteral("--db") << m_db;
        return runRevalign(args);
    }
    QJsonObject json(const QStringList &args) const
    {
        const ProcessRun r = run(args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QTemporaryDir m_tmp;
    QString m_db;
};

void TestHealthCli::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_db = m_tmp.filePath(QStringLiteral("health.db"));
    const ProcessRun r = run({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/kpi/health")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
}

void TestHealthCli::healthJson()
{
    const QJsonObject o = json({QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                                QStringLiteral("--json")});
    QCOMPARE(o[QStringLiteral("month")].toString(), QStringLiteral("2026-04"));
    QCOMPARE(o[QStringLiteral("risk_signals")].toInt(), 2);
    const QJsonArray accounts = o[QStringLiteral("accounts")].toArray();
    QCOMPARE(accounts.size(), 4);
    const QJsonObject a13 = accounts[0].toObject();
    QCOMPARE(a13[QStringLiteral("account")].toString(), QStringLiteral("A13"));
    QCOMPARE(a13[QStringLiteral("mrr")].toDouble(), 100.0);
    QCOMPARE(a13[QStringLiteral("segment")].type(), QJsonValue::Null);
    QCOMPARE(a13[QStringLiteral("signals")].toArray().size(), 4);
    const QJsonObject ev = a13[QStringLiteral("evidence")].toObject();
    QCOMPARE(ev[QStringLiteral("utilisation")].toDouble(), 0.3);
    QCOMPARE(ev[QStringLiteral("users_then")].toInt(), 10);
    QCOMPARE(ev[QStringLiteral("users_now")].toInt(), 5);
    QCOMPARE(ev[QStringLiteral("detractor_on")].toString(), QStringLiteral("2026-03-15"));
    QCOMPARE(ev[QStringLiteral("mrr_then")].toDouble(), 120.0);
    const QJsonObject a7 = accounts[3].toObject()[QStringLiteral("evidence")].toObject();
    QCOMPARE(a7[QStringLiteral("ticket_opened")].toString(), QStringLiteral("2026-04-16T23:59:59Z"));
    QCOMPARE(a7[QStringLiteral("ticket_resolved")].type(), QJsonValue::Null); // still open at the month's end
    const QJsonObject lift = o[QStringLiteral("lift")].toObject();
    QCOMPARE(lift[QStringLiteral("value")].toDouble(), 10.0 / 3.0);
    QCOMPARE(lift[QStringLiteral("flagged")].toInt(), 3);
    QCOMPARE(lift[QStringLiteral("others_churned")].toInt(), 1);
    QCOMPARE(lift[QStringLiteral("first_month")].toString(), QStringLiteral("2025-02"));
    QVERIFY(lift[QStringLiteral("sentence")].toString().contains(QStringLiteral("churned 3.3× as often")));
}

void TestHealthCli::healthCsv()
{
    const ProcessRun r = run({QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("2026-04"), QStringLiteral("--csv")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("account,persona,segment,mrr,low_utilisation,usage_drop,detractor,poor_service,"
                                      "contraction,utilisation,users_then,users_now,mrr_then,detractor_score,ticket_csat"));
    QCOMPARE(lines[2], QStringLiteral("A5,CFO,Enterprise,1300,1,1,0,0,0,0.3,80,40,1300,,"));
}

void TestHealthCli::healthTable()
{
    const ProcessRun r = run({QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("2026-04")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Accounts at risk in 2026-04 (2 or more of the five signals): 4")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("ticket open since 2026-04-16")));
    QVERIFY(r.out.contains(QStringLiteral("Accounts flagged at risk churned 3.3× as often as the others")));
    QVERIFY(r.out.contains(QStringLiteral("1 of 3 flagged accounts churned")));
}

void TestHealthCli::healthFilters()
{
    const QJsonObject cfo = json({QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                                  QStringLiteral("--persona"), QStringLiteral("CFO"), QStringLiteral("--json")});
    QCOMPARE(cfo[QStringLiteral("accounts")].toArray().size(), 2);
    QCOMPARE(cfo[QStringLiteral("lift")].toObject()[QStringLiteral("value")].toDouble(), 4.0 / 3.0);
    const QJsonObject ent = json({QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                                  QStringLiteral("--segment"), QStringLiteral("Enterprise"), QStringLiteral("--json")});
    QCOMPARE(ent[QStringLiteral("accounts")].toArray().size(), 2);
    QCOMPARE(ent[QStringLiteral("lift")].toObject()[QStringLiteral("value")].type(), QJsonValue::Null);
    const QJsonObject early = json({QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                                    QStringLiteral("--as-of"), QStringLiteral("2026-04-30"), QStringLiteral("--json")});
    QCOMPARE(early[QStringLiteral("accounts")].toArray().size(), 3);
}

void TestHealthCli::whitespaceJson()
{
    const QJsonObject o = json({QStringLiteral("whitespace"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                                QStringLiteral("--json")});
    QCOMPARE(o[QStringLiteral("gaps_total")].toInt(), 3);
    const QJsonArray cells = o[QStringLiteral("cells")].toArray();
    QCOMPARE(cells.size(), 12); // 4 products × 3 segment groups
    const QJsonObject addonSmb = cells[1].toObject();
    QCOMPARE(addonSmb[QStringLiteral("product")].toString(), QStringLiteral("addon"));
    QCOMPARE(addonSmb[QStringLiteral("segment")].toString(), QStringLiteral("SMB"));
    QCOMPARE(addonSmb[QStringLiteral("adoption")].toDouble(), 0.8);
    QCOMPARE(addonSmb[QStringLiteral("median_mrr")].toDouble(), 25.0);
    QCOMPARE(addonSmb[QStringLiteral("without")].toInt(), 1);
    const QJsonArray gaps = o[QStringLiteral("top_gaps")].toArray();
    QCOMPARE(gaps.size(), 3);
    QCOMPARE(gaps[0].toObject()[QStringLiteral("potential_mrr")].toDouble(), 70.0);
    QCOMPARE(gaps[0].toObject()[QStringLiteral("account")].toString(), QStringLiteral("A8"));
    const QJsonObject smb = json({QStringLiteral("whitespace"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                                  QStringLiteral("--segment"), QStringLiteral("SMB"), QStringLiteral("--json")});
    QCOMPARE(smb[QStringLiteral("gaps_total")].toInt(), 1);
}

void TestHealthCli::whitespaceCsvAndTop()
{
    const ProcessRun r = run({QStringLiteral("whitespace"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                          QStringLiteral("--csv"), QStringLiteral("--top"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 12 + 1);
    QCOMPARE(lines.last(), QStringLiteral("gap,base,,,3,,,A8,70"));
    const ProcessRun table = run({QStringLiteral("whitespace"), QStringLiteral("--period"), QStringLiteral("2026-04")});
    QVERIFY(table.out.contains(QStringLiteral("Top gaps (3 of 3)")));
}

void TestHealthCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("week") << QStringList{QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("2026-W15")}
                          << QStringLiteral("whole months only");
    QTest::newRow("no period") << QStringList{QStringLiteral("whitespace")} << QStringLiteral("--period");
    QTest::newRow("channel") << QStringList{QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                                            QStringLiteral("--channel"), QStringLiteral("web")}
                             << QStringLiteral("channel");
    QTest::newRow("bad top") << QStringList{QStringLiteral("whitespace"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                                            QStringLiteral("--top"), QStringLiteral("-1")}
                             << QStringLiteral("--top");
    QTest::newRow("unknown segment") << QStringList{QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                                                    QStringLiteral("--segment"), QStringLiteral("Huge")}
                                     << QStringLiteral("Huge");
}

void TestHealthCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ProcessRun r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

// The five settings through `revalign settings`, validated, and used by the verbs.
void TestHealthCli::settingsValidated()
{
    QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("risk_signals"), QStringLiteral("6")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("low_utilisation"), QStringLiteral("40%")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("risk_signals"), QStringLiteral("1")}).exitCode, 0);
    const QJsonObject one = json({QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("2026-04"),
                                  QStringLiteral("--json")});
    QCOMPARE(one[QStringLiteral("risk_signals")].toInt(), 1);
    QVERIFY(one[QStringLiteral("accounts")].toArray().size() > 4);
    QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("risk_signals"), QStringLiteral("2")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("usage_drop")}).out.trimmed(), QStringLiteral("0.3"));
}

QTEST_GUILESS_MAIN(TestHealthCli)
#include "tst_healthcli.moc"

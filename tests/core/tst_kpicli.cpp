// The KPI verbs as a user runs them: the revalign binary as a process on a
// store imported from the `funnel` fixture (tests/data/kpi/funnel, whose
// numbers are worked out in its expected.md).
#include "domain/kpicatalog.h"
#include "support/revalign.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::testsupport;

namespace {

} // namespace

class TestKpiCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void kpisJson();
    void kpisJsonFilters();
    void kpisTable();
    void usageErrors_data();
    void usageErrors();
    void unknownPersonaListsValues();
    void trend();
    void breakdown();
    void cohorts();
    void quality();
    void helpPointsAtTheDocs();

private:
    QStringList withDb(QStringList args) const { return args << QStringLiteral("--db") << m_db; }
    QTemporaryDir m_tmp;
    QString m_db;
};

void TestKpiCli::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_db = m_tmp.filePath(QStringLiteral("funnel.db"));
    const ProcessRun r = runRevalign(withDb({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/kpi/funnel")}));
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe() + r.out));
}

void TestKpiCli::kpisJson()
{
    const ProcessRun r = runRevalign(withDb({QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-11"),
                                   QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o[QStringLiteral("period")].toObject()[QStringLiteral("key")].toString(), QStringLiteral("2026-11"));
    QCOMPARE(o[QStringLiteral("period")].toObject()[QStringLiteral("start")].toString(), QStringLiteral("2026-11-01"));
    QCOMPARE(o[QStringLiteral("period")].toObject()[QStringLiteral("end")].toString(), QStringLiteral("2026-11-30"));
    QCOMPARE(o[QStringLiteral("as_of")].toString(), QStringLiteral("2027-02-01T09:00:00Z"));
    const QJsonObject filters = o[QStringLiteral("filters")].toObject();
    QVERIFY(filters[QStringLiteral("persona")].isNull());
    QVERIFY(filters[QStringLiteral("segment")].isNull());
    QVERIFY(filters[QStringLiteral("channel")].isNull());

    const QJsonObject kpis = o[QStringLiteral("kpis")].toObject();
    QCOMPARE(kpis.size(), kKpiCount);
    qsizetype lastPos = -1;
    for (const KpiInfo &k : kpiCatalog()) {
        QVERIFY2(kpis.contains(QLatin1String(k.key)), k.key);
        // The contract lists the keys in catalog order; QJsonObject would sort them.
        const qsizetype pos = r.out.indexOf(QStringLiteral("\"%1\":").arg(QLatin1String(k.key)));
        QVERIFY2(pos > lastPos, k.key);
        lastPos = pos;
    }
    QVERIFY(r.out.contains(QStringLiteral("\"leads.created\": 10,")));   // an integer, not 10.0
    QCOMPARE(kpis[QStringLiteral("conv.mql_to_sal")].toDouble(), 5.0 / 7.0); // full precision
    QCOMPARE(kpis[QStringLiteral("bookings.total")].toDouble(), 1000.0);     // major units
    QVERIFY(kpis[QStringLiteral("mrr.end")].isNull());                       // no revenue file
    QVERIFY(kpis[QStringLiteral("tickets.opened")].isNull());
    // The previous period travels with it.
    const QJsonObject prev = o[QStringLiteral("previous")].toObject();
    QCOMPARE(prev[QStringLiteral("period")].toObject()[QStringLiteral("key")].toString(), QStringLiteral("2026-10"));
    QCOMPARE(prev[QStringLiteral("kpis")].toObject()[QStringLiteral("leads.created")].toInt(), 1);
    // November's rows of targets.csv, judged as in expected.md.
    QHash<QString, QJsonObject> targets;
    for (const QJsonValue &v : o[QStringLiteral("targets")].toArray())
        targets.insert(v.toObject()[QStringLiteral("kpi")].toString(), v.toObject());
    QCOMPARE(targets.size(), 4);
    QCOMPARE(targets[QStringLiteral("leads.created")][QStringLiteral("status")].toString(), QStringLiteral("behind"));
    QCOMPARE(targets[QStringLiteral("leads.created")][QStringLiteral("owner")].toString(), QStringLiteral("marketing"));
    QCOMPARE(targets[QStringLiteral("sla.breached")][QStringLiteral("status")].toString(), QStringLiteral("on_track"));
    QCOMPARE(targets[QStringLiteral("bookings.total")][QStringLiteral("status")].toString(), QStringLiteral("on_track"));
    QCOMPARE(targets[QStringLiteral("bookings.total")][QStringLiteral("actual")].toDouble(), 1000.0);
    QCOMPARE(targets[QStringLiteral("conv.mql_to_sal")][QStringLiteral("status")].toString(), QStringLiteral("behind"));
    QVERIFY(targets[QStringLiteral("conv.mql_to_sal")][QStringLiteral("owner")].isNull());
}

void TestKpiCli::kpisJsonFilters()
{
    const ProcessRun r = runRevalign(withDb({QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-11"),
                                   QStringLiteral("--persona"), QStringLiteral(" CFO "), QStringLiteral("--channel"),
                                   QStringLiteral("web"), QStringLiteral("--as-of"), QStringLiteral("2026-11-30 08:00"),
                                   QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o[QStringLiteral("as_of")].toString(), QStringLiteral("2026-11-30T08:00:00Z"));
    const QJsonObject filters = o[QStringLiteral("filters")].toObject();
    QCOMPARE(filters[QStringLiteral("persona")].toString(), QStringLiteral("CFO"));
    QVERIFY(filters[QStringLiteral("segment")].isNull());
    QCOMPARE(filters[QStringLiteral("channel")].toString(), QStringLiteral("web"));
    // CFO and web: L1, L6, L8 (expected.md).
    QCOMPARE(o[QStringLiteral("kpis")].toObject()[QStringLiteral("leads.created")].toInt(), 3);
}

void TestKpiCli::kpisTable()
{
    const ProcessRun r = runRevalign(withDb({QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-11")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("—")));          // nulls
    QVERIFY(r.out.contains(QStringLiteral("MARKETING")));  // grouped
    QVERIFY(r.out.contains(QStringLiteral("71.4%")));      // MQL → SAL 5/7 for people
    QVERIFY(r.out.contains(QStringLiteral("€1,000")));     // bookings
    QVERIFY(r.out.contains(QStringLiteral("on track")));
    QVERIFY(r.out.contains(QStringLiteral("behind")));
    for (const KpiInfo &k : kpiCatalog())
        QVERIFY2(r.out.contains(QLatin1String(k.key)), k.key);
}

void TestKpiCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString p = QStringLiteral("--period");
    QTest::newRow("no period") << QStringList{QStringLiteral("kpis")} << QStringLiteral("--period");
    QTest::newRow("bad period") << QStringList{QStringLiteral("kpis"), p, QStringLiteral("2026-13")} << QStringLiteral("2026");
    QTest::newRow("bad as-of") << QStringList{QStringLiteral("kpis"), p, QStringLiteral("2026-11"), QStringLiteral("--as-of"),
                                              QStringLiteral("yesterday")}
                               << QStringLiteral("--as-of");
    QTest::newRow("unknown segment") << QStringList{QStringLiteral("kpis"), p, QStringLiteral("2026-11"),
                                                    QStringLiteral("--segment"), QStringLiteral("Huge")}
                                     << QStringLiteral("Enterprise, SMB");
    QTest::newRow("unknown channel") << QStringList{QStringLiteral("kpis"), p, QStringLiteral("2026-11"),
                                                    QStringLiteral("--channel"), QStringLiteral("radio")}
                                     << QStringLiteral("web");
    QTest::newRow("json and csv") << QStringList{QStringLiteral("trend"), QStringLiteral("leads.mql"), QStringLiteral("--json"),
                                                 QStringLiteral("--csv")}
                                  << QStringLiteral("--csv");
    QTest::newRow("unknown key") << QStringList{QStringLiteral("trend"), QStringLiteral("leads.mql,leads.bogus")}
                                 << QStringLiteral("leads.bogus");
    QTest::newRow("bad grain") << QStringList{QStringLiteral("trend"), QStringLiteral("leads.mql"), QStringLiteral("--grain"),
                                              QStringLiteral("day")}
                               << QStringLiteral("week, month or quarter");
    QTest::newRow("bad last") << QStringList{QStringLiteral("trend"), QStringLiteral("leads.mql"), QStringLiteral("--last"),
                                             QStringLiteral("0")}
                              << QStringLiteral("--last");
    QTest::newRow("bad by") << QStringList{QStringLiteral("breakdown"), p, QStringLiteral("2026-11"), QStringLiteral("--by"),
                                           QStringLiteral("colour")}
                            << QStringLiteral("persona, segment or channel");
    QTest::newRow("bad from") << QStringList{QStringLiteral("cohorts"), QStringLiteral("--from"), QStringLiteral("2026-13")}
                              << QStringLiteral("--from");
}

void TestKpiCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const ProcessRun r = runRevalign(withDb(args));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
}

void TestKpiCli::unknownPersonaListsValues()
{
    const ProcessRun r = runRevalign(withDb({QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-11"),
                                   QStringLiteral("--persona"), QStringLiteral("CEO")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("unknown persona 'CEO'")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("CFO, IT, Unassigned")), qPrintable(r.err));

    const ProcessRun missing = runRevalign({QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-11"),
                                  QStringLiteral("--db"), m_tmp.filePath(QStringLiteral("nothing-here.db"))});
    QCOMPARE(missing.exitCode, 2);
}

void TestKpiCli::trend()
{
    const ProcessRun r = runRevalign(withDb({QStringLiteral("trend"), QStringLiteral("leads.created,conv.mql_to_sal"),
                                   QStringLiteral("--grain"), QStringLiteral("month"), QStringLiteral("--last"),
                                   QStringLiteral("5"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray periods = o[QStringLiteral("periods")].toArray();
    QCOMPARE(periods.size(), 5);
    // Ends with the month containing as_of (2027-02-01 09:00).
    QCOMPARE(periods.last().toObject()[QStringLiteral("key")].toString(), QStringLiteral("2027-02"));
    QCOMPARE(periods.first().toObject()[QStringLiteral("key")].toString(), QStringLiteral("2026-10"));
    const QJsonObject nov = periods.at(1).toObject()[QStringLiteral("kpis")].toObject();
    QCOMPARE(nov[QStringLiteral("leads.created")].toInt(), 10);
    QCOMPARE(nov.size(), 2);

    const ProcessRun csv = runRevalign(withDb({QStringLiteral("trend"), QStringLiteral("leads.created"), QStringLiteral("--grain"),
                                     QStringLiteral("week"), QStringLiteral("--last"), QStringLiteral("2"),
                                     QStringLiteral("--as-of"), QStringLiteral("2026-11-08T12:00:00Z"), QStringLiteral("--csv")}));
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("period,start,end,leads.created"));
    QCOMPARE(lines[2], QStringLiteral("2026-W45,2026-11-02,2026-11-08,8"));
}

void TestKpiCli::breakdown()
{
    const ProcessRun r = runRevalign(withDb({QStringLiteral("breakdown"), QStringLiteral("--period"), QStringLiteral("2026-11"),
                                   QStringLiteral("--by"), QStringLiteral("persona"), QStringLiteral("--csv")}));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith(QStringLiteral("persona,leads.created,leads.mql,")));
    QVERIFY2(lines[1].startsWith(QStringLiteral("CFO,5,5,3,")), qPrintable(lines[1]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("Unassigned,3,1,")), qPrintable(lines[3]));

    const ProcessRun json = runRevalign(withDb({QStringLiteral("breakdown"), QStringLiteral("--period"), QStringLiteral("2026-11"),
                                      QStringLiteral("--by"), QStringLiteral("segment"), QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).object()[QStringLiteral("rows")].toArray();
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows.at(0).toObject()[QStringLiteral("value")].toString(), QStringLiteral("Enterprise"));
    QCOMPARE(rows.at(0).toObject()[QStringLiteral("kpis")].toObject()[QStringLiteral("leads.created")].toInt(), 4);

    const ProcessRun table = runRevalign(withDb({QStringLiteral("breakdown"), QStringLiteral("--period"), QStringLiteral("2026-11"),
                                       QStringLiteral("--by"), QStringLiteral("channel")}));
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(QStringLiteral("telemarketing")));
}

void TestKpiCli::cohorts()
{
    const ProcessRun r = runRevalign(withDb({QStringLiteral("cohorts"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o[QStringLiteral("cohorts")].isArray());
    QCOMPARE(o[QStringLiteral("cohorts")].toArray().size(), 0); // the fixture has no revenue

    const ProcessRun table = runRevalign(withDb({QStringLiteral("cohorts")}));
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(QStringLiteral("Revenue retention")));
}

void TestKpiCli::quality()
{
    const ProcessRun r = runRevalign(withDb({QStringLiteral("quality"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QHash<QString, QJsonObject> issues;
    for (const QJsonValue &v : o[QStringLiteral("issues")].toArray())
        issues.insert(v.toObject()[QStringLiteral("key")].toString(), v.toObject());
    // L4's SAL is before its MQL.
    QCOMPARE(issues[QStringLiteral("leads.out_of_order")][QStringLiteral("count")].toInt(), 1);
    QCOMPARE(issues[QStringLiteral("leads.out_of_order")][QStringLiteral("samples")].toArray().at(0).toString(), QStringLiteral("L4"));
    // L3, L10, L13, L14 have no persona.
    QCOMPARE(issues[QStringLiteral("leads.without_persona")][QStringLiteral("count")].toInt(), 4);
    QCOMPARE(issues[QStringLiteral("opportunities.without_lead")][QStringLiteral("count")].toInt(), 0);
    // Over every lead as of 2027-02-01: L5, L6 never accepted, L2 accepted without outcome.
    QCOMPARE(issues[QStringLiteral("leads.stalled")][QStringLiteral("count")].toInt(), 3);
    QCOMPARE(issues[QStringLiteral("leads.reentered")][QStringLiteral("count")].toInt(), 2); // L10, L12
    const QJsonArray imports = o[QStringLiteral("imports")].toArray();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.at(0).toObject()[QStringLiteral("rejected")].toInt(), 0);

    const ProcessRun text = runRevalign(withDb({QStringLiteral("quality")}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("out of order")));
}

// --help names the user documentation the answers are in.
void TestKpiCli::helpPointsAtTheDocs()
{
    for (const char *verb : {"kpis", "trend", "breakdown", "cohorts", "report", "screenshot"}) {
        const bool renders = qstrcmp(verb, "report") == 0 || qstrcmp(verb, "screenshot") == 0;
        if (renders && !RA_REVALIGN_HAS_UI)
            continue; // a build without the window has no help for them (app/noui)
        const ProcessRun r = runRevalign({QString::fromLatin1(verb), QStringLiteral("--help")});
        QVERIFY2(r.exitedWith(0) && r.out.contains(QLatin1String("docs/kpi-definitions.md")), verb);
    }
    for (const char *verb : {"import", "export-bundle"}) {
        const ProcessRun r = runRevalign({QString::fromLatin1(verb), QStringLiteral("--help")});
        QVERIFY2(r.exitedWith(0) && r.out.contains(QLatin1String("docs/bundle-format.md")), verb);
    }
}

QTEST_GUILESS_MAIN(TestKpiCli)
#include "tst_kpicli.moc"

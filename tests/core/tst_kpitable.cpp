// Tables for people and CSV for spreadsheets (models/report/kpitable.h).
#include "report/kpitable.h"

#include <QTest>

using namespace ra;

class TestKpiTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aligned();
    void trendCsvUsesJsonUnits();
    void breakdownCsv();
    void breakdownCsvNeutralisesFormulas();
    void cohortsCsv();
    void reportTable();
};

void TestKpiTable::aligned()
{
    // "—" and "€" are one column wide: the right edges line up.
    const QString t = alignedTable({QStringLiteral("name"), QStringLiteral("value")},
                                   {{QStringLiteral("a"), QStringLiteral("—")},
                                    {QStringLiteral("longer"), QStringLiteral("€1,000")},
                                    {QStringLiteral("GROUP")}},
                                   1);
    const QStringList lines = t.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("name     value"));
    QCOMPARE(lines[1], QStringLiteral("--------------"));
    QCOMPARE(lines[2], QStringLiteral("a            —"));
    QCOMPARE(lines[3], QStringLiteral("longer  €1,000"));
    QCOMPARE(lines[4], QStringLiteral("GROUP"));
}

void TestKpiTable::trendCsvUsesJsonUnits()
{
    TrendSeries t;
    t.periods = {*Period::parse(QStringLiteral("2026-10")), *Period::parse(QStringLiteral("2026-11"))};
    t.values.resize(2);
    t.values[0].set(KpiId::BookingsTotal, 123450.0);
    t.values[0].set(KpiId::ConvMqlToSal, 0.5);
    t.values[1].set(KpiId::BookingsTotal, 0.0);
    t.values[1].set(KpiId::ConvMqlToSal, std::nullopt);
    QCOMPARE(trendCsv(t, {KpiId::BookingsTotal, KpiId::ConvMqlToSal}),
             QStringLiteral("period,start,end,bookings.total,conv.mql_to_sal\r\n"
                            "2026-10,2026-10-01,2026-10-31,1234.5,0.5\r\n"
                            "2026-11,2026-11-01,2026-11-30,0,\r\n"));
}

void TestKpiTable::breakdownCsv()
{
    BreakdownRow row;
    row.value = QStringLiteral("Ops, EMEA");
    row.kpis.set(KpiId::LeadsCreated, 7.0);
    const QString csv = ra::breakdownCsv({row}, Dimension::Persona);
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QStringLiteral("persona,leads.created,")));
    QVERIFY(lines[1].startsWith(QStringLiteral("\"Ops, EMEA\",7,,")));
    QCOMPARE(lines[1].count(QLatin1Char(',')), kKpiCount + 1); // the quoted comma + one per key
}

// A persona (segment, channel) is text from the source systems: one named
// =HYPERLINK("x") used to come out as "=HYPERLINK(""x"")", which a
// spreadsheet runs as a formula.
void TestKpiTable::breakdownCsvNeutralisesFormulas()
{
    BreakdownRow row;
    row.value = QStringLiteral("=HYPERLINK(\"x\")");
    row.kpis.set(KpiId::LeadsCreated, 7.0);
    row.kpis.set(KpiId::BookingsTotal, -1250.0); // cents; a negative number stays a number
    const QStringList lines = ra::breakdownCsv({row}, Dimension::Persona).split(QStringLiteral("\r\n"));
    QVERIFY(lines[1].startsWith(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",7,")));
    QVERIFY(lines[1].contains(QStringLiteral(",-12.5,")));
}

void TestKpiTable::cohortsCsv()
{
    CohortRow c;
    c.month = 202604;
    c.accounts = 2;
    c.startMrr = 13000;
    c.logoRetention = {1.0, 0.5};
    c.revenueRetention = {1.0, std::nullopt};
    QCOMPARE(ra::cohortsCsv({c}), QStringLiteral("month,accounts,start_mrr,measure,k0,k1\r\n"
                                                 "2026-04,2,130,logo,1,0.5\r\n"
                                                 "2026-04,2,130,revenue,1,\r\n"));
}

void TestKpiTable::reportTable()
{
    KpiReport r;
    r.period = *Period::parse(QStringLiteral("2026-11"));
    r.previousPeriod = r.period.previous();
    r.current.set(KpiId::LeadsCreated, 1234.0);
    r.previous.set(KpiId::LeadsCreated, 1000.0);
    r.targets.push_back({KpiId::LeadsCreated, 1200, 1200, QStringLiteral("marketing"), 1234.0, TargetStatus::OnTrack});
    const QString t = kpiReportTable(r, QStringLiteral("EUR"));
    const QStringList lines = t.split(QLatin1Char('\n'));
    QVERIFY(t.startsWith(QStringLiteral("November 2026 (2026-11)")));
    QString created;
    for (const QString &l : lines)
        if (l.startsWith(QStringLiteral("Leads created")))
            created = l.simplified();
    QCOMPARE(created, QStringLiteral("Leads created leads.created 1,234 1,000 +23.4% 1,200 on track"));
    QVERIFY(t.contains(QStringLiteral("ALIGNMENT")));
    QVERIFY(t.contains(QStringLiteral("—")));
}

QTEST_GUILESS_MAIN(TestKpiTable)
#include "tst_kpitable.moc"

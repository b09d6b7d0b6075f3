// Recurring revenue, cohorts, persona resolution, service and survey KPIs
// of docs/kpi-definitions.md on hand-built snapshots; the hand arithmetic is
// written next to every expected value. Money is in cents here.
#include "support/kpiscenarios.h"

#include <QtTest>

using namespace ra;
using namespace ra::testsupport;

class TestRecurringKpis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recurring_data();
    void recurring();
    void recurringApplicability();
    void cohorts();
    void personaResolution_data();
    void personaResolution();
    void service();
    void survey();
};

void TestRecurringKpis::recurring_data()
{
    QTest::addColumn<KpiId>("id");
    QTest::addColumn<std::optional<double>>("want");
    QTest::newRow("mrr.start") << KpiId::MrrStart << std::optional<double>(600);   // March: 100 + 200 + 300
    QTest::newRow("mrr.end") << KpiId::MrrEnd << std::optional<double>(580);       // June: 150 + 80 + 100 + 250
    QTest::newRow("mrr.new") << KpiId::MrrNew << std::optional<double>(120);
    QTest::newRow("mrr.expansion") << KpiId::MrrExpansion << std::optional<double>(50);
    QTest::newRow("mrr.contraction") << KpiId::MrrContraction << std::optional<double>(70); // 50 + 20
    QTest::newRow("mrr.churned") << KpiId::MrrChurned << std::optional<double>(200);
    QTest::newRow("mrr.reactivation") << KpiId::MrrReactivation << std::optional<double>(80);
    QTest::newRow("customers.start") << KpiId::CustomersStart << std::optional<double>(3);
    QTest::newRow("customers.end") << KpiId::CustomersEnd << std::optional<double>(4);
    QTest::newRow("customers.new") << KpiId::CustomersNew << std::optional<double>(1);
    QTest::newRow("customers.churned") << KpiId::CustomersChurned << std::optional<double>(1);
    QTest::newRow("churn.logo_rate") << KpiId::ChurnLogoRate << std::optional<double>(1.0 / 3);
    QTest::newRow("churn.gross_revenue_rate") << KpiId::ChurnGrossRevenueRate << std::optional<double>(270.0 / 600);
    // accounts paying in March: a0 → 150, a1 → 0, a4 → 250
    QTest::newRow("nrr") << KpiId::Nrr << std::optional<double>(400.0 / 600);
    QTest::newRow("grr") << KpiId::Grr << std::optional<double>(350.0 / 600); // min: 100 + 0 + 250
    QTest::newRow("arpa") << KpiId::Arpa << std::optional<double>(145);
    // customers Jan 2, Feb 1, Mar 3, Apr 3, May 4; churned Feb 1 (a2), May 1 (a1); January skipped (none in Dec):
    // (1/2 + 0/1 + 0/3 + 1/3 + 0/4) / 5 = 1/6
    QTest::newRow("churn.monthly_avg_12m") << KpiId::ChurnMonthlyAvg12m << std::optional<double>(1.0 / 6);
    QTest::newRow("clv") << KpiId::Clv << std::optional<double>(145 * 0.8 * 6); // arpa × margin / (1/6) = 696
    QTest::newRow("cac") << KpiId::Cac << std::optional<double>(360);           // (300 + 60) / 1
    QTest::newRow("cac_payback_months") << KpiId::CacPaybackMonths << std::optional<double>(3.75); // 360 / (120 × 0.8)
    QTest::newRow("clv_to_cac") << KpiId::ClvToCac << std::optional<double>(696.0 / 360);
}

void TestRecurringKpis::recurring()
{
    QFETCH(KpiId, id);
    QFETCH(std::optional<double>, want);
    expect(engine(recurringScenario())->computeSet(period("2026-Q2"), {}, at(2026, 6, 30)), id, want);
}

void TestRecurringKpis::recurringApplicability()
{
    const auto e = engine(recurringScenario());
    const qint64 asOf = at(2026, 6, 30);
    KpiSet week = e->computeSet(period("2026-W20"), {}, asOf);
    expect(week, KpiId::MrrEnd, std::nullopt);
    QCOMPARE(week.nullReason(KpiId::MrrEnd), NullReason::NotWholeMonths);
    // April alone: no new customer → CAC over 0 is null
    KpiSet april = e->computeSet(period("2026-04"), {}, asOf);
    expect(april, KpiId::Cac, std::nullopt);
    QCOMPARE(april.nullReason(KpiId::Cac), NullReason::ZeroDenominator);
    // a custom range of whole months is monthly-grain; spend after as_of's month does not exist
    expect(e->computeSet(period("2026-05-01..2026-07-31"), {}, asOf), KpiId::Cac, 60);
    KpiFilters cfo;
    cfo.persona = QStringLiteral("CFO");
    KpiSet set = e->computeSet(period("2026-Q2"), cfo, asOf);
    expect(set, KpiId::MrrEnd, 150); // a0 only
    expect(set, KpiId::Cac, std::nullopt);
    QCOMPARE(set.nullReason(KpiId::Cac), NullReason::FilterNotApplicable);
    // as_of inside May: June's rows do not exist yet → 0
    expect(e->computeSet(period("2026-06"), {}, at(2026, 5, 31)), KpiId::MrrEnd, 0);
}

void TestRecurringKpis::cohorts()
{
    const auto rows = engine(recurringScenario())->cohorts(std::nullopt, {}, at(2026, 6, 30));
    QCOMPARE(rows.size(), size_t(3));
    // January: a0 + a2, 150 at start; logo 1, ½ (a0), ½, ½, 1, 1; revenue Feb 100/150, May (150 + 80)/150
    QCOMPARE(rows[0].month, 202601);
    QCOMPARE(rows[0].accounts, 2);
    QCOMPARE(rows[0].startMrr, 150.0);
    QCOMPARE(rows[0].logoRetention.size(), size_t(6)); // Jan..Jun: nothing beyond as_of's month
    QCOMPARE(*rows[0].logoRetention[1], 0.5);
    QCOMPARE(*rows[0].logoRetention[4], 1.0);
    QVERIFY(qFuzzyCompare(*rows[0].revenueRetention[1], 100.0 / 150));
    QVERIFY(qFuzzyCompare(*rows[0].revenueRetention[4], 230.0 / 150));
    // March: a1 + a4 = 500; June: a4 250 → logo ½, revenue ½
    QCOMPARE(rows[1].month, 202603);
    QCOMPARE(*rows[1].logoRetention[3], 0.5);
    QCOMPARE(*rows[1].revenueRetention[3], 0.5);
    QCOMPARE(rows[2].month, 202605);
    QCOMPARE(rows[2].logoRetention.size(), size_t(2));
    QVERIFY(qFuzzyCompare(*rows[2].revenueRetention[1], 100.0 / 120));
    QCOMPARE(engine(recurringScenario())->cohorts(202603, {}, at(2026, 6, 30)).size(), size_t(2));
}

void TestRecurringKpis::personaResolution_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<qint64>("asOf");
    QTest::addColumn<double>("mrr");
    const qint64 late = at(2026, 6, 1), april = at(2026, 4, 1);
    QTest::newRow("account column") << "CFO" << late << 1.0;
    QTest::newRow("earliest won opportunity, id tie-break") << "COO" << late << 10.0;
    QTest::newRow("earliest lead") << "CIO" << late << 100.0;
    QTest::newRow("won later") << "CMO" << late << 10000.0;
    QTest::newRow("nothing") << "Unassigned" << late << 1000.0;
    // as known at 1 April, a4's CMO deal is still open: its lead's CIO applies
    QTest::newRow("as_of before the win") << "CIO" << april << 10100.0;
    QTest::newRow("as_of before the win, CMO") << "CMO" << april << 0.0;
}

void TestRecurringKpis::personaResolution()
{
    QFETCH(QString, persona);
    QFETCH(qint64, asOf);
    QFETCH(double, mrr);
    KpiFilters f;
    f.persona = persona;
    expect(engine(personaScenario())->computeSet(period("2026-03"), f, asOf), KpiId::MrrEnd, mrr);
}

void TestRecurringKpis::service()
{
    Snapshot s;
    const int a = s.addAccount(QStringLiteral("SMB"), QStringLiteral("CFO")), b = s.addAccount();
    s.addTicket(a, at(2026, 11, 1), at(2026, 11, 1, 10), 5);  // 10 h, happy
    s.addTicket(a, at(2026, 11, 2), at(2026, 11, 3), 3);      // 24 h, unhappy
    s.addTicket(a, at(2026, 10, 30), at(2026, 11, 2), 0);     // 72 h, not rated, opened in October
    s.addTicket(a, at(2026, 11, 5), at(2026, 11, 4), 4);      // negative: no duration, still rated
    s.addTicket(b, at(2026, 11, 20));                         // open
    for (int score : {10, 9, 8, 6, 0, 9})
        s.addNps(a, at(2026, 11, 15), score);
    s.addNps(b, at(2026, 11, 15), 0);
    const auto e = engine(std::move(s));
    KpiFilters cfo;
    cfo.persona = QStringLiteral("CFO");
    const KpiSet set = e->computeSet(period("2026-11"), cfo, at(2026, 12, 1));
    expect(set, KpiId::TicketsOpened, 3);                   // b's ticket is not CFO; the October one is out
    expect(set, KpiId::TicketsResolutionMedianHours, 24);   // median of 10, 24, 72
    expect(set, KpiId::Csat, 2.0 / 3);                      // 5, 3, 4 rated
    expect(set, KpiId::Nps, 100.0 * (3 - 2) / 6);           // promoters 10, 9, 9; detractors 6, 0
    expect(e->computeSet(period("2026-11"), {}, at(2026, 12, 1)), KpiId::TicketsOpened, 4);
    KpiFilters web;
    web.channel = QStringLiteral("web");
    QCOMPARE(e->computeSet(period("2026-11"), web, at(2026, 12, 1)).nullReason(KpiId::Nps), NullReason::FilterNotApplicable);
}

void TestRecurringKpis::survey()
{
    Snapshot s;
    enum { Mkt = 0, Sales = 1, Service = 2 };
    enum { Shared = 0, Definition = 1, Working = 3, Followup = 4 };
    const qint64 d = at(2026, 11, 10);
    s.addSurvey(d, Mkt, Shared, 8);
    s.addSurvey(d, Sales, Shared, 4);
    s.addSurvey(d, Mkt, Definition, 6);  // no sales answer: not in the gap
    s.addSurvey(d, Service, Followup, 7);
    s.addSurvey(d, Sales, Followup, 3);
    s.addSurvey(d, Mkt, Followup, 9);
    s.addSurvey(at(2026, 10, 10), Mkt, Working, 1); // October
    const auto e = engine(std::move(s));
    KpiFilters f;
    f.persona = QStringLiteral("CFO"); // survey keys ignore filters
    f.channel = QStringLiteral("web");
    const KpiSet set = e->computeSet(period("2026-11"), f, at(2026, 12, 1));
    expect(set, KpiId::SurveyScore, 37.0 / 6);                // (8 + 4 + 6 + 7 + 3 + 9) / 6
    expect(set, KpiId::SurveyGap, 5);                         // (|8 − 4| + |9 − 3|) / 2
    expect(set, KpiId::SurveyFollowupSatisfaction, 19.0 / 3); // (7 + 3 + 9) / 3, all roles
    expect(set, KpiId::SurveyLeadFlowWorking, std::nullopt);
    expect(e->computeSet(period("2026-10"), f, at(2026, 12, 1)), KpiId::SurveyGap, std::nullopt);
}

QTEST_GUILESS_MAIN(TestRecurringKpis)
#include "tst_recurringkpis.moc"

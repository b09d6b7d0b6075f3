// What the engine does across KPI families (docs/kpi-definitions.md): nulls
// for empty tables, targets (money compared in cents), trends, breakdowns,
// custom ranges and the Unassigned filters, on the hand-built snapshots of
// support/kpiscenarios. Money is in cents here.
#include "support/kpiscenarios.h"

#include <QtTest>

using namespace ra;
using namespace ra::testsupport;

class TestKpiEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nullWhenTableEmpty();
    void targets();
    void moneyTargetsInCents();
    void trendMatchesSinglePeriods();
    void breakdownAndValues();
    void customRangePrevious();
    void unassignedFilters();
};

void TestKpiEngine::nullWhenTableEmpty()
{
    Snapshot s;
    const int a = s.addAccount();
    Lead l;
    l.account = a, l.created = at(2025, 1, 1);
    s.addLead(l);
    const auto e = engine(std::move(s));
    const KpiSet set = e->computeSet(period("2026-11"), {}, at(2026, 12, 1));
    expect(set, KpiId::LeadsCreated, 0); // table has rows, period has none
    QCOMPARE(set.nullReason(KpiId::ConvMqlToSal), NullReason::ZeroDenominator);
    for (KpiId id : {KpiId::OppsWon, KpiId::MrrEnd, KpiId::Cac, KpiId::TicketsOpened, KpiId::Nps, KpiId::SurveyScore}) {
        expect(set, id, std::nullopt);
        QCOMPARE(set.nullReason(id), NullReason::NoData);
    }
}

void TestKpiEngine::targets()
{
    Snapshot s = bookingScenario();
    s.addTarget(QStringLiteral("2026-11"), QStringLiteral("bookings.total"), 50);          // 61.00 ≥ 50 → on track
    s.addTarget(QStringLiteral("2026-11"), QStringLiteral("bookings.new_business"), 12);   // 11.00 < 12 → behind
    s.addTarget(QStringLiteral("2026-11"), QStringLiteral("opps.cycle_median_days"), 20);  // higher is better: 23 ≥ 20
    s.addTarget(QStringLiteral("2026-11"), QStringLiteral("mrr.churned"), 100, QStringLiteral("sales")); // no revenue: no value
    s.addTarget(QStringLiteral("2026-10"), QStringLiteral("bookings.total"), 1);           // other period
    const auto e = engine(std::move(s));
    const KpiReport r = e->compute(period("2026-11"), {}, at(2026, 12, 31));
    QCOMPARE(r.previousPeriod.key(), QStringLiteral("2026-10"));
    QCOMPARE(r.targets.size(), size_t(4));
    QCOMPARE(r.targetFor(KpiId::BookingsTotal)->status, TargetStatus::OnTrack);
    QCOMPARE(r.targetFor(KpiId::BookingsNewBusiness)->status, TargetStatus::Behind);
    QCOMPARE(r.targetFor(KpiId::OppsCycleMedianDays)->status, TargetStatus::OnTrack);
    QCOMPARE(r.targetFor(KpiId::MrrChurned)->status, TargetStatus::NoValue);
    QCOMPARE(r.targetFor(KpiId::MrrChurned)->owner, QStringLiteral("sales"));

    Snapshot m = recurringScenario();
    m.addTarget(QStringLiteral("2026-Q2"), QStringLiteral("mrr.churned"), 1.5);    // 2.00 > 1.50, lower is better → behind
    m.addTarget(QStringLiteral("2026-Q2"), QStringLiteral("churn.logo_rate"), 0.5); // 1/3 ≤ 0.5 → on track
    const KpiReport q = engine(std::move(m))->compute(period("2026-Q2"), {}, at(2026, 6, 30));
    QCOMPARE(q.targetFor(KpiId::MrrChurned)->status, TargetStatus::Behind);
    QCOMPARE(q.targetFor(KpiId::ChurnLogoRate)->status, TargetStatus::OnTrack);
    expect(q.previous, KpiId::MrrEnd, 600); // Q1 ends with March
}

// targets.csv writes money in major units, the engine keeps cents: the
// target is converted once (to the nearest cent) and compared in cents.
void TestKpiEngine::moneyTargetsInCents()
{
    Snapshot s = bookingScenario(); // bookings.total 6100 cents = 61.00; new business 1100 = 11.00
    s.addTarget(QStringLiteral("2026-11"), QStringLiteral("bookings.total"), 61);             // 6100 ≥ 6100 → on track
    s.addTarget(QStringLiteral("2026-11"), QStringLiteral("bookings.new_business"), 11.01);   // 1100 < 1101 → behind
    // 0.1 + 0.2 in a double is 0.30000000000000004; as a target it is 30 cents.
    s.addTarget(QStringLiteral("2026-11"), QStringLiteral("bookings.marketing_sourced"), 0.1 + 0.2);
    // 19.99 × 3 = 59.97 (59.97000000000000 or a hair off in a double): 5997 cents.
    s.addTarget(QStringLiteral("2026-11"), QStringLiteral("opps.avg_won_amount"), 19.99 * 3);
    // 1e10 major units = 1e12 cents, exact in a double.
    s.addTarget(QStringLiteral("2026-11"), QStringLiteral("opps.pipeline_created"), 1e10);
    s.addTarget(QStringLiteral("2026-11"), QStringLiteral("opps.win_rate"), 0.8);             // a ratio: no conversion
    const KpiReport r = engine(std::move(s))->compute(period("2026-11"), {}, at(2026, 12, 31));
    QCOMPARE(r.targetFor(KpiId::BookingsTotal)->value, 6100.0);
    QCOMPARE(r.targetFor(KpiId::BookingsTotal)->target, 61.0); // as written
    QCOMPARE(r.targetFor(KpiId::BookingsTotal)->status, TargetStatus::OnTrack);
    QCOMPARE(r.targetFor(KpiId::BookingsNewBusiness)->value, 1101.0);
    QCOMPARE(r.targetFor(KpiId::BookingsNewBusiness)->status, TargetStatus::Behind);
    QCOMPARE(r.targetFor(KpiId::BookingsMarketingSourced)->value, 30.0);
    QCOMPARE(r.targetFor(KpiId::BookingsMarketingSourced)->status, TargetStatus::OnTrack); // 1000 ≥ 30
    QCOMPARE(r.targetFor(KpiId::OppsAvgWonAmount)->value, 5997.0);
    QCOMPARE(r.targetFor(KpiId::OppsPipelineCreated)->value, 1e12);
    QCOMPARE(r.targetFor(KpiId::OppsPipelineCreated)->status, TargetStatus::Behind); // 10400 < 1e12
    QCOMPARE(r.targetFor(KpiId::OppsWinRate)->value, 0.8);
    QCOMPARE(r.targetFor(KpiId::OppsWinRate)->status, TargetStatus::OnTrack); // 4 / 5 = 0.8 ≥ 0.8
}

void TestKpiEngine::trendMatchesSinglePeriods()
{
    KpiFilters smb;
    smb.segment = QStringLiteral("SMB");
    for (auto make : {&funnelScenario, &bookingScenario, &recurringScenario}) {
        const auto e = engine(make());
        for (Period::Kind grain : {Period::Kind::Week, Period::Kind::Month, Period::Kind::Quarter})
        for (const KpiFilters &f : {KpiFilters{}, smb}) {
            const TrendSeries t = e->trend(grain, 10, period("2026-12"), f, at(2026, 12, 15));
            QCOMPARE(t.periods.size(), size_t(10));
            QCOMPARE(t.periods.back(), Period::containing(grain, boost::gregorian::date(2026, 12, 31)));
            for (size_t i = 0; i < t.periods.size(); ++i) {
                const KpiSet one = e->computeSet(t.periods[i], f, at(2026, 12, 15));
                for (const KpiInfo &k : kpiCatalog()) {
                    QCOMPARE(t.values[i].value(k.id), one.value(k.id));
                    QCOMPARE(t.values[i].nullReason(k.id), one.nullReason(k.id));
                }
            }
        }
    }
}

void TestKpiEngine::breakdownAndValues()
{
    const auto e = engine(bookingScenario());
    QCOMPARE(e->values(Dimension::Segment), (QStringList{QStringLiteral("Enterprise"), QStringLiteral("SMB"), QStringLiteral("Unassigned")}));
    QCOMPARE(e->values(Dimension::Channel), (QStringList{QStringLiteral("event"), QStringLiteral("web"), QStringLiteral("Unassigned")}));
    const auto rows = e->breakdown(period("2026-11"), Dimension::Segment, {}, at(2026, 12, 31));
    QCOMPARE(rows.size(), size_t(3));
    double won = 0;
    for (const BreakdownRow &r : rows)
        won += r.kpis.value(KpiId::OppsWon).value_or(0);
    QCOMPARE(won, 4.0); // every won deal lands in exactly one segment row
    QCOMPARE(rows[2].value, QStringLiteral("Unassigned"));
    expect(rows[2].kpis, KpiId::OppsWon, 2); // O2 and O7: accounts without a segment

    const auto p = engine(personaScenario());
    QCOMPARE(p->values(Dimension::Persona),
             (QStringList{QStringLiteral("CEO"), QStringLiteral("CFO"), QStringLiteral("CIO"), QStringLiteral("CMO"),
                          QStringLiteral("COO"), QStringLiteral("CTO"), QStringLiteral("VP Sales"), QStringLiteral("Unassigned")}));
}

void TestKpiEngine::customRangePrevious()
{
    const auto e = engine(recurringScenario());
    // 2026-05-01..2026-06-30 is 61 days; its previous is 2026-03-01..2026-04-30 (61 days, whole months)
    KpiReport r = e->compute(period("2026-05-01..2026-06-30"), {}, at(2026, 6, 30));
    QCOMPARE(r.previousPeriod.key(), QStringLiteral("2026-03-01..2026-04-30"));
    expect(r.previous, KpiId::MrrEnd, 600); // April: a0 150 + a1 200 + a4 250
    // 2026-06-01..2026-06-30 is 30 days; its previous 2026-05-02..2026-05-31 is not whole months
    r = e->compute(period("2026-06-01..2026-06-30"), {}, at(2026, 6, 30));
    QCOMPARE(r.previousPeriod.key(), QStringLiteral("2026-05-02..2026-05-31"));
    expect(r.current, KpiId::MrrEnd, 580);
    expect(r.previous, KpiId::MrrEnd, std::nullopt);
    QCOMPARE(r.previous.nullReason(KpiId::MrrEnd), NullReason::NotWholeMonths);
}

void TestKpiEngine::unassignedFilters()
{
    const auto e = engine(bookingScenario());
    const qint64 asOf = at(2026, 12, 31);
    KpiFilters f;
    f.channel = QStringLiteral("Unassigned");
    // won in Nov without a lead channel: O2 (no lead); lx has an empty channel but no deal
    expect(e->computeSet(period("2026-11"), f, asOf), KpiId::OppsWon, 1);
    f = {};
    f.segment = QStringLiteral("Unassigned");
    expect(e->computeSet(period("2026-11"), f, asOf), KpiId::OppsWon, 2); // O2 and O7: accounts without segment
    f = {};
    f.persona = QStringLiteral("Unassigned");
    expect(e->computeSet(period("2026-11"), f, asOf), KpiId::OppsWon, 4); // nobody has a persona here
    // An invalid period yields nulls rather than looping or crashing.
    QCOMPARE(e->computeSet(Period(), {}, asOf).nullReason(KpiId::OppsWon), NullReason::NoData);
}

QTEST_GUILESS_MAIN(TestKpiEngine)
#include "tst_kpiengine.moc"

// The account-health lists and the family's engine plumbing on the `health`
// fixture (tests/data/kpi/health, arithmetic in its expected.md): the at-risk
// list adds up to the keys, with its evidence; the white-space table and its
// gaps; trends, breakdowns and targets give what single periods give.
#include "import/bundleimporter.h"
#include "kpi/kpiengine.h"
#include "services/engineloader.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {

const KpiId kHealthKeys[] = {KpiId::ProductsPerCustomer, KpiId::ProductsMultiShare, KpiId::UsageActiveShare,
                             KpiId::UsageSeatUtilisation, KpiId::WhitespaceGaps, KpiId::WhitespacePotentialMrr,
                             KpiId::HealthAtRisk, KpiId::HealthAtRiskMrr, KpiId::HealthAtRiskShare,
                             KpiId::HealthRiskLift};

Period period(const char *text) { return *Period::parse(QString::fromLatin1(text)); }

qint64 utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch(); }

} // namespace

class TestHealthKpis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void atRiskListAddsUpToTheKeys();
    void evidenceOfEachSignal();
    void listFollowsFiltersAndAsOf();
    void listIsUndefinedWhereTheKeysAreNull();
    void whitespaceTable();
    void trendEqualsSinglePeriods();
    void breakdownBySegment();
    void targetsLowerIsBetter();

private:
    QTemporaryDir m_tmp;
    std::shared_ptr<const KpiEngine> m_engine;
};

void TestHealthKpis::initTestCase()
{
    auto store = Store::open(m_tmp.filePath(QStringLiteral("health.db")));
    QVERIFY2(store, qPrintable(store.message()));
    auto r = BundleImporter(**store).run(QStringLiteral(RA_TEST_DATA_DIR "/kpi/health"), {});
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->totalRejected(), qint64(0));
    auto engine = loadEngine(**store);
    QVERIFY2(engine, qPrintable(engine.message()));
    m_engine = *engine;
}

// 2026-04: at risk A13 (4 signals), then A5 1300, A6 800, A7 80 (2 each) = 2280.
void TestHealthKpis::atRiskListAddsUpToTheKeys()
{
    const HealthList list = m_engine->health(period("2026-04"), {});
    QVERIFY(list.defined);
    QCOMPARE(list.month, 202604);
    QCOMPARE(list.threshold, 2);
    QStringList ids;
    qint64 mrr = 0;
    for (const AtRiskAccount &a : list.accounts) {
        ids << a.account;
        mrr += a.evidence.mrrNow;
    }
    QCOMPARE(ids, QStringList({"A13", "A5", "A6", "A7"}));
    const KpiSet set = m_engine->computeSet(period("2026-04"), {}, m_engine->defaultAsOf());
    QCOMPARE(double(list.accounts.size()), *set.value(KpiId::HealthAtRisk));
    QCOMPARE(double(mrr), *set.value(KpiId::HealthAtRiskMrr));
    QCOMPARE(mrr, qint64(228000));
    // The lift and how it was measured: the twelve months 2025-02..2026-01 (only
    // January has payers): F 3 (1 churned), N 10 (1 churned).
    QCOMPARE(list.lift.months, 12);
    QCOMPARE(list.lift.firstMonth, 202502);
    QCOMPARE(list.lift.lastMonth, 202601);
    QCOMPARE(list.lift.flagged, qint64(3));
    QCOMPARE(list.lift.flaggedChurned, qint64(1));
    QCOMPARE(list.lift.others, qint64(10));
    QCOMPARE(list.lift.othersChurned, qint64(1));
    QCOMPARE(*list.lift.lift, *set.value(KpiId::HealthRiskLift));
}

void TestHealthKpis::evidenceOfEachSignal()
{
    const HealthList list = m_engine->health(period("2026-04"), {});
    auto find = [&](const char *id) -> const AtRiskAccount * {
        for (const AtRiskAccount &a : list.accounts)
            if (a.account == QLatin1String(id))
                return &a;
        return nullptr;
    };
    const AtRiskAccount *a13 = find("A13"), *a5 = find("A5"), *a6 = find("A6"), *a7 = find("A7");
    QVERIFY(a13 && a5 && a6 && a7);
    QCOMPARE(a13->evidence.signals,
             unsigned(kSignalLowUtilisation | kSignalUsageDrop | kSignalDetractor | kSignalContraction));
    QCOMPARE(a13->persona, QStringLiteral("IT Director"));
    QCOMPARE(a13->segment, QString()); // no segment
    QCOMPARE(a13->evidence.detractorScore, 4);
    QCOMPARE(a13->evidence.detractorOn, utc("2026-03-15T00:00:00Z"));
    QCOMPARE(a13->evidence.mrrThen, qint64(12000)); // 100 + 20 in January
    QCOMPARE(a13->evidence.mrrNow, qint64(10000));
    // A5: 30 of 100 seats used; 80 users in January, 40 now.
    QCOMPARE(a5->evidence.signals, unsigned(kSignalLowUtilisation | kSignalUsageDrop));
    QCOMPARE(*a5->evidence.utilisation(), 0.3);
    QCOMPARE(a5->evidence.usersThen, qint64(80));
    QCOMPARE(a5->evidence.usersNow, qint64(40));
    // A6: T1 rated 2, resolved 03-02 09:00; contraction 1000 → 800.
    QCOMPARE(a6->evidence.signals, unsigned(kSignalPoorService | kSignalContraction));
    QCOMPARE(a6->evidence.ticketCsat, 2);
    QCOMPARE(a6->evidence.ticketResolved, utc("2026-03-02T09:00:00Z"));
    // A7: T2 still open at the month's end (resolved exactly at E); detractor 0.
    QCOMPARE(a7->evidence.signals, unsigned(kSignalDetractor | kSignalPoorService));
    QCOMPARE(a7->evidence.ticketCsat, 0);
    QCOMPARE(a7->evidence.ticketResolved, qint64(0));
    QCOMPARE(a7->evidence.ticketOpened, utc("2026-04-16T23:59:59Z"));
    QCOMPARE(a7->evidence.detractorScore, 0);
    QCOMPARE(*a7->evidence.utilisation(), 0.5); // known, but not below 0.40: no signal
}

void TestHealthKpis::listFollowsFiltersAndAsOf()
{
    KpiFilters cfo;
    cfo.persona = QStringLiteral("CFO");
    const HealthList byPersona = m_engine->health(period("2026-04"), cfo);
    QCOMPARE(byPersona.accounts.size(), size_t(2)); // A5, A7
    QCOMPARE(byPersona.accounts[0].account, QStringLiteral("A5"));
    QCOMPARE(*byPersona.lift.lift, 4.0 / 3.0);
    // as_of 04-30: A7's ticket has not been open 14 days yet → A13, A5, A6.
    const HealthList early = m_engine->health(period("2026-04"), {}, utc("2026-04-30T00:00:00Z"));
    QCOMPARE(early.accounts.size(), size_t(3));
    QCOMPARE(early.accounts.back().account, QStringLiteral("A6"));
}

void TestHealthKpis::listIsUndefinedWhereTheKeysAreNull()
{
    QVERIFY(!m_engine->health(period("2026-W15"), {}).defined);
    KpiFilters web;
    web.channel = QStringLiteral("web");
    QVERIFY(!m_engine->health(period("2026-04"), web).defined);
    QVERIFY(!m_engine->whitespace(period("2026-04"), web).defined);
    const HealthList june = m_engine->health(period("2026-06"), {});
    QVERIFY(june.defined);
    QVERIFY(june.accounts.empty());
    QCOMPARE(june.lift.months, 12); // 2025-04 .. 2026-03, all known by June
    QCOMPARE(m_engine->health(period("2026-07"), {}).lift.months, 11); // 2026-04 + 3 is after June
}

// Products × segments at 2026-04 and the gaps (expected.md "whitespace").
void TestHealthKpis::whitespaceTable()
{
    const WhitespaceTable t = m_engine->whitespace(period("2026-04"), {});
    QVERIFY(t.defined);
    QCOMPARE(t.products, QStringList({"addon", "analytics", "base", "default"}));
    QCOMPARE(t.segments, QStringList({"Enterprise", "SMB", ""}));
    QCOMPARE(t.cells.size(), size_t(12));
    const WhitespaceCell &addonSmb = t.cells[1]; // addon × SMB
    QCOMPARE(addonSmb.accounts, 5);
    QCOMPARE(addonSmb.holders, 4);
    QCOMPARE(*addonSmb.medianMrr, 2500.0); // (20 + 30) / 2 euros
    QVERIFY(addonSmb.counts);
    const WhitespaceCell &analyticsEnt = t.cells[3]; // analytics × Enterprise: 1 of 2
    QCOMPARE(analyticsEnt.holders, 1);
    QVERIFY(!analyticsEnt.counts);
    QCOMPARE(t.gaps.size(), size_t(3));
    QCOMPARE(t.gaps[0].account, QStringLiteral("A8"));
    QCOMPARE(t.gaps[0].product, QStringLiteral("base"));
    QCOMPARE(t.gaps[0].potentialMrr, 7000.0);
    QCOMPARE(t.gaps[0].peers, 3);
    QCOMPARE(t.gaps[1].account, QStringLiteral("A2"));
    QCOMPARE(t.gaps[1].potentialMrr, 2500.0);
    QCOMPARE(t.gaps[2].product, QStringLiteral("analytics"));
    double sum = 0;
    for (const WhitespaceGap &g : t.gaps)
        sum += g.potentialMrr;
    const KpiSet set = m_engine->computeSet(period("2026-04"), {}, m_engine->defaultAsOf());
    QCOMPARE(sum, *set.value(KpiId::WhitespacePotentialMrr));
}

// One pass for many periods (lift months shared) = each period alone.
void TestHealthKpis::trendEqualsSinglePeriods()
{
    for (const KpiFilters &f : {KpiFilters{}, KpiFilters{QStringLiteral("CFO"), std::nullopt, std::nullopt}}) {
        const TrendSeries t = m_engine->trend(Period::Kind::Month, 8, period("2026-07"), f);
        QCOMPARE(t.periods.size(), size_t(8));
        for (size_t i = 0; i < t.periods.size(); ++i) {
            const KpiSet one = m_engine->computeSet(t.periods[i], f, m_engine->defaultAsOf());
            for (KpiId id : kHealthKeys)
                QVERIFY2(t.values[i].value(id) == one.value(id),
                         qPrintable(t.periods[i].key() + QLatin1Char(' ') + kpiKey(id)));
        }
    }
}

void TestHealthKpis::breakdownBySegment()
{
    const auto rows = m_engine->breakdown(period("2026-04"), Dimension::Segment, {});
    std::map<QString, double> atRiskMrr;
    for (const BreakdownRow &r : rows)
        atRiskMrr[r.value] = *r.kpis.value(KpiId::HealthAtRiskMrr);
    QCOMPARE(atRiskMrr[QStringLiteral("Enterprise")], 210000.0); // A5 + A6
    QCOMPARE(atRiskMrr[QStringLiteral("SMB")], 0.0);
    QCOMPARE(atRiskMrr[QStringLiteral("Unassigned")], 18000.0); // A7 80 + A13 100
}

void TestHealthKpis::targetsLowerIsBetter()
{
    const KpiReport r = m_engine->compute(period("2026-04"), {});
    const TargetResult *mrr = r.targetFor(KpiId::HealthAtRiskMrr);
    const TargetResult *lift = r.targetFor(KpiId::HealthRiskLift);
    QVERIFY(mrr && lift);
    QCOMPARE(mrr->status, TargetStatus::OnTrack); // 2280 ≤ 2500
    QCOMPARE(lift->status, TargetStatus::Behind); // 3.33 < 4
    QVERIFY(kpiInfo(KpiId::HealthAtRiskShare).targetLowerIsBetter);
}

QTEST_GUILESS_MAIN(TestHealthKpis)
#include "tst_healthkpis.moc"

// The account-health sums in blocks and parts (kpi/healthsums.h): on the
// 100,000-lead demo store, the sums over [0, n) of the filtered accounts, for
// several block sizes, and the sums of [0, k) added to those of [k, n) (and
// of three parts) equal, field for field and bit for bit, a reference that
// adds each (account, month) cell on its own, in slot order. Block sizes and
// cut points are chosen so that lists end in a partial block and cuts fall
// inside, on and next to block edges; the reference's sums are checked to be
// non-zero, so a field left out of a merge shows.
#include "domain/calendar.h"
#include "kpi/healthsignals.h"
#include "kpi/healthsums.h"
#include "kpi/kpiengine.h"
#include "kpi/snapshotloader.h"
#include "store/store.h"
#include "support/demofixture.h"
#include "support/verifyresult.h"

#include <QTemporaryDir>
#include <QtTest>

#include <bit>

using namespace ra;
using namespace ra::detail;
using namespace ra::testsupport;

namespace {

// One (account, month) cell at a time, as the pass read it before it went by blocks.
std::vector<MonthSums> referenceSums(const Query &q, const std::vector<int> &slots, std::vector<MonthSums> months)
{
    const HealthSignals sig(q.snap, q.settings, q.asOf);
    const HealthMatrix &h = *q.health;
    for (MonthSums &m : months) {
        for (int slot : slots) {
            const qint64 mrr = sig.mrr(slot, m.mk);
            if (mrr <= 0 || m.c < 0)
                continue;
            const size_t i = h.at(m.c, slot);
            ++m.accounts;
            m.totalMrr += mrr;
            m.products += h.products[i];
            m.multi += h.products[i] >= 2;
            const Snapshot::UsageCell &u = sig.usage(slot, m.mk);
            m.active += u.users > 0;
            if (u.seats != kSeatsUnknown && u.seats > 0) {
                m.seats += u.seats;
                m.seatUsers += u.seatUsers;
            }
            m.gaps += h.gaps[i];
            m.potential += h.potential[i];
            if (sig.atRisk(h.signals[i])) {
                ++m.atRisk;
                m.atRiskMrr += mrr;
            }
        }
    }
    return months;
}

QString differs(const std::vector<MonthSums> &got, const std::vector<MonthSums> &want)
{
    if (got.size() != want.size())
        return QStringLiteral("%1 months, want %2").arg(got.size()).arg(want.size());
    for (size_t k = 0; k < got.size(); ++k) {
        const MonthSums &a = got[k], &b = want[k];
        const qint64 x[] = {a.mk, a.c, a.accounts, a.products, a.multi, a.active, a.seatUsers, a.seats, a.gaps,
                            a.totalMrr, a.atRisk, a.atRiskMrr};
        const qint64 y[] = {b.mk, b.c, b.accounts, b.products, b.multi, b.active, b.seatUsers, b.seats, b.gaps,
                            b.totalMrr, b.atRisk, b.atRiskMrr};
        for (size_t f = 0; f < std::size(x); ++f)
            if (x[f] != y[f])
                return QStringLiteral("month %1 field %2: %3, want %4").arg(b.mk).arg(f).arg(x[f]).arg(y[f]);
        if (std::bit_cast<quint64>(a.potential) != std::bit_cast<quint64>(b.potential))
            return QStringLiteral("month %1 potential: %2, want %3").arg(b.mk).arg(a.potential, 0, 'f', 2).arg(b.potential, 0, 'f', 2);
    }
    return {};
}

std::vector<MonthSums> sumParts(const Query &q, const std::vector<int> &slots, const std::vector<MonthSums> &empty,
                                const std::vector<size_t> &cuts, size_t block)
{
    std::vector<MonthSums> total = empty;
    size_t from = 0;
    for (size_t i = 0; i <= cuts.size(); ++i) {
        const size_t to = i < cuts.size() ? cuts[i] : slots.size();
        std::vector<MonthSums> part = empty;
        sumHealthRange(q, slots, from, to, part, block);
        addHealthSums(total, part);
        from = to;
    }
    return total;
}

} // namespace

class TestHealthSums : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void partsAddUpToTheReference_data();
    void partsAddUpToTheReference();
    void listSameWithTheMatrix_data() { partsAddUpToTheReference_data(); }
    void listSameWithTheMatrix();

private:
    // The row's as_of, its resolution, health matrix and persona filter.
    struct Case {
        qint64 asOf = 0;
        Resolution res;
        std::shared_ptr<const HealthMatrix> matrix;
        DimFilter persona;
    };
    Case fetchCase() const;
    QTemporaryDir m_dir;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::unique_ptr<KpiEngine> m_engine;
};

TestHealthSums::Case TestHealthSums::fetchCase() const
{
    QFETCH(QString, persona);
    QFETCH(int, daysBeforeAsOf);
    Case c;
    c.asOf = m_engine->defaultAsOf() - qint64(daysBeforeAsOf) * 86400;
    c.res = m_snapshot->resolve(c.asOf);
    c.matrix = m_engine->healthMatrix(c.asOf);
    if (!persona.isEmpty())
        c.persona = {true, m_snapshot->personas.find(persona)};
    return c;
}

void TestHealthSums::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.db"));
    DemoFixture fixture;
    fixture.leads = 100000; // a persona's paying accounts span more than two blocks
    QVERIFY_RESULT(makeDemoStore(path, fixture));
    auto store = Store::open(path);
    QVERIFY_RESULT(store);
    auto snapshot = SnapshotLoader::load(**store);
    QVERIFY_RESULT(snapshot);
    m_snapshot = *snapshot;
    m_engine = std::make_unique<KpiEngine>(m_snapshot, Settings{});
}

void TestHealthSums::partsAddUpToTheReference_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<int>("daysBeforeAsOf"); // an earlier as_of cuts the matrix before the last months
    QTest::newRow("unfiltered") << QString() << 0;
    QTest::newRow("persona") << QStringLiteral("CFO") << 0;
    QTest::newRow("persona, earlier as_of") << QStringLiteral("CFO") << 75;
    QTest::newRow("Founder, earlier as_of") << QStringLiteral("Founder") << 75;
}

void TestHealthSums::partsAddUpToTheReference()
{
    QFETCH(int, daysBeforeAsOf);
    const Snapshot &s = *m_snapshot;
    const Settings settings;
    const Case c = fetchCase();
    const qint64 asOf = c.asOf;
    QVERIFY(c.persona.id != -2);
    const Query q{s, settings, asOf, c.res, c.persona, {}, {}, c.matrix.get(), nullptr};

    // A custom range (no health keys), then 30 months up to the store's end:
    // the first months come before the revenue, the last after an earlier as_of.
    const boost::gregorian::date end(2026, 11, 20);
    std::vector<Period> periods{Period::customRange(boost::gregorian::date(2023, 5, 3), boost::gregorian::date(2023, 5, 9))};
    for (const Period &p : Period::lastN(Period::Kind::Month, end, 30))
        periods.push_back(p);
    const Buckets buckets(periods, asOf);
    const std::vector<MonthSums> empty = healthMonths(q, buckets);
    QCOMPARE(empty.size(), size_t(30));
    QCOMPARE(empty.front().c, -1);
    if (daysBeforeAsOf > 0)
        QCOMPARE(empty.back().c, -1);

    const std::vector<int> slots = filteredMrrSlots(q);
    const size_t n = slots.size();
    const std::vector<MonthSums> want = referenceSums(q, slots, empty);
    // Every field of some month is non-zero, so a field dropped anywhere shows.
    auto some = [&](auto field) { return std::any_of(want.begin(), want.end(), [&](const MonthSums &m) { return field(m) != 0; }); };
    QVERIFY(some([](const MonthSums &m) { return m.accounts; }) && some([](const MonthSums &m) { return m.multi; }));
    QVERIFY(some([](const MonthSums &m) { return m.active; }) && some([](const MonthSums &m) { return m.seats; }));
    QVERIFY(some([](const MonthSums &m) { return m.seatUsers; }) && some([](const MonthSums &m) { return m.gaps; }));
    QVERIFY(some([](const MonthSums &m) { return m.atRisk; }) && some([](const MonthSums &m) { return m.potential; }));

    // The list ends in a partial block for some of the small block sizes, and
    // the default block size cuts it into more than two blocks.
    QVERIFY2(n % 5 != 0 || n % 7 != 0, qPrintable(QString::number(n)));
    QVERIFY2(n > 2 * kHealthBlock && n % kHealthBlock != 0, qPrintable(QString::number(n)));
    for (const size_t block : {size_t(1), size_t(5), size_t(7), size_t(64), kHealthBlock, n + 5}) {
        const QString where = QStringLiteral("block %1, %2 accounts").arg(block).arg(n);
        std::vector<MonthSums> whole = empty;
        sumHealthRange(q, slots, 0, n, whole, block);
        QString diff = differs(whole, want);
        QVERIFY2(diff.isEmpty(), qPrintable(where + QStringLiteral(": ") + diff));
        const std::vector<size_t> cuts = {0, 1, block - 1, block, block + 1, 2 * block + 3, n / 2, n - 1, n};
        for (size_t k : cuts) {
            k = std::min(k, n);
            diff = differs(sumParts(q, slots, empty, {k}, block), want);
            QVERIFY2(diff.isEmpty(), qPrintable(where + QStringLiteral(", cut at %1: ").arg(k) + diff));
        }
        diff = differs(sumParts(q, slots, empty, {n / 3, 2 * n / 3}, block), want);
        QVERIFY2(diff.isEmpty(), qPrintable(where + QStringLiteral(", three parts: ") + diff));
    }

    // The pass in three parts gives what computeHealth gives in one, key by key
    // (the custom range's keys null as not whole months).
    std::vector<KpiSet> one(periods.size()), parts(periods.size());
    computeHealth(q, buckets, one);
    QVERIFY(healthApplies(q, parts));
    setHealthKeys(q, buckets, slots, sumParts(q, slots, empty, {n / 4, n / 2}, kHealthBlock), parts);
    for (size_t k = 0; k < periods.size(); ++k) {
        for (KpiId id : {KpiId::ProductsPerCustomer, KpiId::ProductsMultiShare, KpiId::UsageActiveShare,
                         KpiId::UsageSeatUtilisation, KpiId::WhitespaceGaps, KpiId::WhitespacePotentialMrr,
                         KpiId::HealthAtRisk, KpiId::HealthAtRiskMrr, KpiId::HealthAtRiskShare, KpiId::HealthRiskLift}) {
            QCOMPARE(parts[k].value(id), one[k].value(id));
            QCOMPARE(parts[k].nullReason(id), one[k].nullReason(id));
        }
    }
    QCOMPARE(one.front().nullReason(KpiId::HealthAtRisk), NullReason::NotWholeMonths);
    QVERIFY(one.back().value(KpiId::HealthRiskLift) || daysBeforeAsOf > 0);

    // health.risk_lift from the matrix's lift bytes equals the one evaluated from the signals.
    const HealthSignals sig(s, settings, asOf);
    for (const MonthSums &m : want) {
        const RiskLift fromMatrix = riskLift(sig, slots, m.mk, nullptr, c.matrix.get()), evaluated = riskLift(sig, slots, m.mk);
        QCOMPARE(fromMatrix.flagged, evaluated.flagged);
        QCOMPARE(fromMatrix.flaggedChurned, evaluated.flaggedChurned);
        QCOMPARE(fromMatrix.others, evaluated.others);
        QCOMPARE(fromMatrix.othersChurned, evaluated.othersChurned);
        QCOMPARE(fromMatrix.lift, evaluated.lift);
    }
}

// The at-risk list read through the health matrix's signal bits and lift
// counts (as KpiEngine::health does) is the one worked out account by
// account from the signals: the same accounts, evidence, order and lift.
void TestHealthSums::listSameWithTheMatrix()
{
    const Snapshot &s = *m_snapshot;
    const Settings settings;
    const Case c = fetchCase();
    const Query bySignals{s, settings, c.asOf, c.res, c.persona, {}, {}, nullptr, nullptr};
    const Query byMatrix{s, settings, c.asOf, c.res, c.persona, {}, {}, c.matrix.get(), nullptr};
    int compared = 0;
    for (const Period &p : Period::lastN(Period::Kind::Month, boost::gregorian::date(2026, 11, 20), 6)) {
        const HealthList a = healthList(bySignals, p), b = healthList(byMatrix, p);
        QCOMPARE(a.defined, b.defined);
        QCOMPARE(a.accounts.size(), b.accounts.size());
        for (size_t i = 0; i < a.accounts.size(); ++i) {
            QCOMPARE(a.accounts[i].account, b.accounts[i].account);
            QCOMPARE(a.accounts[i].evidence.signals, b.accounts[i].evidence.signals);
            QCOMPARE(a.accounts[i].evidence.mrrNow, b.accounts[i].evidence.mrrNow);
        }
        QCOMPARE(a.lift.lift, b.lift.lift);
        QCOMPARE(a.lift.flagged, b.lift.flagged);
        QCOMPARE(a.lift.othersChurned, b.lift.othersChurned);
        compared += int(a.accounts.size());
    }
    QVERIFY(compared > 0);
}

QTEST_GUILESS_MAIN(TestHealthSums)
#include "tst_healthsums.moc"

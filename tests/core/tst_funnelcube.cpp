// The lead family's day cube (kpi/funnelcube.h) and the passes cut in parts
// (kpi/passparts.h) give exactly what one pass over the rows gives: every
// lead key, value and null reason, over months, weeks, quarters, custom
// ranges and a day, under every filter, at the latest and at earlier as_of.
// The leads are random: unset, out-of-order and after-as_of stages, leads
// without account, persona or channel, e-mails shared across sources.
#include "domain/calendar.h"
#include "kpi/enginequery.h"
#include "kpi/funnelcube.h"
#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotloader.h"
#include "store/store.h"
#include "support/demofixture.h"
#include "support/verifyresult.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace ra;
using namespace ra::detail;

namespace {

constexpr qint64 kDay = 86400;
const qint64 kStart = 1767225600; // 2026-01-01 00:00 UTC

// 40,000 leads over 150 days: 3 × 4 × 4 filter combinations × 150 days is
// well under a quarter of the leads, so the cube is worth building.
std::shared_ptr<const Snapshot> randomSnapshot(quint32 seed)
{
    QRandomGenerator rng(seed);
    Snapshot s;
    const QString segments[] = {QString(), QStringLiteral("SMB"), QStringLiteral("Enterprise")};
    const QString personas[] = {QString(), QStringLiteral("CFO"), QStringLiteral("CTO"), QStringLiteral("Founder")};
    const QString channels[] = {QString(), QStringLiteral("web"), QStringLiteral("paid"), QStringLiteral("email")};
    for (int a = 0; a < 300; ++a)
        s.addAccount(segments[rng.bounded(3)], personas[rng.bounded(4)], QStringLiteral("A%1").arg(a));
    auto maybe = [&](qint64 from, int percent, qint64 minOffset, qint64 maxOffset) {
        return int(rng.bounded(100)) < percent ? from + minOffset + qint64(rng.bounded(double(maxOffset - minOffset)))
                                               : kNever;
    };
    for (int i = 0; i < 40000; ++i) {
        Snapshot::LeadRow l;
        l.id = QStringLiteral("L%1").arg(i);
        l.email = QStringLiteral("p%1@example.com").arg(rng.bounded(15000)); // shared e-mails: re-entries
        l.persona = personas[rng.bounded(4)];
        l.channel = channels[rng.bounded(4)];
        l.account = rng.bounded(10) == 0 ? kNone : int(rng.bounded(300));
        l.source = qint8(int(rng.bounded(4)) - 1);
        l.created = kStart + qint64(rng.bounded(150.0 * kDay));
        l.mql = maybe(l.created, 45, 0, 20 * kDay);
        // Accepted after the MQL mostly, sometimes before it (out of order), sometimes without one.
        l.sal = maybe(l.mql != kNever ? l.mql : l.created, 50, -2 * kDay, 12 * kDay);
        l.sql = maybe(l.sal != kNever ? l.sal : l.created, 40, 0, 30 * kDay);
        l.disqualified = l.sql == kNever ? maybe(l.created, 30, kDay, 60 * kDay) : kNever;
        const int lead = s.addLead(l);
        if (l.sql != kNever && rng.bounded(3) == 0) {
            Snapshot::OppRow o;
            o.id = QStringLiteral("O%1").arg(i);
            o.account = l.account == kNone ? 0 : l.account;
            o.lead = lead;
            o.status = kStatusWon;
            o.amount = 1000;
            o.created = l.sql;
            o.closed = l.sql + qint64(rng.bounded(40.0 * kDay));
            s.addOpportunity(o);
        }
    }
    s.finalize();
    return std::make_shared<const Snapshot>(std::move(s));
}

DimFilter dimFilter(const QString &value, const TextPool &pool)
{
    DimFilter f;
    if (!value.isNull()) {
        f.active = true;
        f.id = pool.find(value);
    }
    return f;
}

QString describe(const KpiSet &set, KpiId id)
{
    const auto v = set.value(id);
    return (v ? QString::number(*v, 'g', 17) : QStringLiteral("null")) + QLatin1Char('/')
        + QString::number(int(set.nullReason(id)));
}

} // namespace

class TestFunnelCube : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameAsTheRowPass_data();
    void sameAsTheRowPass();
    void sameAsTheRowPassOnADemoStore();
    void partsAddUpToOnePass();
    void notBuiltWhenItDoesNotPay();
    void builtInTheBackground();

private:
    // Every key of `a` and `b` (value and null reason) is the same.
    static void compareSets(const std::vector<KpiSet> &a, const std::vector<KpiSet> &b,
                            const std::vector<Period> &periods, const char *what);
    std::shared_ptr<const Snapshot> m_snap;
    Settings m_settings;
    std::vector<std::vector<Period>> m_queries;
};

void TestFunnelCube::initTestCase()
{
    m_snap = randomSnapshot(42);
    const auto day = [](int y, int m, int d) { return boost::gregorian::date(y, m, d); };
    m_queries = {
        Period::lastN(Period::Kind::Month, day(2026, 7, 31), 8),   // before, over and after the leads
        Period::lastN(Period::Kind::Week, day(2026, 6, 30), 30),
        Period::lastN(Period::Kind::Quarter, day(2026, 9, 30), 3),
        {Period::customRange(day(2026, 2, 10), day(2026, 4, 3))},
        {Period::customRange(day(2026, 3, 1), day(2026, 3, 1))}, // one day
        {Period::customRange(day(2025, 1, 1), day(2025, 12, 31))}, // before every lead
    };
}

void TestFunnelCube::compareSets(const std::vector<KpiSet> &a, const std::vector<KpiSet> &b,
                                 const std::vector<Period> &periods, const char *what)
{
    QCOMPARE(a.size(), b.size());
    for (size_t k = 0; k < a.size(); ++k)
        for (const KpiInfo &info : kpiCatalog())
            QVERIFY2(describe(a[k], info.id) == describe(b[k], info.id),
                     qPrintable(QStringLiteral("%1: %2 in %3: %4 vs %5")
                                    .arg(QLatin1String(what), QLatin1String(info.key), periods[k].key(),
                                         describe(a[k], info.id), describe(b[k], info.id))));
}

void TestFunnelCube::sameAsTheRowPass_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<qint64>("asOfDaysBack"); // from the latest event; −1: far later
    const QString none;
    for (qint64 back : {qint64(0), qint64(40), qint64(-1)}) {
        const QByteArray when = back == 0 ? "latest" : back < 0 ? "later" : "40 days back";
        QTest::addRow("unfiltered, %s", when.constData()) << none << none << none << back;
        QTest::addRow("persona, %s", when.constData()) << QStringLiteral("CFO") << none << none << back;
        QTest::addRow("no persona, %s", when.constData()) << QStringLiteral("Unassigned") << none << none << back;
        QTest::addRow("segment, %s", when.constData()) << none << QStringLiteral("SMB") << none << back;
        QTest::addRow("channel, %s", when.constData()) << none << none << QStringLiteral("paid") << back;
        QTest::addRow("all three, %s", when.constData())
            << QStringLiteral("CTO") << QStringLiteral("Enterprise") << QStringLiteral("web") << back;
        QTest::addRow("unknown persona, %s", when.constData()) << QStringLiteral("Nobody") << none << none << back;
    }
}

void TestFunnelCube::sameAsTheRowPass()
{
    QFETCH(QString, persona);
    QFETCH(QString, segment);
    QFETCH(QString, channel);
    QFETCH(qint64, asOfDaysBack);
    const Snapshot &s = *m_snap;
    const qint64 asOf = asOfDaysBack < 0 ? s.defaultAsOf() + 400 * kDay : s.defaultAsOf() - asOfDaysBack * kDay - 3600;
    const FunnelCubes cubes(m_snap, m_settings);
    const std::shared_ptr<const FunnelCube> built = cubes.at(asOf);
    QVERIFY2(built, "the cube is built for this store");
    const Resolution res = s.resolve(asOf);
    for (const std::vector<Period> &periods : m_queries) {
        const Buckets b(periods, asOf);
        QVERIFY(b.dayAligned());
        Query q{s, m_settings, asOf, res, dimFilter(persona, s.personas), dimFilter(segment, s.segments),
                dimFilter(channel, s.channels)};
        std::vector<KpiSet> rows(periods.size()), cube(periods.size());
        computeFunnel(q, b, rows);
        q.funnelCube = built.get();
        computeFunnel(q, b, cube);
        compareSets(rows, cube, periods, "cube");
        QVERIFY(rows.back().value(KpiId::LeadsCreated) || periods.size() == 1);
    }
}

void TestFunnelCube::sameAsTheRowPassOnADemoStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    testsupport::DemoFixture fixture;
    fixture.leads = 25000;
    QVERIFY_RESULT(testsupport::makeDemoStore(path, fixture));
    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY_RESULT(store);
    auto loaded = SnapshotLoader::load(**store);
    QVERIFY_RESULT(loaded);
    const Snapshot &s = **loaded;
    const Period month = Period::containing(Period::Kind::Month, boost::gregorian::date(1970, 1, 1)
                                                                     + boost::gregorian::days(s.defaultAsOf() / kDay));
    const std::vector<std::vector<Period>> queries = {
        {month.previous(), month},
        Period::lastN(Period::Kind::Month, month.last(), 24),
        Period::lastN(Period::Kind::Week, month.last(), 30),
        Period::lastN(Period::Kind::Quarter, month.last(), 9),
    };
    QStringList personas = s.personaValues;
    personas.prepend(QString());
    for (qint64 asOf : {s.defaultAsOf(), s.defaultAsOf() - 200 * kDay}) {
        const auto cube = FunnelCube::build(s, m_settings, asOf, true); // a small store: any size
        QVERIFY(cube);
        const Resolution res = s.resolve(asOf);
        for (const QString &persona : personas)
            for (const QString &segment : {QString(), s.segmentValues.value(0)}) {
                Query q{s, m_settings, asOf, res, dimFilter(persona, s.personas), dimFilter(segment, s.segments),
                        dimFilter(persona.isEmpty() ? s.channelValues.value(0) : QString(), s.channels)};
                for (const std::vector<Period> &periods : queries) {
                    const Buckets b(periods, asOf);
                    std::vector<KpiSet> rows(periods.size()), fromCube(periods.size());
                    q.funnelCube = nullptr;
                    computeFunnel(q, b, rows);
                    q.funnelCube = cube.get();
                    computeFunnel(q, b, fromCube);
                    compareSets(rows, fromCube, periods, "demo cube");
                }
            }
    }
}

void TestFunnelCube::partsAddUpToOnePass()
{
    const Snapshot &s = *m_snap;
    const qint64 asOf = s.defaultAsOf() - 20 * kDay;
    const Resolution res = s.resolve(asOf);
    struct Family {
        const char *name;
        void (*whole)(const Query &, const Buckets &, std::vector<KpiSet> &);
        PassPartPtr (*part)(const Query &, const Buckets &, RowSlice);
        void (*finish)(const Query &, const Buckets &, PassParts &, std::vector<KpiSet> &);
    };
    const Family families[] = {{"funnel", computeFunnel, computeFunnelPart, finishFunnel},
                               {"bookings", computeBookings, computeBookingsPart, finishBookings},
                               {"service", computeService, computeServicePart, finishService}};
    for (const QString &persona : {QString(), QStringLiteral("Founder")}) {
        const Query q{s, m_settings, asOf, res, dimFilter(persona, s.personas), {}, {}};
        for (const std::vector<Period> &periods : m_queries) {
            const Buckets b(periods, asOf);
            for (const Family &f : families) {
                std::vector<KpiSet> whole(periods.size());
                f.whole(q, b, whole);
                for (int n : {2, 3, 7, 64}) {
                    PassParts parts;
                    for (int p = 0; p < n; ++p)
                        parts.push_back(f.part(q, b, {p, n}));
                    std::vector<KpiSet> added(periods.size());
                    f.finish(q, b, parts, added);
                    compareSets(whole, added, periods, f.name);
                }
            }
        }
    }
}

void TestFunnelCube::notBuiltWhenItDoesNotPay()
{
    // 40,000 leads over 150 days with one day per period: fine. The same leads
    // spread over 30 years would need more cells than a quarter of the leads.
    QVERIFY(FunnelCube::build(*m_snap, m_settings, m_snap->defaultAsOf()));
    Snapshot sparse;
    for (int i = 0; i < 2000; ++i) {
        Snapshot::LeadRow l;
        l.id = QStringLiteral("L%1").arg(i);
        l.created = kStart - qint64(i) * 5 * kDay;
        sparse.addLead(l);
    }
    sparse.finalize();
    QVERIFY(!FunnelCube::build(sparse, m_settings, sparse.defaultAsOf()));
    QVERIFY(FunnelCube::build(sparse, m_settings, sparse.defaultAsOf(), true)); // any size (fits 64 MB)
    // A store without leads has nothing to count.
    Snapshot empty;
    empty.finalize();
    QVERIFY(!FunnelCube::build(empty, m_settings, empty.defaultAsOf(), true));
}

void TestFunnelCube::builtInTheBackground()
{
    const qint64 asOf = m_snap->defaultAsOf();
    {
        const FunnelCubes cubes(m_snap, m_settings);
        QVERIFY(!cubes.ready(asOf)); // nothing until asked for
        cubes.prepare(asOf);
        cubes.prepare(asOf); // once
        QTRY_VERIFY(cubes.ready(asOf));
        QCOMPARE(cubes.at(asOf), cubes.ready(asOf)); // the same cube, not a second one
        // Two as_of kept: a third one replaces the one built first.
        cubes.at(asOf - kDay);
        cubes.at(asOf - 2 * kDay);
        QVERIFY(!cubes.ready(asOf) && cubes.ready(asOf - kDay) && cubes.ready(asOf - 2 * kDay));
    }
    // A build asked to stop gives none; engines going away while their build is
    // under way stop it and wait for its thread (checked under the sanitizers).
    const std::atomic<bool> stop{true};
    QVERIFY(!FunnelCube::build(*m_snap, m_settings, asOf, true, &stop));
    for (int i = 0; i < 20; ++i) {
        const FunnelCubes cubes(m_snap, m_settings);
        cubes.prepare(asOf);
    }
}

QTEST_GUILESS_MAIN(TestFunnelCube)
#include "tst_funnelcube.moc"

// The engine's zone maps (kpi/rowzones.h): a block of rows is skipped only
// when none of its rows has an event in the periods' range, whatever the row
// order. Checked on random columns against a row-by-row answer, and end to
// end: the demo store with its leads, opportunities and tickets in time order
// (blocks skipped) and the same rows reversed (nothing skipped) give the same
// value and null reason for every key, over periods, grains, filters and as_of.
#include "domain/calendar.h"
#include "kpi/kpiengine.h"
#include "kpi/rowzones.h"
#include "kpi/snapshotloader.h"
#include "store/statement.h"
#include "store/store.h"
#include "support/demofixture.h"
#include "support/verifyresult.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace ra;
using namespace ra::testsupport;

class TestRowZones : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void skipsOnlyRowsWithoutEvents();
    void sameKpisInAnyRowOrder_data();
    void sameKpisInAnyRowOrder();

private:
    std::shared_ptr<const Snapshot> load(const QString &path, const char *reorder);
    QTemporaryDir m_dir;
    std::unique_ptr<KpiEngine> m_ordered, m_reversed;
};

std::shared_ptr<const Snapshot> TestRowZones::load(const QString &path, const char *reorder)
{
    auto store = Store::open(path);
    if (!store || !execSql((*store)->handle(), reorder))
        return nullptr;
    auto snapshot = SnapshotLoader::load(**store);
    return snapshot ? *snapshot : nullptr;
}

void TestRowZones::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString ordered = m_dir.filePath(QStringLiteral("ordered.db")), reversed = m_dir.filePath(QStringLiteral("reversed.db"));
    DemoFixture fixture;
    fixture.leads = 25000; // above the engine's two-thread threshold (20,000 leads)
    QVERIFY_RESULT(makeDemoStore(ordered, fixture));
    QVERIFY(QFile::copy(ordered, reversed));
    // Rows in time order, then the same rows newest first.
    const char *byTime = "PRAGMA foreign_keys = OFF; "
                         "CREATE TABLE t AS SELECT * FROM leads ORDER BY created_at; DELETE FROM leads; "
                         "INSERT INTO leads SELECT * FROM t; DROP TABLE t; "
                         "CREATE TABLE t AS SELECT * FROM opportunities ORDER BY created_at; DELETE FROM opportunities; "
                         "INSERT INTO opportunities SELECT * FROM t; DROP TABLE t; "
                         "CREATE TABLE t AS SELECT * FROM tickets ORDER BY opened_at; DELETE FROM tickets; "
                         "INSERT INTO tickets SELECT * FROM t; DROP TABLE t";
    const char *newestFirst = "PRAGMA foreign_keys = OFF; "
                              "CREATE TABLE t AS SELECT * FROM leads ORDER BY created_at DESC; DELETE FROM leads; "
                              "INSERT INTO leads SELECT * FROM t; DROP TABLE t; "
                              "CREATE TABLE t AS SELECT * FROM opportunities ORDER BY created_at DESC; "
                              "DELETE FROM opportunities; INSERT INTO opportunities SELECT * FROM t; DROP TABLE t; "
                              "CREATE TABLE t AS SELECT * FROM tickets ORDER BY opened_at DESC; DELETE FROM tickets; "
                              "INSERT INTO tickets SELECT * FROM t; DROP TABLE t";
    const auto a = load(ordered, byTime), b = load(reversed, newestFirst);
    QVERIFY(a && b);
    QCOMPARE(a->leadCount(), b->leadCount());
    QVERIFY(a->leads.created.front() <= a->leads.created.back());
    QVERIFY(b->leads.created.front() >= b->leads.created.back());
    m_ordered = std::make_unique<KpiEngine>(a, Settings{});
    m_reversed = std::make_unique<KpiEngine>(b, Settings{});
}

void TestRowZones::skipsOnlyRowsWithoutEvents()
{
    QRandomGenerator rng(15);
    for (int round = 0; round < 50; ++round) {
        const int rows = int(rng.bounded(1, 5000));
        std::vector<qint64> x(static_cast<size_t>(rows)), y(static_cast<size_t>(rows));
        for (int i = 0; i < rows; ++i) { // roughly rising, with strays and unset values
            x[size_t(i)] = rng.bounded(8) == 0 ? qint64(rng.bounded(100000)) : i * 20 + qint64(rng.bounded(50));
            y[size_t(i)] = rng.bounded(3) == 0 ? kNever : x[size_t(i)] + qint64(rng.bounded(3000));
        }
        const detail::RowZones zones(rows, {&x, &y});
        std::vector<int> list;
        for (int i = 0; i < rows; ++i)
            if (rng.bounded(3) == 0)
                list.push_back(i);
        const qint64 lo = rng.bounded(100000), hi = lo + rng.bounded(1, 20000);
        const std::vector<int> *lists[] = {nullptr, &list};
        for (const std::vector<int> *l : lists) {
            std::vector<int> seen;
            detail::forEachRowIn(l, rows, &zones, lo, hi, [&](int i) { seen.push_back(i); });
            QVERIFY(std::is_sorted(seen.begin(), seen.end()));
            QVERIFY(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
            auto visited = [&](int i) { return std::binary_search(seen.begin(), seen.end(), i); };
            for (int i : seen) // only rows of the list
                QVERIFY(!l || std::binary_search(l->begin(), l->end(), i));
            for (int i = 0; i < rows; ++i) { // every row with an event in [lo, hi)
                const bool listed = !l || std::binary_search(l->begin(), l->end(), i);
                auto in = [&](qint64 t) { return t != kNever && t >= lo && t < hi; };
                if (listed && (in(x[size_t(i)]) || in(y[size_t(i)])))
                    QVERIFY2(visited(i), qPrintable(QStringLiteral("round %1 row %2").arg(round).arg(i)));
            }
        }
    }
}

void TestRowZones::sameKpisInAnyRowOrder_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("earlierAsOf");
    const QStringList personas = m_ordered->values(Dimension::Persona), segments = m_ordered->values(Dimension::Segment),
                      channels = m_ordered->values(Dimension::Channel);
    for (bool earlier : {false, true}) {
        const char *when = earlier ? " (as of an earlier day)" : "";
        QTest::addRow("unfiltered%s", when) << QString() << QString() << QString() << earlier;
        QTest::addRow("persona %s%s", qPrintable(personas.first()), when) << personas.first() << QString() << QString() << earlier;
        QTest::addRow("persona Unassigned%s", when) << QStringLiteral("Unassigned") << QString() << QString() << earlier;
        QTest::addRow("segment%s", when) << QString() << segments.first() << QString() << earlier;
        QTest::addRow("channel%s", when) << QString() << QString() << channels.first() << earlier;
        QTest::addRow("persona + segment%s", when) << personas.last() << segments.last() << QString() << earlier;
    }
}

void TestRowZones::sameKpisInAnyRowOrder()
{
    QFETCH(QString, persona);
    QFETCH(QString, segment);
    QFETCH(QString, channel);
    QFETCH(bool, earlierAsOf);
    KpiFilters f;
    if (!persona.isEmpty())
        f.persona = persona;
    if (!segment.isEmpty())
        f.segment = segment;
    if (!channel.isEmpty())
        f.channel = channel;
    const qint64 asOf = m_ordered->defaultAsOf() - (earlierAsOf ? 200 * 86400 : 0);
    QCOMPARE(m_reversed->defaultAsOf(), m_ordered->defaultAsOf());
    const Period month = Period::parse(QStringLiteral("2026-11")).value();
    std::vector<std::vector<Period>> queries = {
        {month.previous(), month},
        Period::lastN(Period::Kind::Month, month.last(), 24),
        Period::lastN(Period::Kind::Week, month.last(), 30),
        Period::lastN(Period::Kind::Quarter, month.last(), 9),
        {Period::parse(QStringLiteral("2025-02-10..2025-05-03")).value()},
    };
    for (const std::vector<Period> &periods : queries) {
        const auto a = m_ordered->computeSets(periods, f, asOf), b = m_reversed->computeSets(periods, f, asOf);
        QCOMPARE(a.size(), b.size());
        for (size_t k = 0; k < a.size(); ++k) {
            for (const KpiInfo &info : kpiCatalog()) {
                const auto va = a[k].value(info.id), vb = b[k].value(info.id);
                QVERIFY2(va == vb && a[k].nullReason(info.id) == b[k].nullReason(info.id),
                         qPrintable(QStringLiteral("%1 in %2: %3 vs %4")
                                        .arg(QLatin1String(info.key), periods[k].key(),
                                             va ? QString::number(*va, 'g', 17) : QStringLiteral("null"),
                                             vb ? QString::number(*vb, 'g', 17) : QStringLiteral("null"))));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestRowZones)
#include "tst_rowzones.moc"

// The snapshot cache: a snapshot read from the cache is the one read from the
// store, part for part; every change to the store, and every damaged or
// foreign cache file, falls back to reading the store and writes a new cache.
#include "import/bundleimporter.h"
#include "kpi/hash64.h"
#include "kpi/healthsignals.h"
#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotcache.h"
#include "kpi/snapshotcacheformat.h"
#include "kpi/snapshotcolumns.h"
#include "kpi/snapshotloader.h"
#include "services/engineloader.h"
#include "services/storesession.h"
#include "store/schema.h"
#include "store/settingsstore.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/transaction.h"
#include "support/demofixture.h"
#include "support/revalign.h"
#include "support/snapshotdiff.h"
#include "support/verifyresult.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>

using namespace ra;
using namespace ra::testsupport;

namespace {

constexpr int kDemoLeads = 3000;

bool exec(const Store &store, const QString &sql)
{
    if (Status s = execSql(store.handle(), sql.toUtf8().constData()); !s) {
        qWarning() << sql << s.message();
        return false;
    }
    return true;
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto store = Store::open(path);
    if (!store) {
        qWarning() << store.message();
        return nullptr;
    }
    return std::move(store.value());
}

bool writeDemo(const QString &path, int leads = kDemoLeads)
{
    DemoFixture fixture;
    fixture.leads = leads;
    const Result<DemoSummary> written = makeDemoStore(path, fixture);
    if (!written)
        qWarning() << written.message();
    return written.ok();
}

std::shared_ptr<const Snapshot> freshLoad(Store &store)
{
    auto r = SnapshotLoader::load(store);
    return r ? r.value() : nullptr;
}

// The loaded value, once the cache write that follows a store load has ended.
template<typename T>
T afterCacheWrite(Result<T> loaded, SnapshotOrigin &origin)
{
    if (!loaded) {
        qWarning() << loaded.message();
        return nullptr;
    }
    if (origin.write)
        if (Status s = origin.write->wait(); !s)
            qWarning() << s.message();
    return loaded.value();
}

// Loads through the cache (the snapshot alone, or the engine as the window
// does) and waits for the cache write that follows a store load.
std::shared_ptr<const Snapshot> cachedLoad(Store &store, SnapshotOrigin &origin)
{
    return afterCacheWrite(loadSnapshotCached(store, origin), origin);
}
std::shared_ptr<const KpiEngine> cachedEngine(Store &store, SnapshotOrigin &origin)
{
    return afterCacheWrite(loadEngineCached(store, origin), origin);
}

// A copy of `demo` at `path` (no cache yet), open.
std::unique_ptr<Store> openCopy(const QString &demo, const QString &path)
{
    QFile::remove(path);
    QFile::remove(SnapshotCache::pathFor(path));
    return QFile::copy(demo, path) ? openStore(path) : nullptr;
}

void flipByte(const QString &path, qint64 at)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(at));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(at));
    QVERIFY(f.putChar(char(c ^ 0x10)));
}

} // namespace

class TestSnapshotCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameAsStoreLoad_data();
    void sameAsStoreLoad();
    void sameKpisAsStoreLoad();
    void fallsBackAndReplaces_data();
    void fallsBackAndReplaces();
    void storeReplacedBySameName();
    void anotherWindowImports();
    void statusAndClear();
    void windowSaysWhereFrom();
    void killedWriterLeavesNoneOrValid();
    void cachedHealthSameAsBuilt();
    void loadInputsHoldNoMemory();

private:
    QTemporaryDir m_dir;
    QString m_demo; // a demo store the cases copy
};

void TestSnapshotCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_demo));
}

void TestSnapshotCache::sameAsStoreLoad_data()
{
    // Each row reshapes the demo store's leads so the loader takes another path.
    QTest::addColumn<QString>("reshape");
    QTest::newRow("demo") << QString();
    QTest::newRow("gapped rowids") << QStringLiteral("DELETE FROM leads WHERE rowid % 7 = 3");
    QTest::newRow("sparse rowids") << QStringLiteral("UPDATE leads SET rowid = rowid * 1000 + 1000000000");
    QTest::newRow("shuffled ids") << QStringLiteral(
        "CREATE TABLE shuffled AS SELECT * FROM leads ORDER BY lead_id DESC; DELETE FROM leads; "
        "INSERT INTO leads SELECT * FROM shuffled; DROP TABLE shuffled");
}

void TestSnapshotCache::sameAsStoreLoad()
{
    QFETCH(QString, reshape);
    const QString path = m_dir.filePath(QStringLiteral("same.db"));
    QFile::remove(path);
    QFile::remove(SnapshotCache::pathFor(path));
    QVERIFY(QFile::copy(m_demo, path));
    std::unique_ptr<Store> store = openStore(path);
    QVERIFY(store);
    QVERIFY(exec(*store, QStringLiteral("PRAGMA foreign_keys = OFF")));
    for (const QString &sql : reshape.split(QStringLiteral("; "), Qt::SkipEmptyParts))
        QVERIFY(exec(*store, sql));

    SnapshotOrigin first, second;
    const auto fromStore = cachedLoad(*store, first);
    QVERIFY(fromStore);
    QVERIFY(!first.fromCache);
    QVERIFY(first.write);
    const auto fromCache = cachedLoad(*store, second);
    QVERIFY(fromCache);
    QVERIFY2(second.fromCache, qPrintable(second.note));
    QCOMPARE(firstSnapshotDifference(*fromStore, *fromCache), QString());
    QVERIFY(fromStore->leadCount() > 0);
}

// The parts compared above are the ones the cache lists; this compares what
// the engine makes of them, so a part the engine reads but the cache leaves
// out (e.g. the usage rows behind the usage.* keys) shows as a KPI difference.
void TestSnapshotCache::sameKpisAsStoreLoad()
{
    const QString path = m_dir.filePath(QStringLiteral("kpis.db"));
    QFile::remove(path);
    QFile::remove(SnapshotCache::pathFor(path));
    QVERIFY(QFile::copy(m_demo, path));
    for (const QString &period : {QStringLiteral("2026-10"), QStringLiteral("2026-Q3"), QStringLiteral("2026-W40")}) {
        QFile::remove(SnapshotCache::pathFor(path));
        const QStringList args = {QStringLiteral("kpis"), QStringLiteral("--db"), path, QStringLiteral("--period"), period,
                                  QStringLiteral("--json")};
        const ProcessRun fromStore = runRevalign(args);
        QVERIFY2(fromStore.exitedWith(0), qPrintable(fromStore.describe()));
        QVERIFY(QFile::exists(SnapshotCache::pathFor(path)));
        const ProcessRun fromCache = runRevalign(args);
        QVERIFY2(fromCache.exitedWith(0), qPrintable(fromCache.describe()));
        // Monthly-grain periods have usage values to compare (a week's are null).
        const bool monthly = !period.contains(QLatin1Char('W'));
        QCOMPARE(fromStore.out.contains(QStringLiteral("\"usage.active_share\": null")), !monthly);
        QCOMPARE(fromCache.out, fromStore.out);
    }
}

void TestSnapshotCache::fallsBackAndReplaces_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason"); // part of the note saying why the cache was not used
    QTest::newRow("import") << "import" << "the store changed";
    QTest::newRow("settings change") << "settings" << "the store changed";
    QTest::newRow("sal_stage_tracked change") << "sal stage" << "the store changed";
    QTest::newRow("migration") << "migration" << "the store changed";
    QTest::newRow("another RevAlign version") << "version" << "written by RevAlign";
    QTest::newRow("another machine") << "machine" << "another kind of machine";
    QTest::newRow("other snapshot columns") << "layout" << "other snapshot columns";
    QTest::newRow("truncated") << "truncate" << "truncated";
    QTest::newRow("flipped byte in a column") << "flip" << "checksum";
    QTest::newRow("flipped byte in the header") << "flip header" << "damaged";
}

void TestSnapshotCache::fallsBackAndReplaces()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("change.db"));
    const QString cache = SnapshotCache::pathFor(path);
    QFile::remove(path);
    QFile::remove(cache);
    QVERIFY(QFile::copy(m_demo, path));
    std::unique_ptr<Store> store = openStore(path);
    QVERIFY(store);
    SnapshotOrigin origin;
    QVERIFY(cachedLoad(*store, origin));
    QVERIFY(QFile::exists(cache));

    using namespace cachefmt;
    auto patchHeader = [&](auto edit) {
        QFile f(cache);
        QVERIFY(f.open(QIODevice::ReadWrite));
        FileHeader h;
        QCOMPARE(f.read(reinterpret_cast<char *>(&h), sizeof h), qint64(sizeof h));
        edit(h);
        h.headerHash = hash64(&h, offsetof(FileHeader, headerHash)); // a well-formed header of another build
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(reinterpret_cast<const char *>(&h), sizeof h), qint64(sizeof h));
    };
    if (change == QLatin1String("import")) {
        const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
        QDir().mkpath(bundle);
        QFile f(bundle + QStringLiteral("/accounts.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("account_id,name,segment,persona\nNEW1,New One,SMB,CFO\n");
        f.close();
        auto summary = BundleImporter(*store).run(bundle, {});
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
    } else if (change == QLatin1String("settings")) {
        QVERIFY(saveSetting(*store, QStringLiteral("sla_hours"), QStringLiteral("24")).ok());
    } else if (change == QLatin1String("sal stage")) {
        QVERIFY(saveSetting(*store, QStringLiteral("sal_stage_tracked"), QStringLiteral("no")).ok());
    } else if (change == QLatin1String("migration")) {
        // A store of the previous schema, upgraded on open (the last step adds usage).
        QVERIFY(exec(*store, QStringLiteral("DROP TABLE usage")));
        QVERIFY(exec(*store, QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() - 1)));
        store.reset();
        store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
    } else if (change == QLatin1String("version")) {
        patchHeader([](FileHeader &h) { std::memcpy(h.appVersion, "0.0.1", 6); });
    } else if (change == QLatin1String("layout")) {
        patchHeader([](FileHeader &h) { h.layout ^= 1; });
    } else if (change == QLatin1String("machine")) {
        patchHeader([](FileHeader &h) { h.byteOrder = 0x04030201; });
    } else if (change == QLatin1String("truncate")) {
        QFile f(cache);
        QVERIFY(f.resize(f.size() / 2));
    } else if (change == QLatin1String("flip")) {
        // In the middle of the largest section (padding between sections is not checked).
        QFile f(cache);
        QVERIFY(f.open(QIODevice::ReadOnly));
        FileHeader h;
        QCOMPARE(f.read(reinterpret_cast<char *>(&h), sizeof h), qint64(sizeof h));
        std::vector<SectionEntry> table(h.sectionCount);
        const qint64 tableBytes = qint64(table.size() * sizeof(SectionEntry));
        QCOMPARE(f.read(reinterpret_cast<char *>(table.data()), tableBytes), tableBytes);
        f.close();
        const auto largest = std::max_element(table.begin(), table.end(),
                                              [](const SectionEntry &a, const SectionEntry &b) { return a.bytes < b.bytes; });
        flipByte(cache, qint64(largest->offset + largest->bytes / 2));
    } else if (change == QLatin1String("flip header")) {
        flipByte(cache, 100);
    }

    SnapshotOrigin after;
    const auto snapshot = cachedLoad(*store, after);
    QVERIFY(snapshot);
    QVERIFY(!after.fromCache);
    QVERIFY2(after.note.contains(reason), qPrintable(after.note));
    const auto fresh = freshLoad(*store);
    QVERIFY(fresh);
    QCOMPARE(firstSnapshotDifference(*snapshot, *fresh), QString());
    // The cache was replaced: the next load reads it, and gets the same.
    SnapshotOrigin next;
    const auto again = cachedLoad(*store, next);
    QVERIFY2(next.fromCache, qPrintable(next.note));
    QCOMPARE(firstSnapshotDifference(*again, *fresh), QString());
}

void TestSnapshotCache::storeReplacedBySameName()
{
    // Another store (the same demo written again: same rows, another data
    // stamp) copied over the file: its cache does not carry over.
    const QString path = m_dir.filePath(QStringLiteral("replaced.db"));
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    QVERIFY(QFile::copy(m_demo, path));
    QVERIFY(writeDemo(other, 500));
    {
        std::unique_ptr<Store> store = openStore(path);
        SnapshotOrigin origin;
        QVERIFY(cachedLoad(*store, origin));
    }
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(other, path));
    std::unique_ptr<Store> store = openStore(path);
    SnapshotOrigin origin;
    const auto snapshot = cachedLoad(*store, origin);
    QVERIFY(snapshot);
    QVERIFY(!origin.fromCache);
    QCOMPARE(snapshot->leadCount(), 500);
}

void TestSnapshotCache::anotherWindowImports()
{
    // Two windows on one store, each with its own connection: the one that
    // did not import must not reuse the cache it wrote before the import.
    const QString path = m_dir.filePath(QStringLiteral("two.db"));
    QVERIFY(QFile::copy(m_demo, path));
    std::unique_ptr<Store> reader = openStore(path), writer = openStore(path);
    QVERIFY(reader && writer);
    SnapshotOrigin origin;
    QVERIFY(cachedLoad(*reader, origin));
    QVERIFY(!origin.fromCache);
    QVERIFY(cachedLoad(*reader, origin));
    QVERIFY(origin.fromCache);
    {
        Transaction tx(*writer);
        QVERIFY(tx.isActive());
        QVERIFY(exec(*writer, QStringLiteral("INSERT INTO leads(lead_id, created_at, persona) VALUES ('LX', 1790000000, 'CFO')")));
        QVERIFY(tx.commit().ok());
    }
    const auto reloaded = cachedLoad(*reader, origin);
    QVERIFY(reloaded);
    QVERIFY(!origin.fromCache);
    QCOMPARE(firstSnapshotDifference(*reloaded, *freshLoad(*reader)), QString());
    QCOMPARE(reloaded->leadCount(), kDemoLeads + 1);
}

void TestSnapshotCache::statusAndClear()
{
    const QString path = m_dir.filePath(QStringLiteral("status.db"));
    QVERIFY(QFile::copy(m_demo, path));
    auto run = [&](const QStringList &args) {
        const ProcessRun r = runRevalign(QStringList{QStringLiteral("cache")} + args + QStringList{QStringLiteral("--db"), path});
        return r.out + r.err;
    };
    QVERIFY2(run({QStringLiteral("status")}).contains(QStringLiteral("state:        none")), qPrintable(run({QStringLiteral("status")})));
    {
        std::unique_ptr<Store> store = openStore(path);
        SnapshotOrigin origin;
        QVERIFY(cachedLoad(*store, origin));
    }
    const QString valid = run({QStringLiteral("status"), QStringLiteral("--verify")});
    QVERIFY2(valid.contains(QStringLiteral("valid, every checksum verified")), qPrintable(valid));
    {
        std::unique_ptr<Store> store = openStore(path);
        QVERIFY(saveSetting(*store, QStringLiteral("stall_days"), QStringLiteral("45")).ok());
    }
    const QString stale = run({QStringLiteral("status")});
    QVERIFY2(stale.contains(QStringLiteral("stale")), qPrintable(stale));
    QVERIFY(run({QStringLiteral("clear")}).contains(QStringLiteral("removed")));
    QVERIFY(!QFile::exists(SnapshotCache::pathFor(path)));
    QVERIFY(run({QStringLiteral("clear")}).contains(QStringLiteral("no snapshot cache")));
}

void TestSnapshotCache::windowSaysWhereFrom()
{
    // The window's session: the first open reads the store and writes the
    // cache, the second reads the cache; the About box shows describe().
    const QString path = m_dir.filePath(QStringLiteral("window.db"));
    QVERIFY(QFile::copy(m_demo, path));
    for (const bool expectCache : {false, true}) {
        StoreSession session;
        QSignalSpy changed(&session, &StoreSession::engineChanged);
        session.open(path);
        QVERIFY(changed.wait(60000));
        QVERIFY(session.engine());
        const SnapshotOrigin &origin = session.snapshotOrigin();
        QCOMPARE(origin.fromCache, expectCache);
        QVERIFY2(origin.describe().contains(expectCache ? QStringLiteral("read from the snapshot cache")
                                                        : QStringLiteral("cache not used: there was none")),
                 qPrintable(origin.describe()));
    } // the session waits for its cache write when it ends
}

void TestSnapshotCache::killedWriterLeavesNoneOrValid()
{
    // `revalign kpis` writes the cache after printing; it is killed (SIGKILL)
    // as soon as its temporary file appears, then at later moments. Each
    // time the cache is either absent or complete and valid.
    const QString path = m_dir.filePath(QStringLiteral("kill.db"));
    QVERIFY(writeDemo(path, 40000));
    const QString cache = SnapshotCache::pathFor(path);
    CacheKey key;
    {
        std::unique_ptr<Store> store = openStore(path);
        key = {store->schemaVersion(), readDataState(store->handle()).value()};
    }
    int killedWhileWriting = 0;
    for (int delayMs : {0, 0, 0, 5, 20, 60}) {
        QVERIFY(SnapshotCache::remove(cache).ok());
        bool writing = false, acted = false;
        RunOptions options;
        options.whileRunning = [&](qint64 pid) {
            if (acted)
                return;
            acted = true;
            const QString temp = cache + QStringLiteral(".tmp-%1").arg(pid);
            QElapsedTimer clock;
            clock.start();
            // Until the write starts (or, missed between two looks, has ended).
            while (!QFile::exists(temp) && !QFile::exists(cache) && clock.elapsed() < 60000)
                QThread::usleep(200);
            QThread::msleep(static_cast<unsigned long>(delayMs));
            writing = QFile::exists(temp);
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        };
        runRevalign({QStringLiteral("kpis"), QStringLiteral("--db"), path, QStringLiteral("--period"), QStringLiteral("2026-10")},
                    options);
        if (writing && !QFile::exists(cache))
            ++killedWhileWriting;
        if (QFile::exists(cache)) {
            auto read = SnapshotCache::read(cache, key);
            QVERIFY2(read.ok(), qPrintable(read.message()));
        }
    }
    QVERIFY(killedWhileWriting > 0); // the kill did land mid-write at least once
    // The next load reads the store, writes a good cache and removes the orphan.
    QFile::remove(cache);
    std::unique_ptr<Store> store = openStore(path);
    SnapshotOrigin origin;
    QVERIFY(cachedLoad(*store, origin));
    QVERIFY(SnapshotCache::read(cache, key).ok());
    const QFileInfo info(cache);
    QCOMPARE(info.dir().entryList({info.fileName() + QStringLiteral(".tmp-*")}, QDir::Files).size(), 0);
}


// The account-health matrix kept in the cache is, field for field and bit
// for bit, the one the engine builds; it stands in only for its as_of and
// its settings, and one that the file cannot hold exactly is left out.
void TestSnapshotCache::cachedHealthSameAsBuilt()
{
    const QString path = m_dir.filePath(QStringLiteral("health.db"));
    const QString cache = SnapshotCache::pathFor(path);
    std::unique_ptr<Store> store = openCopy(m_demo, path);
    QVERIFY(store);
    const Settings settings = loadSettings(*store).value();
    SnapshotOrigin first;
    QVERIFY(cachedEngine(*store, first));
    QVERIFY(!first.fromCache && first.write);

    const CacheKey key{store->schemaVersion(), readDataState(store->handle()).value()};
    CachedHealth health;
    auto read = SnapshotCache::read(cache, key, &health);
    QVERIFY2(read.ok(), qPrintable(read.message()));
    const Snapshot &s = *read.value();
    QVERIFY(health.matrix);
    QVERIFY(health.fits(s.defaultAsOf(), settings));
    const detail::HealthMatrix built = detail::HealthMatrix::build(s, settings, s.defaultAsOf());
    const detail::HealthMatrix &cached = *health.matrix;
    QVERIFY(built.rows > 0 && built.months > 0);
    QCOMPARE(cached.firstIndex, built.firstIndex);
    QCOMPARE(cached.months, built.months);
    QCOMPARE(cached.rows, built.rows);
    QVERIFY(cached.signals == built.signals);
    QVERIFY(cached.products == built.products);
    QVERIFY(cached.gaps == built.gaps);
    QVERIFY(cached.lift == built.lift);
    QCOMPARE(cached.potential.size(), built.potential.size());
    QCOMPARE(std::memcmp(cached.potential.data(), built.potential.data(), built.potential.size() * sizeof(double)), 0);
    // The demo has at-risk accounts and white-space gaps to compare.
    QVERIFY(std::any_of(built.signals.begin(), built.signals.end(), [](quint8 b) { return b != 0; }));
    QVERIFY(std::any_of(built.potential.begin(), built.potential.end(), [](double p) { return p > 0; }));

    // Another as_of, or settings that differ in the 13th digit, build their own.
    QVERIFY(!health.fits(s.defaultAsOf() - 1, settings));
    Settings other = settings;
    other.lowUtilisation += 1e-13;
    QVERIFY(!health.fits(s.defaultAsOf(), other));
    other = settings;
    other.riskSignals += 1;
    QVERIFY(!health.fits(s.defaultAsOf(), other));

    // The engine of the next open takes it and computes the same keys.
    SnapshotOrigin second;
    const auto fromCache = cachedEngine(*store, second);
    QVERIFY(fromCache && second.fromCache);
    const KpiEngine fresh(freshLoad(*store), settings);
    const Period month = Period::parse(u"2026-10").value();
    const KpiReport a = fromCache->compute(month, {}), b = fresh.compute(month, {});
    for (const KpiInfo &k : kpiCatalog()) {
        QVERIFY2(a.current.value(k.id) == b.current.value(k.id), k.key);
        QVERIFY2(a.current.nullReason(k.id) == b.current.nullReason(k.id), k.key);
    }
    QVERIFY(a.current.value(KpiId::HealthAtRisk).has_value());

    // A potential that is not a whole number of half cents is not stored.
    auto odd = std::make_shared<detail::HealthMatrix>(built);
    odd->potential.front() = 0.3;
    const CachedHealth notExact{s.defaultAsOf(), health.settings, odd};
    QVERIFY(SnapshotCache::write(s, key, cache, nullptr, &notExact).ok());
    CachedHealth none;
    QVERIFY(SnapshotCache::read(cache, key, &none).ok());
    QVERIFY(!none.matrix);
}

// finalize() hands the load inputs' memory back (emptied vectors that keep
// their capacity held a third of a gigabyte at 5M leads for as long as the
// snapshot lived): none of them holds any after a store load.
void TestSnapshotCache::loadInputsHoldNoMemory()
{
    std::unique_ptr<Store> store = openStore(m_demo);
    QVERIFY(store);
    const auto snapshot = freshLoad(*store);
    QVERIFY(snapshot && snapshot->usageRows > 0 && !snapshot->leadTouchTimes.empty() && !snapshot->mrr.empty());
    QStringList holding;
    visitLoadInputs(*snapshot, [&](const char *name, const auto &column) {
        if (column.capacity() > 0)
            holding << QString::fromLatin1(name);
    });
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QStringLiteral(", "))));
}

// A cache kept in memory instead of a file: the same bytes as the file, read
// back to the same snapshot and health matrix, and refused when damaged.
QTEST_GUILESS_MAIN(TestSnapshotCache)
#include "tst_snapshotcache.moc"

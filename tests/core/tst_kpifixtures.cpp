// End-to-end KPI fixtures: each folder of tests/data/kpi is a small bundle
// whose expected values were worked out by hand from docs/kpi-definitions.md (the
// arithmetic is in its expected.md). The bundle goes through the real
// importer (`revalign import`), the real snapshot loader and the engine; each
// line of cases.txt names one value:
//
//   PERIOD  FILTERS  AS_OF  KEY  EXPECTED
//
// PERIOD is any period form, or prev:P for the previous period that
// KpiEngine::compute pairs with P. FILTERS is "-" or persona=X,segment=Y,channel=Z
// ("_" in a value stands for a space). AS_OF is "-" (the store's default) or
// a timestamp. EXPECTED is in the JSON units of docs/kpi-definitions.md (money in major
// units) or "null". Counts and money compare exactly, everything else to
// 1e-9 relative. "@default_as_of TS" checks the store's default as_of, and
// settings.txt (key=value lines) is applied before loading.
#include "domain/values.h"
#include "kpi/kpiengine.h"
#include "services/engineloader.h"
#include "store/settingsstore.h"
#include "store/store.h"
#include "support/revalign.h"
#include "support/verifyresult.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <map>
#include <memory>

using namespace ra;
using namespace ra::testsupport;

class TestKpiFixtures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyKeyIsCovered();
    void kpi_data();
    void kpi();
    void cohorts();

private:
    struct Case {
        QString fixture, period, filters, asOf, key, expected;
        int line = 0;
    };
    std::shared_ptr<const KpiEngine> engineFor(const QString &fixture);
    std::vector<Case> m_cases;
    std::map<QString, QString> m_defaultAsOf; // fixture → expected default as_of
    std::map<QString, std::shared_ptr<const KpiEngine>> m_engines;
    std::map<QString, QString> m_loadErrors;
    QTemporaryDir m_tmp;
};

static QString fixtureRoot() { return QStringLiteral(RA_TEST_DATA_DIR "/kpi"); }

void TestKpiFixtures::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QStringList fixtures = QDir(fixtureRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!fixtures.isEmpty(), "no fixtures under tests/data/kpi");
    for (const QString &f : fixtures) {
        QFile file(fixtureRoot() + QLatin1Char('/') + f + QStringLiteral("/cases.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        int lineNo = 0;
        while (!file.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.front() == QLatin1String("@default_as_of")) {
                QCOMPARE(parts.size(), 2);
                m_defaultAsOf[f] = parts[1];
                continue;
            }
            QVERIFY2(parts.size() == 5, qPrintable(QStringLiteral("%1/cases.txt:%2: five fields expected").arg(f).arg(lineNo)));
            m_cases.push_back({f, parts[0], parts[1], parts[2], parts[3], parts[4], lineNo});
        }
    }
}

std::shared_ptr<const KpiEngine> TestKpiFixtures::engineFor(const QString &fixture)
{
    if (auto it = m_engines.find(fixture); it != m_engines.end())
        return it->second;
    if (m_loadErrors.count(fixture))
        return nullptr;
    auto fail = [&](const QString &why) {
        m_loadErrors[fixture] = why;
        return nullptr;
    };
    const QString dir = fixtureRoot() + QLatin1Char('/') + fixture;
    const QString db = m_tmp.filePath(fixture + QStringLiteral(".db"));
    const ProcessRun imported = runRevalign({QStringLiteral("import"), dir, QStringLiteral("--db"), db});
    if (!imported.exitedWith(0))
        return fail(QStringLiteral("import of %1 failed: %2%3").arg(fixture, imported.describe(), imported.out));
    Result<std::unique_ptr<Store>> store = Store::open(db);
    if (!store)
        return fail(store.message());
    QFile settings(dir + QStringLiteral("/settings.txt"));
    if (settings.open(QIODevice::ReadOnly)) {
        while (!settings.atEnd()) {
            const QString line = QString::fromUtf8(settings.readLine()).trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || eq < 0)
                continue;
            if (Status st = saveSetting(*store.value(), line.left(eq).trimmed(), line.mid(eq + 1).trimmed()); !st)
                return fail(st.message());
        }
    }
    Result<std::shared_ptr<const KpiEngine>> engine = loadEngine(*store.value());
    if (!engine)
        return fail(engine.message());
    m_engines[fixture] = engine.value();
    return engine.value();
}

// Together the fixtures must pin every key of the catalog.
void TestKpiFixtures::everyKeyIsCovered()
{
    QSet<QString> covered;
    for (const Case &c : m_cases) {
        QVERIFY2(kpiFromKey(c.key).has_value(),
                 qPrintable(QStringLiteral("%1/cases.txt:%2: unknown key %3").arg(c.fixture).arg(c.line).arg(c.key)));
        covered.insert(c.key);
    }
    QStringList missing;
    for (const KpiInfo &k : kpiCatalog())
        if (!covered.contains(QLatin1String(k.key)))
            missing << QLatin1String(k.key);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("keys without a fixture case: ") + missing.join(QStringLiteral(", "))));
    for (const auto &[fixture, expected] : m_defaultAsOf) {
        const auto engine = engineFor(fixture);
        QVERIFY2(engine, qPrintable(m_loadErrors[fixture]));
        QCOMPARE(formatTimestamp(engine->defaultAsOf()), expected);
    }
}

void TestKpiFixtures::kpi_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < m_cases.size(); ++i) {
        const Case &c = m_cases[i];
        QTest::addRow("%s:%d %s %s %s %s", qPrintable(c.fixture), c.line, qPrintable(c.period), qPrintable(c.filters),
                      qPrintable(c.asOf), qPrintable(c.key))
            << int(i);
    }
}

void TestKpiFixtures::kpi()
{
    QFETCH(int, index);
    const Case &c = m_cases[size_t(index)];
    const auto engine = engineFor(c.fixture);
    QVERIFY2(engine, qPrintable(m_loadErrors[c.fixture]));

    const bool previous = c.period.startsWith(QLatin1String("prev:"));
    Result<Period> period = Period::parse(previous ? c.period.mid(5) : c.period);
    QVERIFY_RESULT(period);

    KpiFilters filters;
    if (c.filters != QLatin1String("-")) {
        for (const QString &f : c.filters.split(QLatin1Char(','))) {
            const qsizetype eq = f.indexOf(QLatin1Char('='));
            QVERIFY2(eq > 0, qPrintable(f));
            const QString name = f.left(eq);
            const QString value = f.mid(eq + 1).replace(QLatin1Char('_'), QLatin1Char(' '));
            if (name == QLatin1String("persona"))
                filters.persona = value;
            else if (name == QLatin1String("segment"))
                filters.segment = value;
            else if (name == QLatin1String("channel"))
                filters.channel = value;
            else
                QFAIL(qPrintable(QStringLiteral("unknown filter ") + name));
        }
    }
    std::optional<qint64> asOf;
    if (c.asOf != QLatin1String("-")) {
        Result<qint64> ts = parseTimestamp(c.asOf);
        QVERIFY_RESULT(ts);
        asOf = ts.value();
    }
    const KpiId id = *kpiFromKey(c.key);
    const KpiReport report = engine->compute(*period, filters, asOf);
    const std::optional<double> actual = previous ? report.previous.value(id) : report.current.value(id);

    if (c.expected == QLatin1String("null")) {
        QVERIFY2(!actual, qPrintable(QStringLiteral("expected null, got %1").arg(actual ? *actual : 0.0, 0, 'g', 17)));
        return;
    }
    bool ok = false;
    const double expected = c.expected.toDouble(&ok);
    QVERIFY2(ok, qPrintable(c.expected));
    QVERIFY2(actual, qPrintable(QStringLiteral("expected %1, got null").arg(c.expected)));
    const KpiUnit unit = kpiInfo(id).unit;
    if (unit == KpiUnit::Count) {
        QCOMPARE(*actual, expected);
    } else if (unit == KpiUnit::Money) {
        // Sums of cents are exact; means may carry fractions of a cent.
        const double cents = expected * 100.0;
        QVERIFY2(std::fabs(*actual - cents) <= 1e-6 * std::max(1.0, std::fabs(cents)),
                 qPrintable(QStringLiteral("expected %1, got %2").arg(c.expected).arg(*actual / 100.0, 0, 'g', 17)));
    } else {
        QVERIFY2(std::fabs(*actual - expected) <= 1e-9 * std::fabs(expected) + 1e-15,
                 qPrintable(QStringLiteral("expected %1, got %2").arg(c.expected).arg(*actual, 0, 'g', 17)));
    }
}

// Cohorts of the `mrr` fixture (its expected.md, "Cohorts"); offsets run to June 2026, as_of's month.
void TestKpiFixtures::cohorts()
{
    const auto engine = engineFor(QStringLiteral("mrr"));
    QVERIFY2(engine, qPrintable(m_loadErrors[QStringLiteral("mrr")]));
    using V = std::vector<double>;
    struct Expected {
        int month, accounts;
        double startMrr;
        V logo, revenue;
    };
    const std::vector<Expected> all{
        {202512, 2, 30000, {1, 1, 0.5, 0.5, 0.5, 1, 1}, {1, 1, 1.0 / 3, 1.0 / 3, 0.5, 1.5, 1.4}},
        {202601, 1, 5000, {1, 1, 1, 1, 0, 0}, {1, 1, 1, 1, 0, 0}},
        {202603, 1, 6000, {1, 1, 0, 0}, {1, 1, 0, 0}},
        {202604, 2, 13000, {1, 1, 1}, {1, 1, 140.0 / 130}},
    };
    auto check = [](const std::vector<CohortRow> &rows, const std::vector<Expected> &want) {
        QCOMPARE(rows.size(), want.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            const CohortRow &r = rows[i];
            const Expected &e = want[i];
            QCOMPARE(r.month, e.month);
            QCOMPARE(r.accounts, e.accounts);
            QCOMPARE(r.startMrr, e.startMrr);
            QCOMPARE(r.logoRetention.size(), e.logo.size());
            QCOMPARE(r.revenueRetention.size(), e.revenue.size());
            for (size_t k = 0; k < e.logo.size(); ++k) {
                QVERIFY(r.logoRetention[k] && r.revenueRetention[k]);
                QVERIFY2(std::fabs(*r.logoRetention[k] - e.logo[k]) < 1e-12, qPrintable(QStringLiteral("%1 +%2").arg(e.month).arg(k)));
                QVERIFY2(std::fabs(*r.revenueRetention[k] - e.revenue[k]) < 1e-12, qPrintable(QStringLiteral("%1 +%2").arg(e.month).arg(k)));
            }
        }
    };
    check(engine->cohorts(std::nullopt, {}), all);
    if (QTest::currentTestFailed())
        return;
    check(engine->cohorts(202603, {}), {all[2], all[3]});
    if (QTest::currentTestFailed())
        return;
    KpiFilters it;
    it.persona = QStringLiteral("IT");
    check(engine->cohorts(std::nullopt, it), {all[2], all[3]});
    if (QTest::currentTestFailed())
        return;
    // As of 2026-05-15 June is not known: every row loses its last offset.
    std::vector<Expected> may = all;
    for (Expected &e : may) {
        e.logo.pop_back();
        e.revenue.pop_back();
    }
    check(engine->cohorts(std::nullopt, {}, *parseTimestamp(QStringLiteral("2026-05-15"))), may);
}

QTEST_GUILESS_MAIN(TestKpiFixtures)
#include "tst_kpifixtures.moc"

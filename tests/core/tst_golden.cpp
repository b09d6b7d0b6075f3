// Golden files: the full JSON of a generated demo store (fixed seed, fixed
// end date, 2000 leads) for a few periods and filters, compared character for
// character with tests/data/golden/*.json. Any change to the engine, the JSON
// form or the demo generator that moves a number shows up here as a diff.
//
// When a change is intended, regenerate and review the diff before committing:
//   RA_UPDATE_GOLDEN=1 build/tests/tst_golden
//   git diff tests/data/golden
#include "kpi/kpiengine.h"
#include "report/kpijson.h"
#include "services/engineloader.h"
#include "support/demofixture.h"
#include "support/verifyresult.h"

#include <QDir>
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::testsupport;

class TestGolden : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();

private:
    QString render(const QString &what) const;
    QTemporaryDir m_tmp;
    std::shared_ptr<const KpiEngine> m_engine;
};

static QString goldenDir() { return QStringLiteral(RA_TEST_DATA_DIR "/golden"); }

void TestGolden::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QString db = m_tmp.filePath(QStringLiteral("demo.db"));
    const auto demo = makeDemoStore(db);
    QVERIFY_RESULT(demo);
    Result<std::shared_ptr<const KpiEngine>> engine = loadEngine(db);
    QVERIFY_RESULT(engine);
    m_engine = engine.value();
}

// "kpis PERIOD [persona|segment|channel INDEX]", "breakdown PERIOD DIM", "cohorts",
// "trend GRAIN N". A filter value is taken by its index in the store's sorted
// values, so the case does not name demo personas that may be renamed.
QString TestGolden::render(const QString &what) const
{
    const QStringList w = what.split(QLatin1Char(' '));
    auto dim = [](const QString &s) {
        return s == QLatin1String("persona") ? Dimension::Persona
             : s == QLatin1String("segment") ? Dimension::Segment
                                              : Dimension::Channel;
    };
    if (w[0] == QLatin1String("cohorts"))
        return cohortsJson(m_engine->cohorts(std::nullopt, {}), m_engine->defaultAsOf(), {});
    if (w[0] == QLatin1String("trend")) {
        const Period::Kind grain = w[1] == QLatin1String("week") ? Period::Kind::Week : Period::Kind::Month;
        const qint64 asOf = m_engine->defaultAsOf();
        const auto day = boost::gregorian::date(1970, 1, 1) + boost::gregorian::days(static_cast<long>(asOf / 86400));
        const std::vector<KpiId> keys{KpiId::LeadsMql, KpiId::ConvMqlToSal, KpiId::SlaCompliance, KpiId::BookingsTotal,
                                      KpiId::MrrEnd, KpiId::Nps};
        return trendJson(m_engine->trend(grain, w[2].toInt(), Period::containing(grain, day), {}), keys, grain, asOf, {});
    }
    const Result<Period> period = Period::parse(w[1]);
    if (!period)
        return period.message();
    if (w[0] == QLatin1String("breakdown")) {
        const Dimension d = dim(w[2]);
        return breakdownJson(*period, d, m_engine->breakdown(*period, d, {}), m_engine->defaultAsOf(), {});
    }
    KpiFilters f;
    if (w.size() == 4) {
        const QStringList values = m_engine->values(dim(w[2]));
        const QString v = values.value(w[3].toInt());
        (w[2] == QLatin1String("persona") ? f.persona : w[2] == QLatin1String("segment") ? f.segment : f.channel) = v;
    }
    return kpiReportJson(m_engine->compute(*period, f));
}

void TestGolden::golden_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("kpis_2026-10") << QStringLiteral("kpis 2026-10");
    QTest::newRow("kpis_2026-Q3_persona0") << QStringLiteral("kpis 2026-Q3 persona 0");
    QTest::newRow("kpis_2026-W46") << QStringLiteral("kpis 2026-W46");
    QTest::newRow("kpis_2025_segment0") << QStringLiteral("kpis 2025 segment 0");
    QTest::newRow("kpis_custom_channel0") << QStringLiteral("kpis 2026-09-01..2026-10-15 channel 0");
    QTest::newRow("breakdown_2026-Q3_persona") << QStringLiteral("breakdown 2026-Q3 persona");
    QTest::newRow("cohorts") << QStringLiteral("cohorts");
    QTest::newRow("trend_month_12") << QStringLiteral("trend month 12");
}

void TestGolden::golden()
{
    QFETCH(QString, what);
    const QString actual = render(what) + QLatin1Char('\n');
    const QString path = goldenDir() + QLatin1Char('/') + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".json");
    if (qEnvironmentVariableIntValue("RA_UPDATE_GOLDEN") == 1) {
        QVERIFY(QDir().mkpath(goldenDir()));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        qInfo("wrote %s", qPrintable(path));
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("%1 is missing; run with RA_UPDATE_GOLDEN=1 to create it").arg(path)));
    const QString expected = QString::fromUtf8(in.readAll());
    if (actual == expected)
        return;
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
        if (a.value(i) != e.value(i))
            QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                                 .arg(path)
                                 .arg(i + 1)
                                 .arg(e.value(i), a.value(i))));
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"

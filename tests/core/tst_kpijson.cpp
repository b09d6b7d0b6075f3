// The number and string forms of the KPI JSON (models/report/kpijson.h):
// what scripts parse, so every rule of "The JSON form" in docs/kpi-definitions.md has a row.
#include "report/kpijson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <limits>

using namespace ra;

Q_DECLARE_METATYPE(ra::KpiId)
Q_DECLARE_METATYPE(std::optional<double>)

class TestKpiJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void value_data();
    void value();
    void roundTrip();
    void strings();
    void report();
};

void TestKpiJson::value_data()
{
    QTest::addColumn<KpiId>("id");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("expected");
    using O = std::optional<double>;
    QTest::newRow("null") << KpiId::Clv << O{} << QStringLiteral("null");
    QTest::newRow("nan is null") << KpiId::Nrr << O{std::nan("")} << QStringLiteral("null");
    QTest::newRow("inf is null") << KpiId::Nrr << O{std::numeric_limits<double>::infinity()} << QStringLiteral("null");
    QTest::newRow("count integer") << KpiId::LeadsCreated << O{412.0} << QStringLiteral("412");
    QTest::newRow("count zero") << KpiId::LeadsCreated << O{0.0} << QStringLiteral("0");
    QTest::newRow("money major units") << KpiId::BookingsTotal << O{123450.0} << QStringLiteral("1234.5");
    QTest::newRow("money cents") << KpiId::BookingsTotal << O{1234567.0} << QStringLiteral("12345.67");
    QTest::newRow("money whole") << KpiId::MrrEnd << O{100000.0} << QStringLiteral("1000");
    QTest::newRow("money mean of cents") << KpiId::OppsAvgWonAmount << O{725000.0 / 6.0} << QStringLiteral("1208.3333333333333");
    QTest::newRow("money big") << KpiId::BookingsTotal << O{123456789012.0} << QStringLiteral("1234567890.12");
    QTest::newRow("ratio full precision") << KpiId::ConvMqlToSal << O{5.0 / 7.0} << QStringLiteral("0.7142857142857143");
    QTest::newRow("ratio exact") << KpiId::ConvMqlToSal << O{0.634} << QStringLiteral("0.634");
    QTest::newRow("ratio one") << KpiId::Nrr << O{1.0} << QStringLiteral("1");
    QTest::newRow("negative zero") << KpiId::SlaAcceptanceMedianHours << O{-0.0} << QStringLiteral("0");
    QTest::newRow("nps negative") << KpiId::Nps << O{-100.0 / 3.0} << QStringLiteral("-33.333333333333336");
    QTest::newRow("hours") << KpiId::SlaAcceptanceMedianHours << O{12.0 + 1.0 / 7200.0} << QStringLiteral("12.00013888888889");
}

void TestKpiJson::value()
{
    QFETCH(KpiId, id);
    QFETCH(std::optional<double>, value);
    QFETCH(QString, expected);
    QCOMPARE(kpiJsonValue(id, value), expected);
}

// The shortest form must read back to the very same double.
void TestKpiJson::roundTrip()
{
    for (double v : {0.1, 1.0 / 3.0, 2.0 / 3.0, 1e-7, 123456.789, 6.02214076e23, 0.30000000000000004}) {
        const QString s = jsonNumber(v);
        bool ok = false;
        QCOMPARE(s.toDouble(&ok), v);
        QVERIFY(ok);
        const QJsonDocument d = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(s).toUtf8());
        QCOMPARE(d.array().at(0).toDouble(), v);
    }
}

void TestKpiJson::strings()
{
    QCOMPARE(jsonString(QStringLiteral("CFO")), QStringLiteral("\"CFO\""));
    QCOMPARE(jsonString(QStringLiteral("a \"b\"\\c")), QStringLiteral("\"a \\\"b\\\"\\\\c\""));
    QCOMPARE(jsonString(QStringLiteral("line\nbreak")), QStringLiteral("\"line\\nbreak\""));
    QCOMPARE(jsonString(QStringLiteral("Müller → €")), QStringLiteral("\"Müller → €\""));
    KpiFilters f;
    f.segment = QStringLiteral(" SMB ");
    QCOMPARE(filtersJson(f), QStringLiteral("{\"persona\": null, \"segment\": \"SMB\", \"channel\": null}"));
    QCOMPARE(periodJson(*Period::parse(QStringLiteral("2026-W01"))),
             QStringLiteral("{\"key\": \"2026-W01\", \"start\": \"2025-12-29\", \"end\": \"2026-01-04\"}"));
}

// A report with nothing set still lists every key, in catalog order, and parses.
void TestKpiJson::report()
{
    KpiReport r;
    r.period = *Period::parse(QStringLiteral("2026-11"));
    r.previousPeriod = r.period.previous();
    r.asOf = 1795280580; // 2026-11-21T17:03:00Z
    r.current.set(KpiId::LeadsCreated, 412.0);
    r.current.set(KpiId::BookingsTotal, 123450.0);
    const QString text = kpiReportJson(r);
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QCOMPARE(d.object().value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-21T17:03:00Z"));
    const QJsonObject kpis = d.object().value(QStringLiteral("kpis")).toObject();
    QCOMPARE(kpis.size(), kKpiCount);
    QCOMPARE(kpis.value(QStringLiteral("leads.created")).toInt(), 412);
    QCOMPARE(kpis.value(QStringLiteral("bookings.total")).toDouble(), 1234.5);
    QVERIFY(kpis.value(QStringLiteral("clv")).isNull());
    QVERIFY(d.object().value(QStringLiteral("targets")).toArray().isEmpty());
    qsizetype last = -1;
    for (const KpiInfo &k : kpiCatalog()) {
        const qsizetype pos = text.indexOf(QStringLiteral("\"%1\":").arg(QLatin1String(k.key)));
        QVERIFY2(pos > last, k.key);
        last = pos;
    }
}

QTEST_GUILESS_MAIN(TestKpiJson)
#include "tst_kpijson.moc"

// Formatting of KPI values for people (models/report/kpiformat.h): one row
// per rule of the precision decisions written at the top of kpiformat.cpp.
#include "report/kpiformat.h"

#include <QTest>
#include <cmath>

using namespace ra;

Q_DECLARE_METATYPE(ra::KpiId)
Q_DECLARE_METATYPE(std::optional<double>)

class TestKpiFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void value_data();
    void value();
    void change_data();
    void change();
    void direction();
    void currency();
    void amounts_data();
    void amounts();
    void nullReasons();
};

void TestKpiFormat::value_data()
{
    QTest::addColumn<KpiId>("id");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    using O = std::optional<double>;
    const QString eur = QStringLiteral("EUR");

    QTest::newRow("null") << KpiId::LeadsCreated << O{} << eur << QStringLiteral("—");
    QTest::newRow("nan is null") << KpiId::ConvMqlToSal << O{std::nan("")} << eur << QStringLiteral("—");
    QTest::newRow("count 0") << KpiId::LeadsCreated << O{0.0} << eur << QStringLiteral("0");
    QTest::newRow("count 999") << KpiId::LeadsCreated << O{999.0} << eur << QStringLiteral("999");
    QTest::newRow("count 1234") << KpiId::LeadsCreated << O{1234.0} << eur << QStringLiteral("1,234");
    QTest::newRow("count 1234567") << KpiId::SlaBreached << O{1234567.0} << eur << QStringLiteral("1,234,567");
    // Whole units whatever the size (docs/decisions/money.md): the window once
    // showed "€365.00" beside "€12,141" for two MRR movements.
    QTest::newRow("money small whole") << KpiId::MrrContraction << O{36500.0} << eur << QStringLiteral("€365");
    QTest::newRow("money half rounds away") << KpiId::Arpa << O{4250.0} << eur << QStringLiteral("€43");
    QTest::newRow("money 999.99") << KpiId::BookingsTotal << O{99999.0} << eur << QStringLiteral("€1,000");
    QTest::newRow("money 999.49") << KpiId::BookingsTotal << O{99949.0} << eur << QStringLiteral("€999");
    QTest::newRow("money fraction of a cent") << KpiId::Arpa << O{99999.6} << eur << QStringLiteral("€1,000");
    QTest::newRow("money 1000 whole") << KpiId::BookingsTotal << O{100000.0} << eur << QStringLiteral("€1,000");
    QTest::newRow("money 12345.67 whole") << KpiId::BookingsTotal << O{1234567.0} << eur << QStringLiteral("€12,346");
    QTest::newRow("money zero") << KpiId::MrrChurned << O{0.0} << eur << QStringLiteral("€0");
    QTest::newRow("money usd") << KpiId::Cac << O{123456789.0} << QStringLiteral("USD") << QStringLiteral("$1,234,568");
    QTest::newRow("money other code") << KpiId::Clv << O{5000.0} << QStringLiteral("CHF") << QStringLiteral("CHF 50");
    QTest::newRow("money negative") << KpiId::Arpa << O{-250000.0} << eur << QStringLiteral("-€2,500");
    QTest::newRow("money negative rounds to zero") << KpiId::MrrChurned << O{-40.0} << eur << QStringLiteral("€0");
    QTest::newRow("ratio") << KpiId::ConvMqlToSal << O{0.634} << eur << QStringLiteral("63.4%");
    QTest::newRow("ratio rounding") << KpiId::SlaCompliance << O{2.0 / 3.0} << eur << QStringLiteral("66.7%");
    QTest::newRow("ratio one") << KpiId::Nrr << O{1.0} << eur << QStringLiteral("100.0%");
    QTest::newRow("ratio above one") << KpiId::Nrr << O{12.3456} << eur << QStringLiteral("1,234.6%");
    QTest::newRow("ratio zero") << KpiId::ChurnLogoRate << O{0.0} << eur << QStringLiteral("0.0%");
    QTest::newRow("hours") << KpiId::SlaAcceptanceMedianHours << O{4.25} << eur << QStringLiteral("4.3 h");
    QTest::newRow("hours big") << KpiId::TicketsResolutionMedianHours << O{1500.0} << eur << QStringLiteral("1,500.0 h");
    QTest::newRow("days") << KpiId::OppsCycleMedianDays << O{38.5} << eur << QStringLiteral("38.5 d");
    QTest::newRow("months") << KpiId::CacPaybackMonths << O{14.2} << eur << QStringLiteral("14.2 mo");
    QTest::newRow("multiple") << KpiId::ClvToCac << O{3.16} << eur << QStringLiteral("3.2×");
    QTest::newRow("nps whole") << KpiId::Nps << O{42.0} << eur << QStringLiteral("42");
    QTest::newRow("nps negative whole") << KpiId::Nps << O{-20.0} << eur << QStringLiteral("-20");
    QTest::newRow("nps fraction") << KpiId::Nps << O{100.0 / 3.0} << eur << QStringLiteral("33.3");
    QTest::newRow("survey whole keeps decimal") << KpiId::SurveyScore << O{7.0} << eur << QStringLiteral("7.0");
    QTest::newRow("survey") << KpiId::SurveyFollowupSatisfaction << O{7.44} << eur << QStringLiteral("7.4");
    QTest::newRow("survey gap") << KpiId::SurveyGap << O{1.25} << eur << QStringLiteral("1.3");
    QTest::newRow("no negative zero") << KpiId::SlaAcceptanceMedianHours << O{-0.01} << eur << QStringLiteral("0.0 h");
}

void TestKpiFormat::value()
{
    QFETCH(KpiId, id);
    QFETCH(std::optional<double>, value);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(formatKpiValue(id, value, currency), expected);
}

// formatMoneyAmount: the one money formatter; Cents for one record's amount.
void TestKpiFormat::amounts_data()
{
    QTest::addColumn<double>("cents");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("expected");
    const int whole = int(MoneyPrecision::Whole), cents = int(MoneyPrecision::Cents);
    QTest::newRow("account small") << 90200.0 << cents << QStringLiteral("€902.00");
    QTest::newRow("account large keeps cents") << 204250.0 << cents << QStringLiteral("€2,042.50");
    QTest::newRow("account zero") << 0.0 << cents << QStringLiteral("€0.00");
    QTest::newRow("account one cent") << 1.0 << cents << QStringLiteral("€0.01");
    QTest::newRow("account negative") << -1999.0 << cents << QStringLiteral("-€19.99");
    QTest::newRow("half a cent negative is zero") << -0.4 << cents << QStringLiteral("€0.00");
    // 1e12 cents = 10,000,000,000.00: a double holds it exactly, the text is exact.
    QTest::newRow("1e12 cents") << 1e12 << cents << QStringLiteral("€10,000,000,000.00");
    QTest::newRow("1e12 cents whole") << 1e12 << whole << QStringLiteral("€10,000,000,000");
    QTest::newRow("estimate") << 90249.5 << whole << QStringLiteral("€902");
}

void TestKpiFormat::amounts()
{
    QFETCH(double, cents);
    QFETCH(int, precision);
    QFETCH(QString, expected);
    QCOMPARE(formatMoneyAmount(cents, QStringLiteral("EUR"), MoneyPrecision(precision), QLocale(QLocale::English, QLocale::UnitedStates)),
             expected);
}

void TestKpiFormat::change_data()
{
    QTest::addColumn<KpiId>("id");
    QTest::addColumn<std::optional<double>>("current");
    QTest::addColumn<std::optional<double>>("previous");
    QTest::addColumn<QString>("expected");
    using O = std::optional<double>;

    QTest::newRow("current null") << KpiId::LeadsCreated << O{} << O{3.0} << QStringLiteral("—");
    QTest::newRow("previous null") << KpiId::LeadsCreated << O{3.0} << O{} << QStringLiteral("—");
    QTest::newRow("previous zero") << KpiId::LeadsCreated << O{3.0} << O{0.0} << QStringLiteral("—");
    QTest::newRow("count up") << KpiId::LeadsCreated << O{112.0} << O{100.0} << QStringLiteral("+12.0%");
    QTest::newRow("count down") << KpiId::LeadsCreated << O{75.0} << O{100.0} << QStringLiteral("-25.0%");
    QTest::newRow("count same") << KpiId::LeadsCreated << O{100.0} << O{100.0} << QStringLiteral("0.0%");
    QTest::newRow("money") << KpiId::BookingsTotal << O{150000.0} << O{100000.0} << QStringLiteral("+50.0%");
    QTest::newRow("ratio in pp") << KpiId::ConvMqlToSal << O{0.634} << O{0.603} << QStringLiteral("+3.1 pp");
    QTest::newRow("ratio from zero") << KpiId::ConvMqlToSal << O{0.5} << O{0.0} << QStringLiteral("+50.0 pp");
    QTest::newRow("ratio down") << KpiId::ChurnLogoRate << O{0.02} << O{0.05} << QStringLiteral("-3.0 pp");
    QTest::newRow("nps points across zero") << KpiId::Nps << O{10.0} << O{-10.0} << QStringLiteral("+20.0 pts");
    QTest::newRow("survey points") << KpiId::SurveyScore << O{6.5} << O{7.0} << QStringLiteral("-0.5 pts");
}

void TestKpiFormat::change()
{
    QFETCH(KpiId, id);
    QFETCH(std::optional<double>, current);
    QFETCH(std::optional<double>, previous);
    QFETCH(QString, expected);
    QCOMPARE(formatKpiChange(id, current, previous), expected);
}

void TestKpiFormat::direction()
{
    QCOMPARE(changeDirection(KpiId::LeadsCreated, 5.0, 3.0), ChangeDirection::Better);
    QCOMPARE(changeDirection(KpiId::LeadsCreated, 2.0, 3.0), ChangeDirection::Worse);
    QCOMPARE(changeDirection(KpiId::SlaBreached, 5.0, 3.0), ChangeDirection::Worse);
    QCOMPARE(changeDirection(KpiId::SlaBreached, 1.0, 3.0), ChangeDirection::Better);
    QCOMPARE(changeDirection(KpiId::Cac, 3.0, 3.0), ChangeDirection::Same);
    QCOMPARE(changeDirection(KpiId::Cac, std::nullopt, 3.0), ChangeDirection::Unknown);
    QCOMPARE(changeDirection(KpiId::Cac, 3.0, std::nullopt), ChangeDirection::Unknown);
    // A change shown as 0.0 gets no colour: ARPA 10,004 vs 10,000 cents is +0.04% -> "0.0%".
    QCOMPARE(formatKpiChange(KpiId::Arpa, 10004.0, 10000.0), QStringLiteral("0.0%"));
    QCOMPARE(changeDirection(KpiId::Arpa, 10004.0, 10000.0), ChangeDirection::Same);
    QCOMPARE(changeDirection(KpiId::Arpa, 10006.0, 10000.0), ChangeDirection::Better); // +0.06% -> "+0.1%"
    QCOMPARE(changeDirection(KpiId::Arpa, 9995.0, 10000.0), formatKpiChange(KpiId::Arpa, 9995.0, 10000.0) == QLatin1String("0.0%")
                                                                 ? ChangeDirection::Same : ChangeDirection::Worse); // colour follows the text
    QCOMPARE(changeDirection(KpiId::ConvMqlToSal, 0.6004, 0.6), ChangeDirection::Same);   // +0.04 pp
    QCOMPARE(changeDirection(KpiId::ConvMqlToSal, 0.601, 0.6), ChangeDirection::Better);  // +0.1 pp
    QCOMPARE(changeDirection(KpiId::LeadsCreated, 5.0, 0.0), ChangeDirection::Better);    // from zero: no %, still up
}

void TestKpiFormat::currency()
{
    QCOMPARE(currencySymbol(QStringLiteral("EUR")), QStringLiteral("€"));
    QCOMPARE(currencySymbol(QStringLiteral("USD")), QStringLiteral("$"));
    QCOMPARE(currencySymbol(QStringLiteral("GBP")), QStringLiteral("£"));
    QCOMPARE(currencySymbol(QStringLiteral("SEK")), QStringLiteral("SEK "));
}

void TestKpiFormat::nullReasons()
{
    QVERIFY(nullReasonText(KpiId::Cac, NullReason::None).isEmpty());
    for (NullReason r : {NullReason::NoData, NullReason::ZeroDenominator, NullReason::NotWholeMonths,
                         NullReason::FilterNotApplicable})
        for (const KpiInfo &k : kpiCatalog())
            QVERIFY2(!nullReasonText(k.id, r).isEmpty(), k.key);
    QVERIFY(nullReasonText(KpiId::MrrEnd, NullReason::NotWholeMonths).contains(QStringLiteral("month")));
}

QTEST_GUILESS_MAIN(TestKpiFormat)
#include "tst_kpiformat.moc"

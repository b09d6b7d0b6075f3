// Numbers, money, percentages, changes, dates and period labels in each
// language RevAlign speaks, and how a language becomes a locale. Expected
// texts are CLDR's forms as Qt ships them: Swedish groups with a no-break
// space (U+00A0) and writes minus as U+2212.
#include "domain/language.h"
#include "domain/period.h"
#include "report/kpiformat.h"

#include <QCoreApplication>
#include <QTest>

Q_DECLARE_METATYPE(ra::KpiId)
Q_DECLARE_METATYPE(std::optional<double>)

using namespace ra;

namespace {

const QLocale kEn(QLocale::English, QLocale::UnitedStates);
const QLocale kSv(QLocale::Swedish, QLocale::Sweden);
const QLocale kZh(QLocale::Chinese, QLocale::China);
const QString kNbsp(QChar(0x00A0));
const QString kMinus(QChar(0x2212));

QString sv(QString text) // write test expectations with plain spaces and hyphens
{
    return text.replace(QLatin1Char(' '), kNbsp).replace(QLatin1Char('-'), kMinus);
}

using O = std::optional<double>;

} // namespace

class TestLocaleFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void values_data();
    void values();
    void changes_data();
    void changes();
    void dates_data();
    void dates();
    void periodLabels_data();
    void periodLabels();
    void accountAmounts();
    void languageCodes();
    void localeForLanguage();
    void cLocaleReadsAsEnglish();
};

void TestLocaleFormat::cleanup()
{
    applyLocale(kEn, *QCoreApplication::instance());
}

void TestLocaleFormat::values_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<KpiId>("id");
    QTest::addColumn<O>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    const QString eur = QStringLiteral("EUR");
    // 1234 leads; €42.50 (4250 cents); €12,346 (1,234,567 cents, whole from 1,000 up); 12.3 %
    QTest::newRow("en count") << kEn << KpiId::LeadsCreated << O{1234.0} << eur << QStringLiteral("1,234");
    QTest::newRow("sv count") << kSv << KpiId::LeadsCreated << O{1234.0} << eur << sv(QStringLiteral("1 234"));
    QTest::newRow("zh count") << kZh << KpiId::LeadsCreated << O{1234567.0} << eur << QStringLiteral("1,234,567");
    // A KPI's money is in whole units at every size: 42.50 rounds half away from zero.
    QTest::newRow("en money small") << kEn << KpiId::Arpa << O{4250.0} << eur << QStringLiteral("€43");
    QTest::newRow("sv money small") << kSv << KpiId::Arpa << O{4250.0} << eur << sv(QStringLiteral("43 €"));
    QTest::newRow("zh money small") << kZh << KpiId::Arpa << O{4250.0} << eur << QStringLiteral("€43");
    QTest::newRow("en money whole") << kEn << KpiId::BookingsTotal << O{1234567.0} << eur << QStringLiteral("€12,346");
    QTest::newRow("sv money whole") << kSv << KpiId::BookingsTotal << O{1234567.0} << eur << sv(QStringLiteral("12 346 €"));
    QTest::newRow("sv money negative") << kSv << KpiId::Arpa << O{-250000.0} << eur << sv(QStringLiteral("-2 500 €"));
    QTest::newRow("en money negative") << kEn << KpiId::Arpa << O{-250000.0} << eur << QStringLiteral("-€2,500");
    // The locale's own currency gets its own symbol: SEK in Swedish is "kr".
    QTest::newRow("sv SEK") << kSv << KpiId::BookingsTotal << O{1234567.0} << QStringLiteral("SEK") << sv(QStringLiteral("12 346 kr"));
    QTest::newRow("en ratio") << kEn << KpiId::ConvMqlToSal << O{0.123} << eur << QStringLiteral("12.3%");
    QTest::newRow("sv ratio") << kSv << KpiId::ConvMqlToSal << O{0.123} << eur << sv(QStringLiteral("12,3 %"));
    QTest::newRow("zh ratio") << kZh << KpiId::ConvMqlToSal << O{0.123} << eur << QStringLiteral("12.3%");
    QTest::newRow("sv ratio big") << kSv << KpiId::Nrr << O{12.3456} << eur << sv(QStringLiteral("1 234,6 %"));
    QTest::newRow("sv hours") << kSv << KpiId::SlaAcceptanceMedianHours << O{4.25} << eur << QStringLiteral("4,3 h");
    QTest::newRow("zh hours") << kZh << KpiId::SlaAcceptanceMedianHours << O{4.25} << eur << QStringLiteral("4.3 小时");
    QTest::newRow("sv months") << kSv << KpiId::CacPaybackMonths << O{14.2} << eur << QStringLiteral("14,2 mån");
    QTest::newRow("zh days") << kZh << KpiId::OppsCycleMedianDays << O{38.5} << eur << QStringLiteral("38.5 天");
    QTest::newRow("sv multiple") << kSv << KpiId::ClvToCac << O{3.16} << eur << QStringLiteral("3,2×");
    QTest::newRow("sv survey") << kSv << KpiId::SurveyScore << O{7.0} << eur << QStringLiteral("7,0");
    QTest::newRow("sv no negative zero") << kSv << KpiId::SlaAcceptanceMedianHours << O{-0.01} << eur << QStringLiteral("0,0 h");
    QTest::newRow("sv null") << kSv << KpiId::LeadsCreated << O{} << eur << QStringLiteral("—");
}

void TestLocaleFormat::values()
{
    QFETCH(QLocale, locale);
    QFETCH(KpiId, id);
    QFETCH(O, value);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    applyLocale(locale, *QCoreApplication::instance()); // units such as "h" are translated
    QCOMPARE(formatKpiValue(id, value, currency), expected);
    QCOMPARE(formatKpiValue(id, value, currency, locale), expected);
}

// One record's amount keeps its cents, with the locale's decimal separator.
void TestLocaleFormat::accountAmounts()
{
    const QString eur = QStringLiteral("EUR");
    QCOMPARE(formatMoneyAmount(4250.0, eur, MoneyPrecision::Cents, kEn), QStringLiteral("€42.50"));
    QCOMPARE(formatMoneyAmount(4250.0, eur, MoneyPrecision::Cents, kSv), sv(QStringLiteral("42,50 €")));
    QCOMPARE(formatMoneyAmount(4250.0, eur, MoneyPrecision::Cents, kZh), QStringLiteral("€42.50"));
    QCOMPARE(formatMoneyAmount(204250.0, eur, MoneyPrecision::Cents, kSv), sv(QStringLiteral("2 042,50 €")));
}

void TestLocaleFormat::changes_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<KpiId>("id");
    QTest::addColumn<O>("current");
    QTest::addColumn<O>("previous");
    QTest::addColumn<QString>("expected");
    // 0.634 - 0.603 = +3.1 percentage points; 75 against 100 = -25.0 %; NPS 10 against -10 = +20 points
    QTest::newRow("en pp") << kEn << KpiId::ConvMqlToSal << O{0.634} << O{0.603} << QStringLiteral("+3.1 pp");
    QTest::newRow("sv pp") << kSv << KpiId::ConvMqlToSal << O{0.634} << O{0.603} << QStringLiteral("+3,1 p.e.");
    QTest::newRow("zh pp") << kZh << KpiId::ConvMqlToSal << O{0.634} << O{0.603} << QStringLiteral("+3.1 个百分点");
    QTest::newRow("en relative") << kEn << KpiId::LeadsCreated << O{75.0} << O{100.0} << QStringLiteral("-25.0%");
    QTest::newRow("sv relative") << kSv << KpiId::LeadsCreated << O{75.0} << O{100.0} << sv(QStringLiteral("-25,0 %"));
    QTest::newRow("sv up") << kSv << KpiId::LeadsCreated << O{112.0} << O{100.0} << sv(QStringLiteral("+12,0 %"));
    QTest::newRow("zh points") << kZh << KpiId::Nps << O{10.0} << O{-10.0} << QStringLiteral("+20.0 分");
    QTest::newRow("sv points") << kSv << KpiId::Nps << O{10.0} << O{-10.0} << QStringLiteral("+20,0 poäng");
    QTest::newRow("sv none") << kSv << KpiId::LeadsCreated << O{3.0} << O{0.0} << QStringLiteral("—");
}

void TestLocaleFormat::changes()
{
    QFETCH(QLocale, locale);
    QFETCH(KpiId, id);
    QFETCH(O, current);
    QFETCH(O, previous);
    QFETCH(QString, expected);
    applyLocale(locale, *QCoreApplication::instance());
    QCOMPARE(formatKpiChange(id, current, previous), expected);
}

void TestLocaleFormat::dates_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("medium");
    QTest::addColumn<QString>("monthYear");
    QTest::addColumn<QString>("moment");
    // 1 December 2026; the moment is 2026-12-01T09:05:00Z = 1796115900
    QTest::newRow("en") << kEn << QStringLiteral("Dec 1, 2026") << QStringLiteral("December 2026")
                        << QStringLiteral("Dec 1, 2026 9:05 AM UTC");
    QTest::newRow("sv") << kSv << QStringLiteral("1 dec. 2026") << QStringLiteral("december 2026")
                        << QStringLiteral("1 dec. 2026 09:05 UTC");
    QTest::newRow("zh") << kZh << QStringLiteral("2026年12月1日") << QStringLiteral("2026年12月")
                        << QStringLiteral("2026年12月1日 09:05 UTC");
}

void TestLocaleFormat::dates()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, medium);
    QFETCH(QString, monthYear);
    QFETCH(QString, moment);
    applyLocale(locale, *QCoreApplication::instance()); // the month-year format is a translation
    const QDate d(2026, 12, 1);
    QCOMPARE(formatMediumDate(d), medium);
    QCOMPARE(formatMonthYear(d), monthYear);
    QCOMPARE(formatDateTimeUtc(1796115900).replace(QChar(0x202F), QLatin1Char(' ')), moment);
}

void TestLocaleFormat::periodLabels_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("label");
    QTest::newRow("sv month") << kSv << QStringLiteral("2026-10") << QStringLiteral("oktober 2026");
    QTest::newRow("sv quarter") << kSv << QStringLiteral("2026-Q4") << QStringLiteral("K4 2026");
    QTest::newRow("sv week") << kSv << QStringLiteral("2026-W47") << QStringLiteral("Vecka 47, 2026");
    QTest::newRow("sv range") << kSv << QStringLiteral("2026-11-01..2026-11-30")
                              << QStringLiteral("1 nov. 2026 – 30 nov. 2026");
    QTest::newRow("zh month") << kZh << QStringLiteral("2026-10") << QStringLiteral("2026年10月");
    QTest::newRow("zh quarter") << kZh << QStringLiteral("2026-Q4") << QStringLiteral("2026年第4季度");
    QTest::newRow("zh week") << kZh << QStringLiteral("2026-W47") << QStringLiteral("2026年第47周");
    QTest::newRow("en month") << kEn << QStringLiteral("2026-10") << QStringLiteral("October 2026");
}

void TestLocaleFormat::periodLabels()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, period);
    QFETCH(QString, label);
    applyLocale(locale, *QCoreApplication::instance());
    const auto p = Period::parse(period);
    QVERIFY(p);
    QCOMPARE(p->label(), label);
    QCOMPARE(p->key(), period); // keys never change with the language
}

void TestLocaleFormat::languageCodes()
{
    QCOMPARE(languageFromCode(u"sv"), std::optional(Language::Swedish));
    QCOMPARE(languageFromCode(u"zh_CN"), std::optional(Language::Chinese));
    QCOMPARE(languageFromCode(u"zh-cn"), std::optional(Language::Chinese));
    QCOMPARE(languageFromCode(u"EN"), std::optional(Language::English));
    QCOMPARE(languageFromCode(u"system"), std::optional(Language::System));
    QCOMPARE(languageFromCode(u"de"), std::nullopt);
    for (Language l : allLanguages())
        QCOMPARE(languageFromCode(languageCode(l)), std::optional(l));
    QCOMPARE(languageName(Language::Chinese), QStringLiteral("简体中文"));
    QCOMPARE(languageName(Language::Swedish), QStringLiteral("Svenska"));
}

void TestLocaleFormat::localeForLanguage()
{
    const QLocale svFi(QLocale::Swedish, QLocale::Finland);
    const QLocale enGb(QLocale::English, QLocale::UnitedKingdom);
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(localeFor(Language::System, svFi), svFi);   // a translated language keeps the system's variant
    QCOMPARE(localeFor(Language::System, enGb), enGb);
    QCOMPARE(localeFor(Language::System, de), kEn);      // no German translation: English text, English numbers
    QCOMPARE(localeFor(Language::System, kZh), kZh);
    QCOMPARE(localeFor(Language::Swedish, de), kSv);
    QCOMPARE(localeFor(Language::Swedish, svFi), svFi);
    QCOMPARE(localeFor(Language::Chinese, enGb), kZh);
    QCOMPARE(localeFor(Language::English, svFi), kEn);
}

void TestLocaleFormat::cLocaleReadsAsEnglish()
{
    QLocale::setDefault(QLocale::c());
    QCOMPARE(formatKpiValue(KpiId::LeadsCreated, 1234.0, QStringLiteral("EUR")), QStringLiteral("1,234"));
    QCOMPARE(formatMediumDate(QDate(2026, 12, 1)), QStringLiteral("Dec 1, 2026"));
}

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"

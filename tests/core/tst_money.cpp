// The exact money type (models/domain/money.h): decimal text → cents digit by
// digit, the sub-cent rule of docs/bundle-format.md (rejected, never rounded),
// sums and products that a binary double gets wrong, and the texts written
// back (bundle and JSON). The arithmetic is beside each row.
#include "domain/money.h"

#include <QTest>

using namespace ra;

class TestMoney : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void exactSums();
    void largeAmounts();
    void texts();
    void majorUnits();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("form");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("reason");
    const int bundle = int(MoneyForm::Bundle), number = int(MoneyForm::Number);
    QTest::newRow("whole") << "1234" << bundle << false << true << qint64(123400) << "";
    QTest::newRow("19.99") << "19.99" << bundle << false << true << qint64(1999) << "";
    QTest::newRow("0.1 is ten cents") << "0.1" << bundle << false << true << qint64(10) << "";
    QTest::newRow("trailing zeros") << "1.250" << bundle << false << true << qint64(125) << "";
    QTest::newRow("many trailing zeros") << "1.2500000000000000000000" << bundle << false << true << qint64(125) << "";
    QTest::newRow("sub-cent rejected") << "1.255" << bundle << false << false << qint64(0) << "more than two decimals";
    QTest::newRow("half a cent rejected") << "0.005" << bundle << false << false << qint64(0) << "more than two decimals";
    QTest::newRow("minus zero is zero") << "-0" << bundle << false << true << qint64(0) << "";
    QTest::newRow("minus zero cents") << "-0.00" << bundle << false << true << qint64(0) << "";
    QTest::newRow("negative refused") << "-0.01" << bundle << false << false << qint64(0) << "negative amount";
    QTest::newRow("negative allowed") << "-19.99" << bundle << true << true << qint64(-1999) << "";
    QTest::newRow("leading zeros") << "0000000000000000012.30" << bundle << false << true << qint64(1230) << "";
    // 15 digits of major units is the most: 999,999,999,999,999.99.
    QTest::newRow("largest") << "999999999999999.99" << bundle << false << true << Money::kMaxCents << "";
    QTest::newRow("too large") << "1000000000000000" << bundle << false << false << qint64(0) << "too large";
    QTest::newRow("comma") << "12,50" << bundle << false << false << qint64(0) << "expected a number like 1234.50";
    QTest::newRow("currency sign") << "€12" << bundle << false << false << qint64(0) << "expected";
    QTest::newRow("exponent not in the bundle form") << "1e3" << bundle << false << false << qint64(0) << "expected";
    // Targets: a number, exponent allowed; the cents rule still holds.
    QTest::newRow("exponent") << "1e3" << number << false << true << qint64(100000) << "";                // 1000.00
    QTest::newRow("1.5e6") << "1.5e6" << number << false << true << qint64(150000000) << "";              // 1,500,000.00
    QTest::newRow("exponent moves cents in") << "1.2345e2" << number << false << true << qint64(12345) << ""; // 123.45
    QTest::newRow("negative exponent") << "1e-2" << number << false << true << qint64(1) << "";          // 0.01
    QTest::newRow("exponent below a cent") << "1e-3" << number << false << false << qint64(0) << "more than two decimals";
    QTest::newRow("1e10 is 1e12 cents") << "1E+10" << number << false << true << qint64(1000000000000) << "";
    QTest::newRow("huge exponent") << "1e999999" << number << false << false << qint64(0) << "too large";
    QTest::newRow("zero, huge exponent") << "0e999999" << number << false << true << qint64(0) << "";
    QTest::newRow("bare exponent") << "1e" << number << false << false << qint64(0) << "expected a decimal number";
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(int, form);
    QFETCH(bool, allowNegative);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    QFETCH(QString, reason);
    const QByteArray bytes = text.toUtf8();
    const auto r = Money::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())), MoneyForm(form), allowNegative);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r->cents(), cents);
    else
        QVERIFY2(r.message().contains(reason), qPrintable(r.message()));
}

// What binary floating point gets wrong, Money gets right.
void TestMoney::exactSums()
{
    const Money a = *Money::parse("0.1"), b = *Money::parse("0.2");
    QVERIFY(0.1 + 0.2 != 0.3);                                  // the double sum is 0.30000000000000004
    QCOMPARE((a + b).cents(), qint64(30));                      // 10 + 20 = 30 cents
    QCOMPARE(a + b, *Money::parse("0.3"));
    QCOMPARE((a + b).toBundleText(), QStringLiteral("0.30"));
    const Money price = *Money::parse("19.99");
    QCOMPARE((price * 3).cents(), qint64(5997));                // 1999 × 3 = 5997 cents
    QCOMPARE((price * 3).toBundleText(), QStringLiteral("59.97"));
    QCOMPARE(price * 3 - price, price * 2);                     // 5997 − 1999 = 3998
    QVERIFY(Money::fromCents(1) < Money::fromCents(2));
    // Ten thousand sums of one cent are one hundred exactly (a double drifts).
    Money total;
    double drifting = 0;
    for (int i = 0; i < 10000; ++i) {
        total = total + Money::fromCents(1);
        drifting += 0.01;
    }
    QCOMPARE(total.toBundleText(), QStringLiteral("100.00"));
    QVERIFY(drifting != 100.0);
}

void TestMoney::largeAmounts()
{
    // 1e12 cents = 10,000,000,000.00; one cent more is still exact in text,
    // though 10000000000.01 is not a double.
    const Money big = Money::fromCents(1'000'000'000'000);
    QCOMPARE(big.toBundleText(), QStringLiteral("10000000000.00"));
    QCOMPARE((big + Money::fromCents(1)).toBundleText(), QStringLiteral("10000000000.01"));
    QCOMPARE((big + Money::fromCents(1)).toJsonText(), QStringLiteral("10000000000.01"));
    QCOMPARE(*Money::parse("10000000000.01"), big + Money::fromCents(1));
    QCOMPARE(Money::fromCents(Money::kMaxCents).toBundleText(), QStringLiteral("999999999999999.99"));
    QCOMPARE(Money::fromCents(-Money::kMaxCents).toBundleText(), QStringLiteral("-999999999999999.99"));
}

void TestMoney::texts()
{
    QCOMPARE(Money::fromCents(123450).toBundleText(), QStringLiteral("1234.50"));
    QCOMPARE(Money::fromCents(5).toBundleText(), QStringLiteral("0.05"));
    QCOMPARE(Money::fromCents(-5).toBundleText(), QStringLiteral("-0.05"));
    QCOMPARE(Money::fromCents(0).toBundleText(), QStringLiteral("0.00"));
    QCOMPARE(Money::fromCents(123450).toJsonText(), QStringLiteral("1234.5"));
    QCOMPARE(Money::fromCents(100).toJsonText(), QStringLiteral("1"));
    QCOMPARE(Money::fromCents(-5).toJsonText(), QStringLiteral("-0.05"));
    QCOMPARE(Money::fromCents(0).toJsonText(), QStringLiteral("0"));
    QCOMPARE(Money::fromCents(1000).toJsonText(), QStringLiteral("10"));
    // What is written reads back to the same cents.
    for (qint64 c : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(-1999), qint64(123456789), Money::kMaxCents})
        QCOMPARE(Money::parse(Money::fromCents(c).toBundleText().toStdString(), MoneyForm::Bundle, true)->cents(), c);
}

// The one conversion between the engine's double cents and major units.
void TestMoney::majorUnits()
{
    QCOMPARE(centsFromMajor(19.99), 1999.0);       // 19.99 × 100 = 1998.9999999999998 in a double → 1999
    QCOMPARE(centsFromMajor(0.1 + 0.2), 30.0);     // 30.000000000000004 → 30
    QCOMPARE(centsFromMajor(1e10), 1e12);
    QCOMPARE(centsFromMajor(-2.5), -250.0);
    QCOMPARE(majorFromCents(123450.0), 1234.5);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"

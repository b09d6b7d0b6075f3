// The pieces of the export import on their own: source dates and amounts,
// encodings and separators, recognition, and the account-matching rules.
#include "domain/values.h"
#include "exports/accountmatcher.h"
#include "exports/exportdetect.h"
#include "exports/exporttext.h"
#include "exports/fieldplan.h"
#include "exports/mapping.h"
#include "exports/sourcevalues.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

Q_DECLARE_METATYPE(ra::DateOrder)

class TestExportValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sourceTime_data();
    void sourceTime();
    void dateOrderFromData();
    void money_data();
    void money();
    void text_data();
    void text();
    void shippedMappingsLoad();
    void recognition();
    void badMapping();
    void valueMaps_data();
    void valueMaps();
    void matching();
    void normalisedNames_data();
    void normalisedNames();
};

void TestExportValues::sourceTime_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QString>("expected"); // ISO UTC, or "error"
    const QString utc = QStringLiteral("UTC");
    QTest::newRow("hubspot datetime") << QByteArray("2026-03-02 09:15") << QStringLiteral("Europe/Berlin") << DateOrder::Unknown
                                      << QStringLiteral("2026-03-02T08:15:00Z");
    QTest::newRow("summer time") << QByteArray("2026-07-02 09:15") << QStringLiteral("Europe/Berlin") << DateOrder::Unknown
                                 << QStringLiteral("2026-07-02T07:15:00Z");
    QTest::newRow("salesforce utc") << QByteArray("2026-11-03 17:04:05") << utc << DateOrder::Unknown << QStringLiteral("2026-11-03T17:04:05Z");
    QTest::newRow("iso with offset") << QByteArray("2026-11-03T17:04:05+02:00") << utc << DateOrder::Unknown << QStringLiteral("2026-11-03T15:04:05Z");
    QTest::newRow("zendesk offset") << QByteArray("2026-03-10 09:00:00 +0100") << utc << DateOrder::Unknown << QStringLiteral("2026-03-10T08:00:00Z");
    QTest::newRow("fraction and Z") << QByteArray("2026-03-10T09:00:00.999Z") << utc << DateOrder::Unknown << QStringLiteral("2026-03-10T09:00:00Z");
    QTest::newRow("spreadsheet m/d/yyyy") << QByteArray("3/20/2026 8:05") << utc << DateOrder::Unknown << QStringLiteral("2026-03-20T08:05:00Z");
    QTest::newRow("two-digit year") << QByteArray("3/5/26 16:30") << utc << DateOrder::MonthFirst << QStringLiteral("2026-03-05T16:30:00Z");
    QTest::newRow("day first given") << QByteArray("3/5/2026") << utc << DateOrder::DayFirst << QStringLiteral("2026-05-03T00:00:00Z");
    QTest::newRow("am/pm") << QByteArray("3/5/2026 4:30 PM") << utc << DateOrder::MonthFirst << QStringLiteral("2026-03-05T16:30:00Z");
    QTest::newRow("12 am") << QByteArray("3/5/2026 12:10 am") << utc << DateOrder::MonthFirst << QStringLiteral("2026-03-05T00:10:00Z");
    QTest::newRow("dotted is day first") << QByteArray("15.04.2026") << utc << DateOrder::Unknown << QStringLiteral("2026-04-15T00:00:00Z");
    QTest::newRow("ambiguous without order") << QByteArray("3/5/2026") << utc << DateOrder::Unknown << QStringLiteral("error");
    QTest::newRow("no such day") << QByteArray("2026-02-30") << utc << DateOrder::Unknown << QStringLiteral("error");
    QTest::newRow("hour 25") << QByteArray("2026-03-14 25:00:00") << utc << DateOrder::Unknown << QStringLiteral("error");
    QTest::newRow("trailing text") << QByteArray("2026-03-14 noon") << utc << DateOrder::Unknown << QStringLiteral("error");
    QTest::newRow("words") << QByteArray("yesterday") << utc << DateOrder::Unknown << QStringLiteral("error");
}

void TestExportValues::sourceTime()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, zone);
    QFETCH(DateOrder, order);
    QFETCH(QString, expected);
    SourceTimeOptions o;
    o.order = order;
    o.zone = QTimeZone(zone.toUtf8());
    const auto v = parseSourceTime(std::string_view(text.constData(), std::size_t(text.size())), o);
    QCOMPARE(v ? formatTimestamp(*v) : QStringLiteral("error"), expected);
    if (!v)
        QVERIFY2(v.message().contains(QString::fromUtf8(text)), qPrintable(v.message())); // names the value
}

void TestExportValues::dateOrderFromData()
{
    QCOMPARE(provenDateOrder("25/03/2026"), DateOrder::DayFirst);
    QCOMPARE(provenDateOrder("3/25/2026 10:00"), DateOrder::MonthFirst);
    QCOMPARE(provenDateOrder("3/5/2026"), DateOrder::Unknown);
    QCOMPARE(provenDateOrder("2026-03-25"), DateOrder::Unknown);
}

void TestExportValues::money_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hubspot float") << QByteArray("9552.0") << QStringLiteral("9552.00");
    QTest::newRow("us thousands") << QByteArray("$1,234.50") << QStringLiteral("1234.50");
    QTest::newRow("german") << QByteArray("1.234,50 €") << QStringLiteral("1234.50");
    QTest::newRow("code prefix") << QByteArray("EUR 20.000,00") << QStringLiteral("20000.00");
    QTest::newRow("decimal comma") << QByteArray("10,5") << QStringLiteral("10.50");
    QTest::newRow("thousands only") << QByteArray("1,234") << QStringLiteral("1234.00");
    QTest::newRow("swiss") << QByteArray("1'234.50") << QStringLiteral("1234.50");
    QTest::newRow("negative") << QByteArray("-12") << QStringLiteral("-12.00");
    QTest::newRow("three decimals") << QByteArray("1.239") << QStringLiteral("error"); // 1.239 or 1239: refused, never guessed
    QTest::newRow("dotted thousands") << QByteArray("1.234.567") << QStringLiteral("1234567.00");
    QTest::newRow("sub-cent") << QByteArray("0.125") << QStringLiteral("error");
    QTest::newRow("words") << QByteArray("n/a") << QStringLiteral("error");
}

void TestExportValues::money()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto v = parseSourceMoney(std::string_view(text.constData(), std::size_t(text.size())));
    QCOMPARE(v ? (*v < 0 ? QStringLiteral("-") + formatMoney(-*v) : formatMoney(*v)) : QStringLiteral("error"), expected);
}

void TestExportValues::text_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding"); // or "error: <part of the message>"
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("header");
    QTest::newRow("utf-8") << QByteArray("a,b\n1,2\n") << QStringLiteral("UTF-8") << QStringLiteral("comma") << QStringLiteral("a");
    QTest::newRow("utf-8 bom ;") << QByteArray("\xEF\xBB\xBF" "x;y\n1;2\n") << QStringLiteral("UTF-8 (BOM)") << QStringLiteral("semicolon")
                                 << QStringLiteral("x");
    QTest::newRow("latin-1") << QByteArray("Name\tOrt\nM\xFCller\tK\xF6ln\n") << QStringLiteral("Windows-1252")
                             << QStringLiteral("tab") << QStringLiteral("Name");
    QByteArray utf16be("\xFE\xFF", 2);
    for (char c : QByteArray("Id,N\n1,2\n"))
        utf16be.append('\0').append(c);
    QTest::newRow("utf-16be") << utf16be << QStringLiteral("UTF-16BE (BOM)") << QStringLiteral("comma") << QStringLiteral("Id");
    QTest::newRow("quoted separators") << QByteArray("\"a;b;c\",d\n") << QStringLiteral("UTF-8") << QStringLiteral("comma")
                                       << QStringLiteral("a;b;c");
    QTest::newRow("workbook") << QByteArray("PK\x03\x04rest") << QStringLiteral("error: workbook") << QString() << QString();
    QTest::newRow("binary") << QByteArray("ab\0cd", 5) << QStringLiteral("error: binary") << QString() << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("error: empty") << QString() << QString();
}

void TestExportValues::text()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("x.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    auto t = openExportText(path);
    if (encoding.startsWith(QLatin1String("error: "))) {
        QVERIFY(!t);
        QVERIFY2(t.message().contains(encoding.mid(7)) && t.message().contains(path) && !t.message().contains(QLatin1Char('\n')),
                 qPrintable(t.message()));
        return;
    }
    QVERIFY2(t, qPrintable(t.message()));
    QVERIFY2(t->encoding.startsWith(encoding), qPrintable(t->encoding));
    QCOMPARE(delimiterName(t->delimiter), delimiter);
    const QByteArray utf8 = t->device->readAll();
    QVERIFY(utf8.startsWith(QTest::currentDataTag() == QByteArray("utf-8 bom ;") ? QByteArray("\xEF\xBB\xBF") : QByteArray()));
    if (QByteArray(QTest::currentDataTag()) == "latin-1")
        QVERIFY(utf8.contains("M\xC3\xBCller\tK\xC3\xB6ln"));
}

void TestExportValues::shippedMappingsLoad()
{
    QStringList names;
    for (const Mapping &m : builtinMappings())
        names << m.name;
    for (const char *n : {"hubspot-contacts", "hubspot-companies", "hubspot-deals", "salesforce-accounts",
                          "salesforce-leads", "salesforce-opportunities", "stripe-customers", "stripe-subscriptions",
                          "saas-subscriptions", "zendesk-tickets", "zendesk-tickets-json"})
        QVERIFY2(names.contains(QLatin1String(n)), n);
    QCOMPARE(names.size(), QDir(QStringLiteral(RA_TEST_DATA_DIR "/../../resources/mappings")).entryList({QStringLiteral("*.json")}).size());
}

void TestExportValues::recognition()
{
    std::vector<const Mapping *> all;
    for (const Mapping &m : builtinMappings())
        all.push_back(&m);
    auto nameOf = [&](const QStringList &header, const QString &file = QString()) {
        const Recognition r = recognise(header, file, all);
        return r.mapping ? r.mapping->name : QStringLiteral("none");
    };
    QCOMPARE(nameOf({QStringLiteral("Record ID"), QStringLiteral("Email"), QStringLiteral("Create Date"), QStringLiteral("First Name"),
                     QStringLiteral("Company name"), QStringLiteral("Industry")}),
             QStringLiteral("hubspot-contacts")); // a contacts export with company columns is still contacts
    QCOMPARE(nameOf({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("STAGENAME"), QStringLiteral("CLOSEDATE"),
                     QStringLiteral("AMOUNT")}),
             QStringLiteral("salesforce-opportunities")); // Data Loader: upper-case API names
    QCOMPARE(nameOf({QStringLiteral("customer_oid"), QStringLiteral("plan_amount"), QStringLiteral("plan_interval"),
                     QStringLiteral("subscription_started_at")}),
             QStringLiteral("saas-subscriptions"));
    QCOMPARE(nameOf({QStringLiteral("sku"), QStringLiteral("warehouse")}), QStringLiteral("none"));
}

void TestExportValues::badMapping()
{
    QVERIFY(!Mapping::fromJson("{", QStringLiteral("m.json")));
    auto noFormat = Mapping::fromJson(R"({"name":"x","source":"crm","table":"leads","columns":[{"to":"lead_id","from":"Id"}]})", QStringLiteral("m.json"));
    QVERIFY(!noFormat);
    QVERIFY(noFormat.message().contains(QLatin1String("format")));
    auto badRule = Mapping::fromJson(
        R"({"format":1,"name":"x","source":"crm","table":"leads","columns":[{"to":"lead_id","from":"Id","rule":"guess"}]})", QStringLiteral("m.json"));
    QVERIFY(!badRule);
    QVERIFY(badRule.message().contains(QLatin1String("guess")));
    auto good = Mapping::fromJson(
        R"({"format":1,"name":"pipedrive-deals","source":"pipedrive","table":"opportunities","columns":[{"to":"opportunity_id","from":"Deal ID"}]})",
        QStringLiteral("m.json"));
    QVERIFY2(good, qPrintable(good.message()));
    QCOMPARE(good->idPrefix, QStringLiteral("pipedrive:"));
}

void TestExportValues::valueMaps_data()
{
    // Value-map keys match whatever the case and spacing; plain ASCII values
    // take a faster lookup than the rest, with the same answers.
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("expected"); // "!" = rejected as an unknown value
    QTest::newRow("as written") << QByteArray("Paid Search") << QByteArray("paid");
    QTest::newRow("case and spaces") << QByteArray("  paid \t SEARCH ") << QByteArray("paid");
    QTest::newRow("API form") << QByteArray("PAID_SEARCH") << QByteArray("paid");
    QTest::newRow("unknown") << QByteArray("Paid  Searches") << QByteArray("!");
    QTest::newRow("non-ASCII key") << QByteArray("  R\xC3\x89SEAUX   sociaux") << QByteArray("social");
    QTest::newRow("non-ASCII unknown") << QByteArray("R\xC3\xA9seau") << QByteArray("!");
    QTest::newRow("longer than the ASCII buffer")
        << QByteArray("A very long campaign name that goes on and on beyond sixty-four characters") << QByteArray("long");
}

void TestExportValues::valueMaps()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, expected);
    const auto mapping = Mapping::fromJson(
        R"({"format":1,"name":"x","source":"crm","table":"leads","columns":[{"to":"lead_id","from":"Id"},)"
        R"({"to":"source","from":"Source","values":{"Paid Search":"paid","PAID_SEARCH":"paid","R\u00e9seaux sociaux":"social",)"
        R"("a very long campaign name that goes on and on beyond sixty-four characters":"long"}}]})",
        QStringLiteral("m.json"));
    QVERIFY2(mapping, qPrintable(mapping.message()));
    const FieldPlan plan = FieldPlan::resolve(*mapping, {QStringLiteral("Id"), QStringLiteral("Source")}, PlanOptions{});
    const std::vector<std::string> fields{"1", raw.toStdString()};
    std::vector<std::string> out;
    FieldError error;
    const bool ok = plan.convert(RecordView(fields), out, error);
    QCOMPARE(ok ? QByteArray::fromStdString(out.at(1)) : QByteArray("!"), expected);
}

void TestExportValues::matching()
{
    AccountMatcher m;
    m.addAccount(QStringLiteral("hubspot:101"), QStringLiteral("Acme, Inc."));
    m.addDomain(QStringLiteral("hubspot:101"), QStringLiteral("acme.com"));
    m.addAccount(QStringLiteral("hubspot:102"), QStringLiteral("Globex GmbH"));
    m.addDomain(QStringLiteral("hubspot:102"), QStringLiteral("globex.de"));
    m.addAccount(QStringLiteral("hubspot:103"), QStringLiteral("Initech Oy"));
    m.addAccount(QStringLiteral("salesforce:9"), QStringLiteral("Initech AB"));
    m.addDomain(QStringLiteral("hubspot:103"), QStringLiteral("gmail.com")); // a public domain never matches
    auto match = [&](const QString &id, const QString &name, const QString &email, const QString &explicitId = QString()) {
        const MatchOutcome o = m.match(ExternalParty{QStringLiteral("stripe"), id, name, email, explicitId});
        return QStringLiteral("%1 %2 %3").arg(o.status == MatchStatus::Matched ? QStringLiteral("matched")
                                              : o.status == MatchStatus::Ambiguous ? QStringLiteral("ambiguous") : QStringLiteral("unmatched"),
                                              o.status == MatchStatus::Ambiguous ? o.candidates.join(QLatin1Char(',')) : o.accountId, o.method);
    };
    QCOMPARE(match(QStringLiteral("c1"), QString(), QString(), QStringLiteral("102")), QStringLiteral("matched hubspot:102 explicit id"));
    QCOMPARE(match(QStringLiteral("c2"), QStringLiteral("Whoever"), QStringLiteral("ap@acme.com")), QStringLiteral("matched hubspot:101 e-mail domain"));
    QCOMPARE(match(QStringLiteral("c3"), QString(), QStringLiteral("x@mail.globex.de")), QStringLiteral("matched hubspot:102 e-mail domain"));
    QCOMPARE(match(QStringLiteral("c4"), QStringLiteral("ACME Inc"), QStringLiteral("boss@gmail.com")), QStringLiteral("matched hubspot:101 name"));
    QCOMPARE(match(QStringLiteral("c5"), QStringLiteral("Initech"), QString()), QStringLiteral("ambiguous hubspot:103,salesforce:9 name"));
    QCOMPARE(match(QStringLiteral("c6"), QStringLiteral("Hooli"), QStringLiteral("x@hotmail.co.uk")), QStringLiteral("unmatched  "));
    // A rejected pairing leaves the other candidate; a confirmed match wins over every rule.
    m.reject(QStringLiteral("stripe"), QStringLiteral("c5"), QStringLiteral("salesforce:9"));
    QCOMPARE(match(QStringLiteral("c5"), QStringLiteral("Initech"), QString()), QStringLiteral("matched hubspot:103 name"));
    m.confirm(QStringLiteral("stripe"), QStringLiteral("c6"), QStringLiteral("hubspot:102"));
    QCOMPARE(match(QStringLiteral("c6"), QStringLiteral("Hooli"), QStringLiteral("x@hotmail.co.uk")), QStringLiteral("matched hubspot:102 confirmed"));
}

void TestExportValues::normalisedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("inc") << QStringLiteral("ACME, Inc.") << QStringLiteral("acme");
    QTest::newRow("gmbh & co kg") << QStringLiteral("Müller GmbH & Co. KG") << QStringLiteral("muller");
    QTest::newRow("oy") << QStringLiteral("Initech Oy") << QStringLiteral("initech");
    QTest::newRow("bv") << QStringLiteral("Van Dijk B.V.") << QStringLiteral("van dijk b v"); // dotted initials stay: never over-merge
    QTest::newRow("only a suffix") << QStringLiteral("Inc") << QStringLiteral("inc");
    QTest::newRow("the") << QStringLiteral("The Widget Company") << QStringLiteral("widget");
}

void TestExportValues::normalisedNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(AccountMatcher::normaliseName(name), expected);
}

QTEST_GUILESS_MAIN(TestExportValues)
#include "tst_exportvalues.moc"

// MappingDraft: what the window's mapping step builds — a fresh mapping from
// picked columns and value maps, an adjusted shipped one that keeps what was
// not touched — and the preview of rows as the import converts them.
#include "exports/mappingdraft.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ra;

class TestMappingDraft : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshMapping();
    void adjustedMapping();
    void landedPreview();
    void sourceFromFileName_data();
    void sourceFromFileName();
};

static const Mapping *shipped(const QString &name)
{
    for (const Mapping &m : builtinMappings())
        if (m.name == name)
            return &m;
    return nullptr;
}

static QJsonObject columnFor(const Mapping &m, const QString &to)
{
    for (const QJsonValue &c : m.document.value(QStringLiteral("columns")).toArray())
        if (c.toObject().value(QStringLiteral("to")).toString() == to)
            return c.toObject();
    return {};
}

void TestMappingDraft::freshMapping()
{
    const QStringList header{QStringLiteral("Deal #"), QStringLiteral("Org"),  QStringLiteral("Value"),
                             QStringLiteral("Opened"), QStringLiteral("Kind"), QStringLiteral("State")};
    MappingDraft d =
        MappingDraft::fresh(QStringLiteral("opportunities"), QStringLiteral("pipedrive"), QStringLiteral("deals"));
    QCOMPARE(d.name, QStringLiteral("pipedrive-opportunities"));
    QCOMPARE(d.missingRequired(),
             (QStringList{QStringLiteral("opportunity_id"), QStringLiteral("account_id"), QStringLiteral("type"),
                          QStringLiteral("amount"), QStringLiteral("created_at"), QStringLiteral("status")}));
    QVERIFY(!d.build(header));
    for (const auto &[to, from] :
         {std::pair{"opportunity_id", "Deal #"}, std::pair{"account_id", "Org"}, std::pair{"amount", "Value"},
          std::pair{"created_at", "Opened"}, std::pair{"type", "Kind"}, std::pair{"status", "State"}})
        d.sourceOf.insert(QLatin1String(to), QLatin1String(from));
    d.values[QStringLiteral("status")] = {{QStringLiteral("Won"), QStringLiteral("won")},
                                          {QStringLiteral("Lost"), QStringLiteral("lost")}};
    d.values[QStringLiteral("stage")] = {{QStringLiteral("x"), QStringLiteral("y")}}; // not fed: ignored
    QVERIFY(d.missingRequired().isEmpty());
    auto m = d.build(header);
    QVERIFY2(m, qPrintable(m.message()));
    QCOMPARE(m->idPrefix, QStringLiteral("pipedrive:"));
    QCOMPARE(m->table, QStringLiteral("opportunities"));
    QCOMPARE(m->detect, (QStringList{QStringLiteral("Deal #"), QStringLiteral("Org"), QStringLiteral("Kind"),
                                     QStringLiteral("Value"), QStringLiteral("Opened"), QStringLiteral("State")}));
    // A fixed list (status) rejects a value not listed; no "others".
    QCOMPARE(columnFor(*m, QStringLiteral("status")),
             (QJsonObject{{QStringLiteral("to"), QStringLiteral("status")},
                          {QStringLiteral("from"), QJsonArray{QStringLiteral("State")}},
                          {QStringLiteral("values"), QJsonObject{{QStringLiteral("Won"), QStringLiteral("won")},
                                                                 {QStringLiteral("Lost"), QStringLiteral("lost")}}}}));
    QVERIFY(!m->hasTarget(QStringLiteral("stage")));
    // A header that is not in the file, or no source, is refused.
    d.sourceOf.insert(QStringLiteral("lead_id"), QStringLiteral("Person"));
    QVERIFY(!d.build(header));
    d.sourceOf.remove(QStringLiteral("lead_id"));
    d.source.clear();
    QVERIFY(!d.build(header));
}

void TestMappingDraft::adjustedMapping()
{
    const Mapping *deals = shipped(QStringLiteral("hubspot-deals"));
    QVERIFY(deals);
    const QStringList header{QStringLiteral("Record ID"),
                             QStringLiteral("Deal Name"),
                             QStringLiteral("Deal Stage"),
                             QStringLiteral("Amount"),
                             QStringLiteral("Close Date"),
                             QStringLiteral("Create Date"),
                             QStringLiteral("Associated Company IDs"),
                             QStringLiteral("Deal Type"),
                             QStringLiteral("My source")};
    MappingDraft d = MappingDraft::adjust(*deals, header);
    QCOMPARE(d.name, QStringLiteral("hubspot-deals"));
    QCOMPARE(d.sourceOf.value(QStringLiteral("amount")), QStringLiteral("Amount"));
    QCOMPARE(d.sourceOf.value(QStringLiteral("account_id")), QStringLiteral("Associated Company IDs"));
    // Untouched: the shipped mapping as it was.
    auto same = d.build(header);
    QVERIFY2(same, qPrintable(same.message()));
    QCOMPARE(same->document.value(QStringLiteral("columns")), deals->document.value(QStringLiteral("columns")));
    // One column changed: only its entry is replaced, its value map kept; a text value map lets other values through.
    d.sourceOf.insert(QStringLiteral("source"), QStringLiteral("My source"));
    d.values[QStringLiteral("persona")] = {{QStringLiteral("cfo"), QStringLiteral("CFO")}};
    auto adjusted = d.build(header);
    QVERIFY2(adjusted, qPrintable(adjusted.message()));
    const QJsonObject source = columnFor(*adjusted, QStringLiteral("source"));
    QCOMPARE(source.value(QStringLiteral("from")).toArray(), QJsonArray{QStringLiteral("My source")});
    QCOMPARE(source.value(QStringLiteral("values")),
             columnFor(*deals, QStringLiteral("source")).value(QStringLiteral("values")));
    QCOMPARE(columnFor(*adjusted, QStringLiteral("amount")), columnFor(*deals, QStringLiteral("amount")));
    QCOMPARE(adjusted->idPrefix, deals->idPrefix);
    // Employees become a segment by a rule: not a value to map, until the segment is taken from another column.
    const Mapping *companies = shipped(QStringLiteral("hubspot-companies"));
    QVERIFY(companies);
    const QStringList companyHeader{QStringLiteral("Record ID"), QStringLiteral("Company name"),
                                    QStringLiteral("Number of Employees"), QStringLiteral("Size")};
    MappingDraft c = MappingDraft::adjust(*companies, companyHeader);
    QVERIFY(c.byRule(QStringLiteral("segment"), companyHeader));
    QVERIFY(!c.byRule(QStringLiteral("name"), companyHeader));
    c.sourceOf.insert(QStringLiteral("segment"), QStringLiteral("Size"));
    QVERIFY(!c.byRule(QStringLiteral("segment"), companyHeader));
}

void TestMappingDraft::landedPreview()
{
    MappingDraft d = MappingDraft::fresh(QStringLiteral("leads"), QStringLiteral("crm"), QStringLiteral("people"));
    d.sourceOf = {{QStringLiteral("lead_id"), QStringLiteral("No")},
                  {QStringLiteral("created_at"), QStringLiteral("Since")},
                  {QStringLiteral("source"), QStringLiteral("By")},
                  {QStringLiteral("persona"), QStringLiteral("Role")}};
    d.values[QStringLiteral("persona")] = {{QStringLiteral("Chief Financial Officer"), QStringLiteral("CFO")}};
    ExportPreview p;
    p.header = {QStringLiteral("No"), QStringLiteral("Since"), QStringLiteral("By"), QStringLiteral("Role")};
    p.rows = {{"1", "3/25/2026 14:00", "marketing", "chief financial officer"},
              {"2", "", "Sales", "Founder"},
              {"3", "4/1/2026", "a friend", ""}};
    auto m = d.build(p.header);
    QVERIFY2(m, qPrintable(m.message()));
    const LandedPreview landed = landPreview(*m, p, PlanOptions{});
    QCOMPARE(landed.targets, (QStringList{QStringLiteral("lead_id"), QStringLiteral("persona"),
                                          QStringLiteral("source"), QStringLiteral("created_at")}));
    auto row = [&](int r) {
        QStringList cells;
        for (const LandedCell &c : landed.rows[std::size_t(r)])
            cells << (c.problem.isEmpty() ? c.value : QStringLiteral("!") + c.problem);
        return cells.join(QLatin1Char('|'));
    };
    // 3/25 proves month first for the sample, as the import decides it; the value map folds case; unlisted text is
    // kept; a listed value is stored as listed.
    QCOMPARE(row(0), QStringLiteral("crm:1|CFO|marketing|2026-03-25T14:00:00Z"));
    QCOMPARE(row(1), QStringLiteral("crm:2|Founder|sales|!created_at is required"));
    QCOMPARE(row(2), QStringLiteral("crm:3||!not one of marketing, sales, partner|2026-04-01T00:00:00Z"));
    QCOMPARE(landed.rejectedRows, (std::vector<qint64>{1, 2}));
}

void TestMappingDraft::sourceFromFileName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source");
    QTest::newRow("plain") << QStringLiteral("people.csv") << QStringLiteral("people");
    QTest::newRow("spaces and case") << QStringLiteral("Pipedrive Deals (2026).csv")
                                     << QStringLiteral("pipedrive-deals-2026");
    QTest::newRow("nothing usable") << QStringLiteral("___.csv") << QStringLiteral("custom");
}

void TestMappingDraft::sourceFromFileName()
{
    QFETCH(QString, file);
    QFETCH(QString, source);
    QCOMPARE(MappingDraft::sourceFromFileName(file), source);
}

QTEST_GUILESS_MAIN(TestMappingDraft)
#include "tst_mappingdraft.moc"

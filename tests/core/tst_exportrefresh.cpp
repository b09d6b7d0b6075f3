// Weekly refresh: last week's HubSpot export imported, then this week's with
// two contacts changed and one added. Exactly those three rows change (the
// others are recognised unchanged by their fingerprint, without a write),
// nothing is deleted, and the March MQL count moves from 2 to 4.
#include "exports/exportimporter.h"
#include "store/store.h"
#include "support/revalign.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {

QString weekDir(int week) { return QStringLiteral(RA_TEST_DATA_DIR "/exports/weekly/week%1").arg(week); }

QStringList leadRows(Store &store)
{
    QStringList out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT lead_id, email, mql_at FROM leads ORDER BY lead_id"));
    while (q.next())
        out << QStringLiteral("%1|%2|%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

double marchKpi(const QString &db, const char *key)
{
    const ra::testsupport::ProcessRun r = ra::testsupport::runRevalign(
        {QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--period"), QStringLiteral("2026-03"), QStringLiteral("--json")});
    if (!r.exitedWith(0))
        return -1;
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("kpis")).toObject().value(QLatin1String(key)).toDouble(-1);
}

} // namespace

class TestExportRefresh : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void changedRowsOnly();
};

void TestExportRefresh::changedRowsOnly()
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("s.db"));
    {
        auto store = Store::open(db);
        QVERIFY2(store, qPrintable(store.message()));
        auto first = ExportImporter(**store).run({weekDir(1)}, {});
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first->bundle.committed, true);
    }
    QCOMPARE(marchKpi(db, "leads.mql"), 2.0); // 402 and 404

    auto store = Store::open(db);
    QVERIFY(store);
    const QStringList before = leadRows(**store);
    auto again = ExportImporter(**store).run({weekDir(1)}, {});
    QVERIFY2(again, qPrintable(again.message()));
    for (const SourceFileSummary &s : again->sources) {
        QCOMPARE(s.imported, 0); // every row unchanged, nothing handed to the bundle import
        QCOMPARE(s.unchanged, s.rows);
    }
    QCOMPARE(leadRows(**store), before);

    auto second = ExportImporter(**store).run({weekDir(2)}, {});
    QVERIFY2(second, qPrintable(second.message()));
    const SourceFileSummary *contacts = nullptr;
    for (const SourceFileSummary &s : second->sources)
        if (s.file == QLatin1String("contacts.csv"))
            contacts = &s;
    QVERIFY(contacts);
    QCOMPARE(contacts->rows, 6);
    QCOMPARE(contacts->imported, 3);  // 401 (MQL), 403 (e-mail), 406 (new)
    QCOMPARE(contacts->unchanged, 3); // 402, 404, 405
    QCOMPARE(contacts->rejected, 0);

    QStringList after = leadRows(**store);
    QCOMPARE(after.size(), before.size() + 1);
    QStringList changed;
    for (const QString &row : after)
        if (!before.contains(row))
            changed << row.section(QLatin1Char('|'), 0, 0);
    QCOMPARE(changed, (QStringList{QStringLiteral("hubspot:401"), QStringLiteral("hubspot:403"), QStringLiteral("hubspot:406")}));
    store->reset();
    QCOMPARE(marchKpi(db, "leads.mql"), 4.0); // + 401 (Mar 10) and 406 (Mar 13)
}

QTEST_GUILESS_MAIN(TestExportRefresh)
#include "tst_exportrefresh.moc"

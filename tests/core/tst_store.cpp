#include "domain/settings.h"
#include "store/schema.h"
#include "store/settingsstore.h"
#include "store/store.h"
#include "support/unprivileged.h"
#include "support/verifyresult.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::testsupport;

namespace {
// A store as the first release wrote it (schema version 1: touches, revenue,
// ... as rowid tables), with a few rows in every table that version 2 rebuilds.
bool makeVersion1Store(const QString &path)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString &sql : migrationSteps().front().statements)
            ok = ok && q.exec(sql);
        const char *rows[] = {
            "PRAGMA user_version = 1",
            "INSERT INTO accounts (account_id, segment) VALUES ('A1', 'smb'), ('A2', 'enterprise')",
            "INSERT INTO campaigns (campaign_id) VALUES ('C1')",
            "INSERT INTO leads (lead_id, account_id, created_at) VALUES ('L1', 'A1', 1700000000), ('L2', 'A2', 1700000100)",
            "INSERT INTO touches VALUES ('L1', 'C1', 1700000000), ('L2', 'C1', 1700000500)",
            "INSERT INTO revenue VALUES ('A1', 202601, 'default', 10000), ('A1', 202602, 'addon', 2550)",
            "INSERT INTO spend VALUES (202601, 'marketing', 500000)",
            "INSERT INTO nps VALUES ('A2', 1767225600, '', 9, 'great'), ('A2', 1767225600, 'cfo@a2', 3, NULL)",
            "INSERT INTO targets VALUES ('2026-01', 'leads.created', 40, 'marketing')",
            "INSERT INTO alignment_survey VALUES (1767225600, 'kim', 'sales', 'q1', 4)",
        };
        for (const char *sql : rows)
            ok = ok && q.exec(QString::fromLatin1(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    return ok;
}
} // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsSchemaAtCurrentVersion();
    void migratesVersion1KeepingEveryRow();
    void readerMigratesAnOlderStoreItCanWrite();
    void readerRefusesAnOlderStoreItCannotWrite();
    void settingsDefaults();
    void settingsValidation_data();
    void settingsValidation();
    void settingsPersist();
    void settingsSaveAllOrNothing();
};

void TestStore::createsSchemaAtCurrentVersion()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY_RESULT(store);
    QCOMPARE((*store)->schemaVersion(), currentSchemaVersion());
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 14);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

// A version-1 store is migrated to WITHOUT ROWID tables with every row
// intact, after a backup; upserts on the rebuilt tables still find their keys.
void TestStore::migratesVersion1KeepingEveryRow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    QVERIFY(makeVersion1Store(path));

    auto store = Store::open(path);
    QVERIFY_RESULT(store);
    QCOMPARE((*store)->schemaVersion(), currentSchemaVersion());
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak-1")));
    QSqlQuery q((*store)->database());
    auto scalar = [&](const char *sql) {
        const bool ok = q.exec(QString::fromLatin1(sql)) && q.next();
        return ok ? q.value(0).toString() : QStringLiteral("<%1>").arg(q.lastError().text());
    };
    QCOMPARE(scalar("SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_list WHERE wr = 1 ORDER BY name)"),
             QStringLiteral("alignment_survey,nps,revenue,spend,targets,touches"));
    QCOMPARE(scalar("SELECT group_concat(lead_id || '/' || campaign_id || '/' || touched_at, ',') FROM touches"),
             QStringLiteral("L1/C1/1700000000,L2/C1/1700000500"));
    QCOMPARE(scalar("SELECT group_concat(account_id || month || product || mrr, ',') FROM revenue"),
             QStringLiteral("A1202601default10000,A1202602addon2550"));
    QCOMPARE(scalar("SELECT group_concat(respondent || ':' || score || ':' || ifnull(comment, '-'), ',') FROM nps"),
             QStringLiteral(":9:great,cfo@a2:3:-"));
    QCOMPARE(scalar("SELECT month || team || amount FROM spend"), QStringLiteral("202601marketing500000"));
    QCOMPARE(scalar("SELECT period || kpi || target || owner FROM targets"), QStringLiteral("2026-01leads.created40.0marketing"));
    QCOMPARE(scalar("SELECT surveyed_on || respondent || role || question || score FROM alignment_survey"),
             QStringLiteral("1767225600kimsalesq14"));
    // The keys and the foreign keys survived the rebuild.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO touches VALUES ('L1', 'C1', 1700000000)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO touches VALUES ('L9', 'C1', 1700000000)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO revenue VALUES ('A1', 202601, 'default', 12000) "
                                  "ON CONFLICT(account_id, month, product) DO UPDATE SET mrr = excluded.mrr")));
    QCOMPARE(scalar("SELECT count(*) || ':' || sum(mrr) FROM revenue"), QStringLiteral("2:14550"));
    QCOMPARE(scalar("SELECT count(*) FROM pragma_foreign_key_check"), QStringLiteral("0")); // nothing dangling
}

// `revalign kpis` opens read-only: an older store it may write is migrated
// (with its backup) rather than refused; one it may not write is refused.
void TestStore::readerMigratesAnOlderStoreItCanWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    QVERIFY(makeVersion1Store(path));
    {
        auto store = Store::open(path, Store::Mode::ReadOnly);
        QVERIFY_RESULT(store);
        QVERIFY((*store)->isReadOnly());
        QCOMPARE((*store)->schemaVersion(), currentSchemaVersion());
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM touches")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak-1")));
}

void TestStore::readerRefusesAnOlderStoreItCannotWrite()
{
    if (!runsUnprivileged(QTest::currentTestFunction()))
        return; // ran in an unprivileged child, which asserted
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("v1-readonly.db"));
    QVERIFY(makeVersion1Store(locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner));
    auto refused = Store::open(locked, Store::Mode::ReadOnly);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
    QVERIFY2(refused.message().contains(QLatin1String("older schema")), qPrintable(refused.message()));
}

void TestStore::settingsDefaults()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(store.ok());
    Result<Settings> s = loadSettings(**store);
    QVERIFY(s.ok());
    QCOMPARE(s->slaHours, 12);
    QCOMPARE(s->feedbackDays, 30);
    QCOMPARE(s->influenceDays, 365);
    QCOMPARE(s->grossMargin, 0.80);
    QCOMPARE(s->stallDays, 30);
    QCOMPARE(s->reentryDays, 90);
    QCOMPARE(s->currency, QStringLiteral("EUR"));
}

void TestStore::settingsValidation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("sla ok") << "sla_hours" << "24" << true;
    QTest::newRow("sla zero") << "sla_hours" << "0" << false;
    QTest::newRow("sla text") << "sla_hours" << "twelve" << false;
    QTest::newRow("margin ok") << "gross_margin" << "0.75" << true;
    QTest::newRow("margin >1") << "gross_margin" << "1.5" << false;
    QTest::newRow("margin 0") << "gross_margin" << "0" << false;
    QTest::newRow("currency ok") << "currency" << "usd" << true;
    QTest::newRow("currency bad") << "currency" << "dollars" << false;
    QTest::newRow("unknown key") << "colour" << "red" << false;
    QTest::newRow("influence 0") << "influence_days" << "0" << true;
}

void TestStore::settingsValidation()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    Settings s;
    Status st = s.set(key, value);
    QCOMPARE(st.ok(), valid);
    if (!valid)
        QVERIFY(!st.message().isEmpty());
}

void TestStore::settingsPersist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    {
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QVERIFY(saveSetting(**store, QStringLiteral("sla_hours"), QStringLiteral("8")).ok());
        QVERIFY(!saveSetting(**store, QStringLiteral("sla_hours"), QStringLiteral("-1")).ok());
    }
    auto store = Store::open(path);
    QVERIFY(store.ok());
    QCOMPARE(loadSettings(**store)->slaHours, 8);
}

void TestStore::settingsSaveAllOrNothing()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY_RESULT(store);
    // Fault injection: the store refuses the second key of the batch, after
    // the first one was written.
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON settings WHEN NEW.key = 'stall_days' "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    const QList<QPair<QString, QString>> batch = {{QStringLiteral("sla_hours"), QStringLiteral("8")},
                                                  {QStringLiteral("stall_days"), QStringLiteral("45")}};
    const Status failed = saveSettings(**store, batch);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.message().contains(QLatin1String("refused by the test"))
                 && failed.message().contains((*store)->path()),
             qPrintable(failed.message()));
    QCOMPARE(loadSettings(**store)->slaHours, 12); // the first key was not kept either

    // A bad value anywhere in the batch: nothing is written.
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QVERIFY(!saveSettings(**store, {{QStringLiteral("sla_hours"), QStringLiteral("8")},
                                    {QStringLiteral("gross_margin"), QStringLiteral("1.5")}})
                 .ok());
    QCOMPARE(loadSettings(**store)->slaHours, 12);

    QVERIFY(saveSettings(**store, batch).ok());
    const Settings saved = *loadSettings(**store);
    QCOMPARE(saved.slaHours, 8);
    QCOMPARE(saved.stallDays, 45);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

#include "domain/settings.h"
#include "store/schema.h"
#include "store/settingsstore.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsSchemaAtCurrentVersion();
    void settingsDefaults();
    void settingsValidation_data();
    void settingsValidation();
    void settingsPersist();
    void transactionRollsBackUnlessCommitted();
};

void TestStore::createsSchemaAtCurrentVersion()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY2(store.ok(), qPrintable(store.message()));
    QCOMPARE((*store)->schemaVersion(), currentSchemaVersion());
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 14);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
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

void TestStore::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(store.ok());
    QSqlDatabase db = (*store)->database();
    {
        Transaction tx(db);
        QVERIFY(tx.isActive());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts(account_id) VALUES('a1')")));
    }
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    {
        Transaction tx(db);
        QSqlQuery ins(db);
        QVERIFY(ins.exec(QStringLiteral("INSERT INTO accounts(account_id) VALUES('a1')")));
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

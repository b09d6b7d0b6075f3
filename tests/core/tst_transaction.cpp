// The one transaction type: what each kind locks, that it rolls back unless
// committed, and that a failing COMMIT comes back mapped (code, file, wait)
// with nothing of the transaction kept.
#include "support/faulthelpers.h"
#include "support/verifyresult.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::testing;

namespace {

qint64 accounts(const Store &store)
{
    Statement q(store.handle(), "SELECT count(*) FROM accounts");
    return q.next() ? q.int64(0) : -1;
}

bool insertAccount(const Store &store, const char *id)
{
    Statement ins(store.handle(), "INSERT INTO accounts(account_id) VALUES (?)");
    return ins.bind(1, id).run();
}

} // namespace

class TestTransaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rollsBackUnlessCommitted();
    void immediateTakesTheWriteLockAtBegin();
    void deferredTakesItAtTheFirstWrite();
    void readJoinsAnOpenTransaction();
    void failedCommitIsMappedAndRolledBack();
};

void TestTransaction::rollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY_RESULT(store);
    {
        Transaction tx(**store);
        QVERIFY(tx.isActive());
        QVERIFY(insertAccount(**store, "a1"));
    }
    QCOMPARE(accounts(**store), qint64(0));
    {
        Transaction tx(**store);
        QVERIFY(insertAccount(**store, "a1"));
        QVERIFY(tx.commit().ok());
        QVERIFY(!tx.isActive());
    }
    QCOMPARE(accounts(**store), qint64(1));
}

void TestTransaction::immediateTakesTheWriteLockAtBegin()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    auto store = Store::open(path);
    QVERIFY_RESULT(store);
    Transaction tx(**store, Transaction::Kind::Immediate);
    QVERIFY(tx.isActive());
    RawConnection other(path);
    QVERIFY(!other.exec("BEGIN IMMEDIATE")); // we hold the write lock already
}

void TestTransaction::deferredTakesItAtTheFirstWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    auto store = Store::open(path);
    QVERIFY_RESULT(store);
    Transaction tx(**store, Transaction::Kind::Deferred);
    QVERIFY(tx.isActive());
    RawConnection other(path);
    QVERIFY2(other.exec("BEGIN IMMEDIATE"), qPrintable(other.lastError()));
    QVERIFY(other.exec("ROLLBACK"));
}

void TestTransaction::readJoinsAnOpenTransaction()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY_RESULT(store);
    Transaction outer(**store);
    QVERIFY(insertAccount(**store, "a1"));
    {
        Transaction read(**store, Transaction::Kind::Read);
        QVERIFY(read.isActive());
        QCOMPARE(accounts(**store), qint64(1)); // sees the outer transaction's row
    } // ends without ending the outer one
    QVERIFY(insertAccount(**store, "a2"));
    QVERIFY(outer.commit().ok());
    QCOMPARE(accounts(**store), qint64(2));
}

void TestTransaction::failedCommitIsMappedAndRolledBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeStoreWithAccounts(path, 10));
    auto store = Store::open(path, Store::Mode::ReadWrite, 300);
    QVERIFY_RESULT(store);
    // With a rollback journal, a reader's shared lock lets us write into our
    // cache but not COMMIT: the commit itself fails, busy.
    QVERIFY(execSql((*store)->handle(), "PRAGMA journal_mode = DELETE").ok());
    RawConnection reader(path);
    QVERIFY(reader.exec("BEGIN"));
    QCOMPARE(reader.scalar("SELECT count(*) FROM accounts"), QStringLiteral("10"));
    Status committed;
    {
        Transaction tx(**store);
        QVERIFY(tx.isActive());
        QVERIFY(insertAccount(**store, "late"));
        committed = tx.commit();
        QVERIFY(!tx.isActive());
    }
    QVERIFY(!committed.ok());
    QCOMPARE(committed.error().code, ErrorCode::Busy);
    QVERIFY2(committed.message().contains(path) && committed.message().contains(QLatin1String("commit"))
                 && committed.message().contains(QLatin1String("waited 0.3 s")),
             qPrintable(committed.message()));
    QVERIFY(reader.exec("COMMIT"));
    QCOMPARE(accounts(**store), qint64(10)); // the row did not survive
    QVERIFY(insertAccount(**store, "next")); // and the connection is usable again
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"

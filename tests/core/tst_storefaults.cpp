// Store faults (issue 7): every way a store file can be unusable gets a clear
// error code and a one-line message naming the file, never a crash, and the
// file is never changed by a refused open. Process-level rows check the
// command line's exit code 2 and single-line message.
#include "support/faulthelpers.h"
#include "support/revalign.h"
#include "support/unprivileged.h"
#include "import/bundleimporter.h"
#include "store/backup.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storefaults.h"
#include "store/transaction.h"
#include "support/verifyresult.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace ra;
using namespace ra::testing;
using namespace ra::testsupport;

namespace {

// A store of 10 accounts, and a bundle of one more account to import into it.
bool makeStoreAndBundle(const QString &store, const QString &bundle)
{
    if (!makeStoreWithAccounts(store, 10) || !QDir().mkpath(bundle))
        return false;
    writeFile(bundle + QStringLiteral("/accounts.csv"), "account_id\nA1\n");
    return true;
}

} // namespace

class TestStoreFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notASqliteFile();
    void truncatedStore();
    void corruptedPages();
    void emptyFileBecomesAStore();
    void folderInsteadOfFile();
    void schemaTooNewIsRefusedUntouched();
    void lockedForReadingWaitsBoundedThenBusy();
    void lockedWriterIsReportedBusy();
    void diskFullRollsBack();
    void migratesOlderSchemaAfterBackup();
    void failedMigrationLeavesStoreUnchanged();
    void backupNeverOverwritesAnEarlierOne();
    void readOnlyFileOpensReadOnly();
    void readOnlyFolderOpensReadOnly();
    void unreadableFileIsAnIoError();
    void importDiskFullRollsBack();
    void importFailingCommitSaysWhy();
    void cliImportOnLockedStore();
    void cliImportOnReadOnlyStore();
    void cliReportsOneLineAndExit2_data();
    void cliReportsOneLineAndExit2();
};

void TestStoreFaults::notASqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    writeFile(path, QByteArray("account_id,name\nA1,Acme\n").repeated(50));
    const QByteArray before = fileSha(path);
    auto store = Store::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::NotAStore);
    QVERIFY2(store.message().contains(path) && store.message().contains(QLatin1String("not a SQLite")),
             qPrintable(store.message()));
    QCOMPARE(fileSha(path), before);
}

void TestStoreFaults::truncatedStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeStoreWithAccounts(path, 3000));
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 64 * 1024);
    QVERIFY(QFile::resize(path, size / 2));
    auto store = Store::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::Corrupt);
    QVERIFY2(store.message().contains(QLatin1String("truncated")), qPrintable(store.message()));
    QCOMPARE(QFileInfo(path).size(), size / 2);
}

void TestStoreFaults::corruptedPages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeStoreWithAccounts(path, 3000));
    const qint64 size = QFileInfo(path).size();
    // Scribble over three pages in the middle (b-tree pages of accounts), as a
    // failing disk or a half-copied file would; the header stays intact.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray junk(3 * 4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 131 + 7) & 0xff);
    QVERIFY(f.seek((size / 4096 / 2) * 4096));
    QCOMPARE(f.write(junk), qint64(junk.size()));
    f.close();
    const QByteArray before = fileSha(path);
    // Opening does not scan the whole file (that costs seconds on a large
    // store); the integrity check runs before anything writes.
    {
        auto store = Store::open(path, Store::Mode::ReadOnly);
        QVERIFY_RESULT(store);
        const Status check = (*store)->checkIntegrity();
        QVERIFY(!check);
        QCOMPARE(check.error().code, ErrorCode::Corrupt);
        QVERIFY2(check.message().contains(path) && check.message().contains(QLatin1String("damaged")),
                 qPrintable(check.message()));
        QVERIFY(!check.message().contains(QLatin1Char('\n')));
    }
    // An import refuses to write on top of the damaged pages: one line, exit 2.
    QTemporaryDir bundle;
    writeFile(bundle.filePath(QStringLiteral("accounts.csv")), "account_id\nA1\n");
    const ProcessRun run = runRevalign({QStringLiteral("import"), bundle.path(), QStringLiteral("--db"), path});
    QVERIFY2(run.exitedWith(2), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QLatin1String("damaged")), "import must name the damage");
    QCOMPARE(fileSha(path), before);
}

void TestStoreFaults::emptyFileBecomesAStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    writeFile(path, QByteArray());
    auto store = Store::open(path);
    QVERIFY_RESULT(store);
    QCOMPARE((*store)->schemaVersion(), currentSchemaVersion());
    QVERIFY((*store)->migrationBackupPath().isEmpty()); // nothing worth backing up
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak-0")));
}

void TestStoreFaults::folderInsteadOfFile()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::Io);
    QVERIFY(store.message().contains(QLatin1String("folder")));
}

void TestStoreFaults::schemaTooNewIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeStoreWithAccounts(path, 10));
    QVERIFY(rawExec(path, QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 5)));
    const QByteArray before = fileSha(path);
    for (Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
        auto store = Store::open(path, mode);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::SchemaTooNew);
        const QString needed = QStringLiteral("schema version %1").arg(currentSchemaVersion() + 5);
        QVERIFY2(store.message().contains(needed) && store.message().contains(path), qPrintable(store.message()));
    }
    QCOMPARE(fileSha(path), before);
}

void TestStoreFaults::lockedForReadingWaitsBoundedThenBusy()
{
    // A store another program switched to a rollback journal and holds an
    // exclusive lock on cannot even be read: wait the bounded time, then say so.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeStoreWithAccounts(path, 10));
    QVERIFY(rawExec(path, QStringLiteral("PRAGMA journal_mode = DELETE")));
    RawConnection other(path);
    QVERIFY(other.exec("BEGIN EXCLUSIVE"));
    QElapsedTimer t;
    t.start();
    auto store = Store::open(path, Store::Mode::ReadWrite, 400);
    QVERIFY(!store);
    QVERIFY(t.elapsed() >= 350 && t.elapsed() < 5000);
    QCOMPARE(store.error().code, ErrorCode::Busy);
    QVERIFY2(store.message().contains(path) && store.message().contains(QLatin1String("another program is writing")),
             qPrintable(store.message()));
}

void TestStoreFaults::lockedWriterIsReportedBusy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeStoreWithAccounts(path, 10));
    RawConnection other(path);
    QVERIFY(other.exec("BEGIN IMMEDIATE"));
    QVERIFY(other.exec("INSERT INTO accounts(account_id) VALUES('held')"));
    auto store = Store::open(path, Store::Mode::ReadWrite, 300);
    QVERIFY_RESULT(store); // WAL: reading goes on
    QElapsedTimer t;
    t.start();
    Transaction tx(**store);
    QVERIFY(!tx.isActive());
    QVERIFY(t.elapsed() < 5000);
    // The transaction maps the failure itself: the code, the file and the store's wait.
    const Error e = tx.beginStatus().error();
    QCOMPARE(e.code, ErrorCode::Busy);
    QVERIFY2(e.message.contains(path) && e.message.contains(QLatin1String("another program is writing"))
                 && e.message.contains(QLatin1String("waited 0.3 s")),
             qPrintable(e.message));
}

void TestStoreFaults::diskFullRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeStoreWithAccounts(path, 200));
    const QByteArray before = contentHash(path);
    auto store = Store::open(path);
    QVERIFY_RESULT(store);
    QSqlQuery q((*store)->database());
    // Leave room for two more pages: the "disk" fills up mid-transaction.
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    int failedCode = SQLITE_OK;
    {
        Transaction tx(**store);
        QVERIFY(tx.isActive());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO accounts(account_id, name) VALUES(?, ?)")));
        for (int i = 0; i < 5000 && failedCode == SQLITE_OK; ++i) {
            q.addBindValue(QStringLiteral("full-%1").arg(i));
            q.addBindValue(QString(200, QLatin1Char('x')));
            if (!q.exec())
                failedCode = sqlite3_extended_errcode((*store)->handle());
        }
    } // not committed: rolled back
    QCOMPARE(failedCode & 0xff, SQLITE_FULL);
    const Error e = (*store)->error(failedCode, QStringLiteral("database or disk is full"));
    QCOMPARE(e.code, ErrorCode::DiskFull);
    QVERIFY2(e.message.contains(QLatin1String("disk")) && e.message.contains(QLatin1String("full"))
                 && e.message.contains(path),
             qPrintable(e.message));
    store = makeError(ErrorCode::Internal, QString()); // close
    QCOMPARE(contentHash(path), before);
    QVERIFY(integrityOk(path));
}

void TestStoreFaults::migratesOlderSchemaAfterBackup()
{
    // "Version 0" fixture: a hand-made older store with user_version 0 and a
    // legacy table that the migration must carry over untouched.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("revalign.db"));
    QVERIFY(makeLegacyStore(path, {"CREATE TABLE legacy_notes(id INTEGER PRIMARY KEY, note TEXT NOT NULL)",
                                   "INSERT INTO legacy_notes(note) VALUES ('kick-off with sales'), ('Q3 review')"}));
    auto store = Store::open(path);
    QVERIFY_RESULT(store);
    QCOMPARE((*store)->schemaVersion(), currentSchemaVersion());
    const QString backup = path + QStringLiteral(".bak-0");
    QCOMPARE((*store)->migrationBackupPath(), backup);
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY(integrityOk(backup));
    QCOMPARE(rawScalar(backup, "PRAGMA user_version"), QStringLiteral("0"));
    QCOMPARE(rawScalar(backup, "SELECT group_concat(note, '|') FROM legacy_notes"),
             QStringLiteral("kick-off with sales|Q3 review"));
    QCOMPARE(rawScalar(backup, "SELECT count(*) FROM sqlite_master WHERE name = 'accounts'"), QStringLiteral("0"));
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM legacy_notes")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next());
    // Opening again does not migrate or back up a second time.
    store = makeError(ErrorCode::Internal, QString());
    auto again = Store::open(path);
    QVERIFY(again);
    QVERIFY((*again)->migrationBackupPath().isEmpty());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak-0-2")));
}

void TestStoreFaults::failedMigrationLeavesStoreUnchanged()
{
    // An older store whose own "accounts" table clashes with version 1: the
    // migration fails half-way; one transaction means nothing of it remains.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("revalign.db"));
    QVERIFY(makeLegacyStore(path, {"CREATE TABLE accounts(code TEXT)", "INSERT INTO accounts VALUES ('A-1')"}));
    const QByteArray before = contentHash(path);
    auto store = Store::open(path);
    QVERIFY(!store);
    QVERIFY2(store.message().contains(QLatin1String("left unchanged"))
                 && store.message().contains(path + QStringLiteral(".bak-0")),
             qPrintable(store.message()));
    QCOMPARE(rawScalar(path, "PRAGMA user_version"), QStringLiteral("0"));
    QCOMPARE(rawScalar(path, "SELECT count(*) FROM sqlite_master WHERE name IN ('settings', 'imports')"),
             QStringLiteral("0"));
    QCOMPARE(contentHash(path), before);
    QCOMPARE(rawScalar(path + QStringLiteral(".bak-0"), "SELECT code FROM accounts"), QStringLiteral("A-1"));
}

void TestStoreFaults::backupNeverOverwritesAnEarlierOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("revalign.db"));
    QVERIFY(makeLegacyStore(path, {"CREATE TABLE legacy_notes(note TEXT)"}));
    writeFile(path + QStringLiteral(".bak-0"), "an earlier backup");
    QCOMPARE(backupPathFor(path, 0), path + QStringLiteral(".bak-0-2"));
    auto store = Store::open(path);
    QVERIFY_RESULT(store);
    QCOMPARE((*store)->migrationBackupPath(), path + QStringLiteral(".bak-0-2"));
    QCOMPARE(readFile(path + QStringLiteral(".bak-0")), QByteArray("an earlier backup"));
    QVERIFY(integrityOk(path + QStringLiteral(".bak-0-2")));
}

void TestStoreFaults::readOnlyFileOpensReadOnly()
{
    if (!runsUnprivileged(QTest::currentTestFunction()))
        return; // ran in an unprivileged child, which asserted
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeStoreWithAccounts(path, 10));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileSha(path);
    auto store = Store::open(path, Store::Mode::ReadWrite);
    QVERIFY_RESULT(store);
    QVERIFY((*store)->isReadOnly());
    QVERIFY2((*store)->readOnlyReason().contains(QLatin1String("file")), qPrintable((*store)->readOnlyReason()));
    const Status w = (*store)->requireWritable();
    QCOMPARE(w.error().code, ErrorCode::ReadOnly);
    QVERIFY(w.message().contains(path));
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 10);
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM accounts")));
    store = makeError(ErrorCode::Internal, QString());
    QCOMPARE(fileSha(path), before);
}

void TestStoreFaults::readOnlyFolderOpensReadOnly()
{
    if (!runsUnprivileged(QTest::currentTestFunction()))
        return;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/s.db");
    QVERIFY(makeStoreWithAccounts(path, 10));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    auto store = Store::open(path, Store::Mode::ReadWrite);
    QVERIFY_RESULT(store);
    QVERIFY((*store)->isReadOnly());
    QVERIFY2((*store)->readOnlyReason().contains(QLatin1String("folder")), qPrintable((*store)->readOnlyReason()));
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 10);
    // A new store cannot be created there at all.
    auto fresh = Store::open(folder + QStringLiteral("/new.db"));
    QVERIFY(!fresh);
    QCOMPARE(fresh.error().code, ErrorCode::ReadOnly);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestStoreFaults::unreadableFileIsAnIoError()
{
    if (!runsUnprivileged(QTest::currentTestFunction()))
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeStoreWithAccounts(path, 10));
    QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
    auto store = Store::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::Io);
    QVERIFY(store.message().contains(path));
}

void TestStoreFaults::importDiskFullRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeStoreWithAccounts(path, 200));
    const QByteArray before = contentHash(path);
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(QDir().mkpath(bundle));
    QByteArray accounts = "account_id,name\n";
    for (int i = 0; i < 20000; ++i)
        accounts += "NEW-" + QByteArray::number(i) + ",A name long enough to need a few pages " + QByteArray::number(i) + "\n";
    writeFile(bundle + QStringLiteral("/accounts.csv"), accounts);
    {
        auto store = Store::open(path);
        QVERIFY_RESULT(store);
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt() + 20)));
        q.finish();
        BundleImporter importer(**store);
        const Result<ImportSummary> r = importer.run(bundle, ImportOptions{});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::DiskFull);
        QVERIFY2(r.message().contains(QLatin1String("full")) && r.message().contains(path), qPrintable(r.message()));
    }
    QVERIFY(integrityOk(path));
    QCOMPARE(contentHash(path), before);
}

void TestStoreFaults::importFailingCommitSaysWhy()
{
    // Everything of the import runs, then the final COMMIT fails: with a
    // rollback journal, another program reading keeps us from committing.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(makeStoreAndBundle(path, bundle));
    {
        auto store = Store::open(path, Store::Mode::ReadWrite, 300);
        QVERIFY_RESULT(store);
        QVERIFY(execSql((*store)->handle(), "PRAGMA journal_mode = DELETE").ok());
        RawConnection reader(path);
        QVERIFY(reader.exec("BEGIN"));
        QCOMPARE(reader.scalar("SELECT count(*) FROM accounts"), QStringLiteral("10"));
        BundleImporter importer(**store);
        const Result<ImportSummary> r = importer.run(bundle, ImportOptions{});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Busy);
        QVERIFY2(r.message().contains(path) && r.message().contains(QLatin1String("not saved"))
                     && r.message().contains(QLatin1String("another program")),
                 qPrintable(r.message()));
        QVERIFY(reader.exec("COMMIT"));
    }
    QCOMPARE(rawScalar(path, "SELECT count(*) FROM accounts"), QStringLiteral("10"));
    QCOMPARE(rawScalar(path, "SELECT count(*) FROM imports"), QStringLiteral("0"));
    QVERIFY(integrityOk(path));
}

void TestStoreFaults::cliImportOnLockedStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(makeStoreAndBundle(path, bundle));
    RawConnection other(path);
    QVERIFY(other.exec("BEGIN IMMEDIATE"));
    QVERIFY(other.exec("INSERT INTO accounts(account_id) VALUES('held')"));
    QElapsedTimer t;
    t.start();
    const ProcessRun run = runRevalign({QStringLiteral("import"), QStringLiteral("--db"), path, bundle});
    QVERIFY(t.elapsed() < 20000); // the bounded wait is 5 s
    QVERIFY2(run.exitedWith(2), qPrintable(run.describe()));
    const QString err = run.err.trimmed();
    QVERIFY2(!err.contains(QLatin1Char('\n')) && err.contains(path) && err.contains(QLatin1String("another program is writing")),
             qPrintable(err));
    QVERIFY(other.exec("ROLLBACK"));
    QCOMPARE(rawScalar(path, "SELECT count(*) FROM accounts"), QStringLiteral("10"));
}

void TestStoreFaults::cliImportOnReadOnlyStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(makeStoreAndBundle(path, bundle));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x4444)));
    const bool root = ::geteuid() == 0;
    if (root) // root writes anyway: import as nobody, who may read the folder
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755)));
    const QByteArray before = fileSha(path);
    RunOptions options;
    options.asNobody = root;
    const ProcessRun run = runRevalign({QStringLiteral("import"), QStringLiteral("--db"), path, bundle}, options);
    QVERIFY2(run.exitedWith(2), qPrintable(run.describe()));
    const QString err = run.err.trimmed();
    QVERIFY2(err.contains(path) && err.contains(QLatin1String("read-only")) && err.contains(QLatin1String("the file")),
             qPrintable(err));
    QCOMPARE(fileSha(path), before);
}

void TestStoreFaults::cliReportsOneLineAndExit2_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not sqlite") << "text" << "not a SQLite database";
    QTest::newRow("truncated") << "truncated" << "truncated";
    QTest::newRow("schema too new") << "newer" << "newer RevAlign";
    QTest::newRow("folder") << "folder" << "is a folder";
    QTest::newRow("failed migration") << "clash" << "left unchanged";
}

void TestStoreFaults::cliReportsOneLineAndExit2()
{
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("s.db"));
    if (fault == QLatin1String("text")) {
        writeFile(path, "hello, world\n");
    } else if (fault == QLatin1String("truncated")) {
        QVERIFY(makeStoreWithAccounts(path, 3000));
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
    } else if (fault == QLatin1String("newer")) {
        QVERIFY(makeStoreWithAccounts(path, 1));
        QVERIFY(rawExec(path, QStringLiteral("PRAGMA user_version = 99")));
    } else if (fault == QLatin1String("folder")) {
        path = dir.path();
    } else if (fault == QLatin1String("clash")) {
        QVERIFY(makeLegacyStore(path, {"CREATE TABLE accounts(code TEXT)"}));
    }
    const ProcessRun run = runRevalign({QStringLiteral("settings"), QStringLiteral("--db"), path});
    QVERIFY2(run.exitedWith(2), qPrintable(run.describe()));
    const QString err = run.err.trimmed();
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
    QVERIFY2(err.contains(expected) && err.contains(path), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"

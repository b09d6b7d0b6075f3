// The one statement type and the one SQLite error mapping: values go in and
// come out as bound (null stays null, empty text stays text), and every real
// failure — locked, read-only, full, not a database, damaged — keeps its own
// code and names the file.
#include "support/faulthelpers.h"
#include "support/verifyresult.h"
#include "store/statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::testing;

namespace {

// A raw connection of our own, as the bulk paths use them.
struct Db {
    explicit Db(const QString &path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr) != SQLITE_OK) {
            sqlite3_close(handle);
            handle = nullptr;
        }
    }
    ~Db() { sqlite3_close(handle); }
    sqlite3 *handle = nullptr;
};

bool makeTable(const QString &path, int rows)
{
    Db db(path);
    if (!execSql(db.handle, "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)").ok())
        return false;
    Statement ins(db.handle, "INSERT INTO t(name) VALUES (?)");
    const QString name(300, QLatin1Char('n'));
    (void)execSql(db.handle, "BEGIN");
    for (int i = 0; i < rows; ++i)
        ins.bind(1, name).run();
    return ins.status().ok() && execSql(db.handle, "COMMIT").ok();
}

} // namespace

class TestStatement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bindsAndReadsBackValues();
    void runClearsOrKeepsBindings();
    void firstFailureIsKept();
    void movedStatementOwnsTheHandle();
    void failuresKeepTheirCodeAndNameTheFile_data();
    void failuresKeepTheirCodeAndNameTheFile();
};

void TestStatement::bindsAndReadsBackValues()
{
    QTemporaryDir dir;
    Db db(dir.filePath(QStringLiteral("v.db")));
    QVERIFY(execSql(db.handle, "CREATE TABLE v(i, r, s, q, n, o, z)").ok());
    Statement ins(db.handle, "INSERT INTO v VALUES (?,?,?,?,?,?,?)");
    QVERIFY_RESULT(ins.status());
    const std::string_view empty;
    ins.bind(1, qint64(1) << 40).bind(2, 0.25).bind(3, empty).bind(4, QStringLiteral("Zoë"));
    ins.bind(5, std::optional<qint64>()).bind(6, std::optional<qint64>(7)).bind(7, static_cast<const char *>(nullptr));
    QVERIFY(ins.run());
    QCOMPARE(ins.changes(), 1);
    QCOMPARE(ins.lastInsertRowid(), qint64(1));

    Statement sel(db.handle, "SELECT i, r, s, q, n, o, z, typeof(s) FROM v");
    QVERIFY(sel.next());
    QVERIFY(sel.isInteger(0));
    QCOMPARE(sel.int64(0), qint64(1) << 40);
    QCOMPARE(sel.real(1), 0.25);
    QVERIFY(!sel.isNull(2)); // an empty key part is text, not NULL
    QCOMPARE(sel.string(7), QStringLiteral("text"));
    QCOMPARE(sel.text(2).size(), std::size_t(0));
    QCOMPARE(sel.string(3), QStringLiteral("Zoë"));
    QVERIFY(sel.isNull(4));
    QCOMPARE(sel.int64(5), qint64(7));
    QVERIFY(sel.isNull(6));
    QVERIFY(!sel.next());
    QVERIFY(sel.status().ok());
}

void TestStatement::runClearsOrKeepsBindings()
{
    QTemporaryDir dir;
    Db db(dir.filePath(QStringLiteral("b.db")));
    QVERIFY(execSql(db.handle, "CREATE TABLE b(x)").ok());
    Statement ins(db.handle, "INSERT INTO b VALUES (?)", Statement::Prepare::Persistent);
    QVERIFY(ins.bind(1, qint64(5)).run(Statement::Bindings::Keep));
    QVERIFY(ins.run()); // kept: 5 again; then cleared
    QVERIFY(ins.run()); // cleared: NULL
    Statement sel(db.handle, "SELECT group_concat(coalesce(x, 'null'), ',') FROM b");
    QVERIFY(sel.next());
    QCOMPARE(sel.string(0), QStringLiteral("5,5,null"));
}

void TestStatement::firstFailureIsKept()
{
    QTemporaryDir dir;
    Db db(dir.filePath(QStringLiteral("f.db")));
    QVERIFY(execSql(db.handle, "CREATE TABLE f(x UNIQUE)").ok());
    Statement ins(db.handle, "INSERT INTO f VALUES (?)");
    QVERIFY(ins.bind(1, qint64(1)).run());
    QVERIFY(!ins.bind(1, qint64(1)).run()); // UNIQUE
    QVERIFY(ins.bind(1, qint64(2)).run());  // still usable after a failed row
    QVERIFY(!ins.status().ok());
    QCOMPARE(ins.status().error().code, ErrorCode::Database);
    QVERIFY2(ins.status().message().contains(QLatin1String("UNIQUE")), qPrintable(ins.status().message()));

    Statement bad(db.handle, "SELECT nope FROM nowhere");
    QVERIFY(!bad.isValid());
    QVERIFY2(bad.status().message().contains(QLatin1String("nowhere"))
                 && bad.status().message().contains(dir.filePath(QStringLiteral("f.db"))),
             qPrintable(bad.status().message()));
    QVERIFY(!bad.next());
    QVERIFY(!bad.run());
}

void TestStatement::movedStatementOwnsTheHandle()
{
    QTemporaryDir dir;
    Db db(dir.filePath(QStringLiteral("m.db")));
    Statement a(db.handle, "SELECT 42");
    Statement b(std::move(a));
    QVERIFY(!a.isValid()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
    QVERIFY(b.next());
    QCOMPARE(b.int64(0), qint64(42));
    a = std::move(b);
    QVERIFY(!b.isValid()); // NOLINT(bugprone-use-after-move)
    QVERIFY(a.isValid());
}

void TestStatement::failuresKeepTheirCodeAndNameTheFile_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("locked by another program") << "busy" << int(ErrorCode::Busy) << "another program is writing";
    QTest::newRow("read-only connection") << "readonly" << int(ErrorCode::ReadOnly) << "cannot be written";
    QTest::newRow("disk full") << "full" << int(ErrorCode::DiskFull) << "is full";
    QTest::newRow("not a database") << "notadb" << int(ErrorCode::NotAStore) << "not a RevAlign store";
    QTest::newRow("damaged pages") << "corrupt" << int(ErrorCode::Corrupt) << "damaged";
}

void TestStatement::failuresKeepTheirCodeAndNameTheFile()
{
    QFETCH(QString, fault);
    QFETCH(int, code);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db"));
    Status failure;
    if (fault == QLatin1String("notadb")) {
        writeFile(path, QByteArray("account_id,name\nA1,Acme\n").repeated(400));
        Db db(path);
        failure = Statement(db.handle, "SELECT count(*) FROM sqlite_master").status();
    } else if (fault == QLatin1String("corrupt")) {
        QVERIFY(makeTable(path, 3000));
        // Scribble over pages in the middle: the header stays intact.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray junk(3 * 4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 131 + 7) & 0xff);
        QVERIFY(f.seek((f.size() / 4096 / 2) * 4096));
        QCOMPARE(f.write(junk), qint64(junk.size()));
        f.close();
        Db db(path);
        Statement sum(db.handle, "SELECT sum(length(name)) FROM t");
        while (sum.next()) {
        }
        failure = sum.status();
    } else {
        QVERIFY(makeTable(path, 10));
        if (fault == QLatin1String("busy")) {
            QVERIFY(rawExec(path, QStringLiteral("PRAGMA journal_mode = DELETE")));
            RawConnection other(path);
            QVERIFY(other.exec("BEGIN EXCLUSIVE"));
            Db db(path);
            sqlite3_busy_timeout(db.handle, 100);
            Statement sel(db.handle, "SELECT count(*) FROM t"); // busy at prepare (schema) or at the step
            sel.next();
            failure = sel.status();
        } else if (fault == QLatin1String("readonly")) {
            Db db(path, SQLITE_OPEN_READONLY);
            Statement ins(db.handle, "INSERT INTO t(name) VALUES ('x')");
            ins.run();
            failure = ins.status();
        } else { // full: the store may grow by one page only
            Db db(path);
            Statement pages(db.handle, "PRAGMA page_count");
            QVERIFY(pages.next());
            const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(pages.int64(0) + 1);
            QVERIFY(execSql(db.handle, limit.constData()).ok());
            Statement ins(db.handle, "INSERT INTO t(name) VALUES (?)");
            const QString big(2000, QLatin1Char('x'));
            for (int i = 0; i < 100 && ins.bind(1, big).run(); ++i) {
            }
            failure = ins.status();
        }
    }
    QVERIFY2(!failure.ok(), "the fault must make the statement fail");
    QCOMPARE(int(failure.error().code), code);
    QVERIFY2(failure.message().contains(path) && failure.message().contains(says), qPrintable(failure.message()));
    QVERIFY(!failure.message().contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"

// Bad input beyond docs/bundle-format.md's row rules (issue 7), through the real
// command line: `revalign import` must never crash, must say what is wrong
// (file, line, column, and what was expected) and must keep memory bounded.
// Exit codes: 0 all rows imported, 1 some rows rejected, 2 nothing imported.
#include "csv/fieldcheck.h"
#include "support/faulthelpers.h"
#include "support/revalign.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ra::testing;
using namespace ra::testsupport;

namespace {

struct Bundle {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("bundle")); }
    QString db() const { return dir.filePath(QStringLiteral("store.db")); }
    Bundle() { QDir().mkpath(path()); }
    void put(const char *file, const QByteArray &data) const { writeFile(path() + QLatin1Char('/') + QLatin1String(file), data); }
};

ProcessRun import(const Bundle &b, RunOptions options = {})
{
    return runRevalign({QStringLiteral("import"), QStringLiteral("--db"), b.db(), b.path()}, options);
}

QString accountsIn(const QString &db) { return rawScalar(db, "SELECT count(*) FROM accounts"); }

// Peak resident set of a running child, read from /proc while it runs.
qint64 peakRssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fieldCheck_data();
    void fieldCheck();
    void accountsFile_data();
    void accountsFile();
    void excelStyleTimestamps_data();
    void excelStyleTimestamps();
    void fileIsAFolder_data();
    void fileIsAFolder();
    void unreadableFile();
    void thousandsOfFiles();
    void oneGigabyteLine();
};

void TestBadInput::fieldCheck_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("problem"); // empty = fine
    QTest::newRow("ascii") << QByteArray("Acme") << "";
    QTest::newRow("umlaut") << QByteArray("M\xc3\xbcller") << "";
    QTest::newRow("euro") << QByteArray("\xe2\x82\xac") << "";
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << "";
    QTest::newRow("latin-1") << QByteArray("M\xfcller") << "UTF-8";
    QTest::newRow("lone continuation") << QByteArray("\x80") << "UTF-8";
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << "UTF-8";
    QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf") << "UTF-8";
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << "UTF-8";
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << "UTF-8";
    QTest::newRow("truncated sequence") << QByteArray("ok\xe2\x82") << "UTF-8";
    QTest::newRow("nul") << QByteArray("a\0b", 3) << "NUL";
    QTest::newRow("64 KiB") << QByteArray(64 * 1024, 'x') << "";
    QTest::newRow("64 KiB + 1") << QByteArray(64 * 1024 + 1, 'x') << "longer than 64 KiB";
}

void TestBadInput::fieldCheck()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, problem);
    const std::optional<QString> p = ra::fieldProblem(std::string_view(field.constData(), std::size_t(field.size())));
    QCOMPARE(p.has_value(), !problem.isEmpty());
    if (p)
        QVERIFY2(p->contains(problem), qPrintable(*p));
}

void TestBadInput::accountsFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // all must appear in stderr
    QTest::addColumn<int>("accounts");          // rows stored afterwards

    const QByteArray head = "account_id,name,created_on\nA1,Acme,2025-01-01\n";
    QTest::newRow("invalid utf-8") << head + "A2,Bad\xff\xfename,2025-01-01\nA3,Fine,\n" << 1
                                   << QStringList{"accounts.csv:3:name:", "UTF-8"} << 2;
    QTest::newRow("overlong utf-8") << head + "A2,\xc0\xafslash,\n" << 1 << QStringList{"accounts.csv:3:name:", "UTF-8"}
                                    << 1;
    QTest::newRow("nul byte") << head + QByteArray("A2,Nul\0name,\n", 13) << 1
                              << QStringList{"accounts.csv:3:name:", "NUL"} << 1;
    QTest::newRow("10 MB field") << head + "A2," + QByteArray(10 * 1024 * 1024, 'x') + ",\nA3,After,\n" << 1
                                 << QStringList{"accounts.csv:3:name:", "longer than"} << 2;
    QTest::newRow("header only") << QByteArray("account_id,name\n") << 0 << QStringList{} << 0;
    QTest::newRow("header only, no newline") << QByteArray("account_id,name") << 0 << QStringList{} << 0;
    QTest::newRow("empty file") << QByteArray() << 2 << QStringList{"accounts.csv", "empty"} << 0;
    QTest::newRow("only blank lines") << QByteArray("\n\n\r\n") << 2 << QStringList{"accounts.csv", "empty"} << 0;
    QTest::newRow("semicolons") << QByteArray("account_id;name;segment\nA1;Acme;SMB\n") << 2
                                << QStringList{"accounts.csv", "looks like ';'-separated"} << 0;
    QTest::newRow("excel date") << head + "A2,Beta,11/21/2026\n" << 1
                                << QStringList{"accounts.csv:3:created_on:", "expected YYYY-MM-DD"} << 1;
    QTest::newRow("excel serial date") << head + "A2,Beta,45231\n" << 1
                                       << QStringList{"accounts.csv:3:created_on:", "expected YYYY-MM-DD"} << 1;
    QTest::newRow("unterminated quote") << head + "A2,\"Beta,2025-01-01\n" << 2
                                        << QStringList{"accounts.csv:3", "unterminated"} << 0;
    QTest::newRow("binary junk") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 2
                                 << QStringList{"accounts.csv", "account_id"} << 0;
}

void TestBadInput::accountsFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(int, accounts);
    Bundle b;
    b.put("accounts.csv", content);
    const ProcessRun run = import(b);
    QVERIFY2(run.exitedWith(exitCode), qPrintable(run.describe().left(500)));
    for (const QString &e : expected)
        QVERIFY2(run.err.contains(e), qPrintable(QStringLiteral("'%1' not in: %2").arg(e, run.err.left(500))));
    // Every message is one line, however bad the input (no 10 MB echo either).
    for (const QString &line : run.err.split(QLatin1Char('\n')))
        QVERIFY2(line.size() < 2000, qPrintable(line.left(200)));
    if (QFileInfo::exists(b.db()))
        QCOMPARE(accountsIn(b.db()), QString::number(accounts));
}

void TestBadInput::excelStyleTimestamps_data()
{
    QTest::addColumn<QByteArray>("createdAt");
    QTest::newRow("US date") << QByteArray("11/21/2026");
    QTest::newRow("US date and time") << QByteArray("11/21/2026 17:03");
    QTest::newRow("European date") << QByteArray("21.11.2026");
    QTest::newRow("serial") << QByteArray("45231");
    QTest::newRow("serial with time") << QByteArray("45231.5");
}

void TestBadInput::excelStyleTimestamps()
{
    QFETCH(QByteArray, createdAt);
    Bundle b;
    b.put("accounts.csv", "account_id\nA1\n");
    b.put("leads.csv", "lead_id,account_id,created_at\nL1,A1,2026-11-21\nL2,A1," + createdAt + "\n");
    const ProcessRun run = import(b);
    QVERIFY2(run.exitedWith(1), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QLatin1String("leads.csv:3:created_at:"))
                 && run.err.contains(QLatin1String("expected YYYY-MM-DD")),
             qPrintable(run.err));
}

void TestBadInput::fileIsAFolder_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("accounts.csv") << "accounts.csv";
    QTest::newRow("leads.csv") << "leads.csv";
}

void TestBadInput::fileIsAFolder()
{
    QFETCH(QString, folder);
    Bundle b;
    b.put("accounts.csv", "account_id\nA1\n");
    QFile::remove(b.path() + QLatin1Char('/') + folder);
    QVERIFY(QDir(b.path()).mkpath(folder));
    const ProcessRun run = import(b);
    QVERIFY2(!run.crashed && !run.timedOut, qPrintable(run.describe()));
    QVERIFY2(run.exitedWith(2), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(folder) && run.err.contains(QLatin1String("folder")),
             qPrintable(run.err));
}

void TestBadInput::unreadableFile()
{
    Bundle b;
    b.put("accounts.csv", "account_id\nA1\n");
    b.put("leads.csv", "lead_id,created_at\nL1,2026-01-01\n");
    QFile::setPermissions(b.path() + QStringLiteral("/leads.csv"), QFileDevice::WriteOwner);
    // Root reads anything: run the import as nobody, in folders nobody may use.
    const bool root = ::geteuid() == 0;
    if (root) {
        for (const QString &d : {b.dir.path(), b.path()})
            QFile::setPermissions(d, QFileDevice::Permissions(0x7777));
        QFile::setPermissions(b.path() + QStringLiteral("/accounts.csv"), QFileDevice::Permissions(0x4444));
    }
    RunOptions options;
    options.asNobody = root;
    const ProcessRun run = import(b, options);
    QVERIFY2(!run.crashed && !run.timedOut, qPrintable(run.describe()));
    QVERIFY2(run.exitedWith(2), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QLatin1String("leads.csv")) && run.err.contains(QLatin1String("cannot read")),
             qPrintable(run.err));
    // Nothing of the bundle was imported (accounts.csv came first and was fine).
    if (QFileInfo::exists(b.db()))
        QCOMPARE(accountsIn(b.db()), QStringLiteral("0"));
}

void TestBadInput::thousandsOfFiles()
{
    Bundle b;
    b.put("accounts.csv", "account_id\nA1\nA2\n");
    for (int i = 0; i < 5000; ++i)
        b.put(qPrintable(QStringLiteral("export-%1.csv").arg(i)), "x,y\n1,2\n");
    QElapsedTimer t;
    t.start();
    const ProcessRun run = import(b);
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe()));
    QVERIFY2(t.elapsed() < 30000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(accountsIn(b.db()), QStringLiteral("2"));
}

void TestBadInput::oneGigabyteLine()
{
    // A 1 GiB accounts.csv whose second line never ends. The file is sparse
    // (resize() writes no data blocks), so it costs no disk space or write
    // time; reading it still streams 1 GiB of NUL bytes unless the reader
    // stops at its record limit. Memory must stay bounded either way.
    Bundle b;
    const QString file = b.path() + QStringLiteral("/accounts.csv");
    b.put("accounts.csv", "account_id,name\nA1,");
    QVERIFY(QFile::resize(file, qint64(1) << 30));
    qint64 peak = 0;
    RunOptions options;
    options.whileRunning = [&](qint64 pid) { peak = std::max(peak, peakRssKb(pid)); };
    QElapsedTimer t;
    t.start();
    const ProcessRun run = import(b, options);
    const QString err = run.err;
    qInfo("1 GiB line: exit %d after %lld ms, peak RSS %lld KiB", run.exitCode, t.elapsed(), peak);
    QVERIFY2(run.exitedWith(2), qPrintable(run.describe().left(500)));
    QVERIFY2(err.contains(QLatin1String("accounts.csv:2")) && err.contains(QLatin1String("MiB"))
                 && err.contains(QLatin1String("longer than")),
             qPrintable(err.left(500)));
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed memory in quarantine and adds shadow
    // memory; still well below what slurping the file would take.
    constexpr qint64 kLimitKb = 768 * 1024;
#else
    constexpr qint64 kLimitKb = 256 * 1024;
#endif
    QVERIFY2(peak < kLimitKb, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peak)));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"

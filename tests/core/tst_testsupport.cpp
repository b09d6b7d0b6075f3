// The test support library (tests/support) and the rules every test follows:
// one process runner, one timeout rule, a child for nobody that can reach
// what it runs wherever the checkout lives, and one naming rule.
#include "support/demofixture.h"
#include "support/progressgate.h"
#include "support/revalign.h"
#include "support/testtime.h"
#include "support/unprivileged.h"
#include "support/verifyresult.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <unistd.h>

using namespace ra;
using namespace ra::testsupport;

namespace {

QStringList testSources()
{
    QStringList files;
    for (const char *folder : {"/core", "/ui"}) {
        QDirIterator it(QStringLiteral(RA_TEST_SOURCE_DIR) + QLatin1String(folder), {QStringLiteral("tst_*.cpp")});
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QString textOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestTestSupport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void atIsUtcSeconds();
    void runReportsExitCodeAndOutput();
    void runReportsACrash();
    void gateFinishesAChild();
    void nobodyReachesTheProgram();
    void demoFixtureReplacesTheStore();
    void testClassesFollowTheNamingRule();
    void processesRunThroughTheSupportLibrary();
};

void TestTestSupport::atIsUtcSeconds()
{
    QCOMPARE(at(2026, 11, 20), qint64(1795132800)); // date -u -d 2026-11-20 +%s
    QCOMPARE(at(2026, 11, 20, 12, 30, 15) - at(2026, 11, 20), qint64(12 * 3600 + 30 * 60 + 15));
    QCOMPARE(at(2026, 11, 21) - at(2026, 11, 20), kDay);
}

void TestTestSupport::runReportsExitCodeAndOutput()
{
    const ProcessRun version = runRevalign({QStringLiteral("--version")});
    QVERIFY2(version.exitedWith(0), qPrintable(version.describe()));
    QVERIFY2(version.out.contains(QStringLiteral(RA_VERSION_STRING)), qPrintable(version.out));
    const ProcessRun unknown = runRevalign({QStringLiteral("no-such-verb")});
    QVERIFY2(unknown.exitedWith(2), qPrintable(unknown.describe()));
    QCOMPARE(unknown.err.count(QLatin1Char('\n')), 1);
    QVERIFY(unknown.describe().startsWith(QLatin1String("exit 2\n")));
}

void TestTestSupport::runReportsACrash()
{
    if (qEnvironmentVariableIsSet("RA_TESTSUPPORT_ABORT"))
        std::abort(); // the child
    RunOptions options;
    options.extraEnv.insert(QStringLiteral("RA_TESTSUPPORT_ABORT"), QStringLiteral("1"));
    const ProcessRun r = runProgram(QCoreApplication::applicationFilePath(), {QStringLiteral("runReportsACrash")}, options);
    QVERIFY(r.crashed);
    QVERIFY(!r.timedOut);
    QCOMPARE(r.exitCode, -1);
    QVERIFY(!r.exitedWith(0));
    QVERIFY(r.describe().startsWith(QLatin1String("crashed")));
}

void TestTestSupport::gateFinishesAChild()
{
    QTemporaryDir dir;
    ProgressGate gate(revalignBinary(), {QStringLiteral("import"), dir.filePath(QStringLiteral("missing")),
                                         QStringLiteral("--db"), dir.filePath(QStringLiteral("s.db"))});
    QVERIFY2(gate.error().isEmpty(), qPrintable(gate.error()));
    // Held at its first write to stderr until the test reads it.
    const std::optional<QByteArray> line = gate.nextLine();
    QVERIFY(line);
    QVERIFY2(line->startsWith("revalign: ") && line->contains("missing"), line->constData());
    const ProcessRun r = gate.finish();
    QVERIFY2(r.exitedWith(2), qPrintable(r.describe()));
    QCOMPARE(gate.written().size(), 1);
}

// The defect this guards against: as root in a checkout under /root (mode
// 0700), nobody could not reach the program it was to run. The child runs a
// copy in a folder everyone may enter.
void TestTestSupport::nobodyReachesTheProgram()
{
    const UnprivilegedCopy copy = copyForNobody(revalignBinary());
    QVERIFY2(copy.error.isEmpty(), qPrintable(copy.error));
    QVERIFY(copy.program.startsWith(copy.folder + QLatin1Char('/')));
    for (QDir d(copy.folder);; d.cdUp()) {
        QVERIFY2(QFileInfo(d.absolutePath()).permissions() & QFileDevice::ExeOther, qPrintable(d.absolutePath()));
        if (d.isRoot())
            break;
    }
    QVERIFY(QFileInfo(copy.program).permissions() & QFileDevice::ExeOther);
    if (::geteuid() != 0)
        return; // only root can become nobody; the folder checks above still apply
    RunOptions options;
    options.asNobody = true;
    const ProcessRun r = runRevalign({QStringLiteral("--version")}, options);
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
}

void TestTestSupport::demoFixtureReplacesTheStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const DemoFixture small{100, 3, QDate(2026, 11, 20)};
    const auto first = makeDemoStore(path, small);
    QVERIFY_RESULT(first);
    const auto second = makeDemoStore(path, small); // a store with data is replaced, not refused
    QVERIFY_RESULT(second);
    QCOMPARE(second->leads, first->leads);
    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY_RESULT(store);
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM leads")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), first->leads);
}

// tst_<unit>.cpp holds class Test<Unit> (unit without underscores, any case)
// and runs it with QTEST_*MAIN.
void TestTestSupport::testClassesFollowTheNamingRule()
{
    const QStringList files = testSources();
    QVERIFY(files.size() > 20);
    const QRegularExpression cls(QStringLiteral("^class (\\w+) : public QObject"), QRegularExpression::MultilineOption);
    for (const QString &file : files) {
        const QString unit = QFileInfo(file).baseName().mid(4);
        const QString text = textOf(file);
        const auto m = cls.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(file + QStringLiteral(": no test class")));
        const QString name = m.captured(1);
        QVERIFY2(name.startsWith(QLatin1String("Test")) && name.mid(4).toLower() == unit,
                 qPrintable(QStringLiteral("%1: class %2, expected Test<%3>").arg(file, name, unit)));
        QVERIFY2(text.contains(QStringLiteral("MAIN(%1)").arg(name)), qPrintable(file));
    }
}

// One process runner: tests run programs through tests/support, and only
// support/revalign.h names the binary (which is what declares the build
// dependency in tests/CMakeLists.txt).
void TestTestSupport::processesRunThroughTheSupportLibrary()
{
    // Spelt in two parts so that this file does not match itself.
    const QString processInclude = QStringLiteral("#include <QPro") + QStringLiteral("cess>");
    const QString binaryMacro = QStringLiteral("RA_REVALIGN") + QStringLiteral("_BIN");
    for (const QString &file : testSources()) {
        const QString text = textOf(file);
        QVERIFY2(!text.contains(processInclude), qPrintable(file + QStringLiteral(": use support/processrun.h")));
        QVERIFY2(!text.contains(binaryMacro), qPrintable(file + QStringLiteral(": use support/revalign.h")));
    }
}

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"

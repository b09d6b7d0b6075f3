// `revalign import` as a process: exit codes, stderr lines, progress, and a
// kill in the middle of an import leaving the store as it was.
#include "import/bundleimporter.h"
#include "support/importfixture.h"
#include "store/store.h"
#include "support/progressgate.h"
#include "support/revalign.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::importtest;
using namespace ra::testsupport;

class TestImportVerb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandLine();
    void killedImportLeavesStoreUnchanged();

private:
    std::unique_ptr<Store> openStore(const QString &name);
    QTemporaryDir m_tmp;
};

void TestImportVerb::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

std::unique_ptr<Store> TestImportVerb::openStore(const QString &name)
{
    auto r = Store::open(m_tmp.filePath(name));
    if (!r)
        qFatal("cannot open store: %s", qPrintable(r.message()));
    return std::move(r.value());
}

void TestImportVerb::commandLine()
{
    const QString db = m_tmp.filePath(QStringLiteral("cli.db"));
    auto run = [&](const QStringList &args, QString *err = nullptr, QString *out = nullptr) {
        const ProcessRun r = runRevalign(QStringList{QStringLiteral("import")} + args + QStringList{QStringLiteral("--db"), db});
        if (err)
            *err = r.err;
        if (out)
            *out = r.out;
        return r.exitCode;
    };
    QString err, out;
    QCOMPARE(run({dataDir(QStringLiteral("base"))}, &err, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("leads.csv")), qPrintable(out));
    QCOMPARE(run({dataDir(QStringLiteral("rejections")), QStringLiteral("--dry-run")}, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("revalign: leads.csv:7:mql_at: unparseable timestamp '2026-13-01' (expected YYYY-MM-DD")),
             qPrintable(err));
    QVERIFY(!err.contains(QStringLiteral("importing"))); // no progress when stderr is not a terminal
    QCOMPARE(run({dataDir(QStringLiteral("base")), QStringLiteral("--progress")}, &err), 0);
    QVERIFY(err.contains(QStringLiteral("100%")));
    QCOMPARE(run({m_tmp.filePath(QStringLiteral("nowhere"))}, &err), 2);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QCOMPARE(run({}, &err), 2);
}

void TestImportVerb::killedImportLeavesStoreUnchanged()
{
    const QString db = m_tmp.filePath(QStringLiteral("killed.db"));
    {
        auto store = openStore(QStringLiteral("killed.db"));
        QVERIFY(BundleImporter(*store).run(dataDir(QStringLiteral("base")), {}).ok());
    }
    const QString bundle = m_tmp.filePath(QStringLiteral("tokill"));
    copyBundle(dataDir(QStringLiteral("base")), bundle, {QStringLiteral("accounts.csv"), QStringLiteral("campaigns.csv")});
    QByteArray leads("lead_id,account_id,campaign_id,created_at,mql_at\n");
    for (int i = 0; i < 300000; ++i)
        leads += "K" + QByteArray::number(i) + ",A1,C1,2026-01-01T10:00:00Z,2026-01-02\n";
    writeFile(bundle + QStringLiteral("/leads.csv"), leads);
    QStringList before;
    {
        auto store = openStore(QStringLiteral("killed.db"));
        before = dumpAll(*store);
    }
    ProgressGate gate(revalignBinary(), {QStringLiteral("import"), bundle, QStringLiteral("--db"), db, QStringLiteral("--progress")});
    QVERIFY2(gate.error().isEmpty(), qPrintable(gate.error()));
    // Killed once it reports being part-way through the rows ("importing  37%"),
    // while it is held at its next progress line: before the commit.
    int pct = 0;
    while (const std::optional<QByteArray> line = gate.nextLine()) {
        pct = line->mid(line->lastIndexOf(' ') + 1).chopped(1).toInt();
        if (pct >= 20)
            break;
    }
    gate.kill();
    // "100%" is written once every row is read, before the commit.
    QVERIFY2(pct >= 20 && !gate.written().contains("importing 100%"), gate.written().join('\n').constData());
    auto store = openStore(QStringLiteral("killed.db"));
    QCOMPARE(dumpAll(*store), before);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestImportVerb)
#include "tst_importverb.moc"

// `revalign import` as a process: exit codes, stderr lines, progress, and a
// kill in the middle of an import leaving the store as it was.
#include "import/bundleimporter.h"
#include "importfixture.h"
#include "store/store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::importtest;

class TstImportVerb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandLine();
    void killedImportLeavesStoreUnchanged();

private:
    std::unique_ptr<Store> openStore(const QString &name);
    QTemporaryDir m_tmp;
};

void TstImportVerb::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    if (!QFileInfo::exists(QStringLiteral(RA_REVALIGN_BIN)))
        QSKIP("the revalign binary is not built");
}

std::unique_ptr<Store> TstImportVerb::openStore(const QString &name)
{
    auto r = Store::open(m_tmp.filePath(name));
    if (!r)
        qFatal("cannot open store: %s", qPrintable(r.message()));
    return std::move(r.value());
}

void TstImportVerb::commandLine()
{
    const QString bin = QStringLiteral(RA_REVALIGN_BIN);
    const QString db = m_tmp.filePath(QStringLiteral("cli.db"));
    auto run = [&](const QStringList &args, QString *err = nullptr, QString *out = nullptr) {
        QProcess p;
        p.start(bin, QStringList{QStringLiteral("import")} + args + QStringList{QStringLiteral("--db"), db});
        p.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitCode();
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

void TstImportVerb::killedImportLeavesStoreUnchanged()
{
    const QString bin = QStringLiteral(RA_REVALIGN_BIN);
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
    QProcess p;
    p.start(bin, {QStringLiteral("import"), bundle, QStringLiteral("--db"), db, QStringLiteral("--progress")});
    QVERIFY(p.waitForStarted());
    p.setReadChannel(QProcess::StandardError);
    // Kill it once it reports being part-way through the rows.
    QByteArray err;
    bool midway = false;
    while (!midway && p.state() == QProcess::Running && p.waitForReadyRead(10000)) {
        err += p.readAllStandardError();
        // "importing  37%" lines; wait until the rows are well under way.
        const QList<QByteArray> lines = err.trimmed().split('\n');
        const int pct = lines.last().mid(lines.last().lastIndexOf(' ') + 1).chopped(1).toInt();
        midway = pct >= 20 && pct < 90;
    }
    p.kill();
    p.waitForFinished();
    if (!midway || p.exitStatus() == QProcess::NormalExit)
        QSKIP("the import finished before it could be killed");
    auto store = openStore(QStringLiteral("killed.db"));
    QCOMPARE(dumpAll(*store), before);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TstImportVerb)
#include "tst_importverb.moc"

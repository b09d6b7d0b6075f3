// Output for programs never changes with the language: --json, --csv and
// export-bundle are byte-identical under LANG=sv_SE.UTF-8, LANG=zh_CN.UTF-8
// and --lang, while the human tables of the same runs are translated.
#include "support/revalign.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::testsupport;

namespace {

struct Variant {
    const char *name;
    const char *lang; // LANG and LC_ALL of the process
    QStringList extra; // arguments before the verb
};

const Variant kBaseline{"C", "C.UTF-8", {}};
const std::vector<Variant> kVariants = {
    {"LANG=sv_SE", "sv_SE.UTF-8", {}},
    {"LANG=zh_CN", "zh_CN.UTF-8", {}},
    {"--lang sv", "C.UTF-8", {QStringLiteral("--lang"), QStringLiteral("sv")}},
    {"--lang zh_CN", "en_US.UTF-8", {QStringLiteral("--lang"), QStringLiteral("zh_CN")}},
};

ProcessRun revalign(const Variant &v, const QStringList &args)
{
    RunOptions options;
    for (const char *name : {"LANG", "LC_ALL"})
        options.extraEnv.insert(QString::fromLatin1(name), QString::fromLatin1(v.lang));
    return runRevalign(v.extra + args, options);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TstMachineOutput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameBytes_data();
    void sameBytes();
    void exportBundle();
    void humanTablesAreTranslated();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TstMachineOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    const ProcessRun demo = revalign(kBaseline, {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--leads"),
                                          QStringLiteral("600"), QStringLiteral("--end"), QStringLiteral("2026-11-20")});
    QVERIFY2(demo.exitedWith(0), qPrintable(demo.describe()));
}

void TstMachineOutput::sameBytes_data()
{
    QTest::addColumn<QStringList>("args");
    const QString kpis = QStringLiteral("bookings.total,nrr,conv.mql_to_sal,cac_payback_months,nps");
    QTest::newRow("kpis --json") << QStringList{QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                                                QStringLiteral("--json")};
    QTest::newRow("kpis week --json") << QStringList{QStringLiteral("kpis"), QStringLiteral("--period"),
                                                     QStringLiteral("2026-W44"), QStringLiteral("--json")};
    QTest::newRow("trend --csv") << QStringList{QStringLiteral("trend"), kpis, QStringLiteral("--csv")};
    QTest::newRow("trend --json") << QStringList{QStringLiteral("trend"), kpis, QStringLiteral("--grain"),
                                                 QStringLiteral("quarter"), QStringLiteral("--json")};
    QTest::newRow("breakdown --csv") << QStringList{QStringLiteral("breakdown"), QStringLiteral("--period"),
                                                    QStringLiteral("2026-Q3"), QStringLiteral("--by"),
                                                    QStringLiteral("persona"), QStringLiteral("--csv")};
    QTest::newRow("breakdown --json") << QStringList{QStringLiteral("breakdown"), QStringLiteral("--period"),
                                                     QStringLiteral("2026-10"), QStringLiteral("--by"),
                                                     QStringLiteral("channel"), QStringLiteral("--json")};
    QTest::newRow("cohorts --csv") << QStringList{QStringLiteral("cohorts"), QStringLiteral("--csv")};
    QTest::newRow("cohorts --json") << QStringList{QStringLiteral("cohorts"), QStringLiteral("--json")};
    QTest::newRow("quality --json") << QStringList{QStringLiteral("quality"), QStringLiteral("--json")};
}

void TstMachineOutput::sameBytes()
{
    QFETCH(QStringList, args);
    args << QStringLiteral("--db") << m_db;
    const ProcessRun base = revalign(kBaseline, args);
    QVERIFY2(base.exitedWith(0), qPrintable(base.describe()));
    QVERIFY(!base.out.isEmpty());
    for (const Variant &v : kVariants) {
        const ProcessRun r = revalign(v, args);
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QVERIFY2(r.out == base.out, v.name);
    }
}

void TstMachineOutput::exportBundle()
{
    const QString baseDir = m_dir.filePath(QStringLiteral("bundle-C"));
    const ProcessRun base = revalign(kBaseline, {QStringLiteral("export-bundle"), baseDir, QStringLiteral("--db"), m_db});
    QVERIFY2(base.exitedWith(0), qPrintable(base.describe()));
    const QStringList files = QDir(baseDir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 11);
    int i = 0;
    for (const Variant &v : kVariants) {
        const QString dir = m_dir.filePath(QStringLiteral("bundle-%1").arg(++i));
        const ProcessRun r = revalign(v, {QStringLiteral("export-bundle"), dir, QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QCOMPARE(QDir(dir).entryList(QDir::Files, QDir::Name), files);
        for (const QString &f : files)
            QVERIFY2(readFile(QDir(dir).filePath(f)) == readFile(QDir(baseDir).filePath(f)),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(v.name), f)));
    }
}

void TstMachineOutput::humanTablesAreTranslated()
{
    // The same runs do speak the language, so the comparisons above are not vacuous.
    const QStringList args{QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                           QStringLiteral("--db"), m_db};
    const ProcessRun en = revalign(kBaseline, args);
    const ProcessRun sv = revalign(kVariants[0], args);
    const ProcessRun zh = revalign(kVariants[3], args);
    QVERIFY(en.out.contains(QStringLiteral("October 2026")));
    QVERIFY(sv.out.contains(QStringLiteral("oktober 2026")));
    QVERIFY(sv.out.contains(QStringLiteral("Nettointäktsbehållning (NRR)")));
    QVERIFY(zh.out.contains(QStringLiteral("2026年10月")));
    QVERIFY(zh.out.contains(QStringLiteral("净收入留存率（NRR）")));
}

QTEST_GUILESS_MAIN(TstMachineOutput)
#include "tst_machineoutput.moc"

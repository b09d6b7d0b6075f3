// `revalign screenshot` end to end on a generated demo store: every page is
// written, printed, of the asked size, and shows something (many colours, not
// a blank or single-colour image); bad arguments fail with exit code 2.
#include "demo/demogenerator.h"
#include "store/store.h"
#include "support/revalign.h"
#include "support/demofixture.h"
#include "support/verifyresult.h"

#include <QImage>
#include <QFontDatabase>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace ra;
using namespace ra::testsupport;

namespace {

// Distinct colours on a coarse grid: a blank page has one or two.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

const QStringList kPages = {QStringLiteral("overview"), QStringLiteral("marketing"), QStringLiteral("sales"),
                            QStringLiteral("service"),  QStringLiteral("revenue"),   QStringLiteral("retention"),
                            QStringLiteral("personas"), QStringLiteral("alignment"), QStringLiteral("quality")};

} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPage();
    void onePageDarkWithPersona();
    void cjkFontInstalled();
    void localizedPages_data();
    void localizedPages();
    void badArguments_data();
    void badArguments();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("demo.db"));
    const auto demo = makeDemoStore(m_store);
    QVERIFY_RESULT(demo);
}

void TestScreenshots::everyPage()
{
    const QString out = m_dir.filePath(QStringLiteral("all"));
    const ProcessRun r = runRevalign({QStringLiteral("screenshot"), QStringLiteral("--db"), m_store, QStringLiteral("--out"), out,
                            QStringLiteral("--size"), QStringLiteral("1366x768")});
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    const QStringList printed = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(printed.size(), kPages.size());
    for (const QString &page : kPages) {
        const QString file = QDir(out).filePath(page + QStringLiteral(".png"));
        QVERIFY2(printed.contains(file), qPrintable(file));
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QCOMPARE(image.size(), QSize(1366, 768));
        QVERIFY2(distinctColours(image) > 20, qPrintable(QStringLiteral("%1 looks blank").arg(page)));
    }
    // Pages differ from one another: each screenshot shows its own page.
    QVERIFY(QImage(QDir(out).filePath(QStringLiteral("overview.png")))
            != QImage(QDir(out).filePath(QStringLiteral("retention.png"))));
}

void TestScreenshots::onePageDarkWithPersona()
{
    const QString light = m_dir.filePath(QStringLiteral("light"));
    const QString dark = m_dir.filePath(QStringLiteral("dark"));
    const QStringList common = {QStringLiteral("screenshot"), QStringLiteral("--db"), m_store, QStringLiteral("--page"),
                                QStringLiteral("overview"), QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                                QStringLiteral("--size"), QStringLiteral("1200x800")};
    ProcessRun r = runRevalign(common + QStringList{QStringLiteral("--out"), light});
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    r = runRevalign(common + QStringList{QStringLiteral("--out"), dark, QStringLiteral("--dark"), QStringLiteral("--persona"),
                                      QStringLiteral("CFO")});
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    QCOMPARE(QDir(dark).entryList({QStringLiteral("*.png")}), QStringList{QStringLiteral("overview.png")});
    const QImage l(QDir(light).filePath(QStringLiteral("overview.png")));
    const QImage d(QDir(dark).filePath(QStringLiteral("overview.png")));
    QCOMPARE(d.size(), QSize(1200, 800));
    // The window background (bottom-right corner, inside the status bar) is dark in dark mode.
    QVERIFY(qGray(l.pixel(l.width() - 3, l.height() - 3)) > 160);
    QVERIFY(qGray(d.pixel(d.width() - 3, d.height() - 3)) < 100);
    QVERIFY(distinctColours(d) > 20);
}

void TestScreenshots::cjkFontInstalled()
{
    // Chinese screenshots and PDFs draw with it; without it they show boxes.
    QVERIFY2(QFontDatabase::families(QFontDatabase::SimplifiedChinese).contains(QStringLiteral("Noto Sans CJK SC")),
             "Noto Sans CJK SC is not installed (package fonts-noto-cjk)");
}

void TestScreenshots::localizedPages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("sv") << QStringLiteral("sv");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestScreenshots::localizedPages()
{
    QFETCH(QString, lang);
    const QStringList common = {QStringLiteral("screenshot"), QStringLiteral("--db"), m_store, QStringLiteral("--page"),
                                QStringLiteral("all"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                                QStringLiteral("--size"), QStringLiteral("1200x800")};
    const QString english = m_dir.filePath(QStringLiteral("en"));
    if (!QDir(english).exists()) {
        const ProcessRun r = runRevalign(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + common
                                         + QStringList{QStringLiteral("--out"), english});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    }
    const QString out = m_dir.filePath(lang);
    const ProcessRun r = runRevalign(QStringList{QStringLiteral("--lang"), lang} + common + QStringList{QStringLiteral("--out"), out});
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    for (const QString &page : kPages) {
        const QImage image(QDir(out).filePath(page + QStringLiteral(".png")));
        QVERIFY2(!image.isNull(), qPrintable(page));
        QCOMPARE(image.size(), QSize(1200, 800));
        QVERIFY2(distinctColours(image) > 20, qPrintable(QStringLiteral("%1 looks blank").arg(page)));
        // The same page in English differs: the texts are translated.
        QVERIFY2(image != QImage(QDir(english).filePath(page + QStringLiteral(".png"))), qPrintable(page));
    }
}

void TestScreenshots::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no out") << QStringList{} << QStringLiteral("--out");
    QTest::newRow("unknown page") << QStringList{QStringLiteral("--out"), QStringLiteral("x"), QStringLiteral("--page"),
                                                 QStringLiteral("nope")}
                                  << QStringLiteral("no page 'nope'");
    QTest::newRow("bad size") << QStringList{QStringLiteral("--out"), QStringLiteral("x"), QStringLiteral("--size"),
                                             QStringLiteral("big")}
                              << QStringLiteral("--size");
    QTest::newRow("bad period") << QStringList{QStringLiteral("--out"), QStringLiteral("x"), QStringLiteral("--period"),
                                               QStringLiteral("2026-13")}
                                << QStringLiteral("2026-13");
    // Validated as kpis does: an unknown value used to render an empty dashboard.
    QTest::newRow("unknown persona") << QStringList{QStringLiteral("--out"), QStringLiteral("x"), QStringLiteral("--persona"),
                                                    QStringLiteral("NoSuchPersona")}
                                     << QStringLiteral("unknown persona 'NoSuchPersona'; valid values: ");
    QTest::newRow("unknown segment") << QStringList{QStringLiteral("--out"), QStringLiteral("x"), QStringLiteral("--segment"),
                                                    QStringLiteral("Huge")}
                                     << QStringLiteral("Enterprise");
    QTest::newRow("missing store") << QStringList{QStringLiteral("--out"), QStringLiteral("x"), QStringLiteral("--db"),
                                                  QStringLiteral("/nonexistent/none.db")}
                                   << QStringLiteral("none.db");
}

void TestScreenshots::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QStringList full{QStringLiteral("screenshot")};
    if (!args.contains(QStringLiteral("--db")))
        full << QStringLiteral("--db") << m_store;
    for (QString &a : args)
        if (a == QLatin1String("x"))
            a = m_dir.filePath(QStringLiteral("bad"));
    const ProcessRun r = runRevalign(full + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("bad"))).entryList(QDir::Files).isEmpty()); // no page rendered
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"

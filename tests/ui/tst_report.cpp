// The stand-up PDF end to end: `revalign report` on a generated demo store,
// read back with poppler's tools (pdftotext, pdfinfo, pdffonts, pdfimages).
// Expected texts come from the engine and formatKpiValue in this process, so
// the PDF must show exactly what the dashboard and the CLI show.
#include "kpi/kpiengine.h"
#include "kpi/snapshotloader.h"
#include "report/healthreport.h"
#include "report/kpiformat.h"
#include "report/reportexporter.h"
#include "report/reportmodel.h"
#include "report/reportwriter.h"
#include "store/settingsstore.h"
#include "store/store.h"
#include "support/revalign.h"
#include "support/demofixture.h"
#include "support/verifyresult.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QWidget>
#include <QtTest>

using namespace ra;
using namespace ra::testsupport;

namespace {

// pdftotext joins words with single spaces when -raw is not used; normalise
// whitespace so that a value split by layout still matches.
QString pdfText(const QString &pdf)
{
    const ProcessRun r = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                    QStringLiteral("-")});
    return r.out;
}

// For comparing text read back from a PDF: no-break spaces as spaces, and
// NFKC, because Qt's PDF writer maps some CJK glyphs back to their look-alike
// Kangxi radicals (月 reads as U+2F49), which NFKC folds back. (A few map to
// the radicals supplement, which NFKC leaves alone, e.g. 页 as U+2EDA: the
// expected texts avoid those.)
QString comparable(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC);
    t.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return t;
}

// Every font of the PDF is embedded; returns the font lines.
QStringList embeddedFonts(const QString &pdf)
{
    const ProcessRun fonts = runProgram(QStringLiteral("pdffonts"), {pdf});
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2); // after the header
    for (const QString &line : lines) {
        // name type encoding emb sub uni object ID: "emb" is the 5th column from the right.
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 7 || cols.at(cols.size() - 5) != QLatin1String("yes"))
            return {};
    }
    return lines;
}

int pdfPages(const QString &pdf)
{
    const ProcessRun r = runProgram(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(r.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reportShowsEngineValues();
    void customersPageShowsEngineLists();
    void reportIsVectorWithEmbeddedFonts();
    void localizedReport_data();
    void localizedReport();
    void metadataAndLetter();
    void defaultOutputName();
    void badPeriod();
    void unwritablePath_data();
    void unwritablePath();
    void unknownPersona();
    void cancelledWriterLeavesNothing();
    void exporterFromTheWindow();

private:
    void checkCustomersPage(const QString &text, const Period &period, const KpiFilters &filters);
    QTemporaryDir m_dir;
    QString m_db;
    QString m_pdf;
    QString m_persona;
    std::shared_ptr<KpiEngine> m_engine;
};

void TestReport::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdfimages"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    const auto demo = makeDemoStore(m_db);
    QVERIFY_RESULT(demo);

    auto store = Store::open(m_db, Store::Mode::ReadOnly);
    QVERIFY_RESULT(store);
    auto settings = loadSettings(**store);
    QVERIFY(settings);
    auto snapshot = SnapshotLoader::load(**store);
    QVERIFY_RESULT(snapshot);
    m_engine = std::make_shared<KpiEngine>(*snapshot, *settings);
    const QStringList personas = m_engine->values(Dimension::Persona);
    QVERIFY(!personas.isEmpty());
    m_persona = personas.first();

    m_pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const ProcessRun r = runRevalign({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--period"),
                            QStringLiteral("2026-10"), QStringLiteral("--persona"), m_persona,
                            QStringLiteral("--out"), m_pdf});
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    QVERIFY(QFile::exists(m_pdf));
}

void TestReport::reportShowsEngineValues()
{
    const QString text = pdfText(m_pdf);
    QVERIFY(!text.isEmpty());
    QCOMPARE(pdfPages(m_pdf), 7);
    KpiFilters filters;
    filters.persona = m_persona;
    const Period period = Period::parse(u"2026-10").value();
    const KpiReport report = m_engine->compute(period, filters);
    QVERIFY(text.contains(QStringLiteral("October 2026")));
    QVERIFY(text.contains(QStringLiteral("Oct 1, 2026 – Oct 31, 2026")));
    QVERIFY2(text.contains(QStringLiteral("Persona: %1").arg(m_persona)), qPrintable(m_persona));
    // The persona page compares with every persona and says so.
    QVERIFY(text.contains(QStringLiteral("All personas for comparison, %1 in bold").arg(m_persona)));
    const QString currency = m_engine->settings().currency;
    int checked = 0;
    for (KpiId id : {KpiId::LeadsCreated, KpiId::LeadsMql, KpiId::ConvMqlToSal, KpiId::BookingsTotal,
                     KpiId::OppsWinRate, KpiId::SlaCompliance, KpiId::MrrEnd, KpiId::Nps}) {
        const QString value = formatKpiValue(id, report.current.value(id), currency);
        QVERIFY2(text.contains(value), qPrintable(kpiKey(id) + QStringLiteral(" = ") + value));
        ++checked;
    }
    QCOMPARE(checked, 8);
    // The existing-customers page under the persona filter: the keys and the lift as the engine computes them.
    QVERIFY(text.contains(QStringLiteral("Existing customers")));
    checkCustomersPage(text, period, filters);
    // Every page's footer carries the period and its page number.
    for (int page = 1; page <= 7; ++page)
        QVERIFY(text.contains(QStringLiteral("Page %1 of 7").arg(page)));
    QVERIFY(text.count(QStringLiteral("October 2026 · Oct 1, 2026")) >= 7);
    // Under a persona filter CAC has no value; the scorecard shows — and the notes say why.
    QVERIFY(!report.current.value(KpiId::Cac));
    QVERIFY(text.contains(nullReasonText(KpiId::Cac, report.current.nullReason(KpiId::Cac))));
    // The notes point at the full definitions.
    QVERIFY(text.contains(QStringLiteral("docs/kpi-definitions.md")));
}

// The "Existing customers" page of `text` shows the usage, white-space and
// at-risk keys, the lift sentence and the worst accounts as the engine has them.
void TestReport::checkCustomersPage(const QString &text, const Period &period, const KpiFilters &filters)
{
    const QString flat = text.simplified(); // sentences wrap across lines
    const QString currency = m_engine->settings().currency;
    const KpiReport report = m_engine->compute(period, filters);
    const HealthList health = m_engine->health(period, filters);
    QVERIFY(health.defined);
    QCOMPARE(report.current.value(KpiId::HealthAtRisk), std::optional<double>(double(health.accounts.size())));
    for (KpiId id : {KpiId::HealthAtRisk, KpiId::HealthAtRiskMrr, KpiId::HealthAtRiskShare, KpiId::HealthRiskLift,
                     KpiId::UsageSeatUtilisation, KpiId::ProductsPerCustomer, KpiId::WhitespaceGaps,
                     KpiId::WhitespacePotentialMrr}) {
        const QString value = formatKpiValue(id, report.current.value(id), currency);
        QVERIFY2(flat.contains(value), qPrintable(kpiKey(id) + QStringLiteral(" = ") + value));
    }
    const QString lift = liftSentence(health.lift).simplified();
    QVERIFY2(flat.contains(lift), qPrintable(lift));
    if (health.lift.lift)
        QVERIFY(lift.contains(formatKpiValue(KpiId::HealthRiskLift, health.lift.lift, QString())));
    if (health.accounts.empty()) {
        QVERIFY(flat.contains(QStringLiteral("No account is at risk in this selection.")));
    } else {
        // Worst first, with its MRR and its evidence under it.
        const AtRiskAccount &worst = health.accounts.front();
        QVERIFY2(flat.contains(worst.account + QLatin1Char(' ') + worst.persona), qPrintable(worst.account));
        QVERIFY(flat.contains(formatKpiValue(KpiId::HealthAtRiskMrr, double(worst.evidence.mrrNow), currency)));
        const QString total = formatKpiValue(KpiId::HealthAtRisk, double(health.accounts.size()), QString());
        if (health.accounts.size() > size_t(kReportAtRiskRows))
            QVERIFY2(flat.contains(QStringLiteral("of %1 accounts at risk").arg(total)), qPrintable(total));
    }
    const WhitespaceTable space = m_engine->whitespace(period, filters);
    if (!space.gaps.empty())
        QVERIFY2(flat.contains(space.gaps.front().account), qPrintable(space.gaps.front().account));
}

void TestReport::customersPageShowsEngineLists()
{
    // The whole store: the demo has accounts at risk and a measurable lift.
    const QString pdf = m_dir.filePath(QStringLiteral("report-all.pdf"));
    const ProcessRun r = runRevalign({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                                      QStringLiteral("--db"), m_db, QStringLiteral("--period"),
                                      QStringLiteral("2026-10"), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    const Period period = Period::parse(u"2026-10").value();
    const HealthList health = m_engine->health(period, KpiFilters{});
    QVERIFY2(!health.accounts.empty(), "the demo store has accounts at risk");
    QVERIFY(health.lift.lift);
    const ProcessRun page = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                                     QStringLiteral("-f"), QStringLiteral("6"),
                                                                     QStringLiteral("-l"), QStringLiteral("6"), pdf,
                                                                     QStringLiteral("-")});
    QVERIFY(page.out.contains(QStringLiteral("Existing customers")));
    QVERIFY(page.out.simplified().contains(QStringLiteral("Accounts flagged at risk churned %1 as often as the others")
                                               .arg(formatKpiValue(KpiId::HealthRiskLift, health.lift.lift, QString()))));
    checkCustomersPage(page.out, period, KpiFilters{});
}

void TestReport::reportIsVectorWithEmbeddedFonts()
{
    const ProcessRun fonts = runProgram(QStringLiteral("pdffonts"), {m_pdf});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2); // after the header
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        // name type encoding emb sub uni object ID: "emb" is the 4th column from the right of "yes/no" triples.
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(cols.size() >= 7, qPrintable(line));
        QVERIFY2(cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(line));
    }
    const ProcessRun images = runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pdf});
    QCOMPARE(images.exitCode, 0);
    const QStringList imageLines = images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(imageLines.size(), 2); // the two header lines, no image
}

void TestReport::localizedReport_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("sv") << QStringLiteral("sv") << QLocale(QLocale::Swedish, QLocale::Sweden)
                        << QStringList{QStringLiteral("Resultatkort"), QStringLiteral("oktober 2026"),
                                       QStringLiteral("1 okt. 2026 – 31 okt. 2026"), QStringLiteral("Sida 7 av 7"), QStringLiteral("Befintliga kunder"),
                                       QStringLiteral("Kunder i riskzonen"),
                                       QStringLiteral("Nettointäktsbehållning (NRR)"), QStringLiteral("Vad siffrorna betyder"),
                                       QStringLiteral("Alla data")};
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QLocale(QLocale::Chinese, QLocale::China)
                           << QStringList{QStringLiteral("记分卡"), QStringLiteral("2026年10月"),
                                          QStringLiteral("2026年10月1日 – 2026年10月31日"), QStringLiteral("共 7"), QStringLiteral("扩展潜力"),
                                          QStringLiteral("空白机会"), QStringLiteral("席位使用率"),
                                          QStringLiteral("净收入留存率（NRR）"), QStringLiteral("指标释义"),
                                          QStringLiteral("全部数据")};
}

void TestReport::localizedReport()
{
    QFETCH(QString, lang);
    QFETCH(QLocale, locale);
    QFETCH(QStringList, texts);
    const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
    const ProcessRun r = runRevalign({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--db"),
                                      m_db, QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    QCOMPARE(pdfPages(pdf), 7);
    // The fonts cover the text: every word read back is the word written
    // (a missing glyph would come back as nothing or as a box).
    const QString text = comparable(pdfText(pdf));
    for (const QString &t : texts)
        QVERIFY2(text.contains(comparable(t)), qPrintable(t));
    const KpiReport report = m_engine->compute(Period::parse(u"2026-10").value(), KpiFilters{});
    for (KpiId id : {KpiId::BookingsTotal, KpiId::ConvMqlToSal, KpiId::MrrEnd, KpiId::LeadsCreated}) {
        const QString value = formatKpiValue(id, report.current.value(id), m_engine->settings().currency, locale);
        QVERIFY2(text.contains(comparable(value)), qPrintable(kpiKey(id) + QStringLiteral(" = ") + value));
    }
    const QStringList fonts = embeddedFonts(pdf);
    QVERIFY2(!fonts.isEmpty(), "a font is not embedded");
    if (locale.language() == QLocale::Chinese)
        QVERIFY2(fonts.filter(QStringLiteral("CJKsc")).size() >= 1, qPrintable(fonts.join(QLatin1Char('\n'))));
}

void TestReport::metadataAndLetter()
{
    const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
    const ProcessRun r = runRevalign({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--period"),
                            QStringLiteral("2026-W45"), QStringLiteral("--page-size"), QStringLiteral("Letter"),
                            QStringLiteral("--compare"), QStringLiteral("target"), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    const ProcessRun info = runProgram(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.out.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info.out));
    QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Title:\\s+RevAlign stand-up report — demo — Week 45"))));
    QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Creator:\\s+RevAlign \\d"))));
    QCOMPARE(pdfPages(pdf), 7);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("vs target")));
    QVERIFY(text.contains(QStringLiteral("All data")));
}

void TestReport::defaultOutputName()
{
    QTemporaryDir work;
    RunOptions inWork;
    inWork.workDir = work.path();
    const ProcessRun r = runRevalign({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--period"),
                                      QStringLiteral("2026-Q3")},
                                     inWork);
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    QVERIFY(QFile::exists(work.filePath(QStringLiteral("revalign-report-2026-Q3.pdf"))));
    QCOMPARE(QDir(work.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left over
}

void TestReport::badPeriod()
{
    QTemporaryDir work;
    const QString pdf = work.filePath(QStringLiteral("bad.pdf"));
    const ProcessRun r = runRevalign({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--period"),
                            QStringLiteral("2026-13"), QStringLiteral("--out"), pdf});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(QDir(work.path()).isEmpty());
}

void TestReport::unwritablePath_data()
{
    QTest::addColumn<QString>("relative");
    // The tests may run as root, for whom permission bits do not stop a write:
    // use paths that no one can write instead.
    QTest::newRow("missing folder") << QStringLiteral("no-such-folder/report.pdf");
    QTest::newRow("parent is a file") << QStringLiteral("a-file/report.pdf");
    QTest::newRow("target is a folder") << QStringLiteral("a-folder");
}

void TestReport::unwritablePath()
{
    QFETCH(QString, relative);
    QTemporaryDir work;
    QFile f(work.filePath(QStringLiteral("a-file")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(QDir(work.path()).mkdir(QStringLiteral("a-folder")));
    const QStringList before = QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const ProcessRun r = runRevalign({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--period"),
                            QStringLiteral("2026-10"), QStringLiteral("--out"), work.filePath(relative)});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.err.contains(QStringLiteral("cannot write")));
    QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QVERIFY(QDir(work.filePath(QStringLiteral("a-folder"))).isEmpty());
}

void TestReport::unknownPersona()
{
    QTemporaryDir work;
    const ProcessRun r = runRevalign({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--period"),
                            QStringLiteral("2026-10"), QStringLiteral("--persona"), QStringLiteral("Nobody"),
                            QStringLiteral("--out"), work.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(m_persona)); // names the valid values
    QVERIFY(QDir(work.path()).isEmpty());
}

void TestReport::cancelledWriterLeavesNothing()
{
    QTemporaryDir work;
    ReportRequest req;
    req.period = Period::parse(u"2026-10").value();
    req.storeName = QStringLiteral("demo");
    const ReportContent content = buildReportContent(*m_engine, req);
    const QString pdf = work.filePath(QStringLiteral("half.pdf"));
    {
        ReportWriter writer(content, QPageSize(QPageSize::A4));
        QVERIFY(writer.begin(pdf));
        QVERIFY(writer.paintPage(0));
        QVERIFY(writer.paintPage(1));
        QVERIFY(!writer.paintPage(3)); // out of order is refused
        writer.cancel();
    }
    QVERIFY(QDir(work.path()).isEmpty());
    // And a complete one, in process, has the seven pages.
    QVERIFY(writeReportPdf(content, pdf, QPageSize(QPageSize::A4)));
    QCOMPARE(pdfPages(pdf), 7);
}

void TestReport::exporterFromTheWindow()
{
    QTemporaryDir work;
    QWidget window;
    ReportExporter exporter(&window);
    exporter.setInteractive(false);
    exporter.setStorePath(m_db);
    DashboardContext context;
    context.engine = m_engine;
    context.period = Period::parse(u"2026-10").value();
    context.filters.persona = m_persona;
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    QSignalSpy progress(&exporter, &ReportExporter::progressChanged);
    const QString pdf = work.filePath(QStringLiteral("window.pdf"));
    exporter.exportReport(context, pdf);
    QVERIFY(exporter.isBusy());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toString(), pdf);
    QVERIFY(progress.size() >= 8); // content, six pages, commit: one step per event-loop turn
    QVERIFY(!exporter.isBusy());
    QCOMPARE(pdfPages(pdf), 7);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Persona: %1").arg(m_persona)));
    QVERIFY(text.contains(QStringLiteral("Store: demo")));

    // Cancelled half-way: nothing is left behind.
    QSignalSpy failed(&exporter, &ReportExporter::failed);
    const QString cancelled = work.filePath(QStringLiteral("cancelled.pdf"));
    connect(&exporter, &ReportExporter::progressChanged, &exporter, [&exporter](int done, int) {
        if (done == 3)
            exporter.cancel();
    });
    exporter.exportReport(context, cancelled);
    QTRY_VERIFY(!exporter.isBusy());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!QFile::exists(cancelled));
    QCOMPARE(QDir(work.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"

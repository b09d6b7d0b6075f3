// The window shell on a generated demo store, offscreen: default period,
// period stepping (buttons and Alt+arrows), persona drill-down and its
// breadcrumb, Esc, lazy contexts for hidden pages, settings recomputing the
// engine, store faults, the welcome screen. Pages here are recording stand-ins
// so the test sees exactly the contexts the window hands out.
#include "demo/demogenerator.h"
#include "dialogs/importdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/storefaultdialog.h"
#include "kpi/kpiengine.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "quality/dataquality.h"
#include "services/storesession.h"
#include "services/uisettings.h"
#include "store/store.h"
#include "widgets/filterbar.h"
#include "widgets/pagehost.h"
#include "widgets/periodbar.h"
#include "support/demofixture.h"
#include "support/verifyresult.h"

#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtTest>

using namespace ra;
using namespace ra::testsupport;

namespace {

class RecordingPage : public DashboardPage {
public:
    RecordingPage(const QString &id, QWidget *parent) : DashboardPage(parent), m_id(id)
    {
        m_model.setHorizontalHeaderLabels({QStringLiteral("Persona"), QStringLiteral("Leads")});
        auto *view = new QTableView(this);
        view->setModel(&m_model);
        (new QVBoxLayout(this))->addWidget(view);
    }
    QString pageId() const override { return m_id; }
    QString title() const override { return m_id.toUpper(); }
    void setContext(const DashboardContext &context) override { contexts.push_back(context); }
    QStandardItemModel &model() { return m_model; }
    QAbstractItemModel *primaryTable() const override { return const_cast<QStandardItemModel *>(&m_model); }
    void requestDrillDown(Dimension d, const QString &v) { Q_EMIT drillDown(d, v); }

    std::vector<DashboardContext> contexts;

private:
    QString m_id;
    QStandardItemModel m_model;
};

std::vector<DashboardPage *> recordingPages(QWidget *parent)
{
    return {new RecordingPage(QStringLiteral("first"), parent), new RecordingPage(QStringLiteral("second"), parent)};
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void welcomeWithoutStore();
    void defaultPeriodIsLastCompleteMonth();
    void nextAndPreviousMovePeriod();
    void personaFilterReachesPagesAndBreadcrumb();
    void drillDownFromPageAndEscClears();
    void hiddenPageGetsContextWhenShown();
    void settingsChangeRecomputesEngine();
    void settingsDialogRejectsInvalidValue();
    void storeFaultKeepsWindowUsable();
    void rememberedGrainAndPage();
    void importDialogImportsAndReloads();
    void importDialogPreviewsRejections();
    void exportCsvNeutralisesFormulas();
    void welcomeOpensDemoStore();
    void schemaTooNewShowsAdvice();
    void qualityReportFollowsTheDashboard();
    void failedQualityChecksSayWhy();
    void pdfHookGetsTheWindowContext();

private:
    void openFixture();
    void createWindow();
    void reopen(); // a new window with what the last one remembered
    RecordingPage *page(int i) const { return static_cast<RecordingPage *>(m_window->pageHost().pages()[i]); }

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<UiSettings> m_ui;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the demo store goes to a test location
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("fixture.db"));
    const auto demo = makeDemoStore(m_store);
    QVERIFY_RESULT(demo);
}

void TestMainWindow::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("ui.ini"))); // each test starts like a first run
    createWindow();
}

void TestMainWindow::reopen()
{
    cleanup();
    createWindow();
}

void TestMainWindow::createWindow()
{
    m_ui = std::make_unique<UiSettings>(m_dir.filePath(QStringLiteral("ui.ini")));
    m_window = std::make_unique<MainWindow>(*m_ui, recordingPages);
    m_window->setInteractive(false);
    m_window->resize(1366, 768);
    m_window->show();
}

void TestMainWindow::cleanup()
{
    if (m_window)
        m_window->close(); // saves the remembered state
    m_window.reset();
    m_ui.reset();
}

void TestMainWindow::openFixture()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::storeLoaded);
    QSignalSpy started(&m_window->session(), &StoreSession::loadStarted);
    m_window->openStore(m_store);
    QCOMPARE(started.size(), 1); // the load runs on a worker; openStore() returns at once
    QVERIFY(loaded.wait(30000));
    QVERIFY(m_window->session().engine());
}

void TestMainWindow::welcomeWithoutStore()
{
    QVERIFY(m_window->isShowingWelcome());
    QVERIFY(!m_window->context().engine);
    openFixture();
    QVERIFY(!m_window->isShowingWelcome());
}

void TestMainWindow::defaultPeriodIsLastCompleteMonth()
{
    openFixture();
    // The fixture's data ends on 20 Nov 2026, so October is the last complete month.
    QCOMPARE(m_window->periodBar().period().key(), QStringLiteral("2026-10"));
    QCOMPARE(page(0)->contexts.size(), size_t(1)); // one context for the whole setup
    const DashboardContext &c = page(0)->contexts.back();
    QCOMPARE(c.period.key(), QStringLiteral("2026-10"));
    QVERIFY(c.filters.isEmpty());
    QCOMPARE(c.engine, m_window->session().engine());
    QCOMPARE(c.currency, m_window->session().settings().currency);
}

void TestMainWindow::nextAndPreviousMovePeriod()
{
    openFixture();
    const Period start = m_window->periodBar().period();
    m_window->periodBar().stepForward();
    QCOMPARE(page(0)->contexts.back().period, start.next());
    m_window->periodBar().stepBack();
    m_window->periodBar().stepBack();
    QCOMPARE(page(0)->contexts.back().period.key(), QStringLiteral("2026-09"));

    // The same through the keyboard.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_window->periodBar().period().key(), QStringLiteral("2026-10"));
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(page(0)->contexts.back().period.key(), QStringLiteral("2026-09"));
}

void TestMainWindow::personaFilterReachesPagesAndBreadcrumb()
{
    openFixture();
    const QStringList personas = m_window->session().engine()->values(Dimension::Persona);
    QVERIFY(!personas.isEmpty());
    const QString persona = personas.first();
    auto *combo = m_window->filterBar().findChild<QComboBox *>(); // persona is the first combo
    QVERIFY(combo);
    QCOMPARE(combo->count(), personas.size() + 1); // "All" + the store's values
    const int index = combo->findText(persona);
    QVERIFY(index > 0);
    const size_t before = page(0)->contexts.size();
    const auto engineBefore = m_window->session().engine();
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCOMPARE(page(0)->contexts.size(), before + 1);
    const DashboardContext &c = page(0)->contexts.back();
    QCOMPARE(c.filters.persona, std::optional<QString>(persona));
    QCOMPARE(c.engine, engineBefore); // recomputed on the in-memory snapshot, no reload
    QVERIFY(!m_window->session().isLoading());
    QCOMPARE(m_window->filterBar().breadcrumb(), QStringLiteral("All \u203A %1").arg(persona));
}

void TestMainWindow::drillDownFromPageAndEscClears()
{
    openFixture();
    const QStringList segments = m_window->session().engine()->values(Dimension::Segment);
    QVERIFY(!segments.isEmpty());
    page(0)->requestDrillDown(Dimension::Persona, QStringLiteral("CFO"));
    page(0)->requestDrillDown(Dimension::Segment, segments.first());
    QCOMPARE(page(0)->contexts.back().filters.segment, std::optional<QString>(segments.first()));
    QCOMPARE(m_window->filterBar().breadcrumb(), QStringLiteral("All \u203A CFO \u203A %1").arg(segments.first()));

    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(page(0)->contexts.back().filters.isEmpty());
    QCOMPARE(m_window->filterBar().breadcrumb(), QStringLiteral("All"));
}

void TestMainWindow::hiddenPageGetsContextWhenShown()
{
    m_ui->setLastPage(QStringLiteral("first"));
    openFixture();
    QCOMPARE(m_window->pageHost().currentPage(), page(0));
    m_window->periodBar().stepBack();
    QVERIFY(page(1)->contexts.empty()); // hidden pages are not recomputed
    m_window->pageHost().navigation()->setCurrentRow(1);
    QCOMPARE(m_window->pageHost().currentPage(), page(1));
    QCOMPARE(page(1)->contexts.size(), size_t(1));
    QCOMPARE(page(1)->contexts.back().period, m_window->periodBar().period());
    m_window->pageHost().navigation()->setCurrentRow(0);
    m_window->pageHost().navigation()->setCurrentRow(1);
    QCOMPARE(page(1)->contexts.size(), size_t(1)); // nothing changed, nothing recomputed
}

void TestMainWindow::settingsChangeRecomputesEngine()
{
    openFixture();
    const auto before = m_window->session().engine();
    Settings wanted = m_window->session().settings();
    const int sla = wanted.slaHours + 7;
    QVERIFY(wanted.set(QStringLiteral("sla_hours"), QString::number(sla)).ok());
    const Status s = m_window->session().applySettings(wanted);
    QVERIFY_RESULT(s);
    const auto after = page(0)->contexts.back().engine;
    QVERIFY(after != before);
    QCOMPARE(after->settings().slaHours, sla);
    QCOMPARE(&after->snapshot(), &before->snapshot()); // same snapshot, no disk reload

    // Written to the store: a fresh window on the store sees it.
    reopen();
    openFixture();
    QCOMPARE(m_window->session().settings().slaHours, sla);
}

void TestMainWindow::settingsDialogRejectsInvalidValue()
{
    openFixture();
    m_window->showSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    dialog->setValue(QStringLiteral("gross_margin"), QStringLiteral("1.7"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorText().isEmpty());
    dialog->setValue(QStringLiteral("gross_margin"), QStringLiteral("0.65"));
    dialog->accept();
    QCOMPARE(m_window->session().engine()->settings().grossMargin, 0.65);
}

void TestMainWindow::storeFaultKeepsWindowUsable()
{
    openFixture();
    const QString bogus = m_dir.filePath(QStringLiteral("not-a-store.db"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("account_id,name\nA1,Acme\n").repeated(200));
    f.close();
    QSignalSpy faults(m_window.get(), &MainWindow::storeFault);
    m_window->openStore(bogus);
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults.first().first().value<Error>().code, ErrorCode::NotAStore);
    QCOMPARE(m_window->session().path(), m_store); // the open store stays
    QVERIFY(m_window->session().engine());

    m_window->openStore(m_dir.filePath(QStringLiteral("missing/nowhere.db")));
    QCOMPARE(faults.size(), 2);
}

void TestMainWindow::rememberedGrainAndPage()
{
    openFixture();
    m_window->pageHost().selectPage(QStringLiteral("second"));
    auto *grain = m_window->periodBar().findChild<QComboBox *>();
    QVERIFY(grain);
    grain->setCurrentIndex(2); // Quarter
    Q_EMIT grain->activated(2);
    QCOMPARE(m_window->periodBar().period().kind(), Period::Kind::Quarter);
    QCOMPARE(m_window->periodBar().period().key(), QStringLiteral("2026-Q4")); // keeps the place in time
    reopen();
    openFixture();
    QCOMPARE(m_window->pageHost().currentPage()->pageId(), QStringLiteral("second"));
    QCOMPARE(m_window->periodBar().period().key(), QStringLiteral("2026-Q3")); // last complete quarter
    QCOMPARE(m_ui->lastStore(), QFileInfo(m_store).absoluteFilePath());
}

void TestMainWindow::importDialogImportsAndReloads()
{
    const QString path = m_dir.filePath(QStringLiteral("imported.db"));
    QFile::remove(path);
    QSignalSpy loaded(m_window.get(), &MainWindow::storeLoaded);
    m_window->session().open(path, true);
    QVERIFY(loaded.wait(30000));
    const auto empty = m_window->session().engine();
    QVERIFY(empty->values(Dimension::Persona).isEmpty());

    m_window->importBundle();
    auto *dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QSignalSpy preview(dialog, &ImportDialog::previewReady);
    QSignalSpy imported(dialog, &ImportDialog::imported);
    dialog->setFolder(QStringLiteral(RA_TEST_DATA_DIR "/import/base"));
    QVERIFY(preview.wait(30000));
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Dry run")), qPrintable(dialog->statusText()));
    QVERIFY(m_window->session().engine() == empty); // a dry run writes nothing

    dialog->startImport();
    QVERIFY(imported.wait(30000));
    QVERIFY(loaded.wait(30000)); // the dashboard reloads the snapshot
    const auto after = m_window->session().engine();
    QVERIFY(after != empty);
    QVERIFY(!after->values(Dimension::Persona).isEmpty());
    QVERIFY(after->defaultAsOf() > 0);
    QCOMPARE(m_window->session().path(), path);
    QCOMPARE(m_window->context().engine, after);
}

void TestMainWindow::importDialogPreviewsRejections()
{
    const QString path = m_dir.filePath(QStringLiteral("rejections.db"));
    QFile::remove(path);
    QSignalSpy loaded(m_window.get(), &MainWindow::storeLoaded);
    m_window->session().open(path, true);
    QVERIFY(loaded.wait(30000));
    m_window->importBundle();
    auto *dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QSignalSpy preview(dialog, &ImportDialog::previewReady);
    dialog->setFolder(QStringLiteral(RA_TEST_DATA_DIR "/import/rejections"));
    QVERIFY(preview.wait(30000));
    auto *files = dialog->findChild<QTreeWidget *>();
    QVERIFY(files);
    QVERIFY(files->topLevelItemCount() > 0);
    qint64 rejected = 0;
    int problems = 0;
    for (int i = 0; i < files->topLevelItemCount(); ++i) {
        rejected += files->topLevelItem(i)->text(3).remove(QLatin1Char(',')).toLongLong();
        problems += files->topLevelItem(i)->childCount();
    }
    QVERIFY(rejected > 0);
    QVERIFY(problems > 0); // the first rejections are listed under their file
}

void TestMainWindow::exportCsvNeutralisesFormulas()
{
    openFixture();
    auto *current = static_cast<RecordingPage *>(m_window->pageHost().currentPage());
    current->model().appendRow({new QStandardItem(QStringLiteral("=HYPERLINK(\"x\")")), new QStandardItem(QStringLiteral("-3+1"))});
    current->model().appendRow({new QStandardItem(QStringLiteral("CFO, Europe")), new QStandardItem(QStringLiteral("-12.5%"))});
    const QString out = m_dir.filePath(QStringLiteral("table.csv"));
    m_window->exportTableCsv(out);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()),
             QStringLiteral("Persona,Leads\r\n\"'=HYPERLINK(\"\"x\"\")\",'-3+1\r\n\"CFO, Europe\",-12.5%\r\n"));
}

void TestMainWindow::welcomeOpensDemoStore()
{
    const QString demo = Store::defaultPath();
    QFile::remove(demo);
    QVERIFY(m_window->isShowingWelcome());
    QPushButton *button = nullptr;
    for (QPushButton *b : m_window->findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("demo")))
            button = b;
    QVERIFY(button);
    QSignalSpy loaded(m_window.get(), &MainWindow::storeLoaded);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // busy while the worker writes the store
    QVERIFY(loaded.wait(60000));
    QCOMPARE(m_window->session().path(), demo);
    QVERIFY(!m_window->isShowingWelcome());
    QVERIFY(m_window->session().engine()->values(Dimension::Persona).size() > 1);
    QVERIFY(m_window->periodBar().period().isValid());
    cleanup();
    QVERIFY(QFile::remove(demo));
}

void TestMainWindow::schemaTooNewShowsAdvice()
{
    const QString newer = m_dir.filePath(QStringLiteral("newer.db"));
    QFile::remove(newer);
    QVERIFY(QFile::copy(m_store, newer));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 9999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));

    m_window->setInteractive(true);
    QSignalSpy faults(m_window.get(), &MainWindow::storeFault);
    m_window->openStore(newer);
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults.first().first().value<Error>().code, ErrorCode::SchemaTooNew);
    auto *dialog = m_window->findChild<StoreFaultDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->text().contains(QStringLiteral("newer RevAlign")));
    QVERIFY(dialog->informativeText().contains(QStringLiteral("Install the newer RevAlign")));
    dialog->close();
    QVERIFY(m_window->isShowingWelcome()); // nothing was open before: back to the first screen
}

void TestMainWindow::qualityReportFollowsTheDashboard()
{
    QSignalSpy quality(&m_window->session(), &StoreSession::qualityChanged);
    openFixture();
    if (m_window->session().isCheckingQuality())
        QVERIFY(quality.wait(30000));
    QVERIFY(!m_window->session().isCheckingQuality());
    QVERIFY(m_window->session().quality());
    // The visible page is handed the report with the same engine and period.
    const DashboardContext &c = static_cast<RecordingPage *>(m_window->pageHost().currentPage())->contexts.back();
    QCOMPARE(c.quality, m_window->session().quality());
    QCOMPARE(c.engine, m_window->session().engine());
    QVERIFY(!c.quality->issues.empty());
}

void TestMainWindow::failedQualityChecksSayWhy()
{
    // The dashboard loads (it never reads the import log), but the checks fail.
    const QString broken = m_dir.filePath(QStringLiteral("no-import-log.db"));
    QFile::remove(broken);
    QVERIFY(QFile::copy(m_store, broken));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
        db.setDatabaseName(broken);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE import_rejections")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drop"));

    QSignalSpy quality(&m_window->session(), &StoreSession::qualityChanged);
    QSignalSpy loaded(m_window.get(), &MainWindow::storeLoaded);
    m_window->openStore(broken);
    QVERIFY(loaded.wait(30000));
    if (m_window->session().isCheckingQuality())
        QVERIFY(quality.wait(30000));
    QVERIFY(!m_window->session().quality());
    const std::optional<Error> error = m_window->session().qualityError();
    QVERIFY(error);
    QVERIFY2(error->message.contains(QLatin1String("import_rejections")) && error->message.contains(broken),
             qPrintable(error->message));
    const DashboardContext &c = static_cast<RecordingPage *>(m_window->pageHost().currentPage())->contexts.back();
    QCOMPARE(c.qualityError, error->message);
}

void TestMainWindow::pdfHookGetsTheWindowContext()
{
    openFixture();
    std::vector<DashboardContext> asked;
    QWidget *parentSeen = nullptr;
    m_window->setReportExporter([&](QWidget *parent, const DashboardContext &c) {
        parentSeen = parent;
        asked.push_back(c);
    });
    m_window->filterBar().setFilter(Dimension::Persona, QStringLiteral("CFO"));
    m_window->periodBar().stepBack();
    m_window->exportPdf();
    QCOMPARE(asked.size(), size_t(1));
    QCOMPARE(parentSeen, static_cast<QWidget *>(m_window.get()));
    QCOMPARE(asked[0].period.key(), QStringLiteral("2026-09"));
    QCOMPARE(asked[0].filters.persona, std::optional<QString>(QStringLiteral("CFO")));
    QCOMPARE(asked[0].engine, m_window->session().engine());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

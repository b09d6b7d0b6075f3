// The window on a team store (offscreen, real server): connect, the status
// bar's server and role, a viewer's disabled import, the connection dialog's
// test, and the offline copy when the server is gone.
#include "../teamtesthelpers.h"
#include "support/revalign.h"

#include "dialogs/connectteamdialog.h"
#include "kpi/snapshotcache.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pgstore/teamstore.h"
#include "services/importservice.h"
#include "services/storesession.h"
#include "services/uisettings.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

using namespace ra;
using namespace ra::testing;

namespace {

class BlankPage : public DashboardPage {
public:
    explicit BlankPage(QWidget *parent) : DashboardPage(parent) {}
    QString pageId() const override { return QStringLiteral("blank"); }
    QString title() const override { return QStringLiteral("Blank"); }
    void setContext(const DashboardContext &) override {}
    QAbstractItemModel *primaryTable() const override { return nullptr; }
};

std::vector<DashboardPage *> blankPages(QWidget *parent) { return {new BlankPage(parent)}; }

QAction *fileAction(MainWindow &w, const QString &prefix)
{
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text().remove(QLatin1Char('&')).startsWith(prefix))
                    return a;
    return nullptr;
}

} // namespace

class TestTeamWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstOpenShowsTheServerSnapshot();
    void adminSeesServerAndRole();
    void viewerHasImportOff();
    void dialogTestsTheConnection();
    void dialogShowsALongUriWhole();
    void importSaysWhatTheServerDoes();
    void unreachableServerOffersOfflineCopy();
    void cacheFollowsTheServer();

private:
    bool open(const QString &location);
    QString statusText() const;

    PgTestServer m_server;
    QTemporaryDir m_tmp;
    QString m_team;
    std::unique_ptr<UiSettings> m_ui;
    std::unique_ptr<MainWindow> m_window;
};

void TestTeamWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // offline copies go to a test location
    const Status s = m_server.start();
    QVERIFY2(s.ok(), qPrintable(s.message()));
    m_team = m_server.uri();
    QVERIFY(runRevalign({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/base"), QStringLiteral("--db"), m_team}).exitCode == 0);
    QVERIFY(m_server.psql(QStringLiteral("CREATE ROLE erin LOGIN; GRANT USAGE ON SCHEMA revalign TO erin; "
                                         "GRANT SELECT ON ALL TABLES IN SCHEMA revalign TO erin")).ok());
}

void TestTeamWindow::init()
{
    m_ui = std::make_unique<UiSettings>(m_tmp.filePath(QStringLiteral("ui.ini")));
    m_window = std::make_unique<MainWindow>(*m_ui, blankPages);
    m_window->setInteractive(false);
    m_window->show();
}

void TestTeamWindow::cleanup()
{
    m_window.reset();
    m_ui.reset();
}

// Opens and waits for the dashboard and, after a first open from the
// server's snapshot, for the offline copy made in the background.
bool TestTeamWindow::open(const QString &location)
{
    QSignalSpy loaded(m_window.get(), &MainWindow::storeLoaded);
    m_window->openStore(location);
    return loaded.wait(60000) && QTest::qWaitFor([this] { return !m_window->session().isMakingOfflineCopy(); }, 60000);
}

QString TestTeamWindow::statusText() const
{
    for (QLabel *l : m_window->statusBar()->findChildren<QLabel *>())
        if (l->text().contains(QLatin1String("data as of")))
            return l->text();
    return {};
}

void TestTeamWindow::firstOpenShowsTheServerSnapshot()
{
    // No offline copy yet: the dashboard comes from the snapshot the import
    // left on the server; the copy is made behind it, and the data-quality
    // checks, which read the copy, follow.
    const QString copy = offlineCopyPath(m_team);
    QVERIFY(!QFileInfo::exists(copy));
    QSignalSpy loaded(m_window.get(), &MainWindow::storeLoaded);
    QSignalSpy quality(&m_window->session(), &StoreSession::qualityChanged);
    m_window->openStore(m_team);
    QVERIFY(loaded.wait(60000));
    const SnapshotOrigin &origin = m_window->session().snapshotOrigin();
    QVERIFY2(origin.fromCache, qPrintable(origin.describe()));
    QVERIFY2(origin.cachePath.contains(QLatin1String("/revalign")), qPrintable(origin.cachePath));
    QVERIFY(m_window->session().engine() != nullptr);
    QVERIFY(quality.count() > 0 || quality.wait(60000));
    QVERIFY2(m_window->session().quality() != nullptr, qPrintable(m_window->session().qualityError().value_or(Error{}).message));
    QCOMPARE(m_window->session().dataPath(), copy);
    QVERIFY(QFileInfo::exists(copy));
    QVERIFY(!m_window->session().isMakingOfflineCopy());
}

void TestTeamWindow::adminSeesServerAndRole()
{
    QVERIFY(open(m_team));
    QVERIFY(m_window->session().isTeam());
    QVERIFY2(statusText().startsWith(QLatin1String("team store postgres@")) && statusText().contains(QStringLiteral("· admin ·")),
             qPrintable(statusText()));
    QVERIFY(fileAction(*m_window, QStringLiteral("Import bundle"))->isEnabled());
    QVERIFY(fileAction(*m_window, QStringLiteral("Connect to team store"))); // reachable from the File menu
    // Remembered among the recent stores (no password in this URI to strip).
    QVERIFY(m_ui->recentStores().contains(m_team));
}

void TestTeamWindow::viewerHasImportOff()
{
    QVERIFY(open(m_server.uri(QStringLiteral("revalign"), QStringLiteral("erin"))));
    QVERIFY2(statusText().contains(QLatin1String("viewer")), qPrintable(statusText()));
    QVERIFY(m_window->session().isReadOnly());
    QAction *import = fileAction(*m_window, QStringLiteral("Import bundle"));
    QVERIFY(!import->isEnabled());
    QVERIFY2(import->toolTip().contains(QLatin1String("admin role")), qPrintable(import->toolTip()));
}

void TestTeamWindow::dialogTestsTheConnection()
{
    ConnectTeamDialog dialog{QString()};
    auto *edit = dialog.findChild<QLineEdit *>();
    QPushButton *test = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Test connection"))
            test = b;
    QVERIFY(edit && test);
    edit->setText(QStringLiteral("not a server"));
    QVERIFY(!test->isEnabled());
    edit->setText(m_team);
    QVERIFY(test->isEnabled());
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
    bool connected = false;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        connected = connected || l->text().contains(QLatin1String("as admin"));
    QVERIFY(connected);
    QCOMPARE(dialog.location(), m_team);
}

void TestTeamWindow::dialogShowsALongUriWhole()
{
    const QString uri = QStringLiteral("postgresql://revalign_admin@db-primary.revenue.example-corp.internal:5432/"
                                       "revalign?sslmode=verify-full");
    ConnectTeamDialog dialog{uri};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>();
    QVERIFY(edit);
    const int needed = edit->fontMetrics().horizontalAdvance(uri);
    QVERIFY2(edit->width() >= needed, qPrintable(QStringLiteral("field %1 px, URI %2 px").arg(edit->width()).arg(needed)));
    if (qEnvironmentVariableIsSet("RA_GRAB"))
        dialog.grab().save(qEnvironmentVariable("RA_GRAB"));
}

void TestTeamWindow::importSaysWhatTheServerDoes()
{
    // The import dialog's status line names the team store's work after the
    // bundle is read, instead of standing at "Importing… 100%" for seconds.
    ImportService service;
    QStringList texts;
    connect(&service, &ImportService::progress, this, [&texts](int, const QString &text) { texts << text; });
    QSignalSpy finished(&service, &ImportService::finished);
    service.import(QStringLiteral(RA_TEST_DATA_DIR "/import/base"), m_team);
    QVERIFY(finished.wait(60000));
    // Progress signals may be merged on their way to the dialog; the order of
    // every step is checked in tst_teamimport. The last text is the server's.
    QVERIFY(!texts.isEmpty());
    QCOMPARE(texts.last(), QStringLiteral("Saving the team's numbers for first reads on other laptops…"));
}

void TestTeamWindow::unreachableServerOffersOfflineCopy()
{
    QVERIFY(open(m_team)); // keeps the offline copy up to date
    const QString copy = offlineCopyPath(m_team);
    QVERIFY(QFileInfo::exists(copy));
    QVERIFY(m_server.stop().ok());
    QSignalSpy fault(m_window.get(), &MainWindow::storeFault);
    m_window->openStore(m_team);
    QVERIFY(fault.wait(60000));
    const Status restarted = m_server.restart();
    QVERIFY2(restarted.ok(), qPrintable(restarted.message()));
    QCOMPARE(fault.first().at(0).value<ra::Error>().code, ErrorCode::Unreachable);
    // What the dialog's "Open the last offline copy" opens.
    QVERIFY(open(copy));
    QVERIFY2(statusText().contains(QStringLiteral("offline copy · as of last sync")), qPrintable(statusText()));
}

void TestTeamWindow::cacheFollowsTheServer()
{
    // The snapshot cache lives beside the offline copy, keyed by the copy's
    // data version: a sync that brings nothing keeps it, one that brings an
    // import makes the window read the rows again.
    const auto waitForCache = [this] {
        if (const auto write = m_window->session().snapshotOrigin().write)
            QVERIFY(write->wait().ok());
    };
    QVERIFY(open(m_team));
    waitForCache();
    const QString cache = SnapshotCache::pathFor(offlineCopyPath(m_team));
    QVERIFY2(QFileInfo::exists(cache), qPrintable(cache));
    QVERIFY(open(m_team));
    QVERIFY2(m_window->session().snapshotOrigin().fromCache, qPrintable(m_window->session().snapshotOrigin().describe()));
    QVERIFY(runRevalign({QStringLiteral("import"), QStringLiteral(RA_TEST_DATA_DIR "/import/rejections"), QStringLiteral("--db"), m_team}).exitCode
            <= 1);
    QVERIFY(open(m_team));
    QVERIFY(!m_window->session().snapshotOrigin().fromCache);
    waitForCache();
    QVERIFY(open(m_team));
    QVERIFY(m_window->session().snapshotOrigin().fromCache);
    // Import exports is a laptop-store feature: off, and it says why.
    QAction *exports = fileAction(*m_window, QStringLiteral("Import exports"));
    QVERIFY(!exports->isEnabled());
    QVERIFY2(exports->toolTip().contains(QLatin1String("bundle")), qPrintable(exports->toolTip()));
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"

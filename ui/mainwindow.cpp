#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/exportimportwizard.h"
#include "dialogs/connectteamdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/storefaultdialog.h"
#include "kpi/kpiengine.h"
#include "pages/dashboardpage.h"
#include "services/demostore.h"
#include "services/storesession.h"
#include "services/tableexport.h"
#include "services/uisettings.h"
#include "storestatus.h"
#include "pgstore/teamstore.h"
#include "store/store.h"
#include "widgets/filterbar.h"
#include "widgets/icons.h"
#include "widgets/pagehost.h"
#include "widgets/periodbar.h"
#include "widgets/theme.h"
#include "widgets/welcomescreen.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QTimeZone>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace ra {

namespace {

boost::gregorian::date dayOf(qint64 epochSeconds)
{
    const QDate d = QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).date();
    return boost::gregorian::date(d.year(), d.month(), d.day());
}

QString storeFilter()
{
    return MainWindow::tr("RevAlign stores (*.db *.sqlite *.revalign);;All files (*)");
}

} // namespace

MainWindow::MainWindow(UiSettings &uiSettings, const PageFactory &pages, QWidget *parent)
    : QMainWindow(parent), m_uiSettings(uiSettings), m_pageFactory(pages)
{
    setWindowTitle(tr("RevAlign"));
    setWindowIcon(applicationIcon());
    m_session = new StoreSession(this);
    m_demo = new DemoStoreService(this);

    buildCentral();
    buildMenus();
    buildStatusBar();

    connect(m_session, &StoreSession::loadStarted, this, &MainWindow::loadStarted);
    connect(m_session, &StoreSession::loadProgress, this, &MainWindow::loadProgress);
    connect(m_session, &StoreSession::engineChanged, this, &MainWindow::engineChanged);
    connect(m_session, &StoreSession::failed, this, &MainWindow::loadFailed);
    connect(m_session, &StoreSession::qualityChanged, this, &MainWindow::pushContext);
    connect(m_demo, &DemoStoreService::progress, this, [this](int percent) { m_welcome->setProgress(percent); });
    connect(m_demo, &DemoStoreService::ready, this, [this](const QString &path) {
        m_welcome->setBusy(false);
        openStore(path);
    });
    connect(m_demo, &DemoStoreService::failed, this, [this](const Error &error, const QString &path) {
        m_welcome->setBusy(false, error.message);
        showFault(error, path);
    });

    if (!m_uiSettings.geometry().isEmpty())
        restoreGeometry(m_uiSettings.geometry());
    else
        resize(1440, 900);
    if (!m_uiSettings.lastPage().isEmpty())
        m_pages->selectPage(m_uiSettings.lastPage());
    showWelcome();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(actionIcon(QStringLiteral("new-store")), tr("&New store…"), QKeySequence::New, this, &MainWindow::newStore);
    file->addAction(actionIcon(QStringLiteral("open-store")), tr("&Open store…"), QKeySequence::Open, this,
                    &MainWindow::openStoreDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(tr("&Connect to team store…"), this, &MainWindow::connectTeamStoreDialog);
    file->addSeparator();
    m_importAction = file->addAction(actionIcon(QStringLiteral("import")), tr("&Import bundle…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importBundle);
    m_importExportsAction = file->addAction(actionIcon(QStringLiteral("import")), tr("Import e&xports…"), QKeySequence(tr("Ctrl+Shift+I")), this,
                                            &MainWindow::importExports);
    m_needsEngine << file->addAction(actionIcon(QStringLiteral("export-csv")), tr("&Export table as CSV…"), QKeySequence(tr("Ctrl+E")), this,
                                     [this] { exportTableCsv(); });
    m_pdfAction = file->addAction(actionIcon(QStringLiteral("export-pdf")), tr("Export &PDF report…"), QKeySequence::Print, this, &MainWindow::exportPdf);
    file->addSeparator();
    m_settingsAction = file->addAction(actionIcon(QStringLiteral("settings")), tr("&Settings…"), QKeySequence(tr("Ctrl+,")), this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(actionIcon(QStringLiteral("quit")), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_needsEngine << view->addAction(actionIcon(QStringLiteral("previous")), tr("&Previous period"), QKeySequence(Qt::ALT | Qt::Key_Left), m_periodBar,
                                     &PeriodBar::stepBack);
    m_needsEngine << view->addAction(actionIcon(QStringLiteral("next")), tr("&Next period"), QKeySequence(Qt::ALT | Qt::Key_Right), m_periodBar,
                                     &PeriodBar::stepForward);
    m_needsEngine << view->addAction(actionIcon(QStringLiteral("current")), tr("&Current period"), QKeySequence(Qt::ALT | Qt::Key_Home), m_periodBar,
                                     &PeriodBar::goToCurrent);
    m_needsEngine << view->addAction(actionIcon(QStringLiteral("clear-filters")), tr("C&lear filters"), QKeySequence(Qt::Key_Escape), m_filterBar, &FilterBar::clear);
    view->addSeparator();
    const auto &pages = m_pages->pages();
    for (int i = 0; i < int(pages.size()); ++i) {
        QAction *go = view->addAction(pageIcon(pages[i]->pageId()), pages[i]->title(), this, [this, i] { m_pages->selectIndex(i); });
        if (i < 10) // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
        m_needsEngine << go;
    }
    view->addSeparator();
    QAction *dark = view->addAction(tr("&Dark mode"));
    dark->setCheckable(true);
    dark->setChecked(isDarkTheme());
    connect(dark, &QAction::toggled, this, [this](bool on) {
        applyTheme(on);
        m_uiSettings.setDarkMode(on);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(actionIcon(QStringLiteral("keyboard")), tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this,
                    &MainWindow::showShortcuts);
    help->addAction(actionIcon(QStringLiteral("about")), tr("&About RevAlign"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setVisible(false);
    connect(m_cancelLoad, &QToolButton::clicked, m_session, &StoreSession::cancelLoad);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
}

void MainWindow::openStore(const QString &path)
{
    m_session->open(path);
}

void MainWindow::setReportExporter(ReportExportHook hook)
{
    m_reportExporter = std::move(hook);
    updateActions();
}

void MainWindow::showWelcome()
{
    m_central->setCurrentWidget(m_session->engine() ? m_dashboard : static_cast<QWidget *>(m_welcome));
}

bool MainWindow::isShowingWelcome() const { return m_central->currentWidget() == m_welcome; }

DashboardContext MainWindow::context() const
{
    DashboardContext c;
    c.engine = m_session->engine();
    c.period = m_periodBar->period();
    c.filters = m_filterBar->filters();
    c.currency = m_session->settings().currency;
    c.quality = m_session->quality();
    if (const std::optional<Error> e = m_session->qualityError())
        c.qualityError = e->message;
    return c;
}

void MainWindow::loadStarted(const QString &path)
{
    m_statusLabel->setText(tr("Loading %1…").arg(isTeamStoreLocation(path) ? withoutPassword(path) : QFileInfo(path).fileName()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelLoad->setVisible(true);
    updateActions();
}

void MainWindow::loadProgress(int percent, const QString &stage)
{
    m_progress->setValue(percent);
    if (!stage.isEmpty())
        m_progress->setToolTip(stage);
}

void MainWindow::loadFailed(const Error &error, const QString &path)
{
    m_progress->setVisible(false);
    m_cancelLoad->setVisible(false);
    m_statusLabel->setText(storeFaultSummary(error));
    if (error.code == ErrorCode::NotFound)
        m_uiSettings.removeRecentStore(path);
    showFault(error, path);
    showWelcome();
    updateActions();
}

void MainWindow::engineChanged()
{
    m_progress->setVisible(false);
    m_cancelLoad->setVisible(false);
    const auto engine = m_session->engine();
    if (!engine) {
        m_loadedPath.clear();
        m_statusLabel->clear();
        showWelcome();
        updateActions();
        return;
    }
    m_uiSettings.addRecentStore(storeRecentEntry(*m_session));
    showStoreStatus();

    // Block the bars' signals while they are set up, so the pages get one context, not four.
    const bool newStore = m_loadedPath != m_session->path();
    {
        const QSignalBlocker blockFilters(m_filterBar);
        const QSignalBlocker blockPeriod(m_periodBar);
        if (newStore)
            m_filterBar->clear();
        offerStoreValues();
        if (newStore || !m_periodBar->period().isValid())
            m_periodBar->setPeriod(m_periodBar->defaultPeriod(grainFromName(m_uiSettings.lastGrain())));
    }
    m_loadedPath = m_session->path();
    showWelcome();
    updateActions();
    pushContext();
    Q_EMIT storeLoaded();
}

void MainWindow::offerStoreValues()
{
    const auto engine = m_session->engine();
    if (const qint64 asOf = engine->defaultAsOf(); asOf > 0)
        m_periodBar->setAnchorDay(dayOf(asOf));
    for (const Dimension d : {Dimension::Persona, Dimension::Segment, Dimension::Channel})
        m_filterBar->setValues(d, engine->values(d));
}

void MainWindow::showStoreStatus()
{
    const auto engine = m_session->engine();
    if (!engine)
        return;
    setWindowTitle(tr("%1 — RevAlign").arg(storeTitle(*m_session)));
    m_statusLabel->setText(storeStatusText(*m_session, engine->defaultAsOf()));
}

void MainWindow::pushContext()
{
    if (!m_session->engine())
        return;
    const DashboardContext c = context();
    m_pages->setContext(c);
    Q_EMIT contextChanged(c);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_uiSettings.recentStores();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
                                [this, path] { openStore(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent stores"))->setEnabled(false);
}

void MainWindow::updateActions()
{
    const bool ready = m_session->engine() != nullptr;
    for (QAction *a : std::as_const(m_needsEngine))
        a->setEnabled(ready);
    const bool writable = m_session->isOpen() && !m_session->isReadOnly() && !m_session->isLoading();
    m_settingsAction->setEnabled(ready);
    m_importAction->setEnabled(!m_session->isLoading() && (!m_session->isOpen() || writable));
    // A viewer sees why import is off and settings are read only.
    const QString viewer = m_session->isTeam() && m_session->isTeamViewer()
        ? tr("Connected as a viewer: importing and changing settings need the admin role.")
        : QString();
    m_importAction->setToolTip(viewer);
    m_settingsAction->setToolTip(viewer);
    // Exports reach a team store as a bundle (docs/team-store.md).
    m_importExportsAction->setEnabled(m_importAction->isEnabled() && !m_session->isTeam());
    m_importExportsAction->setToolTip(m_session->isTeam() ? tr("A team store takes bundles: import the exports into a laptop store, "
                                                               "export it as a bundle and import that here.")
                                                          : QString());
    if (!viewer.isEmpty() && ready)
        statusBar()->showMessage(viewer, 8000);
    m_pdfAction->setEnabled(ready && bool(m_reportExporter));
}

void MainWindow::showFault(const Error &error, const QString &path)
{
    Q_EMIT storeFault(error, path);
    if (!m_interactive)
        return;
    auto *dialog = new StoreFaultDialog(error, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An unreachable team store: offer the copy of its last sync.
    const QString offline = isTeamStoreLocation(path) ? offlineCopyPath(path) : QString();
    if (error.code == ErrorCode::Unreachable && !offline.isEmpty() && QFileInfo::exists(offline)) {
        QPushButton *useCopy = dialog->addButton(tr("Open the last offline copy"), QMessageBox::AcceptRole);
        connect(useCopy, &QPushButton::clicked, this, [this, offline] { openStore(offline); });
    }
    dialog->open(); // window-modal without a nested event loop
}

void MainWindow::info(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::newStore()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New store"), QString(), storeFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // The save dialog already confirmed replacing; an old store is kept unless removable.
        if (!QFile::remove(path)) {
            showFault(makeError(ErrorCode::ReadOnly, tr("cannot replace %1").arg(path)), path);
            return;
        }
    }
    m_session->open(path, true);
}

void MainWindow::connectTeamStoreDialog()
{
    QString recent;
    for (const QString &r : m_uiSettings.recentStores())
        if (recent.isEmpty() && isTeamStoreLocation(r))
            recent = r;
    auto *dialog = new ConnectTeamDialog(recent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openStore(dialog->location()); });
    dialog->open();
}

void MainWindow::openStoreDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QString(), storeFilter());
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::openDemoStore()
{
    m_welcome->setBusy(true, tr("Preparing the demo store… (the first time takes a few seconds)"));
    m_demo->ensureDemoStore(Store::defaultPath());
}

void MainWindow::importBundle()
{
    // Without an open store the bundle goes into the default store.
    const QString target = m_session->isOpen() ? m_session->path() : Store::defaultPath();
    auto *dialog = new ImportDialog(target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this, target] {
        if (m_session->isOpen() && m_session->path() == target)
            m_session->reload();
        else
            openStore(target);
    });
    dialog->open();
}

void MainWindow::importExports()
{
    const QString target = m_session->isOpen() ? m_session->path() : Store::defaultPath();
    auto *wizard = new ExportImportWizard(target, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ExportImportWizard::imported, this, [this, target] {
        if (m_session->isOpen() && m_session->path() == target)
            m_session->reload();
        else
            openStore(target);
    });
    wizard->open();
}

void MainWindow::exportTableCsv(const QString &chosenPath)
{
    DashboardPage *page = m_pages->currentPage();
    if (!page)
        return;
    // The table the user is in wins over the page's primary table.
    QAbstractItemModel *model = nullptr;
    if (auto *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget()); view && page->isAncestorOf(view))
        model = view->model();
    if (!model)
        model = page->primaryTable();
    if (!model) {
        info(tr("The %1 page has no table to export.").arg(page->title()));
        return;
    }
    const QString suggested = QStringLiteral("%1-%2.csv").arg(page->pageId(), m_periodBar->period().key());
    const QString path = !chosenPath.isEmpty() ? chosenPath
                                               : QFileDialog::getSaveFileName(this, tr("Export table as CSV"), suggested,
                                                                              tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = ra::exportTableCsv(*model, path);
    if (!s) {
        if (m_interactive)
            QMessageBox::warning(this, tr("Export table"), s.message());
        info(s.message());
    } else
        info(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showSettings()
{
    if (!m_session->engine())
        return;
    auto *dialog = new SettingsDialog(m_session->settings(), m_session->isReadOnly(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLanguage(m_uiSettings.language());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->language() != m_uiSettings.language())
            setLanguage(dialog->language());
        const Status s = m_session->applySettings(dialog->settings());
        if (!s && m_interactive)
            QMessageBox::warning(this, tr("Settings"), s.message());
        else if (!s)
            info(s.message());
        else
            info(tr("Settings saved; KPIs recomputed."));
    });
    dialog->open();
}

void MainWindow::exportPdf()
{
    if (m_reportExporter && m_session->engine())
        m_reportExporter(this, context());
}

void MainWindow::showAbout()
{
    std::optional<qint64> asOf;
    if (const auto engine = m_session->engine())
        asOf = engine->defaultAsOf();
    const QString source = m_session->engine() ? m_session->snapshotOrigin().describe() : QString();
    auto *dialog = new AboutDialog(m_session->path(), asOf, source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_uiSettings.setGeometry(saveGeometry());
    if (DashboardPage *page = m_pages->currentPage())
        m_uiSettings.setLastPage(page->pageId());
    m_uiSettings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace ra

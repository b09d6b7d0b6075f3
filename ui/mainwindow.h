#pragma once
// The dashboard window: period and filter bars above the navigation and the
// pages, the welcome screen when no store is open, menus and status bar.
// The work lives in the pieces it holds: StoreSession (store, snapshot,
// engine), PageHost (pages), PeriodBar, FilterBar and the dialogs.
#include "core/result.h"
#include "domain/language.h"
#include "pages/dashboardcontext.h"

#include <QMainWindow>
#include <functional>
#include <vector>

class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace ra {

class DashboardPage;
class DemoStoreService;
class FilterBar;
class PageHost;
class PeriodBar;
class StoreSession;
class UiSettings;
class WelcomeScreen;

using PageFactory = std::function<std::vector<DashboardPage *>(QWidget *parent)>;
using ReportExportHook = std::function<void(QWidget *window, const DashboardContext &context)>;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // uiSettings must outlive the window.
    MainWindow(UiSettings &uiSettings, const PageFactory &pages, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openStore(const QString &path);
    // Dialogs shown for faults and results; off in tests and for screenshots.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // File → Export PDF report… calls this; the action is off until set.
    void setReportExporter(ReportExportHook hook);
    void showWelcome();

    DashboardContext context() const;
    StoreSession &session() const { return *m_session; }
    PageHost &pageHost() const { return *m_pages; }
    PeriodBar &periodBar() const { return *m_periodBar; }
    FilterBar &filterBar() const { return *m_filterBar; }
    bool isShowingWelcome() const;

    // Menu commands (public so tests and scripts drive the same code paths).
    void newStore();
    void openStoreDialog();
    void connectTeamStoreDialog(); // File → Connect to team store…
    void importBundle();
    void importExports(); // File → Import exports…
    void exportTableCsv(const QString &path = {}); // asks for the file when path is empty
    void showSettings();
    void exportPdf();
    void showAbout();
    void showShortcuts(); // Help → Keyboard shortcuts (F1)
    void openDemoStore();
    // Saves the language choice and speaks it at once: every text of the
    // window is rebuilt in it, keeping the page, period and drill-down.
    void setLanguage(Language language);

Q_SIGNALS:
    void storeLoaded();                     // an engine is ready and the pages have the context
    void storeFault(const ra::Error &error, const QString &path);
    void contextChanged(const ra::DashboardContext &context);
    void languageApplied(); // the window was rebuilt in the language now installed

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildCentral();
    void connectCentral();
    void retranslate();
    void restoreDashboard(const DashboardContext &context, const QString &pageId);
    void showStoreStatus();
    void offerStoreValues(); // the engine's as_of and persona/segment/channel values to the bars
    void buildMenus();
    void buildStatusBar();
    void engineChanged();
    void loadStarted(const QString &path);
    void loadProgress(int percent, const QString &stage);
    void loadFailed(const Error &error, const QString &path);
    void pushContext();
    void rebuildRecentMenu();
    void updateActions();
    void showFault(const Error &error, const QString &path);
    void info(const QString &message);

    UiSettings &m_uiSettings;
    PageFactory m_pageFactory;
    StoreSession *m_session = nullptr;
    DemoStoreService *m_demo = nullptr;
    QStackedWidget *m_central = nullptr;
    WelcomeScreen *m_welcome = nullptr;
    QWidget *m_dashboard = nullptr;
    PeriodBar *m_periodBar = nullptr;
    FilterBar *m_filterBar = nullptr;
    PageHost *m_pages = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelLoad = nullptr;
    QList<QAction *> m_needsEngine;
    QAction *m_importAction = nullptr;
    QAction *m_importExportsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_pdfAction = nullptr;
    ReportExportHook m_reportExporter;
    QString m_loadedPath; // the store whose period was set up (a reload keeps the period)
    bool m_interactive = true;
    bool m_retranslatePending = false;
};

} // namespace ra

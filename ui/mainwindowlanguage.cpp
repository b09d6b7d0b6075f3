// The window's central widgets, and how it changes language while running:
// the bars, the pages and the menus are built again in the new language and
// given back the user's page, period and drill-down (docs/decisions/languages.md).
#include "mainwindow.h"

#include "kpi/kpiengine.h"
#include "pages/dashboardpage.h"
#include "services/storesession.h"
#include "services/uisettings.h"
#include "widgets/filterbar.h"
#include "widgets/pagehost.h"
#include "widgets/periodbar.h"
#include "widgets/theme.h"
#include "widgets/welcomescreen.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ra {

void MainWindow::buildCentral()
{
    auto *central = new QStackedWidget;
    m_dashboard = new QWidget(central);
    m_periodBar = new PeriodBar(m_dashboard);
    m_filterBar = new FilterBar(m_dashboard);
    m_pages = new PageHost(m_dashboard);
    m_pages->setPages(m_pageFactory(m_pages));

    auto *bars = new QVBoxLayout;
    bars->setContentsMargins(10, 8, 10, 6);
    bars->setSpacing(6);
    bars->addWidget(m_periodBar);
    bars->addWidget(m_filterBar);
    auto *line = new QFrame(m_dashboard);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(m_dashboard);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bars);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);

    m_welcome = new WelcomeScreen(central);
    central->addWidget(m_welcome);
    central->addWidget(m_dashboard);
    // The old widgets may be inside the event that got us here: delete them later.
    if (QWidget *old = takeCentralWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_central = central;
    setCentralWidget(central);
    connectCentral();
}

void MainWindow::connectCentral()
{
    connect(m_periodBar, &PeriodBar::periodChanged, this, [this](const Period &p) {
        m_uiSettings.setLastGrain(kindName(p.kind()));
        pushContext();
    });
    connect(m_filterBar, &FilterBar::filtersChanged, this, &MainWindow::pushContext);
    connect(m_pages, &PageHost::drillDown, m_filterBar, &FilterBar::setFilter);
    connect(m_pages, &PageHost::currentPageChanged, this,
            [this](DashboardPage *page) { m_uiSettings.setLastPage(page->pageId()); });
    connect(m_welcome, &WelcomeScreen::importRequested, this, &MainWindow::importBundle);
    connect(m_welcome, &WelcomeScreen::openRequested, this, &MainWindow::openStoreDialog);
    connect(m_welcome, &WelcomeScreen::demoRequested, this, &MainWindow::openDemoStore);
}

void MainWindow::setLanguage(Language language)
{
    m_uiSettings.setLanguage(language);
    applyLocale(localeFor(language), *QCoreApplication::instance());
    applyLocaleFonts(QLocale());
    // Installing a translation sends LanguageChange; English to English
    // (another variant's formats) sends none, so ask for the rebuild here too.
    QEvent event(QEvent::LanguageChange);
    changeEvent(&event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // One rebuild for the several events one language change sends (one per
    // translator removed and installed, one per top-level widget).
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    const DashboardContext kept = context();
    const DashboardPage *page = m_pages->currentPage();
    const QString pageId = page ? page->pageId() : QString();

    buildCentral();
    setMenuBar(new QMenuBar(this)); // the old bar and its menus and actions are deleted with it
    m_needsEngine.clear();
    buildMenus();
    setWindowTitle(tr("RevAlign"));
    m_cancelLoad->setText(tr("Cancel"));
    restoreDashboard(kept, pageId);
    // The widget that had the keyboard focus is gone: the page list takes it,
    // so a keyboard user goes on from a known place.
    if (!isShowingWelcome())
        m_pages->navigation()->setFocus();
    Q_EMIT languageApplied();
}

void MainWindow::restoreDashboard(const DashboardContext &context, const QString &pageId)
{
    if (m_session->engine()) {
        const QSignalBlocker blockFilters(m_filterBar);
        const QSignalBlocker blockPeriod(m_periodBar);
        offerStoreValues();
        m_filterBar->setFilters(context.filters);
        m_periodBar->setPeriod(context.period);
    }
    if (!pageId.isEmpty())
        m_pages->selectPage(pageId);
    showWelcome();
    updateActions();
    showStoreStatus();
    pushContext();
}

} // namespace ra

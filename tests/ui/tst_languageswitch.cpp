// Changing the language in a running window, offscreen on a small demo store:
// English → Swedish → Chinese → English. Each switch rebuilds the menus, the
// bars and every page in the new language, and keeps the page, the period and
// the drill-down; back in English every page shows exactly the texts it
// showed before. The same through File → Settings…, with Help → About's
// snapshot origin in the new language. Set RA_LANGUAGE_SHOTS to a folder to
// keep a screenshot of the window per language.
#include "dialogs/aboutdialog.h"
#include "dialogs/settingsdialog.h"
#include "kpi/kpiengine.h"
#include "mainwindow.h"
#include "services/storesession.h"
#include "pages/dashboardpage.h"
#include "pages/pagefactory.h"
#include "services/uisettings.h"
#include "widgets/filterbar.h"
#include "widgets/pagehost.h"
#include "widgets/periodbar.h"
#include "support/demofixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {

struct Expected {
    Language language;
    QString file, overview, revenue, quality, period; // the File menu, three page titles, the quarter's label
    QString value, behind; // the Overview table's "Value" heading and a missed target's status
};

// The texts a page shows: labels, buttons, table headings, and the
// accessible names of its tiles and charts, which carry their titles and values.
QStringList textsOf(QWidget *page)
{
    QStringList out;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(w))
            out << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            out << button->text();
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                out << view->model()->headerData(c, Qt::Horizontal).toString();
        out << w->accessibleName() << w->accessibleDescription();
    }
    out.removeAll(QString());
    out.sort();
    return out;
}

} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    // Every page, shown, is rebuilt in the language: in English exactly as
    // `english` recorded it, in the others with most of its words changed.
    void pagesSpeak(MainWindow &window, Language language, const QHash<QString, QStringList> &english)
    {
        for (DashboardPage *page : window.pageHost().pages()) {
            window.pageHost().selectPage(page->pageId());
            const QStringList texts = textsOf(page);
            const QStringList &before = english.value(page->pageId());
            QVERIFY2(!texts.isEmpty(), qPrintable(page->pageId()));
            if (language == Language::English) {
                QCOMPARE(texts, before);
                continue;
            }
            int same = 0;
            for (const QString &t : texts)
                same += before.contains(t);
            // What stays: persona names, "—", numbers without a unit.
            QVERIFY2(same * 2 < texts.size(),
                     qPrintable(QStringLiteral("%1: %2 of %3 texts still English")
                                    .arg(page->pageId())
                                    .arg(same)
                                    .arg(texts.size())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("demo.db"));
        const auto demo = testsupport::makeDemoStore(m_store);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        applyLocale(localeFor(Language::English), *QCoreApplication::instance());
    }

    void switchesLiveAndKeepsTheState()
    {
        UiSettings settings(m_dir.filePath(QStringLiteral("ui.ini")));
        MainWindow window(settings, createDashboardPages);
        window.setInteractive(false);
        window.resize(1600, 1000);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.openStore(m_store);
        QVERIFY(loaded.wait(60000));
        window.show();
        // The data-quality checks run after the load; their page must be complete before it is the reference.
        QTRY_VERIFY_WITH_TIMEOUT(window.session().quality() || window.session().qualityError(), 60000);

        const Period quarter = *Period::parse(QStringLiteral("2026-Q3"));
        window.periodBar().setPeriod(quarter);
        window.filterBar().setFilter(Dimension::Persona, QStringLiteral("CFO"));
        QVERIFY(window.pageHost().selectPage(QStringLiteral("revenue")));

        // Every page once in English, as the reference for the way back.
        QHash<QString, QStringList> english;
        for (DashboardPage *page : window.pageHost().pages()) {
            window.pageHost().selectPage(page->pageId());
            english.insert(page->pageId(), textsOf(page));
        }
        window.pageHost().selectPage(QStringLiteral("revenue"));

        const QList<Expected> steps = {
            {Language::Swedish, QStringLiteral("&Arkiv"), QStringLiteral("Översikt"), QStringLiteral("Intäkter"),
             QStringLiteral("Datakvalitet"), QStringLiteral("K3 2026"), QStringLiteral("Värde"),
             QStringLiteral("Efter")},
            {Language::Chinese, QStringLiteral("文件(&F)"), QStringLiteral("概览"), QStringLiteral("营收"),
             QStringLiteral("数据质量"), QStringLiteral("2026年第3季度"), QStringLiteral("值"), QStringLiteral("落后")},
            {Language::English, QStringLiteral("&File"), QStringLiteral("Overview"), QStringLiteral("Revenue"),
             QStringLiteral("Data quality"), QStringLiteral("Q3 2026"), QStringLiteral("Value"),
             QStringLiteral("Behind")},
        };
        for (const Expected &step : steps) {
            QSignalSpy applied(&window, &MainWindow::languageApplied);
            window.setLanguage(step.language);
            QVERIFY(applied.wait(10000));
            QTest::qWait(50); // any further LanguageChange would rebuild again: there must be none
            QCOMPARE(applied.count(), 1);
            QCOMPARE(settings.language(), step.language);

            // The state survived the rebuild.
            QCOMPARE(window.periodBar().period(), quarter);
            QCOMPARE(window.filterBar().filters().persona, std::optional<QString>(QStringLiteral("CFO")));
            QCOMPARE(window.pageHost().currentPage()->pageId(), QStringLiteral("revenue"));
            QCOMPARE(window.context().period, quarter);
            QCOMPARE(window.focusWidget(), window.pageHost().navigation()); // the keyboard goes on from the page list

            // The menus, the navigation, the bars and the pages speak the language.
            QCOMPARE(window.menuBar()->actions().first()->text(), step.file);
            QListWidget *nav = window.pageHost().navigation();
            QCOMPARE(nav->item(0)->text(), step.overview);
            QCOMPARE(window.pageHost().page(QStringLiteral("revenue"))->title(), step.revenue);
            QCOMPARE(window.pageHost().page(QStringLiteral("quality"))->title(), step.quality);
            QCOMPARE(quarter.label(), step.period);
            bool periodShown = false;
            for (QLabel *label : window.periodBar().findChildren<QLabel *>())
                periodShown = periodShown || label->text() == step.period;
            QVERIFY2(periodShown, qPrintable(step.period));

            pagesSpeak(window, step.language, english);
            if (QTest::currentTestFailed())
                return;
            // The Overview's table, headings and cells (shown by pagesSpeak, so computed).
            const QAbstractItemView *table
                = window.pageHost().page(QStringLiteral("overview"))->findChild<QTableView *>();
            QVERIFY(table && table->model());
            QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), step.value);
            QVERIFY2(!table->model()
                          ->match(table->model()->index(0, 5), Qt::DisplayRole, step.behind, 1, Qt::MatchExactly)
                          .isEmpty(),
                     qPrintable(step.behind));
            window.pageHost().selectPage(QStringLiteral("revenue"));
            if (const QString shots = qEnvironmentVariable("RA_LANGUAGE_SHOTS"); !shots.isEmpty())
                window.grab().save(QStringLiteral("%1/window-%2.png").arg(shots, languageCode(step.language)));
        }
    }

    void settingsDialogSwitchesAndAboutSpeaksIt()
    {
        UiSettings settings(m_dir.filePath(QStringLiteral("ui2.ini")));
        MainWindow window(settings, createDashboardPages);
        window.setInteractive(false);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.openStore(m_store);
        QVERIFY(loaded.wait(60000));

        // File → Settings…, Svenska, OK: the window speaks Swedish without a restart.
        window.showSettings();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        dialog->setLanguage(Language::Swedish);
        QSignalSpy applied(&window, &MainWindow::languageApplied);
        dialog->accept();
        QVERIFY(applied.wait(10000));
        QCOMPARE(settings.language(), Language::Swedish);
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Arkiv"));

        // Help → About names where the snapshot came from, in Swedish too.
        window.showAbout();
        auto *about = window.findChild<AboutDialog *>();
        QVERIFY(about);
        QVERIFY2(about->text().contains(QStringLiteral("läst från ")), qPrintable(about->text()));
        QVERIFY2(about->text().contains(QStringLiteral(" ms")), qPrintable(about->text()));
        about->close();
        applyLocale(localeFor(Language::English), *QCoreApplication::instance());
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"

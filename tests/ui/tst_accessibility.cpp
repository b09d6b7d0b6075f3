// Accessibility and keyboard use, offscreen on a small demo store: every KPI
// tile and chart has an accessible name and a description with its value,
// change and target status; every chart opens its data as a table ("Show
// data", also its keyboard shortcut); tiles and charts take keyboard focus;
// Help → Keyboard shortcuts lists the menus' shortcuts.
#include "charts/chartview.h"
#include "charts/paintedchartview.h"
#include "dialogs/shortcutsdialog.h"
#include "mainwindow.h"
#include "pages/kpipage.h"
#include "pages/kpitile.h"
#include "pages/pagefactory.h"
#include "report/kpiformat.h"
#include "services/engineloader.h"
#include "services/uisettings.h"
#include "store/store.h"
#include "support/demofixture.h"

#include <QAction>
#include <QDialog>
#include <QMenuBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TestAccessibility : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DashboardContext m_context;

    // Every chart widget of every page, after the pages got the context.
    QList<QWidget *> charts(QWidget &host, std::vector<DashboardPage *> &pages)
    {
        pages = createDashboardPages(&host);
        QList<QWidget *> out;
        for (DashboardPage *p : pages) {
            p->setContext(m_context);
            for (ChartView *c : p->findChildren<ChartView *>())
                out << c;
            for (PaintedChartView *c : p->findChildren<PaintedChartView *>())
                out << c;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        const auto demo = testsupport::makeDemoStore(path);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        auto engine = loadEngine(**store);
        QVERIFY2(engine.ok(), qPrintable(engine.message()));
        m_context.engine = *engine;
        m_context.period = *Period::parse(QStringLiteral("2026-10"));
    }

    void tilesHaveNameAndDescription()
    {
        QWidget host;
        const auto pages = createDashboardPages(&host);
        int tiles = 0;
        for (DashboardPage *p : pages) {
            p->setContext(m_context);
            for (KpiTile *tile : p->findChildren<KpiTile *>()) {
                ++tiles;
                QVERIFY2(!tile->accessibleName().isEmpty(), qPrintable(tile->objectName()));
                const QString d = tile->accessibleDescription();
                QVERIFY2(d.startsWith(tile->valueText()), qPrintable(tile->objectName() + QStringLiteral(": ") + d));
                QVERIFY2(d.contains(QStringLiteral("previous period")), qPrintable(d));
                QVERIFY2(d.contains(QStringLiteral("arget")), qPrintable(d)); // "Target … · on track" or "No target"
                QVERIFY(tile->focusPolicy() & Qt::TabFocus);
            }
        }
        QVERIFY(tiles >= 30);
        // The NRR tile of the overview, read out: value, change, previous, target.
        auto *overview = dynamic_cast<KpiPage *>(pages.front());
        const KpiReport r = m_context.engine->compute(m_context.period, {});
        const QString d = overview->tile(KpiId::Nrr)->accessibleDescription();
        QVERIFY2(d.contains(formatKpiChange(KpiId::Nrr, r.current.value(KpiId::Nrr), r.previous.value(KpiId::Nrr))),
                 qPrintable(d));
        QVERIFY2(d.contains(formatKpiValue(KpiId::Nrr, r.previous.value(KpiId::Nrr), m_context.currency)), qPrintable(d));
    }

    void everyChartShowsItsData()
    {
        QWidget host;
        std::vector<DashboardPage *> pages;
        const QList<QWidget *> all = charts(host, pages);
        QVERIFY(all.size() >= 15);
        for (QWidget *chart : all) {
            QVERIFY2(!chart->accessibleName().isEmpty(), qPrintable(chart->objectName()));
            QVERIFY2(!chart->accessibleDescription().isEmpty(), qPrintable(chart->objectName()));
            QVERIFY(chart->focusPolicy() & Qt::TabFocus);
            QCOMPARE(chart->contextMenuPolicy(), Qt::ActionsContextMenu);
            auto *show = chart->findChild<QAction *>(QStringLiteral("showData"));
            QVERIFY2(show && chart->actions().contains(show), qPrintable(chart->objectName()));
            show->trigger();
            auto *dialog = chart->findChild<QDialog *>(QStringLiteral("chartData"));
            QVERIFY2(dialog, qPrintable(chart->objectName()));
            QCOMPARE(dialog->windowTitle(), chart->accessibleName());
            auto *table = dialog->findChild<QTableWidget *>();
            QVERIFY(table);
            if (auto *view = qobject_cast<ChartView *>(chart)) {
                QCOMPARE(table->rowCount(), int(view->spec().categories.size()));
                QCOMPARE(table->columnCount(), int(view->spec().series.size()) + 1);
            } else {
                QVERIFY(table->columnCount() >= 2);
            }
            dialog->close();
            QTRY_VERIFY(!chart->findChild<QDialog *>(QStringLiteral("chartData")));
        }
    }

    void showDataByKeyboard()
    {
        QWidget host;
        std::vector<DashboardPage *> pages;
        const QList<QWidget *> all = charts(host, pages);
        host.resize(1200, 900);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QWidget *chart = all.front();
        pages.front()->show();
        chart->setFocus();
        QTRY_VERIFY(chart->hasFocus());
        QTest::keyClick(chart, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(chart->findChild<QDialog *>(QStringLiteral("chartData")));
    }

    void shortcutsListTheMenus()
    {
        UiSettings settings(m_dir.filePath(QStringLiteral("ui.ini")));
        MainWindow window(settings, createDashboardPages);
        window.setInteractive(false);
        ShortcutsDialog dialog(window.menuBar());
        const auto rows = dialog.rows();
        auto has = [&rows](const QKeySequence &keys, const QString &command) {
            for (const auto &[k, c] : rows)
                if (k == keys.toString(QKeySequence::NativeText) && c.endsWith(command))
                    return true;
            return false;
        };
        QVERIFY(has(QKeySequence::Open, QStringLiteral("Open store…")));
        QVERIFY(has(QKeySequence(Qt::ALT | Qt::Key_Left), QStringLiteral("Previous period")));
        QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("Overview")));
        QVERIFY(has(QKeySequence::HelpContents, QStringLiteral("Keyboard shortcuts")));
        QVERIFY(has(QKeySequence(Qt::Key_Escape), QStringLiteral("Clear filters")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

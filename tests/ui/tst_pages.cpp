// The dashboard pages on a small demo store, offscreen: tiles show the
// engine's values through the shared formatting, a persona filter changes
// tiles and charts, nulls read "—" with the reason, a double-click on a
// breakdown row drills down. Set RA_PAGE_SHOTS=DIR to also write a PNG of
// every page at 1366×768 and 2560×1440 for looking at them.
#include "charts/chartview.h"
#include "charts/cohortheatmap.h"
#include "charts/paintedchartview.h"
#include "charts/serieschart.h"
#include "charts/standardcharts.h"
#include "itemmodels/breakdownmodel.h"
#include "kpi/kpiengine.h"
#include "pages/dashboardpage.h"
#include "pages/kpipage.h"
#include "pages/kpitile.h"
#include "pages/pagefactory.h"
#include "pages/personaspage.h"
#include "pages/retentionpage.h"
#include "report/kpiformat.h"
#include "services/demogenerator.h"
#include "services/engineloader.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ra;

namespace {

int inkPixels(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            if (img.pixel(x, y) != qRgb(255, 255, 255))
                ++n;
    return n;
}

std::vector<std::optional<double>> allValues(const ChartSpec &spec)
{
    std::vector<std::optional<double>> out;
    for (const ChartSeries &s : spec.series)
        out.insert(out.end(), s.values.begin(), s.values.end());
    return out;
}

} // namespace

class TestPages : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const KpiEngine> m_engine;
    DashboardContext m_context;
    QString m_persona;

    DashboardContext personaContext() const
    {
        DashboardContext c = m_context;
        c.filters.persona = m_persona;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = Store::open(m_dir.filePath(QStringLiteral("demo.db")));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        DemoOptions o;
        o.leads = 3000;
        o.seed = 7;
        o.end = QDate(2026, 11, 20);
        const auto demo = DemoGenerator::generate(**store, o);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        auto engine = loadEngine(**store);
        QVERIFY2(engine.ok(), qPrintable(engine.message()));
        m_engine = *engine;
        m_context.engine = m_engine;
        m_context.period = *Period::parse(QStringLiteral("2026-10"));
        const QStringList personas = m_engine->values(Dimension::Persona);
        QVERIFY(!personas.isEmpty());
        m_persona = personas.front();
    }

    void factoryGivesEveryPageOnce()
    {
        QWidget host;
        const auto pages = createDashboardPages(&host);
        QStringList ids;
        for (DashboardPage *p : pages)
            ids << p->pageId();
        QCOMPARE(ids, (QStringList{"overview", "marketing", "sales", "service", "revenue", "retention", "personas",
                                   "alignment", "quality"}));
        for (DashboardPage *p : pages) {
            QVERIFY(!p->title().isEmpty());
            p->setContext(m_context);
            p->setContext({}); // closing the store empties every page without crashing
        }
    }

    void overviewTilesShowEngineValues_data()
    {
        QTest::addColumn<int>("kpi");
        for (KpiId id : {KpiId::LeadsCreated, KpiId::ConvMqlToSal, KpiId::BookingsTotal, KpiId::MrrEnd, KpiId::Nps})
            QTest::newRow(kpiInfo(id).key) << static_cast<int>(id);
    }
    void overviewTilesShowEngineValues()
    {
        QFETCH(int, kpi);
        const auto id = static_cast<KpiId>(kpi);
        QWidget host;
        auto pages = createDashboardPages(&host);
        auto *overview = dynamic_cast<KpiPage *>(pages.front());
        QVERIFY(overview);
        overview->setContext(m_context);
        const KpiReport report = m_engine->compute(m_context.period, m_context.filters);
        KpiTile *tile = overview->tile(id);
        QVERIFY(tile);
        QCOMPARE(tile->valueText(), formatKpiValue(id, report.current.value(id), m_context.currency));
        QCOMPARE(tile->changeText().endsWith(formatKpiChange(id, report.current.value(id), report.previous.value(id))),
                 true);
        QVERIFY(report.current.value(id)); // the demo store has every one of these
    }

    void personaFilterChangesTilesAndCharts()
    {
        QWidget host;
        auto pages = createDashboardPages(&host);
        auto *overview = dynamic_cast<KpiPage *>(pages.front());
        overview->setContext(m_context);
        const QString allLeads = overview->tile(KpiId::LeadsCreated)->valueText();
        auto *split = overview->findChild<ChartView *>(QStringLiteral("chart:revenue_split"));
        QVERIFY(split);
        QCOMPARE(split->spec().categories.size(), KpiPage::kTrendLength);
        const auto allSeries = allValues(split->spec());

        overview->setContext(personaContext());
        const KpiReport filtered = m_engine->compute(m_context.period, personaContext().filters);
        QCOMPARE(overview->tile(KpiId::LeadsCreated)->valueText(),
                 formatKpiValue(KpiId::LeadsCreated, filtered.current.value(KpiId::LeadsCreated), m_context.currency));
        QVERIFY(overview->tile(KpiId::LeadsCreated)->valueText() != allLeads);
        QVERIFY(allValues(split->spec()) != allSeries);
        qInfo("overview update with a persona filter: %.1f ms", overview->lastUpdateMs());
    }

    void nullShowsDashWithReason()
    {
        QWidget host;
        auto pages = createDashboardPages(&host);
        auto *marketing = dynamic_cast<KpiPage *>(pages[1]);
        QCOMPARE(marketing->pageId(), QStringLiteral("marketing"));
        marketing->setContext(personaContext()); // spend has no persona: CAC is null
        KpiTile *cac = marketing->tile(KpiId::Cac);
        QVERIFY(cac);
        QCOMPARE(cac->valueText(), QStringLiteral("—"));
        QVERIFY(cac->toolTip().contains(nullReasonText(KpiId::Cac, NullReason::FilterNotApplicable)));
        QVERIFY(cac->toolTip().contains(QString::fromUtf8(kpiInfo(KpiId::Cac).definition)));
    }

    void doubleClickOnPersonaRowDrillsDown()
    {
        PersonasPage page;
        page.resize(1366, 768);
        page.setContext(m_context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.table();
        QVERIFY(view->model()->rowCount() > 1);
        QSignalSpy spy(&page, &DashboardPage::drillDown);
        const QModelIndex index = view->model()->index(1, 2);
        view->scrollTo(index);
        const QPoint pos = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Dimension>(), Dimension::Persona);
        QCOMPARE(spy.at(0).at(1).toString(), view->model()->index(1, 0).data().toString());

        // A bar of the breakdown chart drills down too.
        auto *bars = page.findChild<ChartView *>(QStringLiteral("chart:breakdown_bookings"));
        QVERIFY(bars);
        Q_EMIT bars->categoryClicked(0, bars->spec().categories.value(0));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).toString(), bars->spec().categories.value(0));

        // The segment switch recomputes the table by segment.
        page.setDimension(Dimension::Segment);
        QCOMPARE(page.model()->dimension(), Dimension::Segment);
        QCOMPARE(page.model()->rowCount(), m_engine->values(Dimension::Segment).size());
    }

    void chartsPaintAsVectorsOnPaper()
    {
        const TrendSeries monthly =
            m_engine->trend(Period::Kind::Month, 12, m_context.period, m_context.filters);
        SeriesChart chart(mrrMovementsSpec(monthly, m_context.currency));
        QImage image(640, 360, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            chart.paintChart(p, QRectF(0, 0, 640, 360));
        }
        QVERIFY(inkPixels(image) > 2000);

        CohortHeatmap heatmap(m_engine->cohorts(202511, {}), RetentionKind::Revenue);
        QVERIFY(!heatmap.isEmpty());
        image.fill(Qt::white);
        {
            QPainter p(&image);
            heatmap.paintChart(p, QRectF(0, 0, 640, 360));
        }
        QVERIFY(inkPixels(image) > 2000);
    }

    void cohortToggleSwitchesHeatmap()
    {
        RetentionPage page;
        page.setContext(m_context);
        auto *view = page.findChild<PaintedChartView *>(QStringLiteral("chart:cohorts"));
        auto *map = dynamic_cast<CohortHeatmap *>(view->chart());
        QVERIFY(map && !map->isEmpty());
        QCOMPARE(map->kind(), RetentionKind::Logo);
        page.findChild<QAbstractButton *>(QStringLiteral("cohort_revenue"))->click();
        QCOMPARE(dynamic_cast<CohortHeatmap *>(view->chart())->kind(), RetentionKind::Revenue);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("RA_PAGE_SHOTS");
        if (dir.isEmpty())
            QSKIP("set RA_PAGE_SHOTS=DIR to write page images");
        QDir().mkpath(dir);
        QWidget host;
        auto pages = createDashboardPages(&host);
        for (DashboardPage *page : pages) {
            for (const QSize size : {QSize(1366, 768), QSize(2560, 1440)}) {
                page->setParent(nullptr);
                page->resize(size);
                page->setContext(m_context);
                page->show();
                QVERIFY(QTest::qWaitForWindowExposed(page));
                QTest::qWait(50); // let the grids reflow to the new width
                // Tall pages: render the whole scrolled content, not just the viewport.
                QWidget *content = page->findChild<QWidget *>(QStringLiteral("qt_scrollarea_viewport"));
                QWidget *inner = content && !content->children().isEmpty()
                                     ? qobject_cast<QWidget *>(content->children().front())
                                     : page;
                const QString file = QStringLiteral("%1/%2-%3.png").arg(dir, page->pageId()).arg(size.width());
                QVERIFY(inner->grab().save(file));
                page->hide();
            }
        }
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"

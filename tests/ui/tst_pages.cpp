// The dashboard pages on a small demo store, offscreen: tiles show the
// engine's values through the shared formatting, a persona filter changes
// tiles and charts, nulls read "—" with the reason, a double-click on a
// breakdown row drills down. Set RA_PAGE_SHOTS=DIR to also write a PNG of
// every page at 1366×768 and 2560×1440 for looking at them.
#include "charts/chartbuilder.h"
#include "charts/chartview.h"
#include "charts/cohortheatmap.h"
#include "charts/paintedchartview.h"
#include "charts/serieschart.h"
#include "charts/standardcharts.h"
#include "demo/demogenerator.h"
#include "itemmodels/breakdownmodel.h"
#include "itemmodels/importlogmodel.h"
#include "itemmodels/qualityissuemodel.h"
#include "kpi/kpiengine.h"
#include "pages/dashboardpage.h"
#include "pages/dataqualitypage.h"
#include "pages/kpipage.h"
#include "pages/kpitile.h"
#include "pages/pagefactory.h"
#include "pages/personaspage.h"
#include "pages/retentionpage.h"
#include "quality/dataquality.h"
#include "report/kpiformat.h"
#include "services/engineloader.h"
#include "store/store.h"
#include "support/demofixture.h"
#include "support/verifyresult.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>

#include <memory>

using namespace ra;
using namespace ra::testsupport;

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
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        DemoFixture fixture;
        fixture.leads = 3000;
        const auto demo = makeDemoStore(path, fixture);
        QVERIFY_RESULT(demo);
        auto store = Store::open(path);
        QVERIFY_RESULT(store);
        auto engine = loadEngine(**store);
        QVERIFY_RESULT(engine);
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
        // Pages with a main table offer it for File → Export table as CSV.
        for (int i : {0, 6, 7, 8})
            QVERIFY2(pages[static_cast<size_t>(i)]->primaryTable(), qPrintable(ids[i]));
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

        // Breakdown bars run horizontally with the first row on top: a bar's
        // position maps back to the spec's category in reverse.
        ChartSpec spec;
        spec.categories = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        spec.horizontal = true;
        QCOMPARE(chartCategoryIndex(spec, 0), 2);
        QCOMPARE(chartCategoryIndex(spec, 2), 0);
        spec.horizontal = false;
        QCOMPARE(chartCategoryIndex(spec, 0), 0);

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

    void dataQualityPageShowsTheReport()
    {
        auto report = std::make_shared<DataQualityReport>();
        report->issues.push_back({QStringLiteral("leads.without_persona"), QStringLiteral("Leads without persona"), 12,
                                  {QStringLiteral("L-1")}});
        ImportLogEntry imp;
        imp.id = 4;
        imp.samples = {{QStringLiteral("leads.csv"), 7, QStringLiteral("mql_at"), QStringLiteral("bad timestamp")}};
        report->imports.push_back(imp);
        DashboardContext c = m_context;
        c.quality = report;
        DataQualityPage page;
        page.setContext(c);
        QCOMPARE(page.issues()->rowCount(), 1);
        QCOMPARE(page.rejections()->index(0, RejectionsModel::Location).data().toString(),
                 QStringLiteral("leads.csv:7:mql_at"));
        page.setContext(m_context); // not run yet: empty, not stale
        QCOMPARE(page.issues()->rowCount(), 0);

        // Checks that failed: the page says why instead of showing empty tables.
        DashboardContext failed = m_context;
        failed.qualityError = QStringLiteral("cannot read /data/s.db: no such table: import_rejections");
        page.setContext(failed);
        QCOMPARE(page.issues()->rowCount(), 0);
        const auto *status = page.findChild<QLabel *>(QStringLiteral("quality:status"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(failed.qualityError), qPrintable(status->text()));
        const auto *issues = page.findChild<QTableView *>(QStringLiteral("table:issues"));
        QVERIFY(!issues->isVisibleTo(&page)); // no empty tables under the error
        page.setContext(c);
        QVERIFY(!status->text().contains(failed.qualityError));
        QVERIFY(issues->isVisibleTo(&page));
    }

    // Opt-in: RA_PAGES_LARGE_DB=/path/to/1M-lead.db. A persona click must
    // update every visible tile and chart of a page within 100 ms.
    void personaClickOnLargeStore()
    {
        const QString path = qEnvironmentVariable("RA_PAGES_LARGE_DB");
        if (path.isEmpty())
            QSKIP("set RA_PAGES_LARGE_DB to time pages on a large store");
        auto engine = loadEngine(path);
        QVERIFY_RESULT(engine);
        DashboardContext all;
        all.engine = *engine;
        all.period = *Period::parse(qEnvironmentVariable("RA_PAGES_LARGE_PERIOD", QStringLiteral("2026-10")));
        DashboardContext persona = all;
        persona.filters.persona = (*engine)->values(Dimension::Persona).value(0);
        for (const Dimension d : {Dimension::Persona, Dimension::Channel}) {
            QElapsedTimer t;
            t.start();
            const auto rows = (*engine)->breakdown(all.period, d, persona.filters);
            qInfo("engine breakdown by %s under the persona filter: %d rows, %.1f ms",
                  qPrintable(dimensionName(d)), int(rows.size()), t.nsecsElapsed() / 1e6);
        }
        QWidget host;
        QStringList slow;
        for (DashboardPage *page : createDashboardPages(&host)) {
            auto *kpiPage = dynamic_cast<KpiPage *>(page);
            if (!kpiPage)
                continue;
            kpiPage->setContext(all);
            const double first = kpiPage->lastUpdateMs();
            kpiPage->setContext(persona);
            qInfo("%s: all %.1f ms, persona %.1f ms", qPrintable(kpiPage->pageId()), first, kpiPage->lastUpdateMs());
            if (kpiPage->lastUpdateMs() >= 100.0)
                slow << kpiPage->pageId();
        }
        QVERIFY2(slow.isEmpty(), qPrintable(slow.join(QStringLiteral(", "))));
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
        // One dark-palette pass: text, axes and tiles must follow the palette.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5c));
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xaa));
        for (DashboardPage *page : pages) {
            page->setPalette(dark);
            page->resize(1366, 768);
            page->show();
            QVERIFY(QTest::qWaitForWindowExposed(page));
            QTest::qWait(50);
            QWidget *content = page->findChild<QWidget *>(QStringLiteral("qt_scrollarea_viewport"));
            QWidget *inner = content && !content->children().isEmpty()
                                 ? qobject_cast<QWidget *>(content->children().front())
                                 : page;
            QVERIFY(inner->grab().save(QStringLiteral("%1/%2-dark.png").arg(dir, page->pageId())));
            page->hide();
        }
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"

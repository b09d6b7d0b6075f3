// The Customers page offscreen on the `health` fixture (tests/data/kpi/health,
// numbers in its expected.md): tiles show the engine's values, the at-risk
// list (checked by QAbstractItemModelTester) sorts and drills down to the
// account's persona and segment, the white-space heatmap paints, and the
// Overview has its MRR-at-risk tile.
#include "charts/cohortheatmap.h"
#include "charts/paintedchartview.h"
#include "charts/whitespaceheatmap.h"
#include "import/bundleimporter.h"
#include "itemmodels/atriskmodel.h"
#include "itemmodels/modelroles.h"
#include "kpi/kpiengine.h"
#include "pages/customerspage.h"
#include "pages/kpitile.h"
#include "pages/overviewpage.h"
#include "services/engineloader.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TestCustomersPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tilesShowTheEngine();
    void atRiskListModel();
    void doubleClickDrillsDown();
    void whitespaceHeatmapPaints();
    void overviewHasAtRiskTile();
    void weekIsExplained();

private:
    DashboardContext context(const char *period) const
    {
        DashboardContext c;
        c.engine = m_engine;
        c.period = *Period::parse(QString::fromLatin1(period));
        return c;
    }
    QTemporaryDir m_tmp;
    std::shared_ptr<const KpiEngine> m_engine;
};

void TestCustomersPage::initTestCase()
{
    auto store = Store::open(m_tmp.filePath(QStringLiteral("health.db")));
    QVERIFY2(store, qPrintable(store.message()));
    auto r = BundleImporter(**store).run(QStringLiteral(RA_TEST_DATA_DIR "/kpi/health"), {});
    QVERIFY2(r, qPrintable(r.message()));
    auto engine = loadEngine(**store);
    QVERIFY2(engine, qPrintable(engine.message()));
    m_engine = *engine;
}

void TestCustomersPage::tilesShowTheEngine()
{
    CustomersPage page;
    page.resize(1400, 1000);
    page.setContext(context("2026-04"));
    QCOMPARE(page.tile(KpiId::HealthAtRiskMrr)->valueText(), QStringLiteral("€2,280"));
    QCOMPARE(page.tile(KpiId::HealthAtRisk)->valueText(), QStringLiteral("4"));
    QCOMPARE(page.tile(KpiId::HealthRiskLift)->valueText(), QStringLiteral("3.3×"));
    QCOMPARE(page.tile(KpiId::UsageSeatUtilisation)->valueText(), QStringLiteral("45.8%")); // 110/240
    // Whole units on every tile, as "€2,280" above (it once read "€110.00" here).
    QCOMPARE(page.tile(KpiId::WhitespacePotentialMrr)->valueText(), QStringLiteral("€110"));
    auto *lift = page.findChild<QLabel *>(QStringLiteral("label:lift"));
    QVERIFY(lift);
    QVERIFY2(lift->text().startsWith(QStringLiteral("Accounts flagged at risk churned 3.3× as often")), qPrintable(lift->text()));
}

void TestCustomersPage::atRiskListModel()
{
    CustomersPage page;
    page.setContext(context("2026-04"));
    const AtRiskModel *model = page.atRiskModel();
    QAbstractItemModelTester tester(const_cast<AtRiskModel *>(model), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->data(model->index(0, AtRiskModel::Account)).toString(), QStringLiteral("A13"));
    QCOMPARE(model->data(model->index(0, AtRiskModel::SignalCount)).toInt(), 4);
    // One account's MRR as imported: to the cent, whatever its size.
    QCOMPARE(model->data(model->index(1, AtRiskModel::Mrr)).toString(), QStringLiteral("€1,300.00"));
    QCOMPARE(model->data(model->index(3, AtRiskModel::Segment)).toString(), QStringLiteral("(no segment)"));
    // Sorting by MRR uses the number, not the text.
    auto *view = page.findChild<QTableView *>(QStringLiteral("table:at_risk"));
    QVERIFY(view);
    view->sortByColumn(AtRiskModel::Mrr, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, AtRiskModel::Account).data().toString(), QStringLiteral("A5"));
    QCOMPARE(view->model()->index(3, AtRiskModel::Account).data().toString(), QStringLiteral("A7"));
    // A persona filter narrows the list; a new context refreshes the model.
    DashboardContext cfo = context("2026-04");
    cfo.filters.persona = QStringLiteral("CFO");
    page.setContext(cfo);
    QCOMPARE(model->rowCount(), 2);
}

void TestCustomersPage::doubleClickDrillsDown()
{
    CustomersPage page;
    page.setContext(context("2026-04"));
    QSignalSpy spy(&page, &DashboardPage::drillDown);
    auto *view = page.findChild<QTableView *>(QStringLiteral("table:at_risk"));
    QVERIFY(view);
    view->sortByColumn(-1, Qt::AscendingOrder);
    Q_EMIT view->doubleClicked(view->model()->index(1, 0)); // A5: CFO, Enterprise
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).value<Dimension>(), Dimension::Persona);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("CFO"));
    QCOMPARE(spy.at(1).at(0).value<Dimension>(), Dimension::Segment);
    QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("Enterprise"));
}

void TestCustomersPage::whitespaceHeatmapPaints()
{
    CustomersPage page;
    page.setContext(context("2026-04"));
    auto *view = page.findChild<PaintedChartView *>(QStringLiteral("chart:whitespace"));
    QVERIFY(view);
    auto *map = dynamic_cast<WhitespaceHeatmap *>(view->chart());
    QVERIFY(map);
    QVERIFY(!map->isEmpty());
    QCOMPARE(map->table().gaps.size(), size_t(3));
    QImage img(800, 300, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    map->paintChart(p, QRectF(0, 0, 800, 300));
    p.end();
    // The darkest cell (Core = "base" everywhere SMB pays: 100%) is painted in the scale's dark blue.
    int dark = 0;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            dark += img.pixelColor(x, y) == CohortHeatmap::cellColour(1.0);
    QVERIFY(dark > 50);
    QVERIFY(map->toolTipAt(QRectF(0, 0, 800, 300), QPointF(780, 40)).contains(QStringLiteral("paying accounts")));
}

void TestCustomersPage::overviewHasAtRiskTile()
{
    OverviewPage page;
    page.setContext(context("2026-04"));
    QVERIFY(page.tile(KpiId::HealthAtRiskMrr));
    QCOMPARE(page.tile(KpiId::HealthAtRiskMrr)->valueText(), QStringLiteral("€2,280"));
}

void TestCustomersPage::weekIsExplained()
{
    CustomersPage page;
    page.setContext(context("2026-W15"));
    QCOMPARE(page.atRiskModel()->rowCount(), 0);
    QCOMPARE(page.tile(KpiId::HealthAtRisk)->valueText(), QStringLiteral("—"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("label:lift"))->text().contains(QStringLiteral("whole months")));
}

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"

// Each KPI page computes only the KPI families it shows: rendered with its
// families and with every family, unfiltered and for a persona, every page
// is the same pixel for pixel (a tile or chart of a family it left out would
// show "—" or an empty series).
#include "kpi/kpiengine.h"
#include "pages/kpipage.h"
#include "pages/pagefactory.h"
#include "services/engineloader.h"
#include "store/store.h"
#include "support/demofixture.h"
#include "support/verifyresult.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::testsupport;

class TestPageFamilies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameWithEveryFamily_data();
    void sameWithEveryFamily();

private:
    QTemporaryDir m_dir;
    DashboardContext m_context;
};

void TestPageFamilies::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.db"));
    DemoFixture fixture;
    fixture.leads = 3000;
    QVERIFY_RESULT(makeDemoStore(path, fixture));
    auto store = Store::open(path);
    QVERIFY_RESULT(store);
    auto engine = loadEngine(**store);
    QVERIFY_RESULT(engine);
    m_context.engine = *engine;
    m_context.period = *Period::parse(QStringLiteral("2026-10"));
}

void TestPageFamilies::sameWithEveryFamily_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("persona");
    QWidget host;
    for (DashboardPage *p : createDashboardPages(&host)) {
        if (!dynamic_cast<KpiPage *>(p))
            continue;
        QTest::newRow(qPrintable(p->pageId())) << p->pageId() << false;
        QTest::newRow(qPrintable(p->pageId() + QStringLiteral(", one persona"))) << p->pageId() << true;
    }
}

void TestPageFamilies::sameWithEveryFamily()
{
    QFETCH(QString, page);
    QFETCH(bool, persona);
    DashboardContext context = m_context;
    if (persona)
        context.filters.persona = context.engine->values(Dimension::Persona).value(0);
    QWidget host;
    KpiPage *kpiPage = nullptr;
    for (DashboardPage *p : createDashboardPages(&host))
        if (p->pageId() == page)
            kpiPage = dynamic_cast<KpiPage *>(p);
    QVERIFY(kpiPage);
    kpiPage->resize(1366, 2400);
    auto render = [&](bool all) {
        kpiPage->setComputeAllFamilies(all);
        kpiPage->setContext({}); // nothing left from the previous rendering
        kpiPage->setContext(context);
        return kpiPage->grab().toImage();
    };
    const QImage own = render(false), every = render(true);
    QVERIFY(!own.isNull());
    QVERIFY2(own == every, qPrintable(QStringLiteral("%1 differs when it computes every family").arg(page)));
}

QTEST_MAIN(TestPageFamilies)
#include "tst_pagefamilies.moc"

// The item models of the dashboard: structure checked by
// QAbstractItemModelTester, contents against a small hand-built snapshot.
#include "itemmodels/breakdownmodel.h"
#include "itemmodels/importlogmodel.h"
#include "itemmodels/kpitablemodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/qualityissuemodel.h"
#include "itemmodels/surveymodel.h"
#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "report/kpiformat.h"
#include "support/testtime.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

using namespace ra;
using namespace ra::testsupport;

namespace {

// Two personas: CFO has 3 leads in October (2 MQL, 1 accepted), CTO 1 lead.
// Account 0 (CFO) pays from September, account 1 (CTO) from October.
std::shared_ptr<const KpiEngine> smallEngine()
{
    auto s = std::make_shared<Snapshot>();
    const int a0 = s->addAccount(QStringLiteral("Enterprise"), QStringLiteral("CFO"));
    const int a1 = s->addAccount(QStringLiteral("SMB"), QStringLiteral("CTO"));
    auto lead = [&](const char *id, const char *persona, int account, qint64 created, qint64 mql, qint64 sal) {
        Snapshot::LeadRow r;
        r.id = QString::fromLatin1(id);
        r.persona = QString::fromLatin1(persona);
        r.channel = QStringLiteral("web");
        r.account = account;
        r.source = kSrcMarketing;
        r.created = created;
        r.mql = mql;
        r.sal = sal;
        return s->addLead(r);
    };
    lead("L1", "CFO", a0, at(2026, 10, 2, 12), at(2026, 10, 3, 12), at(2026, 10, 3, 18));
    lead("L2", "CFO", a0, at(2026, 10, 5, 12), at(2026, 10, 6, 12), kNever);
    lead("L3", "CFO", a0, at(2026, 10, 7, 12), kNever, kNever);
    lead("L4", "CTO", a1, at(2026, 10, 8, 12), kNever, kNever);
    s->addRevenue(a0, 202609, 100000);
    s->addRevenue(a0, 202610, 120000);
    s->addRevenue(a1, 202610, 50000);
    // Survey in October: marketing 8 and 6 on question 0, sales 4; service 7 on question 1.
    s->addSurvey(at(2026, 10, 10, 0), 0, 0, 8);
    s->addSurvey(at(2026, 10, 11, 0), 0, 0, 6);
    s->addSurvey(at(2026, 10, 12, 0), 1, 0, 4);
    s->addSurvey(at(2026, 10, 12, 0), 2, 1, 7);
    s->addSurvey(at(2026, 11, 12, 0), 1, 0, 1); // November: outside the period
    s->finalize();
    return std::make_shared<KpiEngine>(s, Settings{});
}

Period october() { return *Period::parse(QStringLiteral("2026-10")); }

} // namespace

class TestItemModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void breakdownModel()
    {
        const auto engine = smallEngine();
        BreakdownModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(engine->breakdown(october(), Dimension::Persona, {}), Dimension::Persona, QStringLiteral("EUR"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), static_cast<int>(BreakdownModel::defaultColumns().size()) + 1);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Persona"));
        QCOMPARE(model.valueAt(0), QStringLiteral("CFO"));
        QCOMPARE(model.valueAt(1), QStringLiteral("CTO"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("3"));     // leads.created
        QCOMPARE(model.index(0, 1).data(SortRole).toDouble(), 3.0);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("1"));
        // MQL → SAL of CTO: no MQL, so null: "—" and sorted below every number.
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(1, 3).data(RawValueRole).isValid());
        QVERIFY(model.index(1, 3).data(SortRole).toDouble() < -1e300);
        QVERIFY(!model.index(1, 3).data(Qt::ToolTipRole).toString().isEmpty());

        // Sorting by the numeric role puts CFO (3 leads) above CTO (1) descending, below ascending.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("CTO"));
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("CFO"));

        model.setColumns({KpiId::LeadsMql});
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("2"));
        model.setRows({}, Dimension::Channel, QStringLiteral("EUR"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Channel"));
    }

    void kpiTableModel()
    {
        const auto engine = smallEngine();
        const KpiReport report = engine->compute(october(), {});
        KpiTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(report, {}, QStringLiteral("EUR"));
        QCOMPARE(model.rowCount(), kKpiCount);
        model.setReport(report, {KpiId::LeadsCreated, KpiId::MrrEnd, KpiId::Cac}, QStringLiteral("EUR"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, KpiTableModel::Value).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(1, KpiTableModel::Value).data().toString(),
                 formatKpiValue(KpiId::MrrEnd, 170000.0, QStringLiteral("EUR")));
        QCOMPARE(model.index(1, KpiTableModel::Previous).data(RawValueRole).toDouble(), 100000.0);
        // No spend rows at all: CAC is null with its reason as the tooltip.
        QCOMPARE(model.index(2, KpiTableModel::Value).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(2, KpiTableModel::Value).data(Qt::ToolTipRole).toString(),
                 nullReasonText(KpiId::Cac, report.current.nullReason(KpiId::Cac)));
        QCOMPARE(model.index(2, KpiTableModel::Target).data().toString(), QStringLiteral("—"));
    }

    void surveyModel()
    {
        const auto engine = smallEngine();
        const SurveyTable table = computeSurveyTable(engine->snapshot(), october(), engine->defaultAsOf());
        QCOMPARE(table.mean[0][0].value(), 7.0); // marketing (8 + 6) / 2
        QCOMPARE(table.mean[0][1].value(), 4.0); // sales; November's 1 left out
        QCOMPARE(table.gap(0).value(), 3.0);
        QVERIFY(!table.gap(1)); // only service answered question 1
        QCOMPARE(table.total(), 4);
        SurveyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(table);
        QCOMPARE(model.rowCount(), kSurveyQuestions);
        QCOMPARE(model.index(0, SurveyModel::Marketing).data().toString(), QStringLiteral("7.0"));
        QCOMPARE(model.index(0, SurveyModel::Gap).data().toString(), QStringLiteral("3.0"));
        QCOMPARE(model.index(1, SurveyModel::Service).data().toString(), QStringLiteral("7.0"));
        QCOMPARE(model.index(1, SurveyModel::Gap).data().toString(), QStringLiteral("—"));
    }

    void qualityModels()
    {
        QualityIssue stalled{QStringLiteral("leads.stalled"), QStringLiteral("Stalled leads"), 7,
                             {QStringLiteral("L1"), QStringLiteral("L2")}};
        QualityIssue order{QStringLiteral("leads.out_of_order"), QStringLiteral("Out of order"), 0, {}};
        QualityIssueModel issues;
        QAbstractItemModelTester t1(&issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        issues.setIssues({stalled, order});
        QCOMPARE(issues.rowCount(), 2);
        QCOMPARE(issues.index(0, QualityIssueModel::Samples).data().toString(), QStringLiteral("L1, L2, …"));
        QCOMPARE(issues.index(0, QualityIssueModel::Count).data(SortRole).toLongLong(), 7);
        issues.setIssues({stalled, order}, {QStringLiteral("leads.out_of_order")});
        QCOMPARE(issues.rowCount(), 1);
        QCOMPARE(issues.index(0, QualityIssueModel::Title).data().toString(), QStringLiteral("Out of order"));

        ImportLogEntry imp;
        imp.id = 3;
        imp.startedAt = at(2026, 11, 20, 9);
        imp.bundle = QStringLiteral("/data/bundle");
        imp.status = QStringLiteral("ok");
        imp.rejected = 2;
        imp.samples = {{QStringLiteral("leads.csv"), 12, QStringLiteral("mql_at"), QStringLiteral("not a timestamp")},
                       {QStringLiteral("revenue.csv"), 4, QString(), QStringLiteral("duplicate row")}};
        ImportLogModel log;
        QAbstractItemModelTester t2(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setImports({imp});
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(log.index(0, ImportLogModel::Started).data().toString(), QStringLiteral("2026-11-20 09:00"));
        QCOMPARE(log.index(0, ImportLogModel::Rejected).data(SortRole).toLongLong(), 2);

        RejectionsModel rejections;
        QAbstractItemModelTester t3(&rejections, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rejections.setImports({imp});
        QCOMPARE(rejections.rowCount(), 2);
        QCOMPARE(rejections.index(0, RejectionsModel::Location).data().toString(), QStringLiteral("leads.csv:12:mql_at"));
        QCOMPARE(rejections.index(1, RejectionsModel::Location).data().toString(), QStringLiteral("revenue.csv:4"));
        QCOMPARE(rejections.index(1, RejectionsModel::Reason).data().toString(), QStringLiteral("duplicate row"));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"

// The report's content, without drawing: movers, scorecard texts and targets,
// notes. The engine runs on a small hand-built snapshot; the texts are checked
// against formatKpiValue of the engine's own values (one implementation).
#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "report/kpiformat.h"
#include "report/reportmodel.h"
#include "support/testtime.h"

#include <QDateTime>
#include <QSet>
#include <QtTest>

using namespace ra;
using namespace ra::testsupport;

namespace {

BreakdownRow row(const QString &persona, std::optional<double> bookingsCents)
{
    BreakdownRow r;
    r.value = persona;
    r.kpis.set(KpiId::BookingsTotal, bookingsCents);
    return r;
}

// CFO: won €2,000 in October, €5,000 in November (+€3,000).
// CTO: won €3,000 in October, €1,000 in November (−€2,000).
// Founder: an account and a lead, never a deal (no change, not a mover).
std::shared_ptr<Snapshot> smallSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    const int cfo = s->addAccount(QStringLiteral("SMB"), QStringLiteral("CFO"));
    const int cto = s->addAccount(QStringLiteral("Enterprise"), QStringLiteral("CTO"));
    const int founder = s->addAccount(QStringLiteral("SMB"), QStringLiteral("Founder"));
    int n = 0;
    auto lead = [&](int account, const char *persona, qint64 created) {
        Snapshot::LeadRow l;
        l.id = QStringLiteral("L%1").arg(++n);
        l.persona = QString::fromLatin1(persona);
        l.channel = QStringLiteral("web");
        l.account = account;
        l.source = kSrcMarketing;
        l.created = created;
        l.mql = created + 3600;
        return s->addLead(l);
    };
    auto won = [&](int account, const char *persona, qint64 cents, qint64 closed) {
        Snapshot::OppRow o;
        o.id = QStringLiteral("O%1").arg(++n);
        o.persona = QString::fromLatin1(persona);
        o.account = account;
        o.status = kStatusWon;
        o.amount = cents;
        o.created = closed - 20 * 86400;
        o.closed = closed;
        s->addOpportunity(o);
    };
    lead(cfo, "CFO", at(2026, 10, 5, 12));
    lead(cto, "CTO", at(2026, 11, 5, 12));
    lead(founder, "Founder", at(2026, 11, 6, 12));
    won(cfo, "CFO", 200000, at(2026, 10, 20, 12));
    won(cfo, "CFO", 500000, at(2026, 11, 12, 12));
    won(cto, "CTO", 300000, at(2026, 10, 21, 12));
    won(cto, "CTO", 100000, at(2026, 11, 13, 12));
    s->addRevenue(cfo, 202610, 10000);
    s->addRevenue(cfo, 202611, 12000);
    s->addSpend(202611, 50000);
    s->addTarget(QStringLiteral("2026-11"), QStringLiteral("bookings.total"), 10000.0, QStringLiteral("sales"));
    s->finalize();
    return s;
}

const ScorecardRow *findRow(const ReportContent &c, KpiId id)
{
    for (const ScorecardGroup &g : c.scorecard)
        for (const ScorecardRow &r : g.rows)
            if (r.kpi == id)
                return &r;
    return nullptr;
}

} // namespace

class TestReportModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void movers_data();
    void movers();
    void scorecardSelection();
    void contentFromEngine();
    void compareWithTarget();
    void personaFilterNotes();
    void cohortsEndWithThePeriod();
    void trendsStopAtAsOf();
};

void TestReportModel::movers_data()
{
    QTest::addColumn<QList<double>>("current");  // € per persona A, B, C, D (−1 = null)
    QTest::addColumn<QList<double>>("previous");
    QTest::addColumn<QStringList>("best");
    QTest::addColumn<QStringList>("worst");
    QTest::newRow("one up one down") << QList<double>{50, 10, 7, 0} << QList<double>{20, 30, 7, 0}
                                     << QStringList{"A"} << QStringList{"B"};
    QTest::newRow("null counts as zero") << QList<double>{-1, 40, -1, -1} << QList<double>{25, -1, -1, -1}
                                         << QStringList{"B"} << QStringList{"A"};
    QTest::newRow("at most three, largest first") << QList<double>{10, 40, 30, 20} << QList<double>{0, 0, 0, 0}
                                                  << QStringList{"B", "C", "D"} << QStringList{};
    QTest::newRow("ties by name") << QList<double>{0, 0, 0, 0} << QList<double>{5, 5, 9, 5}
                                  << QStringList{} << QStringList{"C", "A", "B"};
    QTest::newRow("nothing moved") << QList<double>{3, 3, 3, 3} << QList<double>{3, 3, 3, 3}
                                   << QStringList{} << QStringList{};
}

void TestReportModel::movers()
{
    QFETCH(QList<double>, current);
    QFETCH(QList<double>, previous);
    QFETCH(QStringList, best);
    QFETCH(QStringList, worst);
    const QStringList names{"A", "B", "C", "D"};
    std::vector<BreakdownRow> cur, prev;
    for (int i = 0; i < names.size(); ++i) {
        auto v = [](double e) { return e < 0 ? std::nullopt : std::optional<double>(e * 100); };
        cur.push_back(row(names[i], v(current[i])));
        prev.push_back(row(names[i], v(previous[i])));
    }
    std::vector<PersonaMover> b, w;
    computeMovers(cur, prev, QStringLiteral("EUR"), b, w);
    QStringList gotBest, gotWorst;
    for (const auto &m : b)
        gotBest << m.persona;
    for (const auto &m : w)
        gotWorst << m.persona;
    QCOMPARE(gotBest, best);
    QCOMPARE(gotWorst, worst);
    for (const auto &m : b)
        QVERIFY2(m.changeText.startsWith(QLatin1Char('+')), qPrintable(m.changeText));
    for (const auto &m : w)
        QVERIFY2(m.changeText.startsWith(QStringLiteral("−")), qPrintable(m.changeText));
}

void TestReportModel::scorecardSelection()
{
    QSet<int> seen;
    QSet<int> groups;
    for (KpiId id : scorecardKpis()) {
        QVERIFY2(!seen.contains(int(id)), qPrintable(kpiKey(id)));
        seen.insert(int(id));
        groups.insert(int(kpiInfo(id).group));
    }
    QCOMPARE(groups.size(), 6); // every group of KpiGroup has a row
}

void TestReportModel::contentFromEngine()
{
    const KpiEngine engine(smallSnapshot(), Settings{});
    ReportRequest req;
    req.period = Period::parse(u"2026-11").value();
    req.storeName = QStringLiteral("fixture");
    req.dataQualityWarnings << QStringLiteral("leads.csv: 2 rows rejected");
    const ReportContent c = buildReportContent(engine, req);

    QCOMPARE(c.periodLabel, req.period.label());
    QCOMPARE(c.periodRange, QStringLiteral("Nov 1, 2026 – Nov 30, 2026"));
    QCOMPARE(c.previousLabel, req.period.previous().label());
    QCOMPARE(c.filtersText, QStringLiteral("All data"));
    QVERIFY(c.footerText().contains(c.periodLabel));
    QVERIFY(c.footerText().contains(QStringLiteral("fixture")));
    QCOMPARE(c.dataQualityWarnings, req.dataQualityWarnings);

    // Every scorecard cell is the engine's value through the shared formatter.
    QCOMPARE(c.scorecard.size(), size_t(6));
    for (const ScorecardGroup &g : c.scorecard) {
        for (const ScorecardRow &r : g.rows) {
            QCOMPARE(kpiInfo(r.kpi).group, g.group);
            QCOMPARE(r.value, formatKpiValue(r.kpi, c.report.current.value(r.kpi), QStringLiteral("EUR")));
            QCOMPARE(r.previous, formatKpiValue(r.kpi, c.report.previous.value(r.kpi), QStringLiteral("EUR")));
            QCOMPARE(r.change, formatKpiChange(r.kpi, c.report.current.value(r.kpi), c.report.previous.value(r.kpi)));
        }
    }
    // Bookings: €6,000 now, €5,000 before; the €10,000 target is behind.
    const ScorecardRow *bookings = findRow(c, KpiId::BookingsTotal);
    QVERIFY(bookings);
    QCOMPARE(c.report.current.value(KpiId::BookingsTotal), std::optional<double>(600000));
    QCOMPARE(bookings->target, formatKpiValue(KpiId::BookingsTotal, 1000000.0, QStringLiteral("EUR")));
    QVERIFY(bookings->hasTarget);
    QCOMPARE(bookings->status, QStringLiteral("Behind"));
    QVERIFY(bookings->up);
    QCOMPARE(bookings->direction, ChangeDirection::Better);

    // Movers by bookings change: CFO +€3,000, CTO −€2,000, Founder unchanged.
    QCOMPARE(c.bestMovers.size(), size_t(1));
    QCOMPARE(c.bestMovers[0].persona, QStringLiteral("CFO"));
    QCOMPARE(c.bestMovers[0].bookingsChange, 300000.0);
    QCOMPARE(c.worstMovers.size(), size_t(1));
    QCOMPARE(c.worstMovers[0].persona, QStringLiteral("CTO"));
    QCOMPARE(c.worstMovers[0].bookingsChange, -200000.0);

    // Persona table: one row per persona, cells as the columns say.
    QVERIFY(c.personas.size() >= 3);
    for (const PersonaRow &p : c.personas)
        QCOMPARE(p.cells.size(), c.personaColumns.size());

    // Definitions for everything on the scorecard.
    for (const ScorecardGroup &g : c.scorecard)
        for (const ScorecardRow &r : g.rows)
            QVERIFY2(std::find(c.kpisUsed.begin(), c.kpisUsed.end(), r.kpi) != c.kpisUsed.end(),
                     qPrintable(kpiKey(r.kpi)));
    // The chart of bookings per persona reads the same breakdown as the movers.
    QCOMPARE(c.personaBreakdown.size(), c.personas.size());
    QCOMPARE(c.previousPersonaBreakdown.size() > 0, true);
    QCOMPARE(c.monthly.periods.size(), size_t(12));
    QCOMPARE(c.monthly.periods.back(), req.period);
}

void TestReportModel::compareWithTarget()
{
    const KpiEngine engine(smallSnapshot(), Settings{});
    ReportRequest req;
    req.period = Period::parse(u"2026-11").value();
    req.compare = ReportCompare::Target;
    const ReportContent c = buildReportContent(engine, req);
    const ScorecardRow *bookings = findRow(c, KpiId::BookingsTotal);
    QVERIFY(bookings);
    // €6,000 against €10,000: 40% below, worse, arrow down.
    QCOMPARE(bookings->change, formatKpiChange(KpiId::BookingsTotal, 600000.0, 1000000.0));
    QCOMPARE(bookings->direction, ChangeDirection::Worse);
    QVERIFY(!bookings->up);
    const ScorecardRow *leads = findRow(c, KpiId::LeadsCreated);
    QVERIFY(leads);
    QCOMPARE(leads->change, QStringLiteral("—")); // no target row
    QCOMPARE(leads->direction, ChangeDirection::Unknown);
}

void TestReportModel::personaFilterNotes()
{
    const KpiEngine engine(smallSnapshot(), Settings{});
    ReportRequest req;
    req.period = Period::parse(u"2026-11").value();
    req.filters.persona = QStringLiteral("CFO");
    const ReportContent c = buildReportContent(engine, req);
    QCOMPARE(c.filtersText, QStringLiteral("Persona: CFO"));
    // CAC has no persona: it is empty and the notes say why.
    QVERIFY(!c.report.current.value(KpiId::Cac));
    const QString why = nullReasonText(KpiId::Cac, c.report.current.nullReason(KpiId::Cac));
    bool found = false;
    for (const QString &n : c.nullNotes)
        found = found || (n.startsWith(QStringLiteral("CAC —")) && n.contains(why));
    QVERIFY2(found, qPrintable(c.nullNotes.join(QLatin1Char('\n'))));
    QCOMPARE(c.report.current.value(KpiId::BookingsTotal), std::optional<double>(500000));
}

void TestReportModel::cohortsEndWithThePeriod()
{
    const KpiEngine engine(smallSnapshot(), Settings{});
    ReportRequest req;
    req.period = Period::parse(u"2026-10").value();
    const ReportContent c = buildReportContent(engine, req);
    // The CFO account first paid in October 2026; no cohort after the period is shown.
    QCOMPARE(c.cohorts.size(), size_t(1));
    QCOMPARE(c.cohorts.front().month, 202610);
}

void TestReportModel::trendsStopAtAsOf()
{
    const KpiEngine engine(smallSnapshot(), Settings{});
    ReportRequest req;
    req.period = Period::parse(u"2026").value();
    const ReportContent c = buildReportContent(engine, req);
    // as_of is the last event, 13 Nov 2026: a year report's trends end in
    // November, not in an empty December.
    QCOMPARE(c.report.asOf, at(2026, 11, 13, 12));
    QCOMPARE(c.monthly.periods.size(), size_t(12));
    QCOMPARE(c.monthly.periods.back(), Period::parse(u"2026-11").value());
    QCOMPARE(c.cohorts.back().month, 202610);
}

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_reportmodel.moc"

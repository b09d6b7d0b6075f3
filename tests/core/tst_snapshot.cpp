// The snapshot loader against a real store file, and the derived indexes.
#include "domain/calendar.h"
#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotloader.h"
#include "store/store.h"
#include "support/verifyresult.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ra;

namespace {

bool exec(const Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql)) {
        qWarning() << sql;
        return false;
    }
    return true;
}

// 2026-11-01T00:00:00Z = 1793491200
constexpr qint64 kNov1 = 1793491200;

void fill(const Store &s)
{
    const QStringList sql = {
        "INSERT INTO accounts(account_id, segment, persona) VALUES ('A1', ' SMB ', NULL), ('A2', 'Enterprise', 'CFO'), "
        "('A3', NULL, 'Unassigned')",
        QStringLiteral("INSERT INTO leads(lead_id, email, account_id, persona, channel, source, created_at, mql_at, sal_at) VALUES "
                       "('L1', ' Ann@Example.com', 'A1', 'CTO ', 'web', 'marketing', %1, %2, NULL), "
                       "('L2', 'ann@example.COM ', 'A1', NULL, NULL, 'sales', %3, NULL, NULL), "
                       "('L3', NULL, NULL, 'CTO', 'event', NULL, %4, NULL, %5)")
            .arg(kNov1).arg(kNov1 + 3600).arg(kNov1 + 86400).arg(kNov1 + 2 * 86400).arg(kNov1 + 5 * 86400),
        "INSERT INTO campaigns(campaign_id) VALUES ('C1')",
        QStringLiteral("INSERT INTO touches(lead_id, campaign_id, touched_at) VALUES ('L1', 'C1', %1), ('L1', 'C1', %2)")
            .arg(kNov1 + 7200).arg(kNov1 - 100),
        QStringLiteral("INSERT INTO opportunities(opportunity_id, account_id, lead_id, persona, type, source, amount, created_at, "
                       "closed_at, status) VALUES ('O1', 'A1', 'L1', NULL, 'expansion', NULL, 123456, %1, %2, 'won'), "
                       "('O2', 'A3', NULL, NULL, 'new', 'partner', 100, %1, NULL, 'open')")
            .arg(kNov1 + 3 * 86400).arg(kNov1 + 9 * 86400),
        "INSERT INTO revenue(account_id, month, product, mrr) VALUES ('A1', 202610, 'default', 1000), "
        "('A1', 202610, 'addon', 500), ('A2', 202611, 'default', 250)",
        "INSERT INTO spend(month, team, amount) VALUES (202611, 'marketing', 700), (202611, 'sales', 300)",
        QStringLiteral("INSERT INTO tickets(ticket_id, account_id, opened_at, resolved_at, csat) VALUES "
                       "('T1', 'A2', %1, %2, 5), ('T2', 'A2', %1, NULL, NULL)").arg(kNov1).arg(kNov1 + 36000),
        QStringLiteral("INSERT INTO nps(account_id, responded_on, respondent, score) VALUES ('A2', %1, '', 9)").arg(kNov1),
        QStringLiteral("INSERT INTO alignment_survey(surveyed_on, respondent, role, question, score) VALUES "
                       "(%1, 'x', 'sales', 'lead_flow_working', 4)").arg(kNov1 + 20 * 86400),
        "INSERT INTO targets(period, kpi, target, owner) VALUES ('2026-11', 'bookings.total', 1000.5, 'sales')",
    };
    for (const QString &q : sql)
        QVERIFY(exec(s, q));
}

} // namespace

class TestSnapshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsEveryTable();
    void derivedIndexes();
    void engineOnLoadedStore();
    void emptyStore();
    void progressAndCancel();
    void sparseRowids();
    void extremeRowids();
    void manyRanges_data();
    void manyRanges();
    void emailKeys_data();
    void emailKeys();
};

void TestSnapshot::loadsEveryTable()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY_RESULT(store);
    fill(**store);
    const auto r = SnapshotLoader::load(**store);
    QVERIFY_RESULT(r);
    const Snapshot &s = **r;
    QCOMPARE(s.accountCount(), 3);
    QCOMPARE(s.leadCount(), 3);
    QCOMPARE(s.oppCount(), 2);
    // Trimmed and interned; "Unassigned" is the same as no persona.
    QCOMPARE(s.segments.text(s.accounts.segment[0]), QStringLiteral("SMB"));
    QCOMPARE(s.accounts.persona[2], kNone);
    QCOMPARE(s.leads.persona[0], s.leads.persona[2]); // 'CTO ' and 'CTO'
    QCOMPARE(s.leads.account[2], kNone);
    QCOMPARE(s.leads.source[0], qint8(kSrcMarketing));
    QCOMPARE(s.leads.source[2], qint8(kSrcNone));
    QCOMPARE(s.leads.sal[0], kNever);
    QCOMPARE(s.leads.sal[2], kNov1 + 5 * 86400);
    QCOMPARE(s.opps.amount[0], Q_INT64_C(123456));
    QCOMPARE(s.opps.type[0], qint8(kTypeExpansion));
    QCOMPARE(s.opps.status[1], qint8(kStatusOpen));
    QCOMPARE(s.opps.closed[1], kNever);
    QCOMPARE(s.opps.lead[0], 0);
    QCOMPARE(s.tickets.csat[1], qint8(0));
    QCOMPARE(s.tickets.resolved[1], kNever);
    QCOMPARE(s.survey.question[0], qint8(3));
    QCOMPARE(s.targets.size(), size_t(1));
    QCOMPARE(s.targets[0].target, 1000.5);
    // The latest event: the survey answer on 21 Nov (later than the close on 10 Nov).
    QCOMPARE(s.defaultAsOf(), kNov1 + 20 * 86400);
}

void TestSnapshot::derivedIndexes()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(store.ok());
    fill(**store);
    const auto r = SnapshotLoader::load(**store);
    QVERIFY(r.ok());
    const Snapshot &s = **r;
    // L2 (sales) has L1 (marketing, same e-mail once trimmed and case-folded) one day earlier.
    QCOMPARE(s.leadPrevMarketing[1], kNov1);
    QCOMPARE(s.leadPrevMarketing[0], kNever);
    QCOMPARE(s.leadWonAt[0], kNov1 + 9 * 86400);
    QCOMPARE(s.oppEffSource[0], qint8(kSrcMarketing)); // from its lead
    QCOMPARE(s.oppEffSource[1], qint8(kSrcPartner));
    // Touches sorted per lead and per account.
    QCOMPARE(s.leadTouchOffsets[1] - s.leadTouchOffsets[0], 2);
    QCOMPARE(s.leadTouchTimes[0], kNov1 - 100);
    QCOMPARE(s.accountTouchOffsets[1] - s.accountTouchOffsets[0], 2);
    // Two products of A1 in October add up.
    const int slot = s.mrrSlotOfAccount[0];
    QVERIFY(slot != kNone);
    QCOMPARE(s.mrrAt(slot, monthIndex(202610)), Q_INT64_C(1500));
    QCOMPARE(s.mrrAt(slot, monthIndex(202611)), Q_INT64_C(0));
    QCOMPARE(s.mrrSlotOfAccount[2], kNone);
    QCOMPARE(s.spendByMonth.size(), size_t(1));
    QCOMPARE(s.spendByMonth[0].second, Q_INT64_C(1000));
    // A1 has no persona column: its won opportunity's lead gives CTO.
    QCOMPARE(s.personas.text(s.resolution.accountPersona[0]), QStringLiteral("CTO"));
    QCOMPARE(s.personas.text(s.resolution.accountPersona[1]), QStringLiteral("CFO"));
    QCOMPARE(s.resolution.accountPersona[2], kNone);
    QCOMPARE(s.resolution.oppPersona[1], kNone); // no own, no lead, account unassigned
}

void TestSnapshot::engineOnLoadedStore()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(store.ok());
    fill(**store);
    const auto r = SnapshotLoader::load(**store);
    QVERIFY(r.ok());
    KpiEngine e(*r, Settings{});
    const KpiReport rep = e.compute(*Period::parse(u"2026-11"), {});
    QCOMPARE(rep.asOf, kNov1 + 20 * 86400);
    QCOMPARE(rep.current.value(KpiId::LeadsCreated), std::optional<double>(3));
    QCOMPARE(rep.current.value(KpiId::BookingsTotal), std::optional<double>(123456));
    // October 1500 → November 0 (A1 churned), A2 new 250
    QCOMPARE(rep.current.value(KpiId::MrrChurned), std::optional<double>(1500));
    QCOMPARE(rep.current.value(KpiId::MrrNew), std::optional<double>(250));
    QCOMPARE(rep.current.value(KpiId::Cac), std::optional<double>(1000));
    QCOMPARE(rep.targets.size(), size_t(1));
    QCOMPARE(rep.targets[0].status, TargetStatus::OnTrack); // 1234.56 ≥ 1000.5
    QCOMPARE(e.values(Dimension::Persona), (QStringList{QStringLiteral("CFO"), QStringLiteral("CTO"), QStringLiteral("Unassigned")}));
    QCOMPARE(e.values(Dimension::Segment), (QStringList{QStringLiteral("Enterprise"), QStringLiteral("SMB"), QStringLiteral("Unassigned")}));
}

void TestSnapshot::emptyStore()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(store.ok());
    const auto r = SnapshotLoader::load(**store);
    QVERIFY(r.ok());
    QCOMPARE((*r)->defaultAsOf(), Q_INT64_C(0));
    KpiEngine e(*r, Settings{});
    const KpiSet set = e.computeSet(*Period::parse(u"2026"), {}, 0);
    QCOMPARE(set.nullReason(KpiId::LeadsCreated), NullReason::NoData);
    QVERIFY(e.values(Dimension::Persona).isEmpty());
}

void TestSnapshot::progressAndCancel()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(store.ok());
    fill(**store);
    QList<int> seen;
    auto r = SnapshotLoader::load(**store, [&](qint64 percent, qint64 total, const QString &) {
        seen << int(percent);
        return total == 100;
    });
    QVERIFY(r.ok());
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    r = SnapshotLoader::load(**store, [](qint64, qint64, const QString &stage) { return stage != QLatin1String("leads"); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    // The store is still usable afterwards (the read transaction was closed).
    QVERIFY(SnapshotLoader::load(**store).ok());
    QVERIFY(exec(**store, QStringLiteral("INSERT INTO spend(month, team, amount) VALUES (202612, 'sales', 1)")));
}

void TestSnapshot::sparseRowids()
{
    // Rowids with gaps (deleted rows, an explicit huge rowid): the two lead
    // readers split by rowid and the rowid → index map must still line up.
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(store.ok());
    fill(**store);
    QVERIFY(exec(**store, QStringLiteral("INSERT INTO leads(rowid, lead_id, created_at, persona) VALUES (1000000000, 'L9', %1, 'CEO')").arg(kNov1)));
    QVERIFY(exec(**store, QStringLiteral("INSERT INTO touches(lead_id, campaign_id, touched_at) VALUES ('L9', 'C1', %1)").arg(kNov1 + 60)));
    QVERIFY(exec(**store, QStringLiteral("UPDATE opportunities SET lead_id = 'L9' WHERE opportunity_id = 'O2'")));
    const auto r = SnapshotLoader::load(**store);
    QVERIFY_RESULT(r);
    const Snapshot &s = **r;
    QCOMPARE(s.leadCount(), 4);
    const int l9 = 3; // rowid order: L1, L2, L3, then L9
    QCOMPARE(QString::fromUtf8(std::string(s.leads.id[l9])), QStringLiteral("L9"));
    QCOMPARE(s.personas.text(s.leads.persona[l9]), QStringLiteral("CEO"));
    QCOMPARE(s.leadTouchOffsets[l9 + 1] - s.leadTouchOffsets[l9], 1);
    QCOMPARE(s.opps.lead[1], l9);
    QCOMPARE(s.opps.lead[0], 0); // O1 → L1 still
}

void TestSnapshot::extremeRowids()
{
    // Rowids at both ends of the int64 range: their span does not fit in one.
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(store.ok());
    fill(**store);
    QVERIFY(exec(**store, QStringLiteral("INSERT INTO leads(rowid, lead_id, created_at) VALUES (-9223372036854775807, 'L0', %1), "
                                         "(9223372036854775807, 'L9', %1)").arg(kNov1)));
    const auto r = SnapshotLoader::load(**store);
    QVERIFY_RESULT(r);
    const Snapshot &s = **r;
    QCOMPARE(s.leadCount(), 5);
    QCOMPARE(QString::fromUtf8(std::string(s.leads.id[0])), QStringLiteral("L0"));
    QCOMPARE(QString::fromUtf8(std::string(s.leads.id[4])), QStringLiteral("L9"));
    QCOMPARE(s.opps.lead[0], 1); // O1 → L1, now second in rowid order
    QCOMPARE(s.leadTouchOffsets[2] - s.leadTouchOffsets[1], 2);
}

void TestSnapshot::manyRanges_data()
{
    QTest::addColumn<bool>("idsInRowidOrder");
    QTest::newRow("ids rise with the rowid") << true;
    QTest::newRow("ids out of rowid order") << false;
}

void TestSnapshot::manyRanges()
{
    // Enough leads for several rowid ranges read by both connections, rowid
    // gaps, and (second row) ids that do not rise with the rowid, so that
    // touches and deals are matched through the index scan instead.
    QFETCH(bool, idsInRowidOrder);
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(store.ok());
    fill(**store);
    constexpr int kLeads = 100000;
    QSqlDatabase db = (*store)->database();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO leads(lead_id, persona, channel, created_at) VALUES (?, ?, ?, ?)")));
    for (int i = 0; i < kLeads; ++i) {
        // Out of order: the ids of each block of ten are written backwards.
        const int n = idsInRowidOrder ? i : i - i % 10 + 9 - i % 10;
        q.addBindValue(QStringLiteral("M%1").arg(n, 6, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("P%1").arg(i % 7));
        q.addBindValue(i % 3 ? QStringLiteral("web") : QStringLiteral("Unassigned"));
        q.addBindValue(kNov1 + i);
        QVERIFY(q.exec());
    }
    QVERIFY(db.commit());
    QVERIFY(exec(**store, QStringLiteral("DELETE FROM leads WHERE rowid % 101 = 50")));
    for (const char *id : {"M000007", "M054321", "M099999"})
        QVERIFY(exec(**store, QStringLiteral("INSERT INTO touches(lead_id, campaign_id, touched_at) VALUES ('%1', 'C1', %2), ('%1', 'C1', %3)")
                                  .arg(QLatin1String(id)).arg(kNov1).arg(kNov1 + 1)));
    QVERIFY(exec(**store, QStringLiteral("UPDATE opportunities SET lead_id = 'M077777' WHERE opportunity_id = 'O2'")));

    const auto r = SnapshotLoader::load(**store);
    QVERIFY_RESULT(r);
    const Snapshot &s = **r;
    QSqlQuery expected(db);
    QVERIFY(expected.exec(QStringLiteral("SELECT lead_id, persona FROM leads ORDER BY rowid")));
    int i = 0;
    for (; expected.next(); ++i) {
        QVERIFY(i < s.leadCount());
        QCOMPARE(QString::fromUtf8(std::string(s.leads.id[size_t(i)])), expected.value(0).toString());
        const int persona = s.leads.persona[size_t(i)];
        QCOMPARE(persona == kNone ? QString() : s.personas.text(persona), expected.value(1).toString().trimmed());
    }
    QCOMPARE(s.leadCount(), i);
    // Interned in the order of a single pass: accounts, then leads by rowid.
    QCOMPARE(s.personas.text(0), QStringLiteral("CFO"));
    QCOMPARE(s.personas.text(1), QStringLiteral("CTO"));
    QCOMPARE(s.personas.text(2), QStringLiteral("P0"));
    QCOMPARE(s.personas.text(8), QStringLiteral("P6"));
    auto idOf = [&](int lead) { return QString::fromUtf8(std::string(s.leads.id[size_t(lead)])); };
    QCOMPARE(s.leadTouchTimes.size(), size_t(2 + 6));
    QVERIFY(s.touches.lead.empty()); // a load input, released by finalize()
    QStringList touched;
    for (int lead = 0; lead < s.leadCount(); ++lead)
        if (s.leadTouchOffsets[size_t(lead) + 1] > s.leadTouchOffsets[size_t(lead)])
            touched << idOf(lead);
    touched.sort();
    QCOMPARE(touched, QStringList({"L1", "M000007", "M054321", "M099999"}));
    QCOMPARE(idOf(s.opps.lead[0]), QStringLiteral("L1"));
    QCOMPARE(idOf(s.opps.lead[1]), QStringLiteral("M077777"));
}

void TestSnapshot::emailKeys_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case and spaces") << " Ann@X.org" << "ann@x.ORG  " << true;
    QTest::newRow("different") << "ann@x.org" << "anna@x.org" << false;
    QTest::newRow("non-ascii folded") << "JÖRG@x.de" << "jörg@x.de" << true;
    QTest::newRow("tab trimmed") << "\tbob@x.org" << "bob@x.org" << true;
}

void TestSnapshot::emailKeys()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const QByteArray ua = a.toUtf8(), ub = b.toUtf8();
    QCOMPARE(Snapshot::emailKeyUtf8(ua.constData(), int(ua.size())) == Snapshot::emailKeyUtf8(ub.constData(), int(ub.size())), same);
    QCOMPARE(Snapshot::emailKey(a) == Snapshot::emailKey(b), same);
    QCOMPARE(Snapshot::emailKey(a), Snapshot::emailKeyUtf8(ua.constData(), int(ua.size())));
    QCOMPARE(Snapshot::emailKey(u"  "), quint64(0));
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"

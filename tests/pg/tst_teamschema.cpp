// The team store's connection and schema against a real PostgreSQL server
// (tests/pg/pgtestserver.h): login faults, roles, the schema and its version.
#include "pgstore/pgconnection.h"
#include "pgstore/pgschema.h"
#include "pgstore/tablelayout.h"
#include "pgstore/teamstore.h"
#include "pgtestserver.h"
#include "store/schema.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <thread>

using namespace ra;
using ra::testing::PgTestServer;

class TestTeamSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void layoutFollowsSqliteSchema();
    void dialect();
    void createsSchemaOnce();
    void twoClientsUpgradeAtOnce();
    void newerServerSchemaRefused();
    void wrongPasswordSaysSo();
    void unreachableServerSaysSo();
    void viewerCannotWrite();
    void documentedRolesWork();
    void withoutPasswordHidesIt_data();
    void withoutPasswordHidesIt();

private:
    PgTestServer m_server;
};

void TestTeamSchema::initTestCase()
{
    const Status s = m_server.start();
    QVERIFY2(s.ok(), qPrintable(s.message()));
}

void TestTeamSchema::layoutFollowsSqliteSchema()
{
    const auto &tables = storeTables();
    QStringList names;
    for (const TableLayout &t : tables)
        names << t.name;
    // Parents before children: a copy inserts with foreign keys on.
    QVERIFY(names.indexOf(QStringLiteral("accounts")) < names.indexOf(QStringLiteral("leads")));
    QVERIFY(names.indexOf(QStringLiteral("campaigns")) < names.indexOf(QStringLiteral("touches")));
    QVERIFY(names.indexOf(QStringLiteral("leads")) < names.indexOf(QStringLiteral("opportunities")));
    QVERIFY(names.indexOf(QStringLiteral("imports")) < names.indexOf(QStringLiteral("import_rejections")));
    const auto touches = std::find_if(tables.begin(), tables.end(), [](const TableLayout &t) { return t.name == QLatin1String("touches"); });
    QVERIFY(touches != tables.end());
    QCOMPARE(touches->key, (QStringList{QStringLiteral("lead_id"), QStringLiteral("campaign_id"), QStringLiteral("touched_at")}));
    QCOMPARE(touches->sync, TableLayout::Sync::ByRevision);
    for (const TableLayout &t : tables)
        if (t.name == QLatin1String("import_rejections"))
            QCOMPARE(t.sync, TableLayout::Sync::ByImport);
        else if (t.name == QLatin1String("settings"))
            QCOMPARE(t.sync, TableLayout::Sync::Whole);
        else if (t.name == QLatin1String("data_state")) // each copy counts its own changes
            QCOMPARE(t.sync, TableLayout::Sync::Local);
        // Keyed tables that name the import that last wrote a row are data, not the log.
        else if (t.name == QLatin1String("source_rows") || t.name == QLatin1String("usage")
                 || t.name == QLatin1String("account_matches"))
            QCOMPARE(t.sync, TableLayout::Sync::ByRevision);
    QVERIFY(names.indexOf(QStringLiteral("accounts")) < names.indexOf(QStringLiteral("usage")));
    QVERIFY(names.contains(QStringLiteral("source_rows")));
}

void TestTeamSchema::dialect()
{
    QCOMPARE(postgresDialect(QStringLiteral("CREATE TABLE t (a INTEGER NOT NULL, b REAL, c TEXT) WITHOUT ROWID")),
             QStringLiteral("CREATE TABLE t (a BIGINT NOT NULL, b DOUBLE PRECISION, c TEXT)"));
    // Column names that merely contain the words stay as they are.
    QCOMPARE(postgresDialect(QStringLiteral("CREATE TABLE t (integer_count INTEGER)")),
             QStringLiteral("CREATE TABLE t (integer_count BIGINT)"));
    // SQLite's random() is a 64-bit integer; PostgreSQL's is a double in [0, 1).
    const QString stamp = postgresDialect(QStringLiteral("INSERT INTO d (id, stamp) VALUES (1, random())"));
    QVERIFY2(stamp.contains(QLatin1String("::bit(64)::bigint")), qPrintable(stamp));
}

void TestTeamSchema::createsSchemaOnce()
{
    Result<TeamConnection> tc = connectTeamStore(m_server.uri(), TeamAccess::Write);
    QVERIFY2(tc.ok(), qPrintable(tc.message()));
    QCOMPARE(tc->role, TeamRole::Admin);
    QCOMPARE(m_server.psql(QStringLiteral("SELECT version FROM revalign.schema_version")).value(),
             QString::number(currentSchemaVersion()));
    // Every table of the SQLite schema, with the same columns, plus rev on data tables.
    for (const TableLayout &t : storeTables()) {
        const QString cols = m_server.psql(QStringLiteral("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) "
                                                          "FROM information_schema.columns WHERE table_schema = 'revalign' "
                                                          "AND table_name = '%1'").arg(t.name)).value();
        QStringList expected = t.columns;
        if (t.sync == TableLayout::Sync::ByRevision)
            expected << QStringLiteral("rev");
        QCOMPARE(cols, expected.join(QLatin1Char(',')));
    }
    // A second connection finds it current and changes nothing.
    Result<TeamConnection> again = connectTeamStore(m_server.uri(), TeamAccess::Write);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM revalign.schema_version")).value(), QStringLiteral("1"));
}

void TestTeamSchema::twoClientsUpgradeAtOnce()
{
    QVERIFY(m_server.psql(QStringLiteral("CREATE DATABASE race"), QStringLiteral("postgres")).ok());
    // Both connect before either upgrades; the advisory lock serialises them.
    Result<std::unique_ptr<PgConnection>> a = PgConnection::connect(m_server.uri(QStringLiteral("race")));
    Result<std::unique_ptr<PgConnection>> b = PgConnection::connect(m_server.uri(QStringLiteral("race")));
    QVERIFY(a.ok() && b.ok());
    Status sa, sb;
    std::thread t([&] { sa = upgradeTeamSchema(**a); });
    sb = upgradeTeamSchema(**b);
    t.join();
    QVERIFY2(sa.ok(), qPrintable(sa.message()));
    QVERIFY2(sb.ok(), qPrintable(sb.message()));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) || ':' || max(version) FROM revalign.schema_version"),
                           QStringLiteral("race")).value(),
             QStringLiteral("1:%1").arg(currentSchemaVersion()));
}

void TestTeamSchema::newerServerSchemaRefused()
{
    QVERIFY(m_server.psql(QStringLiteral("CREATE DATABASE future"), QStringLiteral("postgres")).ok());
    QVERIFY(connectTeamStore(m_server.uri(QStringLiteral("future")), TeamAccess::Write).ok());
    const int future = currentSchemaVersion() + 1;
    QVERIFY(m_server.psql(QStringLiteral("UPDATE revalign.schema_version SET version = %1").arg(future), QStringLiteral("future")).ok());
    for (TeamAccess access : {TeamAccess::Write, TeamAccess::Read}) {
        Result<TeamConnection> tc = connectTeamStore(m_server.uri(QStringLiteral("future")), access);
        QVERIFY(!tc.ok());
        QCOMPARE(tc.error().code, ErrorCode::SchemaTooNew);
        QVERIFY2(tc.message().contains(QStringLiteral("schema version %1").arg(future)), qPrintable(tc.message()));
    }
    // Refused, not "fixed": the server keeps its version.
    QCOMPARE(m_server.psql(QStringLiteral("SELECT version FROM revalign.schema_version"), QStringLiteral("future")).value(),
             QString::number(future));
}

void TestTeamSchema::wrongPasswordSaysSo()
{
    qputenv("PGPASSWORD", "not-the-password");
    Result<TeamConnection> tc = connectTeamStore(m_server.tcpUri(QString::fromLatin1(PgTestServer::kPasswordUser)), TeamAccess::Read);
    qunsetenv("PGPASSWORD");
    QVERIFY(!tc.ok());
    QCOMPARE(tc.error().code, ErrorCode::AuthFailed);
    QVERIFY2(tc.message().contains(QLatin1String(".pgpass")), qPrintable(tc.message()));
    QVERIFY(!tc.message().contains(QLatin1String("not-the-password")));

    // The right one, from libpq's own PGPASSWORD: the login works.
    qputenv("PGPASSWORD", PgTestServer::kPassword);
    Result<std::unique_ptr<PgConnection>> ok = PgConnection::connect(m_server.tcpUri(QString::fromLatin1(PgTestServer::kPasswordUser)));
    qunsetenv("PGPASSWORD");
    QVERIFY2(ok.ok(), qPrintable(ok.message()));
}

void TestTeamSchema::unreachableServerSaysSo()
{
    // A port nobody listens on (the server's, while it is stopped).
    QVERIFY(m_server.stop().ok());
    Result<TeamConnection> tc = connectTeamStore(m_server.uri(), TeamAccess::Read);
    const Status restarted = m_server.restart();
    QVERIFY2(restarted.ok(), qPrintable(restarted.message()));
    QVERIFY(!tc.ok());
    QCOMPARE(tc.error().code, ErrorCode::Unreachable);
    QVERIFY2(tc.message().contains(QLatin1String("offline copy")), qPrintable(tc.message()));
}

void TestTeamSchema::viewerCannotWrite()
{
    QVERIFY(connectTeamStore(m_server.uri(), TeamAccess::Write).ok());
    QVERIFY(m_server.psql(QStringLiteral("CREATE ROLE carol LOGIN; GRANT USAGE ON SCHEMA revalign TO carol; "
                                         "GRANT SELECT ON ALL TABLES IN SCHEMA revalign TO carol")).ok());
    Result<TeamConnection> read = connectTeamStore(m_server.uri(QStringLiteral("revalign"), QStringLiteral("carol")), TeamAccess::Read);
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(read->role, TeamRole::Viewer);
    Result<TeamConnection> write = connectTeamStore(m_server.uri(QStringLiteral("revalign"), QStringLiteral("carol")), TeamAccess::Write);
    QVERIFY(!write.ok());
    QCOMPARE(write.error().code, ErrorCode::ReadOnly);
    QVERIFY2(write.message().contains(QLatin1String("viewer")) && write.message().contains(QLatin1String("admin")),
             qPrintable(write.message()));
}

// The role SQL of docs/team-store.md, run as written.
void TestTeamSchema::documentedRolesWork()
{
    QFile doc(QStringLiteral(RA_TEST_DATA_DIR "/../../docs/team-store.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const QString fence = QStringLiteral("```sql roles\n");
    const qsizetype start = text.indexOf(fence);
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("```"), start + fence.size());
    QVERIFY(end > start);
    QVERIFY(m_server.psql(QStringLiteral("CREATE DATABASE roles"), QStringLiteral("postgres")).ok());
    const Result<QString> setup = m_server.psql(text.mid(start + fence.size(), end - start - fence.size()), QStringLiteral("roles"));
    QVERIFY2(setup.ok(), qPrintable(setup.message()));

    // Before an admin's first connection there is nothing to read, and a viewer cannot set it up.
    Result<TeamConnection> early = connectTeamStore(m_server.uri(QStringLiteral("roles"), QStringLiteral("sales_head")), TeamAccess::Read);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, ErrorCode::ReadOnly);
    QVERIFY2(early.message().contains(QLatin1String("setting up")) && early.message().contains(QLatin1String("admin")),
             qPrintable(early.message()));
    // The admin's first connection creates the tables, owned by the admin group.
    Result<TeamConnection> admin = connectTeamStore(m_server.uri(QStringLiteral("roles"), QStringLiteral("cmo")), TeamAccess::Write);
    QVERIFY2(admin.ok(), qPrintable(admin.message()));
    QCOMPARE(admin->role, TeamRole::Admin);
    QCOMPARE(m_server.psql(QStringLiteral("SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables WHERE schemaname = 'revalign'"),
                           QStringLiteral("roles")).value(),
             QStringLiteral("revalign_admin"));
    // A viewer reads every table and may not write.
    Result<TeamConnection> viewer = connectTeamStore(m_server.uri(QStringLiteral("roles"), QStringLiteral("sales_head")), TeamAccess::Read);
    QVERIFY2(viewer.ok(), qPrintable(viewer.message()));
    QCOMPARE(viewer->role, TeamRole::Viewer);
    for (const TableLayout &t : storeTables())
        QVERIFY2(viewer->conn->query(QStringLiteral("SELECT count(*) FROM revalign.%1").arg(t.name)).ok(), qPrintable(t.name));
    Result<TeamConnection> write = connectTeamStore(m_server.uri(QStringLiteral("roles"), QStringLiteral("sales_head")), TeamAccess::Write);
    QVERIFY(!write.ok());
    QCOMPARE(write.error().code, ErrorCode::ReadOnly);
}

void TestTeamSchema::withoutPasswordHidesIt_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expected");
    QTest::newRow("uri") << "postgresql://bob:s3cret@db1:5432/revalign?sslmode=require"
                         << "postgresql://bob@db1:5432/revalign?sslmode=require";
    QTest::newRow("uri query") << "postgresql://db1/revalign?user=bob&password=s3cret"
                               << "postgresql://db1/revalign?user=bob";
    QTest::newRow("keywords") << "service=team password=s3cret" << "service=team";
    QTest::newRow("quoted") << "service=team password='a b\\'c' sslmode=require" << "service=team sslmode=require";
    QTest::newRow("none") << "service=team" << "service=team";
}

void TestTeamSchema::withoutPasswordHidesIt()
{
    QFETCH(QString, location);
    QFETCH(QString, expected);
    QCOMPARE(withoutPassword(location), expected);
}

QTEST_GUILESS_MAIN(TestTeamSchema)
#include "tst_teamschema.moc"

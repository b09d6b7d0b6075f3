// The data-quality report (models/services/dataquality.h) on a store built
// from a small bundle written here, with one flaw of each kind and one bad row.
#include "kpi/kpiengine.h"
#include "quality/dataquality.h"
#include "services/engineloader.h"
#include "store/store.h"
#include "support/revalign.h"
#include "support/verifyresult.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::testsupport;

class TestDataQuality : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void counts();
    void rejections();
    void emptyStore();

private:
    void write(const QString &name, const QByteArray &text);
    QTemporaryDir m_tmp;
    QString m_db;
    std::unique_ptr<Store> m_store;
    DataQualityReport m_report;
};

void TestDataQuality::write(const QString &name, const QByteArray &text)
{
    QFile f(m_tmp.filePath(QStringLiteral("bundle/") + name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void TestDataQuality::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QDir(m_tmp.path()).mkpath(QStringLiteral("bundle")));
    write(QStringLiteral("accounts.csv"), "account_id,segment\nA1,SMB\n");
    // Q1: SQL before MQL; Q2: fine; Q3: no persona; Q4: bad timestamp (rejected, line 5);
    // Q5 and Q6: marketing lead and its sales re-entry two days later; Q6 never qualifies.
    write(QStringLiteral("leads.csv"),
          "lead_id,email,account_id,persona,source,created_at,mql_at,sal_at,sql_at\n"
          "Q1,q1@x.com,A1,CFO,marketing,2026-01-01,2026-01-05,,2026-01-03\n"
          "Q2,q2@x.com,A1,CFO,marketing,2026-01-01,2026-01-02,2026-01-02,2026-01-03\n"
          "Q3,q3@x.com,A1,,marketing,2026-01-01,2026-01-02,,\n"
          "Q4,q4@x.com,A1,CFO,marketing,yesterday,,,\n"
          "Q5,same@x.com,A1,CFO,marketing,2026-02-01,,,\n"
          "Q6,Same@x.com,A1,CFO,sales,2026-02-03,,,\n");
    write(QStringLiteral("opportunities.csv"),
          "opportunity_id,account_id,lead_id,type,amount,created_at,closed_at,status\n"
          "P1,A1,Q2,new,100,2026-01-10,2026-01-09,won\n"
          "P2,A1,,new,100,2026-01-10,2026-01-20,lost\n");
    write(QStringLiteral("tickets.csv"),
          "ticket_id,account_id,opened_at,resolved_at\nT1,A1,2026-01-10,2026-01-09\nT2,A1,2026-01-10,2026-01-11\n");
    m_db = m_tmp.filePath(QStringLiteral("q.db"));
    const ProcessRun imported = runRevalign({QStringLiteral("import"), m_tmp.filePath(QStringLiteral("bundle")),
                                             QStringLiteral("--db"), m_db});
    QVERIFY2(imported.exitedWith(1), qPrintable(imported.describe())); // some rows rejected
    Result<std::unique_ptr<Store>> store = Store::open(m_db, Store::Mode::ReadOnly);
    QVERIFY_RESULT(store);
    m_store = std::move(store.value());
    Result<std::shared_ptr<const KpiEngine>> engine = loadEngine(*m_store);
    QVERIFY_RESULT(engine);
    Result<DataQualityReport> report = checkDataQuality(*m_store, engine.value().get(), 5, 3);
    QVERIFY_RESULT(report);
    m_report = report.value();
}

void TestDataQuality::counts()
{
    QHash<QString, QualityIssue> issues;
    for (const QualityIssue &i : m_report.issues)
        issues.insert(i.key, i);
    QCOMPARE(issues[QStringLiteral("leads.out_of_order")].count, 1);
    QCOMPARE(issues[QStringLiteral("leads.out_of_order")].samples, QStringList{QStringLiteral("Q1")});
    QCOMPARE(issues[QStringLiteral("opportunities.out_of_order")].samples, QStringList{QStringLiteral("P1")});
    QCOMPARE(issues[QStringLiteral("tickets.out_of_order")].samples, QStringList{QStringLiteral("T1")});
    QCOMPARE(issues[QStringLiteral("leads.without_persona")].samples, QStringList{QStringLiteral("Q3")});
    QCOMPARE(issues[QStringLiteral("opportunities.without_lead")].samples, QStringList{QStringLiteral("P2")});
    // As of Q6's creation (2026-02-03): Q3's MQL (01-02) waits 32 days > 30; Q1's (01-05) only 29.
    QCOMPARE(issues[QStringLiteral("leads.stalled")].count, 1);
    QCOMPARE(issues[QStringLiteral("leads.reentered")].count, 1);
    const QStringList w = m_report.warnings();
    QVERIFY(w.contains(QStringLiteral("Leads with stage timestamps out of order: 1")));
    QVERIFY(w.contains(QStringLiteral("Rows rejected by the last import: 1")));
}

void TestDataQuality::rejections()
{
    QCOMPARE(m_report.imports.size(), size_t(1));
    const ImportLogEntry &s = m_report.imports.front();
    QCOMPARE(s.rejected, 1);
    QCOMPARE(s.samples.size(), size_t(1));
    QVERIFY2(s.samples.front().file.contains(QStringLiteral("leads")), qPrintable(s.samples.front().file));
    QCOMPARE(s.samples.front().line, 5);
    QCOMPARE(s.samples.front().column, QStringLiteral("created_at"));

    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(m_report.toJson().toUtf8(), &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QCOMPARE(o[QStringLiteral("as_of")].toString(), QStringLiteral("2026-02-03T00:00:00Z"));
    QCOMPARE(o[QStringLiteral("imports")].toArray().at(0).toObject()[QStringLiteral("rejected")].toInt(), 1);
    QVERIFY(m_report.toText().contains(QStringLiteral("[created_at]")));
}

void TestDataQuality::emptyStore()
{
    Result<std::unique_ptr<Store>> store = Store::open(m_tmp.filePath(QStringLiteral("empty.db")));
    QVERIFY(store);
    Result<DataQualityReport> report = checkDataQuality(*store.value());
    QVERIFY(report);
    QVERIFY(report->warnings().isEmpty());
    QVERIFY(report->imports.empty());
    for (const QualityIssue &i : report->issues)
        QCOMPARE(i.count, 0);
    QVERIFY(QJsonDocument::fromJson(report->toJson().toUtf8()).isObject());
}

QTEST_GUILESS_MAIN(TestDataQuality)
#include "tst_dataquality.moc"

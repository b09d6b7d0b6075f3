#include "store/schema.h"

namespace ra {

// Storage conventions (see docs/decisions/store-encoding.md):
//  - timestamps and dates: INTEGER seconds since the Unix epoch, UTC
//    (a date is 00:00 UTC of that day);
//  - months: INTEGER yyyymm (202611);
//  - money: INTEGER minor units (cents);
//  - enums: lower-case TEXT as spelled in docs/bundle-format.md.
static const QStringList kVersion1 = {
    QStringLiteral(R"(CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE imports (
        import_id   INTEGER PRIMARY KEY,
        started_at  INTEGER NOT NULL,
        finished_at INTEGER,
        bundle      TEXT NOT NULL,
        strict      INTEGER NOT NULL DEFAULT 0,
        status      TEXT NOT NULL,
        summary     TEXT))"),
    QStringLiteral(R"(CREATE TABLE import_rejections (
        import_id INTEGER NOT NULL REFERENCES imports(import_id) ON DELETE CASCADE,
        file      TEXT NOT NULL,
        line      INTEGER NOT NULL,
        col       TEXT,
        reason    TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX import_rejections_import ON import_rejections(import_id)"),
    QStringLiteral(R"(CREATE TABLE accounts (
        account_id TEXT PRIMARY KEY,
        name       TEXT,
        segment    TEXT,
        industry   TEXT,
        region     TEXT,
        persona    TEXT,
        created_on INTEGER))"),
    QStringLiteral(R"(CREATE TABLE campaigns (
        campaign_id TEXT PRIMARY KEY,
        name        TEXT,
        channel     TEXT,
        started_on  INTEGER,
        ended_on    INTEGER,
        cost        INTEGER))"),
    QStringLiteral(R"(CREATE TABLE leads (
        lead_id             TEXT PRIMARY KEY,
        email               TEXT,
        account_id          TEXT REFERENCES accounts(account_id),
        persona             TEXT,
        channel             TEXT,
        source              TEXT,
        campaign_id         TEXT REFERENCES campaigns(campaign_id),
        owner               TEXT,
        created_at          INTEGER NOT NULL,
        mql_at              INTEGER,
        sal_at              INTEGER,
        sql_at              INTEGER,
        disqualified_at     INTEGER,
        disqualified_reason TEXT))"),
    QStringLiteral("CREATE INDEX leads_account ON leads(account_id)"),
    QStringLiteral(R"(CREATE TABLE touches (
        lead_id     TEXT NOT NULL REFERENCES leads(lead_id),
        campaign_id TEXT NOT NULL REFERENCES campaigns(campaign_id),
        touched_at  INTEGER NOT NULL,
        PRIMARY KEY (lead_id, campaign_id, touched_at)))"),
    QStringLiteral(R"(CREATE TABLE opportunities (
        opportunity_id TEXT PRIMARY KEY,
        account_id     TEXT NOT NULL REFERENCES accounts(account_id),
        lead_id        TEXT REFERENCES leads(lead_id),
        persona        TEXT,
        type           TEXT NOT NULL,
        source         TEXT,
        amount         INTEGER NOT NULL,
        created_at     INTEGER NOT NULL,
        closed_at      INTEGER,
        status         TEXT NOT NULL,
        stage          TEXT,
        lost_reason    TEXT))"),
    QStringLiteral("CREATE INDEX opportunities_account ON opportunities(account_id)"),
    QStringLiteral("CREATE INDEX opportunities_lead ON opportunities(lead_id)"),
    QStringLiteral(R"(CREATE TABLE revenue (
        account_id TEXT NOT NULL REFERENCES accounts(account_id),
        month      INTEGER NOT NULL,
        product    TEXT NOT NULL DEFAULT 'default',
        mrr        INTEGER NOT NULL,
        PRIMARY KEY (account_id, month, product)))"),
    QStringLiteral(R"(CREATE TABLE spend (
        month  INTEGER NOT NULL,
        team   TEXT NOT NULL,
        amount INTEGER NOT NULL,
        PRIMARY KEY (month, team)))"),
    QStringLiteral(R"(CREATE TABLE tickets (
        ticket_id   TEXT PRIMARY KEY,
        account_id  TEXT NOT NULL REFERENCES accounts(account_id),
        opened_at   INTEGER NOT NULL,
        resolved_at INTEGER,
        category    TEXT,
        csat        INTEGER))"),
    QStringLiteral("CREATE INDEX tickets_account ON tickets(account_id)"),
    QStringLiteral(R"(CREATE TABLE nps (
        account_id   TEXT NOT NULL REFERENCES accounts(account_id),
        responded_on INTEGER NOT NULL,
        respondent   TEXT NOT NULL DEFAULT '',
        score        INTEGER NOT NULL,
        comment      TEXT,
        PRIMARY KEY (account_id, responded_on, respondent)))"),
    QStringLiteral(R"(CREATE TABLE targets (
        period TEXT NOT NULL,
        kpi    TEXT NOT NULL,
        target REAL NOT NULL,
        owner  TEXT,
        PRIMARY KEY (period, kpi)))"),
    QStringLiteral(R"(CREATE TABLE alignment_survey (
        surveyed_on INTEGER NOT NULL,
        respondent  TEXT NOT NULL,
        role        TEXT NOT NULL,
        question    TEXT NOT NULL,
        score       INTEGER NOT NULL,
        PRIMARY KEY (surveyed_on, respondent, question)))"),
};

// Version 2: the tables whose rows are little more than their composite key
// become WITHOUT ROWID tables. A rowid table with a composite primary key is
// two B-trees (the rows, and the key's index holding the same values again);
// without rowid it is one, so an import writes and balances half as much
// (touches: 56 MB -> about 30 MB at a million leads). Tables with a one-column
// TEXT key and wide rows (leads, accounts, ...) keep their rowid: there the
// rowid table is the cheaper layout. See docs/decisions/import-pipeline.md.
//
// Each table is copied into its new form, dropped and renamed (nothing
// references these tables, so the foreign keys that point out of them are
// simply re-declared).
static QStringList withoutRowid(const QString &table, const QString &columns, const QString &definition)
{
    const QString next = table + QStringLiteral("_v2");
    return {
        QStringLiteral("CREATE TABLE %1 (%2) WITHOUT ROWID").arg(next, definition),
        QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3").arg(next, columns, table),
        QStringLiteral("DROP TABLE %1").arg(table),
        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(next, table),
    };
}

static QStringList version2()
{
    return withoutRowid(QStringLiteral("touches"), QStringLiteral("lead_id, campaign_id, touched_at"), QStringLiteral(R"(
        lead_id     TEXT NOT NULL REFERENCES leads(lead_id),
        campaign_id TEXT NOT NULL REFERENCES campaigns(campaign_id),
        touched_at  INTEGER NOT NULL,
        PRIMARY KEY (lead_id, campaign_id, touched_at))"))
        + withoutRowid(QStringLiteral("revenue"), QStringLiteral("account_id, month, product, mrr"), QStringLiteral(R"(
        account_id TEXT NOT NULL REFERENCES accounts(account_id),
        month      INTEGER NOT NULL,
        product    TEXT NOT NULL DEFAULT 'default',
        mrr        INTEGER NOT NULL,
        PRIMARY KEY (account_id, month, product))"))
        + withoutRowid(QStringLiteral("spend"), QStringLiteral("month, team, amount"), QStringLiteral(R"(
        month  INTEGER NOT NULL,
        team   TEXT NOT NULL,
        amount INTEGER NOT NULL,
        PRIMARY KEY (month, team))"))
        + withoutRowid(QStringLiteral("nps"), QStringLiteral("account_id, responded_on, respondent, score, comment"), QStringLiteral(R"(
        account_id   TEXT NOT NULL REFERENCES accounts(account_id),
        responded_on INTEGER NOT NULL,
        respondent   TEXT NOT NULL DEFAULT '',
        score        INTEGER NOT NULL,
        comment      TEXT,
        PRIMARY KEY (account_id, responded_on, respondent))"))
        + withoutRowid(QStringLiteral("targets"), QStringLiteral("period, kpi, target, owner"), QStringLiteral(R"(
        period TEXT NOT NULL,
        kpi    TEXT NOT NULL,
        target REAL NOT NULL,
        owner  TEXT,
        PRIMARY KEY (period, kpi))"))
        + withoutRowid(QStringLiteral("alignment_survey"), QStringLiteral("surveyed_on, respondent, role, question, score"), QStringLiteral(R"(
        surveyed_on INTEGER NOT NULL,
        respondent  TEXT NOT NULL,
        role        TEXT NOT NULL,
        question    TEXT NOT NULL,
        score       INTEGER NOT NULL,
        PRIMARY KEY (surveyed_on, respondent, question))"));
}

const std::vector<MigrationStep> &migrationSteps()
{
    static const std::vector<MigrationStep> steps = {
        {1, kVersion1},
        {2, version2()},
    };
    return steps;
}

int currentSchemaVersion() { return migrationSteps().back().toVersion; }

} // namespace ra

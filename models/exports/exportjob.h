#pragma once
// Internal to the export import: one source file on its way into the bundle,
// and what the conversions share. Not part of the ra_core API.
#include "exports/accountmatcher.h"
#include "exports/bundlebuilder.h"
#include "exports/exportsummary.h"
#include "exports/exporttext.h"
#include "exports/fieldplan.h"
#include "import/keyindex.h"

#include <QHash>
#include <deque>
#include <functional>
#include <map>
#include <set>

struct sqlite3;

namespace ra {

struct SourceJob {
    int index = 0;
    ExportText text;
    QStringList header;
    const Mapping *mapping = nullptr;
    FieldPlan plan;
    SourceFileSummary summary;
    QHash<QString, QString> headers;  // "table.column" -> the source header behind it, for rejections
    qint64 written = 0;               // bundle rows written from this file's records
    qint64 records = 0;                 // records read so far (the ordinal of the current one)
    std::vector<qint64> writtenRecords; // records that produced written rows (ascending, unique)
};

// A billing customer or ticket organisation with the rows that wait for its account.
struct Party {
    ExternalParty party;
    RowOrigin origin; // where it was first seen
    QString ownAccountId; // the account it becomes in a store without CRM accounts ("stripe:cus_1")
    SourceJob *customerRow = nullptr; // the customers export that lists it, if any
    qint64 customerLine = 0;
    bool canBeAccount = false; // billing customers can; ticket organisations only when nothing else is there
    QString accountId;
    MatchOutcome outcome;
    qint64 rowsHeld = 0;
};

struct ConvertContext {
    sqlite3 *db = nullptr;
    BundleBuilder *builder = nullptr;
    AccountMatcher *matcher = nullptr;
    std::vector<Rejection> *rejections = nullptr;
    std::vector<std::pair<QString, QString>> domains; // (account, domain) of CRM accounts
    std::map<BundleTable, KeyIndex> known;             // stored keys plus those of this import, for optional references
    std::set<BundleTable> referenced;                  // tables some file of the run refers to
    Progress progress;                                 // bytes of the current file; false cancels

    void reject(SourceJob &job, qint64 line, const QString &header, const QString &reason);
    void warn(SourceJob &job, const QString &message);
    KeyIndex &knownKeys(BundleTable table); // loads the stored keys on first use
    void written(SourceJob &job, qint64 record);
    // Reads the job's rows (footer skipped and noted), counting them in its summary.
    Status readRows(SourceJob &job, const std::function<void(const RecordView &, qint64)> &onRow);
};

// One bundle row per source record (accounts, leads, opportunities...).
Status convertRows(SourceJob &job, ConvertContext &ctx);

// Billing customers, subscriptions and tickets: parties are collected first,
// matched once every account is known, then their rows are written.
class PartyConverter {
public:
    explicit PartyConverter(ConvertContext &ctx) : m_ctx(ctx) {}
    Status readCustomers(SourceJob &job);
    Status readSubscriptions(SourceJob &job);
    Status readInvoices(SourceJob &job);
    Status readTickets(SourceJob &job);
    // Matches every party (billing customers become accounts when there are
    // none) and writes the accounts, revenue and tickets.
    void write(const QString &storeCurrency, std::vector<MatchRecord> &matches, bool &billingAccounts);

private:
    struct Row {
        SourceJob *job = nullptr;
        qint64 line = 0;
        qint64 record = 0;
        std::vector<std::string> fields; // by plan target
        std::pair<QString, QString> party; // (source, external id)
    };
    struct Subscription {
        qint64 mrr = 0;        // cents a month
        qint64 firstExtra = 0; // cents added to the first month (an invoice's remainder)
        int first = 0, stop = 0; // month indexes, stop excluded
        QString skip;          // not revenue, with the reason
        QString reason, rejectHeader; // rejected
    };
    Party &party(const QString &source, const QString &externalId, RowOrigin origin);
    Subscription evaluate(const Row &row, const QString &storeCurrency) const;
    Subscription evaluateInvoice(const Row &row, const QString &storeCurrency) const;
    Status readBilling(SourceJob &job, std::vector<Row> &into);
    std::string field(const Row &row, const char *target) const;
    void matchAll(bool billingAccounts);
    void writeRevenue(const QString &storeCurrency);
    void writeTickets();

    ConvertContext &m_ctx;
    std::map<std::pair<QString, QString>, Party> m_parties;
    std::vector<Row> m_subscriptions;
    std::vector<Row> m_invoices;
    std::vector<Row> m_tickets;
    std::map<SourceJob *, int> m_asOfMonth; // subscriptions: the latest month the file knows of
};

} // namespace ra

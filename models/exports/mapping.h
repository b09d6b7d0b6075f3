#pragma once
// A mapping: how one kind of export file (HubSpot contacts, a Salesforce
// Opportunity.csv, a Pipedrive spreadsheet) becomes canonical bundle rows.
// Mappings are data (JSON, docs/importing.md describes the format): RevAlign
// ships one per source object in resources/mappings/, and users save their
// own in the store.
#include "core/result.h"
#include "exports/sourcevalues.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ra {

// What the rows of a file become.
enum class MappingKind {
    Rows,          // one bundle row per source row (accounts, leads, opportunities)
    Customers,     // billing customers: matched to accounts (or become them in a billing-only store)
    Subscriptions, // recurring revenue: monthly MRR per account and product
    Invoices,      // paid subscription invoices spread over the months they cover (when no subscriptions export is given)
    Tickets,       // tickets whose account is matched from the organisation / requester
};

struct MappingColumn {
    QString to;          // bundle column ("lead_id") or a field of the kind ("customer_id", "interval")
    QStringList from;    // source headers, first present wins; '*' matches any text
    QStringList also;    // second input of a rule (IsClosed beside IsWon)
    QString as;          // value type when `to` is not a bundle column: id, text, timestamp, date, money, integer, bool
    QString rule;        // won-closed, segment-from-employees, domain-from-url
    QHash<QString, QString> values;  // case-folded source value -> bundle value
    std::optional<QString> otherwise; // for a value not in `values` (else the row is rejected)
    bool keepOthers = false;          // "others": "keep": a value not in `values` is taken as it is
    std::optional<QString> fallback;  // when the header is absent or the field empty
    QString split;        // take the first of several values ("123;456")
    bool prefixed = true; // ids get the mapping's idPrefix
    QStringList currency;  // header of the row's currency (money)
    QStringList converted; // header of the amount in the company currency (money)
};

struct Mapping {
    QString name;   // "hubspot-contacts": unique; the store keeps saved mappings by it
    QString label;  // "HubSpot contacts"
    QString source; // "hubspot": ids of one source share a namespace
    MappingKind kind = MappingKind::Rows;
    QString table;    // bundle table of Rows and Tickets: "leads"
    QString idPrefix; // "hubspot:" keeps HubSpot and Salesforce ids apart
    QStringList detect;    // headers that identify the file ("Record ID|Contact ID"), all of them = full confidence
    QStringList exclude;   // headers that rule the mapping out (a contacts export is not a companies one)
    QStringList fileNames; // file names typical of the export ("Lead.csv"), a tie-breaker
    bool sourceTimeZone = false; // naive datetimes are in the tool's own zone (--timezone), else UTC
    DateOrder dateOrder = DateOrder::Unknown;
    QStringList nullIds;   // id values that mean "none" (Salesforce's 000000000000000AAA)
    bool amountInCents = false;
    std::vector<MappingColumn> columns;
    QJsonObject document; // the JSON it was read from, for export and storage

    // Errors: Parse (not JSON), Validation (a missing or unknown member, named).
    static Result<Mapping> fromJson(const QByteArray &json, const QString &origin);
    QByteArray toJson() const;
    bool hasTarget(const QString &to) const;
};

// The mappings shipped with RevAlign (resources/mappings/*.json), by name.
const std::vector<Mapping> &builtinMappings();

} // namespace ra

#pragma once
// What the store keeps about exports (schema step "export sources"): saved
// mappings, account matches and rejected pairings, account domains, and the
// fingerprint of each imported source row. Bound values only.
#include "core/result.h"
#include "exports/mapping.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;

namespace ra {

class AccountMatcher;
class Store;

struct MatchRecord {
    QString source, externalId, name, email;
    QString status; // matched, confirmed, unmatched, ambiguous
    QString accountId, method;
    QStringList candidates;
    qint64 rowsHeld = 0; // source rows kept out of the store until the party is matched
};

// Sorted (hash of key, hash of row) pairs of one bundle table.
using RowFingerprints = std::vector<std::pair<quint64, quint64>>;
quint64 fingerprint(std::string_view bytes);

namespace sourcestore {

Result<std::vector<Mapping>> savedMappings(QSqlDatabase db);
Status saveMapping(QSqlDatabase db, const Mapping &mapping);

// Accounts (id, name), their domains, confirmed matches and rejected pairings.
Status loadMatcher(QSqlDatabase db, AccountMatcher &matcher);
Status saveDomains(QSqlDatabase db, const std::vector<std::pair<QString, QString>> &accountDomains);
// Upserts; a confirmed match stays confirmed.
Status saveMatches(QSqlDatabase db, const std::vector<MatchRecord> &matches);
Result<std::vector<MatchRecord>> listMatches(QSqlDatabase db, bool all);
// NotFound when the account is unknown, or the party has never been imported
// (a dry run sees parties and candidate accounts before any import: newParty =
// true accepts both).
Status confirmMatch(QSqlDatabase db, const QString &source, const QString &externalId, const QString &accountId, bool newParty = false);
Status rejectMatch(QSqlDatabase db, const QString &source, const QString &externalId, const QString &accountId);
qint64 countUnmatched(QSqlDatabase db);

// Fingerprints written by export imports after the last plain bundle import
// (a bundle may have changed those rows since, so older ones are not trusted).
// On the raw handle (Store::handle()): a million rows through QVariants would take seconds.
Result<RowFingerprints> loadFingerprints(sqlite3 *db, const QString &table);
Status saveFingerprints(sqlite3 *db, const QString &table, RowFingerprints rows, qint64 importId);

// The same on a store, for the command line and the window (which run no SQL themselves).
Status saveMapping(Store &store, const Mapping &mapping);
Result<std::vector<MatchRecord>> listMatches(Store &store, bool all);
Status confirmMatch(Store &store, const QString &source, const QString &externalId, const QString &accountId, bool newParty = false);
Status rejectMatch(Store &store, const QString &source, const QString &externalId, const QString &accountId);

} // namespace sourcestore
} // namespace ra

#include "exports/sourcestore.h"

#include "exports/accountmatcher.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

namespace ra {
namespace {

Error dbError(const QSqlQuery &q, const char *what)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text()));
}

} // namespace

quint64 fingerprint(std::string_view bytes)
{
    // FNV-1a, 64 bits: stable across runs and builds (std::hash is not promised to be).
    quint64 h = 1469598103934665603ULL;
    for (unsigned char c : bytes)
        h = (h ^ c) * 1099511628211ULL;
    return h;
}

namespace sourcestore {

Result<std::vector<Mapping>> savedMappings(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, definition FROM source_mappings ORDER BY name")))
        return dbError(q, "cannot read the saved mappings");
    std::vector<Mapping> out;
    while (q.next()) {
        auto m = Mapping::fromJson(q.value(1).toString().toUtf8(), QStringLiteral("saved mapping %1").arg(q.value(0).toString()));
        if (!m)
            return m.error();
        out.push_back(std::move(*m));
    }
    return out;
}

Status saveMapping(QSqlDatabase db, const Mapping &mapping)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO source_mappings (name, definition, saved_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition, saved_at = excluded.saved_at"));
    q.addBindValue(mapping.name);
    q.addBindValue(QString::fromUtf8(mapping.toJson()));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return dbError(q, "cannot save the mapping");
    return {};
}

Status loadMatcher(QSqlDatabase db, AccountMatcher &matcher)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT account_id, name FROM accounts")))
        return dbError(q, "cannot read the accounts");
    while (q.next())
        matcher.addAccount(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT account_id, domain FROM account_domains")))
        return dbError(q, "cannot read the account domains");
    while (q.next())
        matcher.addDomain(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT source, external_id, account_id FROM account_matches WHERE status = 'confirmed'")))
        return dbError(q, "cannot read the confirmed matches");
    while (q.next())
        matcher.confirm(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    if (!q.exec(QStringLiteral("SELECT source, external_id, account_id FROM account_match_rejections")))
        return dbError(q, "cannot read the rejected matches");
    while (q.next())
        matcher.reject(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return {};
}

Status saveDomains(QSqlDatabase db, const std::vector<std::pair<QString, QString>> &accountDomains)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO account_domains (account_id, domain) VALUES (?, ?)"));
    for (const auto &[account, domain] : accountDomains) {
        q.bindValue(0, account);
        q.bindValue(1, domain);
        if (!q.exec())
            return dbError(q, "cannot save an account domain");
    }
    return {};
}

Status saveMatches(QSqlDatabase db, const std::vector<MatchRecord> &matches)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO account_matches (source, external_id, name, email, status, account_id, method, candidates, rows_held, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source, external_id) DO UPDATE SET "
        "name = excluded.name, email = excluded.email, rows_held = excluded.rows_held, updated_at = excluded.updated_at, "
        "status = CASE WHEN status = 'confirmed' THEN status ELSE excluded.status END, "
        "account_id = CASE WHEN status = 'confirmed' THEN account_id ELSE excluded.account_id END, "
        "method = CASE WHEN status = 'confirmed' THEN method ELSE excluded.method END, "
        "candidates = CASE WHEN status = 'confirmed' THEN candidates ELSE excluded.candidates END"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const MatchRecord &m : matches) {
        q.bindValue(0, m.source);
        q.bindValue(1, m.externalId);
        q.bindValue(2, m.name);
        q.bindValue(3, m.email);
        q.bindValue(4, m.status);
        q.bindValue(5, m.accountId.isEmpty() ? QVariant() : QVariant(m.accountId));
        q.bindValue(6, m.method);
        q.bindValue(7, m.candidates.join(QLatin1Char(' ')));
        q.bindValue(8, m.rowsHeld);
        q.bindValue(9, now);
        if (!q.exec())
            return dbError(q, "cannot save an account match");
    }
    return {};
}

Result<std::vector<MatchRecord>> listMatches(QSqlDatabase db, bool all)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT source, external_id, name, email, status, account_id, method, candidates, rows_held "
                                       "FROM account_matches WHERE ? OR status IN ('unmatched', 'ambiguous') "
                                       "ORDER BY status, source, external_id");
    q.prepare(sql);
    q.addBindValue(all ? 1 : 0);
    if (!q.exec())
        return dbError(q, "cannot read the account matches");
    std::vector<MatchRecord> out;
    while (q.next()) {
        MatchRecord m;
        m.source = q.value(0).toString();
        m.externalId = q.value(1).toString();
        m.name = q.value(2).toString();
        m.email = q.value(3).toString();
        m.status = q.value(4).toString();
        m.accountId = q.value(5).toString();
        m.method = q.value(6).toString();
        m.candidates = q.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m.rowsHeld = q.value(8).toLongLong();
        out.push_back(std::move(m));
    }
    return out;
}

static Status requireParty(QSqlDatabase db, const QString &source, const QString &externalId, const QString &accountId, bool newParty = false)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM account_matches WHERE source = ? AND external_id = ?), "
                             "(SELECT COUNT(*) FROM accounts WHERE account_id = ?)"));
    q.addBindValue(source);
    q.addBindValue(externalId);
    q.addBindValue(accountId);
    if (!q.exec() || !q.next())
        return dbError(q, "cannot read the account matches");
    if (q.value(0).toInt() == 0 && !newParty)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "ra::Exports", "no %1 party '%2' has been imported (see revalign match list --all)")
                             .arg(source, externalId));
    if (q.value(1).toInt() == 0 && !newParty) // a dry run's candidates may still be on their way in
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ra::Exports", "no account '%1' in the store").arg(accountId));
    return {};
}

Status confirmMatch(QSqlDatabase db, const QString &source, const QString &externalId, const QString &accountId, bool newParty)
{
    if (Status s = requireParty(db, source, externalId, accountId, newParty); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO account_matches (source, external_id, status, account_id, method, candidates, updated_at) "
                             "VALUES (?, ?, 'confirmed', ?, 'confirmed', '', ?) ON CONFLICT(source, external_id) DO UPDATE SET "
                             "status = 'confirmed', account_id = excluded.account_id, method = 'confirmed', candidates = '', "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(source);
    q.addBindValue(externalId);
    q.addBindValue(accountId);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return dbError(q, "cannot confirm the match");
    q.prepare(QStringLiteral("DELETE FROM account_match_rejections WHERE source = ? AND external_id = ? AND account_id = ?"));
    q.addBindValue(source);
    q.addBindValue(externalId);
    q.addBindValue(accountId);
    if (!q.exec())
        return dbError(q, "cannot confirm the match");
    return {};
}

Status rejectMatch(QSqlDatabase db, const QString &source, const QString &externalId, const QString &accountId)
{
    if (Status s = requireParty(db, source, externalId, accountId); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO account_match_rejections (source, external_id, account_id) VALUES (?, ?, ?)"));
    q.addBindValue(source);
    q.addBindValue(externalId);
    q.addBindValue(accountId);
    if (!q.exec())
        return dbError(q, "cannot reject the match");
    // The pairing no longer holds: the party is listed again until the next import matches it otherwise.
    q.prepare(QStringLiteral("UPDATE account_matches SET status = 'unmatched', account_id = NULL, method = '', updated_at = ? "
                             "WHERE source = ? AND external_id = ? AND account_id = ?"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(source);
    q.addBindValue(externalId);
    q.addBindValue(accountId);
    if (!q.exec())
        return dbError(q, "cannot reject the match");
    return {};
}

qint64 countUnmatched(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM account_matches WHERE status IN ('unmatched', 'ambiguous')")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

// Raw statements: at a million rows the QVariant per value of QSqlQuery
// costs seconds; these run once per table and bind integers only.
Result<RowFingerprints> loadFingerprints(sqlite3 *h, const QString &table)
{
    sqlite3_stmt *st = nullptr;
    const char *sql = "SELECT key_hash, row_hash FROM source_rows WHERE tbl = ? AND import_id > "
                      "(SELECT COALESCE(MAX(import_id), 0) FROM imports WHERE bundle NOT LIKE 'exports:%' AND status IN ('ok', 'partial'))";
    if (!h || sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the source row fingerprints: %1").arg(h ? QString::fromUtf8(sqlite3_errmsg(h)) : QString()));
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(st, 1, name.constData(), int(name.size()), SQLITE_STATIC);
    RowFingerprints out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        out.emplace_back(quint64(sqlite3_column_int64(st, 0)), quint64(sqlite3_column_int64(st, 1)));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the source row fingerprints: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    std::sort(out.begin(), out.end());
    return out;
}

Status saveFingerprints(sqlite3 *h, const QString &table, RowFingerprints rows, qint64 importId)
{
    // In key order, as the table is: a million random-order inserts churn the
    // page cache, in-order ones append. Stable, so that of two rows with one
    // key the later one still wins.
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return qint64(a.first) < qint64(b.first); });
    sqlite3_stmt *st = nullptr;
    const char *sql = "INSERT INTO source_rows (tbl, key_hash, row_hash, import_id) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT(tbl, key_hash) DO UPDATE SET row_hash = excluded.row_hash, import_id = excluded.import_id";
    if (!h || sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, QStringLiteral("cannot save the source row fingerprints: %1").arg(h ? QString::fromUtf8(sqlite3_errmsg(h)) : QString()));
    const QByteArray name = table.toUtf8();
    int rc = SQLITE_DONE;
    for (const auto &[key, hash] : rows) {
        sqlite3_bind_text(st, 1, name.constData(), int(name.size()), SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, qint64(key));
        sqlite3_bind_int64(st, 3, qint64(hash));
        sqlite3_bind_int64(st, 4, importId);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            break;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, QStringLiteral("cannot save the source row fingerprints: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    return {};
}

Status saveMapping(Store &store, const Mapping &mapping)
{
    if (Status w = store.requireWritable(); !w)
        return w;
    return saveMapping(store.database(), mapping);
}

Result<std::vector<MatchRecord>> listMatches(Store &store, bool all) { return listMatches(store.database(), all); }

Status confirmMatch(Store &store, const QString &source, const QString &externalId, const QString &accountId, bool newParty)
{
    if (Status w = store.requireWritable(); !w)
        return w;
    return confirmMatch(store.database(), source, externalId, accountId, newParty);
}

Status rejectMatch(Store &store, const QString &source, const QString &externalId, const QString &accountId)
{
    if (Status w = store.requireWritable(); !w)
        return w;
    return rejectMatch(store.database(), source, externalId, accountId);
}

} // namespace sourcestore
} // namespace ra

#include "kpi/snapshotreader.h"

#include "store/store.h"

#include <QFile>

#include <algorithm>

namespace ra {

Error loadCancelled() { return makeError(ErrorCode::Cancelled, QStringLiteral("Loading the store was cancelled")); }

qint8 sourceCodeOf(std::string_view v)
{
    if (v == "marketing")
        return kSrcMarketing;
    if (v == "sales")
        return kSrcSales;
    if (v == "partner")
        return kSrcPartner;
    return kSrcNone;
}

int TextInterner::lookup(std::string_view v)
{
    if (m_seen.size() == kSeenMax) {
        if (const int id = m_more.find(v); id != kNone)
            return id;
        if (m_moreNone.find(v) != m_moreNone.end())
            return kNone;
    }
    const int id = m_pool.intern(QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())));
    if (m_seen.size() < kSeenMax)
        m_seen.push_back({std::string(v), id});
    else if (id == kNone) // "Unassigned" or only spaces
        m_moreNone.emplace(v);
    else
        m_more.insert(v, id);
    return id;
}

sqlite3 *openReadConnection(const Store &store)
{
    const QString path = store.path();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return nullptr;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    return db;
}

Error SqlReader::dbError() const
{
    return makeError(ErrorCode::Database, QStringLiteral("Cannot read the store: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

qint64 SqlReader::scalar(const char *sql, int column)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
        return 0;
    const qint64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, column) : 0;
    sqlite3_finalize(st);
    return v;
}

Status SqlReader::prepare(const char *sql, std::initializer_list<qint64> params, sqlite3_stmt **out)
{
    if (!m_keepGoing())
        return loadCancelled();
    if (sqlite3_prepare_v2(m_db, sql, -1, out, nullptr) != SQLITE_OK) {
        sqlite3_finalize(*out);
        *out = nullptr;
        return dbError();
    }
    int column = 0;
    for (qint64 v : params)
        sqlite3_bind_int64(*out, ++column, v);
    return {};
}

ReadTransaction::ReadTransaction(sqlite3 *db) : m_db(db), m_own(sqlite3_get_autocommit(db) != 0)
{
    if (m_own)
        sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
}

ReadTransaction::~ReadTransaction()
{
    if (m_own)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace ra

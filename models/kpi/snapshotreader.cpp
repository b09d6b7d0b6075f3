#include "kpi/snapshotreader.h"

#include "store/store.h"
#include "store/storefaults.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace ra {

Error loadCancelled()
{
    return makeError(ErrorCode::Cancelled,
                     QCoreApplication::translate("ra::Snapshot", "Loading the store was cancelled"));
}

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
    return sqliteError(m_db, QCoreApplication::translate("ra::Snapshot", "cannot read the store"));
}

qint64 SqlReader::scalar(const char *sql, int column)
{
    Statement st(m_db, sql);
    return st.next() ? st.int64(column) : 0;
}

Status SqlReader::prepare(const char *sql, std::initializer_list<qint64> params, Statement &out)
{
    if (!m_keepGoing())
        return loadCancelled();
    if (Status s = out.prepare(m_db, sql); !s)
        return makeError(s.error().code,
                         QCoreApplication::translate("ra::Snapshot", "cannot read the store: %1").arg(s.message()));
    int column = 0;
    for (qint64 v : params)
        out.bind(++column, v);
    return {};
}

} // namespace ra

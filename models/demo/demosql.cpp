#include "demo/demosql.h"

#include <sqlite3.h>

namespace ra {

DemoSql::DemoSql(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_status = makeError(ErrorCode::Database, QStringLiteral("cannot prepare %1: %2")
                                                      .arg(QString::fromUtf8(sql).left(60), QString::fromUtf8(sqlite3_errmsg(db))));
        m_stmt = nullptr;
    }
}

DemoSql::~DemoSql()
{
    sqlite3_finalize(m_stmt);
}

DemoSql &DemoSql::bind(int pos, qint64 value)
{
    sqlite3_bind_int64(m_stmt, pos, value);
    return *this;
}

DemoSql &DemoSql::bind(int pos, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, pos, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

DemoSql &DemoSql::bind(int pos, const char *latin1)
{
    // The generator's fixed vocabularies are ASCII, so they are valid UTF-8 as is;
    // SQLITE_STATIC is safe because they are string literals.
    sqlite3_bind_text(m_stmt, pos, latin1, -1, SQLITE_STATIC);
    return *this;
}

DemoSql &DemoSql::bind(int pos, double value)
{
    sqlite3_bind_double(m_stmt, pos, value);
    return *this;
}

DemoSql &DemoSql::bind(int pos, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_stmt, pos, *value);
    else
        sqlite3_bind_null(m_stmt, pos);
    return *this;
}

DemoSql &DemoSql::bindNull(int pos)
{
    sqlite3_bind_null(m_stmt, pos);
    return *this;
}

bool DemoSql::run()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE) {
        if (m_status.ok())
            m_status = makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    return true;
}

Status demoExec(sqlite3 *db, const char *sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        const QString why = QString::fromUtf8(msg ? msg : "unknown error");
        sqlite3_free(msg);
        return makeError(ErrorCode::Database, QStringLiteral("%1 (%2)").arg(why, QString::fromUtf8(sql).left(60)));
    }
    return {};
}

} // namespace ra

#include "store/statement.h"

#include "store/storefaults.h"

#include <sqlite3.h>
#include <utility>

namespace ra {

Statement::Statement(sqlite3 *db, std::string_view sql, Prepare kind)
{
    (void)prepare(db, sql, kind);
}

Statement::~Statement() { finalize(); }

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_status(std::exchange(other.m_status, Status()))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_status = std::exchange(other.m_status, Status());
    }
    return *this;
}

Status Statement::prepare(sqlite3 *db, std::string_view sql, Prepare kind)
{
    finalize();
    m_db = db;
    m_status = {};
    if (!db) {
        m_status = makeError(ErrorCode::Internal, QStringLiteral("no open store to run SQL on"));
        return m_status;
    }
    const unsigned flags = kind == Prepare::Persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), flags, &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        fail(QString());
    }
    return m_status;
}

void Statement::finalize()
{
    sqlite3_finalize(m_stmt); // a no-op on null
    m_stmt = nullptr;
}

void Statement::fail(const QString &context)
{
    if (m_status.ok())
        m_status = sqliteError(m_db, context);
}

Statement &Statement::bind(int pos, qint64 value)
{
    sqlite3_bind_int64(m_stmt, pos, value);
    return *this;
}

Statement &Statement::bind(int pos, double value)
{
    sqlite3_bind_double(m_stmt, pos, value);
    return *this;
}

Statement &Statement::bind(int pos, std::string_view text)
{
    // A null pointer would bind NULL; an empty text (an empty key part) must stay text.
    static const char kEmpty[] = "";
    sqlite3_bind_text(m_stmt, pos, text.data() ? text.data() : kEmpty, int(text.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bind(int pos, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, pos, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int pos, std::optional<qint64> value)
{
    return value ? bind(pos, *value) : bindNull(pos);
}

Statement &Statement::bindNull(int pos)
{
    sqlite3_bind_null(m_stmt, pos);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(QString());
    return false;
}

bool Statement::run(Bindings after)
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(QString()); // mapped before reset() can change the connection's error
    sqlite3_reset(m_stmt);
    if (after == Bindings::Clear)
        sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

int Statement::changes() const { return m_db ? sqlite3_changes(m_db) : 0; }

qint64 Statement::lastInsertRowid() const { return m_db ? sqlite3_last_insert_rowid(m_db) : 0; }

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

bool Statement::isInteger(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_INTEGER; }

qint64 Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }

double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }

std::string_view Statement::text(int col) const
{
    // sqlite3_column_blob hands out the stored bytes without adding a terminator.
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return p ? std::string_view(p, std::size_t(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
}

QString Statement::string(int col) const
{
    const std::string_view t = text(col);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

Status execSql(sqlite3 *db, const char *sql)
{
    if (!db)
        return makeError(ErrorCode::Internal, QStringLiteral("no open store to run SQL on"));
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, QString());
    return {};
}

} // namespace ra

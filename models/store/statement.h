#pragma once
// The one prepared-statement type of ra_core, on a raw sqlite3 handle:
// prepare, bind (by 1-based position, values only — never spliced into the
// SQL), step, reset, finalize (in the destructor). Every failure is mapped by
// sqliteError() (storefaults.h), so a busy, read-only, full, damaged or
// foreign file keeps its own error code and the message names the file.
//
// Cheap enough for the bulk paths (import, demo, snapshot load): no
// allocation and no QString after prepare() unless a QString is bound, and
// the first failure is kept, so a loop can bind and run many rows and check
// status() once.
#include "core/result.h"

#include <QString>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ra {

class Statement {
public:
    enum class Prepare { Once, Persistent }; // Persistent: kept for many rows (SQLITE_PREPARE_PERSISTENT)

    Statement() = default;
    // Prepares at once; check status() (or isValid()) before use.
    Statement(sqlite3 *db, std::string_view sql, Prepare kind = Prepare::Once);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Status prepare(sqlite3 *db, std::string_view sql, Prepare kind = Prepare::Once);
    void finalize();
    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt *handle() const { return m_stmt; }
    sqlite3 *db() const { return m_db; }

    // Positions are 1-based, as in SQLite. Text given as std::string_view or
    // const char * is not copied: it must stay valid until the statement is
    // stepped (string literals, a caller's buffer). A QString is copied.
    Statement &bind(int pos, qint64 value);
    Statement &bind(int pos, int value) { return bind(pos, qint64(value)); }
    Statement &bind(int pos, double value);
    Statement &bind(int pos, std::string_view text);
    Statement &bind(int pos, const char *text) { return text ? bind(pos, std::string_view(text)) : bindNull(pos); }
    Statement &bind(int pos, const QString &text);
    Statement &bind(int pos, std::optional<qint64> value);
    Statement &bindNull(int pos);

    // Steps once: true while there is a row; false when done or on failure
    // (then status() says why).
    bool next();
    // Steps a statement that returns no rows, then resets it and (unless
    // Keep: the caller binds every parameter of every row) clears its
    // bindings for the next one; false on failure (kept in status()).
    enum class Bindings { Clear, Keep };
    bool run(Bindings after = Bindings::Clear);
    void reset();
    // Rows changed by the last run() (sqlite3_changes of the connection).
    int changes() const;
    qint64 lastInsertRowid() const;

    bool isNull(int col) const;
    bool isInteger(int col) const; // stored as INTEGER (not text, real, blob or null)
    qint64 int64(int col) const;
    double real(int col) const;
    // The column's bytes as stored, valid until the next step or reset.
    std::string_view text(int col) const;
    QString string(int col) const;

    // The first failure since prepare() (empty when none).
    const Status &status() const { return m_status; }

private:
    void fail(const QString &context);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_status;
};

// Runs SQL without parameters or result rows (PRAGMA, DDL, DELETE of a fixed
// table, BEGIN/COMMIT); failures mapped as above.
Status execSql(sqlite3 *db, const char *sql);

} // namespace ra

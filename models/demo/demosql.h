#pragma once
// A prepared SQLite statement on the raw handle, for the demo generator's bulk
// writes: bind by position, run, reset. Values are always bound, never spliced
// into the SQL text.
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ra {

class DemoSql {
public:
    DemoSql(sqlite3 *db, const char *sql);
    ~DemoSql();
    DemoSql(const DemoSql &) = delete;
    DemoSql &operator=(const DemoSql &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Positions are 1-based, as in SQLite.
    DemoSql &bind(int pos, qint64 value);
    DemoSql &bind(int pos, const QString &text);
    DemoSql &bind(int pos, const char *latin1);
    DemoSql &bind(int pos, double value);
    DemoSql &bind(int pos, std::optional<qint64> value);
    DemoSql &bindNull(int pos);
    // Steps once, resets and clears the bindings; the first failure is kept.
    bool run();
    const Status &status() const { return m_status; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_status;
};

// Runs one statement without parameters (DELETE, PRAGMA).
Status demoExec(sqlite3 *db, const char *sql);

} // namespace ra

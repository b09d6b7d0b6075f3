#pragma once
// COPY ... FROM STDIN fed as data arrives (PgConnection::copyIn pulls from a
// producer instead): begin, append to buffer() and flush() as rows come,
// end(). Used by one thread at a time, like its connection. Destroyed
// before end(), it abandons the COPY: the statement fails on the server and
// the caller's transaction rolls back.
#include "core/result.h"

#include <QString>
#include <string>

namespace ra {

class PgConnection;

class PgCopyStream {
public:
    static constexpr std::size_t kSendBytes = 256 * 1024;

    explicit PgCopyStream(PgConnection &conn) : m_conn(conn) {}
    ~PgCopyStream();
    PgCopyStream(const PgCopyStream &) = delete;
    PgCopyStream &operator=(const PgCopyStream &) = delete;

    Status begin(const QString &copySql);
    // Rows in the COPY's format go here; flush() sends them once there are
    // kSendBytes (blocking while the server catches up).
    std::string &buffer() { return m_buf; }
    Status flush() { return m_buf.size() >= kSendBytes ? send() : Status(); }
    // Sends the rest and ends the COPY; the server's verdict on every row.
    Status end();

private:
    Status send();
    Error failure() const;

    PgConnection &m_conn;
    std::string m_buf;
    bool m_open = false;
};

} // namespace ra

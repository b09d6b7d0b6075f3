#pragma once
// libpq failures turned into errors a person can act on: the one mapping for
// the team store, as storefaults.h is for SQLite files. `server` is the
// password-free description of the connection ("bob@db1:5432/revalign").
#include "core/result.h"

#include <QString>

struct pg_result;

namespace ra {

// A failed connection attempt: wrong password / no such role → AuthFailed,
// anything else (no route, refused, DNS, TLS) → Unreachable.
Error pgConnectError(const QString &server, const QString &libpqMessage);
// A failed statement, by SQLSTATE: insufficient privilege → ReadOnly (a
// viewer role), lock not available → Busy, connection lost or server shutting
// down → Unreachable; anything else Database with the server's message.
Error pgStatementError(const QString &server, const pg_result *result, const QString &libpqMessage);

} // namespace ra

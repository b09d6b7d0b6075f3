#include "pgstore/pgerrors.h"

#include <libpq-fe.h>

namespace ra {

Error pgConnectError(const QString &server, const QString &libpqMessage)
{
    const QString detail = libpqMessage.trimmed();
    // libpq hands out no SQLSTATE for a failed login: its text is all we have.
    if (detail.contains(QLatin1String("authentication failed")) || detail.contains(QLatin1String("no password supplied"))
        || (detail.contains(QLatin1String("role")) && detail.contains(QLatin1String("does not exist"))))
        return makeError(ErrorCode::AuthFailed,
                         QStringLiteral("the team store %1 refused the login (%2): check the user name and the "
                                        "password in ~/.pgpass, PGPASSWORD or the service file")
                             .arg(server, detail));
    if (detail.contains(QLatin1String("database")) && detail.contains(QLatin1String("does not exist")))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the team store %1 has no such database (%2): check the database name, or "
                                        "create it (docs/team-store.md)")
                             .arg(server, detail));
    return makeError(ErrorCode::Unreachable,
                     QStringLiteral("cannot reach the team store %1 (%2): check the network and the address, or work "
                                    "on the last offline copy (revalign sync)")
                         .arg(server, detail));
}

Error pgStatementError(const QString &server, const pg_result *result, const QString &libpqMessage)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString code = state ? QString::fromLatin1(state) : QString();
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString detail = primary ? QString::fromUtf8(primary) : libpqMessage.trimmed();
    if (code == QLatin1String("42501"))
        return makeError(ErrorCode::ReadOnly,
                         QStringLiteral("the team store %1 is read only for this login (%2): importing and "
                                        "changing settings need the admin role (docs/team-store.md)")
                             .arg(server, detail));
    if (code == QLatin1String("55P03"))
        return makeError(ErrorCode::Busy, QStringLiteral("the team store %1 is locked (%2): try again in a moment")
                                              .arg(server, detail));
    if (code.isEmpty() || code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return makeError(ErrorCode::Unreachable,
                         QStringLiteral("lost the connection to the team store %1 (%2): nothing was changed on the "
                                        "server; check the network and try again")
                             .arg(server, detail));
    return makeError(ErrorCode::Database, QStringLiteral("team store %1: %2 (SQLSTATE %3)").arg(server, detail, code));
}

} // namespace ra

#include "pgstore/teamsettings.h"

#include "domain/settings.h"
#include "pgstore/pgconnection.h"
#include "pgstore/pgschema.h"
#include "pgstore/pgtransaction.h"
#include "pgstore/teamstore.h"

namespace ra {

Status saveTeamSetting(const QString &location, const QString &key, const QString &value, int lockWaitMs)
{
    Settings s;
    if (Status st = s.set(key, value); !st)
        return st;
    Result<TeamConnection> tc = connectTeamStore(location, TeamAccess::Write, QStringLiteral("settings"));
    if (!tc)
        return tc.error();
    PgTransaction tx(*tc->conn);
    if (!tx.beginStatus())
        return tx.beginStatus();
    if (Status l = lockForTransaction(*tc->conn, kWriteLockKey, lockWaitMs, QStringLiteral("this settings change")); !l)
        return l;
    if (Status w = tc->conn->command(QStringLiteral("INSERT INTO revalign.settings (key, value) VALUES ($1, $2) "
                                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                     {key, s.get(key)});
        !w)
        return w;
    if (Status m = markTeamChange(*tc->conn); !m)
        return m;
    return tx.commit();
}

} // namespace ra

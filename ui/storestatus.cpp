#include "storestatus.h"

#include "pgstore/teamstore.h"
#include "services/storesession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace ra {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("StoreStatus", text); }

QString utc(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("d MMM yyyy HH:mm 'UTC'")); }

} // namespace

QString storeStatusText(const StoreSession &session, qint64 asOf)
{
    const QString data = asOf > 0 ? tr("data as of %1").arg(utc(QDateTime::fromSecsSinceEpoch(asOf, Qt::UTC)))
                                  : tr("data as of — (empty store)");
    if (session.isTeam())
        return tr("team store %1 · %2 · %3")
            .arg(session.teamServer(), session.isTeamViewer() ? tr("viewer (read only)") : tr("admin"), data);
    if (const std::optional<SyncRecord> sync = lastSync(session.path()))
        return tr("team store %1 · offline copy · as of last sync %2 · %3").arg(sync->server, utc(sync->syncedAt), data);
    return tr("%1%2 · %3")
        .arg(QDir::toNativeSeparators(session.path()), session.isReadOnly() ? tr(" (read-only)") : QString(), data);
}

QString storeTitle(const StoreSession &session)
{
    return session.isTeam() ? session.teamServer() : QFileInfo(session.path()).fileName();
}

QString storeRecentEntry(const StoreSession &session)
{
    return session.isTeam() ? withoutPassword(session.path()) : session.path();
}

} // namespace ra

#include "storestatus.h"

#include "domain/language.h"
#include "pgstore/teamstore.h"
#include "services/storesession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace ra {

// The status bar is the window's: its strings keep the ra::MainWindow context.
QString storeStatusText(const StoreSession &session, qint64 asOf)
{
    const QString asOfText = asOf > 0 ? formatDateTimeUtc(asOf) : QCoreApplication::translate("ra::MainWindow", "— (empty store)");
    if (session.isTeam())
        return QCoreApplication::translate("ra::MainWindow", "team store %1 · %2 · data as of %3")
            .arg(session.teamServer(),
                 session.isTeamViewer() ? QCoreApplication::translate("ra::MainWindow", "viewer (read only)")
                                        : QCoreApplication::translate("ra::MainWindow", "admin"),
                 asOfText);
    if (const std::optional<SyncRecord> sync = lastSync(session.path()))
        return QCoreApplication::translate("ra::MainWindow", "team store %1 · offline copy · as of last sync %2 · data as of %3")
            .arg(sync->server, formatDateTimeUtc(sync->syncedAt.toSecsSinceEpoch()), asOfText);
    return QCoreApplication::translate("ra::MainWindow", "%1%2 · data as of %3")
        .arg(QDir::toNativeSeparators(session.path()),
             session.isReadOnly() ? QCoreApplication::translate("ra::MainWindow", " (read-only)") : QString(), asOfText);
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

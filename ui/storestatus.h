#pragma once
// What the status bar and the title say about the open store: a file, a
// team store (server and role), or a team store's offline copy ("as of last
// sync"). Kept apart from MainWindow so the wording has one home.
#include <QString>

namespace ra {

class StoreSession;

QString storeStatusText(const StoreSession &session, qint64 asOf);
QString storeTitle(const StoreSession &session);
// How the store is remembered in Open recent (a team store without password).
QString storeRecentEntry(const StoreSession &session);

} // namespace ra

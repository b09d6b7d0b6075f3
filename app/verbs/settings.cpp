// revalign settings [--db FILE] [KEY [VALUE]]
#include "cliutil.h"
#include "commands.h"
#include "pgstore/teamsettings.h"
#include "pgstore/teamstore.h"
#include "store/settingsstore.h"

#include <QCoreApplication>

namespace ra::cli {

int runSettings(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("settings"),
                QCoreApplication::translate("ra::Cli", "list the settings, print one (KEY) or set one (KEY VALUE)."));
    parser.addPositionalArgument(QStringLiteral("key"), QCoreApplication::translate("ra::Cli", "A setting: %1.").arg(Settings::keys().join(QStringLiteral(", "))), QStringLiteral("[KEY"));
    parser.addPositionalArgument(QStringLiteral("value"), QCoreApplication::translate("ra::Cli", "The new value."), QStringLiteral("[VALUE]]"));
    int code = 0;
    if (!parseOrExit(parser, args, code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() > 2) {
        printError(QCoreApplication::translate("ra::Cli", "settings takes at most KEY and VALUE"));
        return ExitFailure;
    }
    if (!pos.isEmpty() && !Settings::keys().contains(pos.at(0))) {
        printError(QCoreApplication::translate("ra::Cli", "unknown setting '%1'; the settings are: %2").arg(pos.at(0), Settings::keys().join(QStringLiteral(", "))));
        return ExitFailure;
    }
    const bool writing = pos.size() == 2;
    const QString db = storePath(parser);
    if (writing && isTeamStoreLocation(db)) {
        if (Status s = saveTeamSetting(db, pos.at(0), pos.at(1)); !s) {
            printError(s.message());
            return ExitFailure;
        }
    }
    // Read-write even for reading: like every writer's open, it creates a new
    // store and migrates an older one, so `settings` shows what the app will use.
    // A team store is read from a copy of its snapshot.
    std::unique_ptr<Store> store =
        openStoreOrReport(db, isTeamStoreLocation(db) ? Store::Mode::ReadOnly : Store::Mode::ReadWrite);
    if (!store)
        return ExitFailure;
    if (writing && !isTeamStoreLocation(db)) {
        if (Status s = saveSetting(*store, pos.at(0), pos.at(1)); !s) {
            printError(s.message());
            return ExitFailure;
        }
    }
    Result<Settings> settings = loadSettings(*store);
    if (!settings) {
        printError(settings.message());
        return ExitFailure;
    }
    if (pos.size() >= 1) {
        printLine(settings->get(pos.at(0)));
        return ExitOk;
    }
    for (const QString &key : Settings::keys())
        printLine(QStringLiteral("%1 = %2").arg(key, -16).arg(settings->get(key)));
    return ExitOk;
}

} // namespace ra::cli

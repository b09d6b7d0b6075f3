// revalign sync --from URI [--db FILE]: brings a laptop's offline copy of a
// team store up to date (all of it the first time, then what changed).
#include "cliutil.h"
#include "commands.h"

#include "pgstore/teamstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <unistd.h>

namespace ra::cli {

int runSync(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("sync"), QCoreApplication::translate("ra::Cli", "copy a team store into a local store for offline use"));
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("ra::Cli", "The team store: postgresql://… URI or service=NAME."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("progress"), QCoreApplication::translate("ra::Cli", "Show progress on stderr even when it is not a terminal.")});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, exitCode))
        return exitCode;
    const QString from = parser.value(QStringLiteral("from"));
    if (!isTeamStoreLocation(from)) {
        printError(QCoreApplication::translate("ra::Cli", "--from needs a team store: postgresql://user@host/db or service=NAME"));
        return ExitFailure;
    }
    const QString local = storePath(parser);
    if (isTeamStoreLocation(local)) {
        printError(QCoreApplication::translate("ra::Cli", "--db names the local copy, a file"));
        return ExitFailure;
    }
    const bool tty = isatty(fileno(stderr));
    Progress progress;
    if (tty || parser.isSet(QStringLiteral("progress")))
        progress = [tty, last = -1](qint64 done, qint64 total, const QString &table) mutable {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent != last)
                std::fprintf(stderr, tty ? "\rsyncing %3d%% %-20s" : "syncing %3d%% %s\n", percent, qPrintable(table));
            last = percent;
            return true;
        };
    QElapsedTimer clock;
    clock.start();
    const Result<SyncResult> r = syncTeamStore(from, local, progress);
    if (progress && tty)
        std::fputc('\n', stderr);
    if (!r) {
        printError(r.message());
        return ExitFailure;
    }
    printLine((r->stats.incremental
                   ? QCoreApplication::translate("ra::Cli", "incremental sync from %1: %2 rows, up to import #%3, into %4 (%5 s)")
                   : QCoreApplication::translate("ra::Cli", "full sync from %1: %2 rows, up to import #%3, into %4 (%5 s)"))
                  .arg(r->server)
                  .arg(r->stats.rows)
                  .arg(r->stats.lastImport)
                  .arg(local)
                  .arg(clock.elapsed() / 1000.0, 0, 'f', 2));
    return ExitOk;
}

} // namespace ra::cli

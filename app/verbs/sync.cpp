// revalign sync --from URI [--db FILE]: brings a laptop's offline copy of a
// team store up to date (all of it the first time, then what changed).
#include "cliutil.h"
#include "commands.h"

#include "pgstore/teamstore.h"

#include <QElapsedTimer>
#include <cstdio>
#include <unistd.h>

namespace ra::cli {

int runSync(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("sync"), QStringLiteral("copy a team store into a local store for offline use"));
    parser.addOption({QStringLiteral("from"), QStringLiteral("The team store: postgresql://… URI or service=NAME."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("progress"), QStringLiteral("Show progress on stderr even when it is not a terminal.")});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, exitCode))
        return exitCode;
    const QString from = parser.value(QStringLiteral("from"));
    if (!isTeamStoreLocation(from)) {
        printError(QStringLiteral("--from needs a team store: postgresql://user@host/db or service=NAME"));
        return ExitFailure;
    }
    const QString local = storePath(parser);
    if (isTeamStoreLocation(local)) {
        printError(QStringLiteral("--db names the local copy, a file"));
        return ExitFailure;
    }
    const bool tty = isatty(fileno(stderr));
    PullProgress progress;
    if (tty || parser.isSet(QStringLiteral("progress")))
        progress = [tty, last = -1](int percent, const QString &table) mutable {
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
    printLine(QStringLiteral("%1 sync from %2: %3 rows, up to import #%4, into %5 (%6 s)")
                  .arg(r->stats.incremental ? QStringLiteral("incremental") : QStringLiteral("full"), r->server)
                  .arg(r->stats.rows)
                  .arg(r->stats.lastImport)
                  .arg(local)
                  .arg(clock.elapsed() / 1000.0, 0, 'f', 2));
    return ExitOk;
}

} // namespace ra::cli

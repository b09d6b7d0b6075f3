// revalign cache status|clear [--db FILE] [--verify]
#include "cliutil.h"
#include "commands.h"
#include "pgstore/teamstore.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotcache.h"
#include "store/datastate.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ra::cli {

namespace {

QString megabytes(qint64 bytes) { return QCoreApplication::translate("ra::Cli", "%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1); }

int printStatus(const Store &store, const QString &cachePath, bool verify)
{
    printLine(QCoreApplication::translate("ra::Cli", "cache:        %1").arg(cachePath));
    const Result<DataState> state = readDataState(store.handle());
    if (!state) {
        printError(state.message());
        return ExitFailure;
    }
    const CacheKey key{store.schemaVersion(), state.value()};
    const Result<CacheFileInfo> info = SnapshotCache::inspect(cachePath);
    if (!info) {
        printLine(QCoreApplication::translate("ra::Cli", "state:        %1").arg(info.error().code == ErrorCode::NotFound
                                                          ? QCoreApplication::translate("ra::Cli", "none (the next load reads the store and writes one)")
                                                          : QCoreApplication::translate("ra::Cli", "unusable: %1").arg(info.message())));
        printLine(QCoreApplication::translate("ra::Cli", "data version: the store is at %1").arg(key.data.version));
        return ExitOk;
    }
    QString verdict = info->key == key ? QCoreApplication::translate("ra::Cli", "valid: the next load reads it instead of the store")
                                       : QCoreApplication::translate("ra::Cli", "stale: the store changed since it was written; the next load replaces it");
    if (info->key == key && verify) {
        CachedHealth health; // its sections are checked too
        const Result<std::shared_ptr<Snapshot>> read = SnapshotCache::read(cachePath, key, &health);
        verdict = read ? QCoreApplication::translate("ra::Cli", "valid, every checksum verified") : QCoreApplication::translate("ra::Cli", "unusable: %1").arg(read.message());
    }
    printLine(QCoreApplication::translate("ra::Cli", "state:        %1").arg(verdict));
    printLine(QCoreApplication::translate("ra::Cli", "size:         %1 (the store: %2)").arg(megabytes(info->bytes), megabytes(QFileInfo(store.path()).size())));
    printLine(QCoreApplication::translate("ra::Cli", "written:      %1 by RevAlign %2 (%3)")
                  .arg(info->writtenAt.toString(Qt::ISODate), info->appVersion, info->abi));
    printLine(QCoreApplication::translate("ra::Cli", "data version: %1 (the store is at %2), schema %3")
                  .arg(info->key.data.version).arg(key.data.version).arg(info->key.schemaVersion));
    return ExitOk;
}

} // namespace

int runCache(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("cache"),
                QCoreApplication::translate("ra::Cli", "show (status) or remove (clear) the store's snapshot cache, the file the next load "
                               "reads instead of the store while the store is unchanged."));
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("ra::Cli", "status or clear."), QStringLiteral("status|clear"));
    parser.addOption({QStringLiteral("verify"), QCoreApplication::translate("ra::Cli", "status: also read the whole file and check every checksum.")});
    int code = ExitOk;
    if (!parseOrExit(parser, args, code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || (pos.at(0) != QLatin1String("status") && pos.at(0) != QLatin1String("clear"))) {
        printError(QCoreApplication::translate("ra::Cli", "cache takes one action: status or clear"));
        return ExitFailure;
    }
    const QString path = storePath(parser);
    if (isTeamStoreLocation(path)) {
        printError(QCoreApplication::translate("ra::Cli", "a team store's snapshot cache is the one of its offline copy: use --db %1").arg(offlineCopyPath(path)));
        return ExitFailure;
    }
    const QString cachePath = SnapshotCache::pathFor(path);
    if (pos.at(0) == QLatin1String("clear")) {
        const bool existed = QFileInfo::exists(cachePath);
        if (Status s = SnapshotCache::remove(cachePath); !s) {
            printError(s.message());
            return ExitFailure;
        }
        printLine(existed ? QCoreApplication::translate("ra::Cli", "removed %1").arg(cachePath) : QCoreApplication::translate("ra::Cli", "no snapshot cache at %1").arg(cachePath));
        return ExitOk;
    }
    std::unique_ptr<Store> store = openStoreOrReport(path, Store::Mode::ReadOnly);
    if (!store)
        return ExitFailure;
    return printStatus(*store, cachePath, parser.isSet(QStringLiteral("verify")));
}

} // namespace ra::cli

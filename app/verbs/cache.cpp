// revalign cache status|clear [--db FILE] [--verify]
#include "cliutil.h"
#include "commands.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotcache.h"
#include "store/datastate.h"

#include <QFileInfo>

namespace ra::cli {

namespace {

QString megabytes(qint64 bytes) { return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1); }

int printStatus(const Store &store, const QString &cachePath, bool verify)
{
    printLine(QStringLiteral("cache:        %1").arg(cachePath));
    const Result<DataState> state = readDataState(store.handle());
    if (!state) {
        printError(state.message());
        return ExitFailure;
    }
    const CacheKey key{store.schemaVersion(), state.value()};
    const Result<CacheFileInfo> info = SnapshotCache::inspect(cachePath);
    if (!info) {
        printLine(QStringLiteral("state:        %1").arg(info.error().code == ErrorCode::NotFound
                                                          ? QStringLiteral("none (the next load reads the store and writes one)")
                                                          : QStringLiteral("unusable: %1").arg(info.message())));
        printLine(QStringLiteral("data version: the store is at %1").arg(key.data.version));
        return ExitOk;
    }
    QString verdict = info->key == key ? QStringLiteral("valid: the next load reads it instead of the store")
                                       : QStringLiteral("stale: the store changed since it was written; the next load replaces it");
    if (info->key == key && verify) {
        const Result<std::shared_ptr<Snapshot>> read = SnapshotCache::read(cachePath, key);
        verdict = read ? QStringLiteral("valid, every checksum verified") : QStringLiteral("unusable: %1").arg(read.message());
    }
    printLine(QStringLiteral("state:        %1").arg(verdict));
    printLine(QStringLiteral("size:         %1 (the store: %2)").arg(megabytes(info->bytes), megabytes(QFileInfo(store.path()).size())));
    printLine(QStringLiteral("written:      %1 by RevAlign %2 (%3)")
                  .arg(info->writtenAt.toString(Qt::ISODate), info->appVersion, info->abi));
    printLine(QStringLiteral("data version: %1 (the store is at %2), schema %3")
                  .arg(info->key.data.version).arg(key.data.version).arg(info->key.schemaVersion));
    return ExitOk;
}

} // namespace

int runCache(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("cache"),
                QStringLiteral("show (status) or remove (clear) the store's snapshot cache, the file the next load "
                               "reads instead of the store while the store is unchanged."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("status or clear."), QStringLiteral("status|clear"));
    parser.addOption({QStringLiteral("verify"), QStringLiteral("status: also read the whole file and check every checksum.")});
    int code = ExitOk;
    if (!parseOrExit(parser, args, code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || (pos.at(0) != QLatin1String("status") && pos.at(0) != QLatin1String("clear"))) {
        printError(QStringLiteral("cache takes one action: status or clear"));
        return ExitFailure;
    }
    const QString path = storePath(parser);
    const QString cachePath = SnapshotCache::pathFor(path);
    if (pos.at(0) == QLatin1String("clear")) {
        const bool existed = QFileInfo::exists(cachePath);
        if (Status s = SnapshotCache::remove(cachePath); !s) {
            printError(s.message());
            return ExitFailure;
        }
        printLine(existed ? QStringLiteral("removed %1").arg(cachePath) : QStringLiteral("no snapshot cache at %1").arg(cachePath));
        return ExitOk;
    }
    std::unique_ptr<Store> store = openStoreOrReport(path, Store::Mode::ReadOnly);
    if (!store)
        return ExitFailure;
    return printStatus(*store, cachePath, parser.isSet(QStringLiteral("verify")));
}

} // namespace ra::cli

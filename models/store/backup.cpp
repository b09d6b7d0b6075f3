#include "store/backup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace ra {

QString backupPathFor(const QString &storePath, int version)
{
    const QString base = QStringLiteral("%1.bak-%2").arg(storePath).arg(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    return candidate;
}

Status backupDatabase(sqlite3 *db, const QString &target)
{
    if (!db)
        return makeError(ErrorCode::Internal, QStringLiteral("no database handle to back up"));
    const QString temp = target + QStringLiteral(".part");
    QFile::remove(temp);
    sqlite3 *out = nullptr;
    const QByteArray tempName = QFile::encodeName(temp);
    int rc = sqlite3_open_v2(tempName.constData(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(out, "main", db, "main");
        if (!b) {
            rc = sqlite3_errcode(out);
        } else {
            rc = sqlite3_backup_step(b, -1);
            const int finish = sqlite3_backup_finish(b);
            if (rc == SQLITE_DONE)
                rc = finish;
        }
    }
    const QString why = out ? QString::fromUtf8(sqlite3_errmsg(out)) : QStringLiteral("out of memory");
    sqlite3_close(out);
    if (rc != SQLITE_OK) {
        QFile::remove(temp);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Store", "cannot write the backup %1: %2").arg(target, why));
    }
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Store", "cannot write the backup %1").arg(target));
    }
    return {};
}

} // namespace ra

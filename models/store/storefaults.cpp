#include "store/storefaults.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QtEndian>
#include <sqlite3.h>
#include <unistd.h>

namespace ra {

Status checkStoreFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Store", "cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return makeError(
            ErrorCode::NotAStore,
            QCoreApplication::translate("ra::Store", "%1 is not a RevAlign store: it is not a SQLite database file")
                .arg(path));

    // Page size at offset 16 (1 means 65536); page count at 28, valid only when
    // the "version-valid-for" number at 92 matches the change counter at 24.
    const uchar *h = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return makeError(
            ErrorCode::Corrupt,
            QCoreApplication::translate("ra::Store", "%1 is damaged: its SQLite header is corrupted").arg(path));
    // With a -wal file beside it, pages may legitimately live in the log only.
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return {};
    const qint64 size = file.size();
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (size % pageSize != 0 || (pageCount != 0 && validFor == changeCounter && size < qint64(pageCount) * pageSize))
        return makeError(
            ErrorCode::Corrupt,
            QCoreApplication::translate("ra::Store", "%1 is damaged: the file is truncated (%2 bytes, expected %3)")
                .arg(path)
                .arg(size)
                .arg(qint64(pageCount) * pageSize));
    return {};
}

bool storeIsWritable(const QString &path, QString *reason)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    // access() rather than QFileInfo::isWritable: it asks the kernel, so ACLs
    // and read-only mounts count too.
    if (info.exists() && ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) != 0) {
        if (reason)
            *reason = QCoreApplication::translate("ra::Store", "the file %1 is read-only").arg(path);
        return false;
    }
    if (QFileInfo(folder).isDir() && ::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
        if (reason)
            *reason = QCoreApplication::translate("ra::Store", "the folder %1 is read-only").arg(folder);
        return false;
    }
    return true;
}

Error storeError(int sqliteCode, const QString &path, const QString &rawDetail, int busyTimeoutMs)
{
    // Messages are one line: the command line prints them as such. They are
    // made on worker threads too, so no QLocale() here: the window may change
    // the default locale meanwhile (translate() itself is thread-safe).
    const QString detail = rawDetail.simplified();
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Busy,
                         busyTimeoutMs < 0
                             ? QCoreApplication::translate("ra::Store",
                                                           "%1 is locked: another program is writing to it; "
                                                           "close that program or try again later")
                                   .arg(path)
                             : QCoreApplication::translate("ra::Store",
                                                           "%1 is locked: another program is writing to it "
                                                           "(waited %2 s); close that program or try again later")
                                   .arg(path, QString::number(busyTimeoutMs / 1000.0, 'g', 3)));
    case SQLITE_READONLY:
        return makeError(
            ErrorCode::ReadOnly,
            QCoreApplication::translate("ra::Store", "%1 cannot be written: the file or its folder is read-only")
                .arg(path));
    case SQLITE_FULL:
        return makeError(
            ErrorCode::DiskFull,
            QCoreApplication::translate(
                "ra::Store", "the disk holding %1 is full; nothing was changed — free some space and try again")
                .arg(path));
    case SQLITE_CORRUPT:
        return makeError(
            ErrorCode::Corrupt,
            QCoreApplication::translate("ra::Store", "%1 is damaged (%2); restore it from a backup").arg(path, detail));
    case SQLITE_NOTADB:
        return makeError(
            ErrorCode::NotAStore,
            QCoreApplication::translate("ra::Store", "%1 is not a RevAlign store: it is not a SQLite database (%2)")
                .arg(path, detail));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ra::Store", "cannot read or write %1 (%2)").arg(path, detail));
    default:
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("ra::Store", "store %1: %2").arg(path, detail));
    }
}

Error storeError(const QSqlError &error, const QString &path, int busyTimeoutMs)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return storeError(ok ? code : SQLITE_ERROR, path, detail, busyTimeoutMs);
}

Error sqliteError(sqlite3 *db, const QString &context, int busyTimeoutMs)
{
    if (!db)
        return makeError(ErrorCode::Internal, context.isEmpty() ? QStringLiteral("no open store") : context);
    const char *file = sqlite3_db_filename(db, "main");
    const QString path
        = file && *file ? QString::fromUtf8(file) : QCoreApplication::translate("ra::Store", "the in-memory store");
    Error e = storeError(sqlite3_extended_errcode(db), path, QString::fromUtf8(sqlite3_errmsg(db)), busyTimeoutMs);
    if (!context.isEmpty())
        e.message = QStringLiteral("%1: %2").arg(context, e.message);
    return e;
}

} // namespace ra

#pragma once
// RAII handle on one SQLite store file (one QSqlDatabase connection).
// One Store per thread: a worker thread opens its own Store on the same path.
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace ra {

class Store {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (and, in ReadWrite mode, creates and migrates) the store at path.
    // A store that cannot be written (read-only file or folder) opens read-only
    // even in ReadWrite mode: isReadOnly() is then true and readOnlyReason()
    // says why; writers check requireWritable() first.
    // Migrating an older schema first writes "<path>.bak-<old version>". A
    // ReadOnly open of an older store migrates it first (through a short-lived
    // writing connection) when the file and folder can be written.
    // Errors: NotAStore (not SQLite, truncated, damaged pages), SchemaTooNew,
    // ReadOnly, Busy, Io, Database — each with a message naming the file.
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite);
    // As above, waiting at most busyTimeoutMs for another program's write lock.
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode, int busyTimeoutMs);
    // QStandardPaths::AppDataLocation + "/revalign.db".
    static QString defaultPath();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase database() const;
    // The raw handle, for the bulk paths (import, snapshot load) only.
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the store is read-only ("the folder /x is read-only"), empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // ReadOnly error naming the reason when the store cannot be written; for
    // importers and settings writers to refuse before starting.
    Status requireWritable() const;
    // The backup written by the migration during open(), empty if none.
    QString migrationBackupPath() const { return m_backupPath; }
    // PRAGMA quick_check: damaged pages as NotAStore, with the first problem.
    Status checkIntegrity() const;
    // A SQLite result code or driver error on this store as a message for people.
    Error error(int sqliteCode, const QString &detail) const;
    int schemaVersion() const;
    // How long a writer waits for another program's lock before Busy.
    int busyTimeoutMs() const { return m_busyTimeoutMs; }

private:
    static Result<std::unique_ptr<Store>> openOnce(const QString &path, Mode mode, int busyTimeoutMs, bool &needsMigration);
    Store(QString path, QString connectionName, bool readOnly);
    Status migrate();

    int m_busyTimeoutMs = 0;
    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_backupPath;
    bool m_readOnly = false;
};

} // namespace ra

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
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite);
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
    int schemaVersion() const;

private:
    Store(QString path, QString connectionName, bool readOnly);
    Status migrate();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};

} // namespace ra

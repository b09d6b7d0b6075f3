#include "store/settingsstore.h"

#include "store/store.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ra {

Result<Settings> loadSettings(Store &store)
{
    Settings s;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
        return makeError(ErrorCode::Database, q.lastError().text());
    while (q.next()) {
        // A value that no longer validates (edited by hand) keeps the default.
        (void)s.set(q.value(0).toString(), q.value(1).toString());
    }
    return s;
}

Status saveSetting(Store &store, const QString &key, const QString &value)
{
    Settings s;
    if (Status st = s.set(key, value); !st)
        return st;
    if (store.isReadOnly())
        return makeError(ErrorCode::ReadOnly, QStringLiteral("%1 is read-only; settings cannot be changed").arg(store.path()));
    Transaction tx(store.database()); // commits the data version with the value
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(s.get(key));
    if (!q.exec())
        return makeError(ErrorCode::Database, q.lastError().text());
    q.finish();
    return tx.commit();
}

} // namespace ra

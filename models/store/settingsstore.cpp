#include "store/settingsstore.h"

#include "store/statement.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace ra {

Result<Settings> loadSettings(Store &store)
{
    Settings s;
    Statement q(store.handle(), "SELECT key, value FROM settings");
    while (q.next()) {
        // A value that no longer validates (edited by hand) keeps the default.
        (void)s.set(q.string(0), q.string(1));
    }
    if (!q.status())
        return q.status().error();
    return s;
}

Status saveSetting(Store &store, const QString &key, const QString &value)
{
    return saveSettings(store, {{key, value}});
}

Status saveSettings(Store &store, const QList<QPair<QString, QString>> &changes)
{
    Settings s;
    for (const auto &[key, value] : changes) {
        if (Status st = s.set(key, value); !st)
            return st;
    }
    if (store.isReadOnly())
        return makeError(
            ErrorCode::ReadOnly,
            QCoreApplication::translate("ra::Store", "%1 is read-only; settings cannot be changed").arg(store.path()));
    Transaction tx(store); // its commit() bumps the data version with the values
    if (!tx.isActive())
        return tx.beginStatus();
    Statement upsert(store.handle(), "INSERT INTO settings(key, value) VALUES(?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    for (const auto &change : changes) {
        // The validated, normalised form (e.g. "0.8" for "0.80").
        if (!upsert.bind(1, change.first).bind(2, s.get(change.first)).run())
            return upsert.status(); // the transaction rolls back: nothing of the batch is kept
    }
    return tx.commit();
}

} // namespace ra

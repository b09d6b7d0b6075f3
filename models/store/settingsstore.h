#pragma once
#include "core/result.h"
#include "domain/settings.h"

#include <QList>
#include <QPair>

namespace ra {

class Store;

Result<Settings> loadSettings(Store &store);
// Validates, then writes one setting.
Status saveSetting(Store &store, const QString &key, const QString &value);
// Validates every change, then writes them all in one transaction: either
// every key is saved or none is (a failure half-way leaves the store as it was).
Status saveSettings(Store &store, const QList<QPair<QString, QString>> &changes);

} // namespace ra

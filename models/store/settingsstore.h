#pragma once
#include "core/result.h"
#include "domain/settings.h"

namespace ra {

class Store;

Result<Settings> loadSettings(Store &store);
// Validates, then writes one setting.
Status saveSetting(Store &store, const QString &key, const QString &value);

} // namespace ra

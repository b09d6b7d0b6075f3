#pragma once
// Settings of a team store: validated by the same Settings rules as a laptop
// store, written on the server under the write lock (an admin's job).
#include "core/result.h"

#include <QString>

namespace ra {

Status saveTeamSetting(const QString &location, const QString &key, const QString &value, int lockWaitMs = 30000);

} // namespace ra

#pragma once
// Two snapshots compared part by part (kpi/snapshotcolumns.h): the name of
// the first part whose count or hash differs, empty when none does.
#include "kpi/snapshotcolumns.h"

#include <QString>

namespace ra::testsupport {

inline QString firstSnapshotDifference(const Snapshot &a, const Snapshot &b)
{
    const std::vector<PartChecksum> x = snapshotChecksums(a), y = snapshotChecksums(b);
    if (x.size() != y.size())
        return QStringLiteral("part count");
    for (size_t i = 0; i < x.size(); ++i)
        if (x[i].count != y[i].count || x[i].hash != y[i].hash)
            return QString::fromLatin1(x[i].name);
    return {};
}

} // namespace ra::testsupport

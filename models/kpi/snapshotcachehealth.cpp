// The account-health matrix kept in the snapshot cache (CachedHealth): which
// settings it was built with, and when a cached one may stand in for a build.
#include "kpi/snapshotcache.h"

#include "domain/settings.h"
#include "kpi/hash64.h"
#include "kpi/healthsignals.h"

namespace ra {

namespace SnapshotCache {

quint64 settingsFingerprint(const Settings &settings)
{
    Hash64 h(0x5e77);
    for (const QString &key : Settings::keys()) {
        for (const QByteArray &text : {key.toUtf8(), settings.get(key).toUtf8()}) {
            h.feedValue(text.size());
            h.feed(text.constData(), static_cast<size_t>(text.size()));
        }
    }
    // The texts round the ratios to 12 digits; their bits tell any two apart.
    for (double ratio : {settings.grossMargin, settings.lowUtilisation, settings.usageDrop})
        h.feedValue(ratio);
    return h.value();
}

} // namespace SnapshotCache

bool CachedHealth::fits(qint64 defaultAsOf, const Settings &current) const
{
    return matrix && asOf == defaultAsOf && settings == SnapshotCache::settingsFingerprint(current);
}

} // namespace ra

#include "kpi/kpiresult.h"

namespace ra {

const TargetResult *KpiReport::targetFor(KpiId id) const
{
    for (const TargetResult &t : targets)
        if (t.kpi == id)
            return &t;
    return nullptr;
}

} // namespace ra

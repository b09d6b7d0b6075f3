#include "kpi/kpifilters.h"

#include <QStringList>

namespace ra {

QString KpiFilters::describe() const
{
    QStringList parts;
    for (const auto *f : {&persona, &segment, &channel})
        if (*f)
            parts << (*f)->trimmed();
    return parts.isEmpty() ? QStringLiteral("All") : parts.join(QStringLiteral(" › "));
}

} // namespace ra

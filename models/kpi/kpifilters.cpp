#include "kpi/kpifilters.h"

#include <QCoreApplication>
#include <QStringList>

namespace ra {

QString KpiFilters::describe() const
{
    QStringList parts;
    for (const auto *f : {&persona, &segment, &channel})
        if (*f)
            parts << (*f)->trimmed();
    return parts.isEmpty() ? QCoreApplication::translate("ra::KpiFilters", "All") : parts.join(QStringLiteral(" › "));
}

} // namespace ra

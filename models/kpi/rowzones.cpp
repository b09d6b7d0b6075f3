#include "kpi/rowzones.h"

#include <limits>

namespace ra::detail {

RowZones::RowZones(int rows, std::initializer_list<const std::vector<qint64> *> columns) : m_rows(rows)
{
    const size_t blocks = (static_cast<size_t>(rows) + (size_t(1) << kShift) - 1) >> kShift;
    m_min.assign(blocks, std::numeric_limits<qint64>::max());
    m_max.assign(blocks, std::numeric_limits<qint64>::min());
    for (const std::vector<qint64> *column : columns) {
        for (size_t k = 0; k < blocks; ++k) {
            const size_t first = k << kShift, last = std::min(static_cast<size_t>(rows), (k + 1) << kShift);
            qint64 lo = m_min[k], hi = m_max[k];
            for (size_t i = first; i < last; ++i) {
                const qint64 t = (*column)[i];
                if (t == kNever)
                    continue;
                lo = std::min(lo, t);
                hi = std::max(hi, t);
            }
            m_min[k] = lo;
            m_max[k] = hi;
        }
    }
}

EngineZones::EngineZones(const Snapshot &s)
    : leads(s.leadCount(), {&s.leads.created, &s.leads.mql, &s.leads.sal, &s.leads.sql}),
      opps(s.oppCount(), {&s.opps.created, &s.opps.closed}),
      tickets(static_cast<int>(s.tickets.opened.size()), {&s.tickets.opened, &s.tickets.resolved}),
      nps(static_cast<int>(s.nps.respondedOn.size()), {&s.nps.respondedOn})
{
}

} // namespace ra::detail

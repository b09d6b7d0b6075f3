#pragma once
// What every dashboard page is shown: the engine (on the in-memory snapshot)
// and the current selection. Pages never touch the store.
#include "domain/period.h"
#include "kpi/kpifilters.h"

#include <QString>
#include <memory>
#include <optional>

namespace ra {

class KpiEngine;
struct DataQualityReport;

struct DashboardContext {
    std::shared_ptr<const KpiEngine> engine; // null when no store is open
    Period period;
    KpiFilters filters;
    std::optional<qint64> asOf;               // unset = the engine's default as_of
    QString currency = QStringLiteral("EUR");
    // The store's data-quality checks, run by the window when it loads the
    // store (they read SQL, pages do not); null until they have run.
    std::shared_ptr<const DataQualityReport> quality;
    QString qualityError; // why there is no report, when the checks failed
};

} // namespace ra

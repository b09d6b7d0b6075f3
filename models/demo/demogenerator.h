#pragma once
// Writes a deterministic, realistic demo store: about two years of funnel,
// deals, recurring revenue, spend, service, targets and alignment surveys up
// to an end date. Same options → same data rows. The story it tells is in
// docs/decisions/demo-data.md.
#include "core/progress.h"
#include "core/result.h"

#include <QDate>
#include <QString>
#include <functional>

namespace ra {

class Store;

struct DemoOptions {
    int leads = 20000;   // everything else scales with this
    quint64 seed = 1;
    QDate end;           // last day covered (inclusive); must be valid
    bool replace = false; // replace existing data instead of refusing
    // Optional, for a caller on a worker thread: thousandths done (of 1000,
    // called a few hundred times); returning false stops the run (Cancelled;
    // the store is left as it was). It never changes the data written.
    Progress progress;
};

struct DemoSummary {
    qint64 accounts = 0;
    qint64 campaigns = 0;
    qint64 leads = 0;
    qint64 touches = 0;
    qint64 opportunities = 0;
    qint64 revenueRows = 0;
    qint64 spendRows = 0;
    qint64 tickets = 0;
    qint64 npsAnswers = 0;
    qint64 targets = 0;
    qint64 surveyAnswers = 0;
    qint64 firstTimestamp = 0; // 00:00 UTC of the first day covered
    qint64 endTimestamp = 0;   // 00:00 UTC of the day after --end (exclusive)

    qint64 totalRows() const;
};

class DemoGenerator {
public:
    static constexpr int kMinLeads = 100;
    static constexpr int kMaxLeads = 5'000'000;

    // Refuses (Validation) when the store already holds data and
    // options.replace is false. Writes everything in one transaction.
    static Result<DemoSummary> generate(Store &store, const DemoOptions &options);
    // True when any data table (accounts, leads, revenue, ...) has a row.
    static Result<bool> hasData(Store &store);
};

} // namespace ra

#pragma once
// The data-quality report: what in the store the KPIs silently leave out or
// treat specially (out-of-order stage timestamps, leads without persona,
// opportunities without lead, re-entered and stalled leads) and what the last
// imports rejected. Counts plus a few sample ids, so that someone can go and
// fix the source system.
#include "core/result.h"
#include "domain/rejection.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace ra {

class KpiEngine;
class Store;

struct QualityIssue {
    QString key;        // "leads.out_of_order"
    QString title;      // "Leads with stage timestamps out of order"
    qint64 count = 0;
    QStringList samples; // ids, at most the sample limit
    // The title in the reader's language; `title` stays English for --json.
    QString displayTitle() const;
};

struct ImportLogEntry {
    qint64 id = 0;
    qint64 startedAt = 0; // epoch seconds UTC
    QString bundle;
    QString status;
    qint64 rejected = 0;
    std::vector<Rejection> samples;
};

struct DataQualityReport {
    qint64 asOf = 0; // of the stalled / re-entered counts; 0 without an engine
    std::vector<QualityIssue> issues;
    std::vector<ImportLogEntry> imports; // newest first

    // One line per issue with a non-zero count, and for rejections of the last import.
    QStringList warnings() const;
    QString toJson() const;
    QString toText() const;
};

// Counts over the whole store. With an engine, also the stalled and
// re-entered leads (the engine's definitions, over all leads up to its
// default as_of). The last `importLimit` imports are listed.
Result<DataQualityReport> checkDataQuality(Store &store, const KpiEngine *engine = nullptr, int sampleLimit = 5,
                                           int importLimit = 3);

} // namespace ra

#pragma once
// Recognises an export file by its header: which mapping fits it, and how
// well (the share of the mapping's identifying headers that are present).
#include "exports/mapping.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace ra {

struct Recognition {
    const Mapping *mapping = nullptr; // nullptr: nothing fits well enough
    double confidence = 0;            // 0..1
    const Mapping *closest = nullptr; // the best candidate, also when it does not fit
    double closestScore = 0;
};

// A mapping fits from this share of its identifying headers on.
constexpr double kRecogniseThreshold = 0.75;

// Share of the mapping's detect groups ("Record ID|Contact ID") present in
// the header; 0 when an excluding header is present or the first group (the
// record's id) is missing.
double recognitionScore(const Mapping &mapping, const QStringList &header);

Recognition recognise(const QStringList &header, const QString &fileName, const std::vector<const Mapping *> &candidates);

} // namespace ra

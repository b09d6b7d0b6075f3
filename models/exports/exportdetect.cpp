#include "exports/exportdetect.h"

#include "exports/sourcevalues.h"

#include <QFileInfo>
#include <QSet>

namespace ra {
namespace {

QSet<QString> normalisedSet(const QStringList &header)
{
    QSet<QString> out;
    for (const QString &h : header)
        out.insert(normaliseHeader(h));
    return out;
}

} // namespace

double recognitionScore(const Mapping &mapping, const QStringList &header)
{
    if (mapping.detect.isEmpty())
        return 0;
    const QSet<QString> present = normalisedSet(header);
    for (const QString &x : mapping.exclude)
        if (present.contains(normaliseHeader(x)))
            return 0;
    int found = 0;
    for (const QString &group : mapping.detect) {
        const QStringList alternatives = group.split(QLatin1Char('|'));
        const bool hit = std::any_of(alternatives.begin(), alternatives.end(), [&](const QString &a) { return present.contains(normaliseHeader(a)); });
        // The first group is the record's id: without it the file is not this export, however much else fits.
        if (!hit && found == 0 && &group == &mapping.detect.front())
            return 0;
        found += hit ? 1 : 0;
    }
    return double(found) / double(mapping.detect.size());
}

Recognition recognise(const QStringList &header, const QString &fileName, const std::vector<const Mapping *> &candidates)
{
    Recognition r;
    const QString base = QFileInfo(fileName).fileName();
    bool bestNamed = false;
    for (const Mapping *m : candidates) {
        const double score = recognitionScore(*m, header);
        const bool named = m->fileNames.contains(base, Qt::CaseInsensitive);
        const bool better = score > r.closestScore + 1e-9
            || (std::abs(score - r.closestScore) < 1e-9 && score > 0 && named && !bestNamed)
            || (std::abs(score - r.closestScore) < 1e-9 && score > 0 && named == bestNamed && r.closest
                && m->detect.size() > r.closest->detect.size());
        if (!r.closest || better) {
            r.closest = m;
            r.closestScore = score;
            bestNamed = named;
        }
    }
    if (r.closest && r.closestScore >= kRecogniseThreshold) {
        r.mapping = r.closest;
        r.confidence = r.closestScore;
    }
    return r;
}

} // namespace ra

#pragma once
// A mapping being made or adjusted in the window: which source column feeds
// each column of one bundle table, and which source values become which
// canonical values. Built into a Mapping — the same JSON `revalign mapping
// export/import` reads and writes — with the required columns still missing
// named, and the first rows converted exactly as the import will convert them.
#include "core/result.h"
#include "exports/exportpreview.h"
#include "exports/fieldplan.h"
#include "exports/mapping.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ra {

// One column the draft can feed: a bundle column, or a field of the base mapping's kind.
struct DraftTarget {
    QString name; // "lead_id", "organization"
    bool required = false;
    QStringList allowed;      // canonical values of an enum column ("marketing", "sales", "partner")
    bool valueMapped = false; // categorical: offered on the value-map page
    QStringList suggestions;  // canonical values to offer (the allowed ones, or those the KPIs group by)
};

struct MappingDraft {
    QString name;                                   // "pipedrive-deals"
    QString label;                                  // "Pipedrive deals"
    QString source;                                 // "pipedrive": its ids are namespaced "pipedrive:"
    QString table;                                  // the bundle table the rows become
    const Mapping *base = nullptr;                  // the recognised mapping being adjusted, else nullptr
    QHash<QString, QString> sourceOf;               // target -> source header as written ("" or absent: not fed)
    QHash<QString, QHash<QString, QString>> values; // target -> source value -> canonical value
    QHash<QString, QString> otherwise; // target -> value for a source value not listed (absent: the row is rejected)

    // A draft of the base mapping as it reads this header.
    static MappingDraft adjust(const Mapping &base, const QStringList &header);
    // An empty draft for a file no mapping fits: its rows become `table`, its
    // ids are namespaced as `source` (the same for every file of one system,
    // so their references meet), named "<source>-<table>".
    static MappingDraft fresh(const QString &table, const QString &source, const QString &label);
    // A source name from a file name: "Pipedrive deals.csv" -> "pipedrive-deals".
    static QString sourceFromFileName(const QString &fileName);

    std::vector<DraftTarget> targets() const;
    // Whether the base mapping's rule (employees → segment…) makes the target's
    // value, so a value map would not apply.
    bool byRule(const QString &target, const QStringList &header) const;
    QStringList missingRequired() const; // targets that must be fed and are not
    // Errors: Validation (a required column not fed, no name, a header that is not in the file).
    Result<Mapping> build(const QStringList &header) const;
};

// Tables a new mapping can fill (one bundle row per source row).
QStringList draftTables();

// The preview's rows as the import converts them: per row, one cell per target
// of the plan (the value, or why the row would be rejected there).
struct LandedCell {
    QString value;
    QString
        problem; // empty: the value lands; else why the row would be rejected (English, shownReason() translates it)
};
struct LandedPreview {
    QStringList targets;
    std::vector<std::vector<LandedCell>> rows;
    std::vector<qint64> rejectedRows; // indexes into rows
};
LandedPreview landPreview(const Mapping &mapping, const ExportPreview &preview, const PlanOptions &options);

} // namespace ra

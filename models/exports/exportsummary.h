#pragma once
// What an import of exports did: per source file what was recognised and
// how every row was accounted for (imported, unchanged, rejected, held until
// its account is matched, skipped with a reason), the bundle import's own
// summary, and every rejection located in the source file.
#include "exports/sourcestore.h"
#include "import/importsummary.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace ra {

struct SourceFileSummary {
    QString path;
    QString file;     // file name, as rejections name it
    QString mapping;  // "hubspot-contacts"
    QString label;    // "HubSpot contacts"
    double confidence = 0;
    QString encoding;
    QString delimiter;
    QString dateOrder; // "ISO (year first)", "day first (line 7: 25/03/2026)"
    QString timeZone;
    qint64 rows = 0;       // data records (footer excluded)
    qint64 imported = 0;   // written: inserted or updated
    qint64 unchanged = 0;  // same as stored (by fingerprint or by the upsert)
    qint64 rejected = 0;   // with a rejection naming the line
    qint64 held = 0;       // their account is not matched yet (see revalign match list)
    qint64 skipped = 0;    // not data for RevAlign, each reason in notes (footer, trialing...)
    qint64 footerLines = 0;
    QStringList notes;     // assumptions and skips, one line each
    QStringList warnings;  // the first few; warningCount counts all
    qint64 warningCount = 0;
};

struct ExportImportSummary {
    std::vector<SourceFileSummary> sources;
    QStringList skippedFiles;           // in a folder: files that are no known export, with the reason
    ImportSummary bundle;               // per bundle table, as `revalign import` shows it
    std::vector<Rejection> rejections;  // source file, line, source header, reason
    std::vector<MatchRecord> matches;   // every billing customer / organisation of this import
    bool billingAccounts = false;       // no CRM accounts: billing customers became the accounts
    QString salStageNote;               // set when this import changed sal_stage_tracked: what and why

    qint64 totalRejected() const { return qint64(rejections.size()); }
    qint64 totalHeld() const;
};

} // namespace ra

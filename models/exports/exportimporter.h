#pragma once
// Imports exports from HubSpot, Salesforce, Stripe, Zendesk or any CRM with a
// mapping: each file is recognised by its header, converted into canonical
// bundle rows (ids namespaced per source, billing customers and ticket
// organisations matched to accounts) and handed to BundleImporter, so every
// rule of the bundle applies and a rejection still names the export's own
// file, line and header. No printing; usable from a worker thread.
#include "core/progress.h"
#include "core/result.h"
#include "exports/exportsummary.h"
#include "exports/mapping.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <deque>
#include <functional>
#include <vector>

namespace ra {

class Store;
struct SourceJob;
struct PlanOptions;

struct ExportImportOptions {
    QString from = QStringLiteral("auto"); // auto, a source (hubspot...), a mapping name, or a mapping file
    QString timeZone;                      // IANA zone of datetimes without an offset; empty = UTC
    DateOrder dateOrder = DateOrder::Unknown; // for N/N/YYYY dates the data does not settle
    QString salFrom;                       // the header holding the sales-accepted date (HubSpot has none)
    // Mappings chosen for particular files (absolute paths) in the window's
    // mapping step: used for those files instead of recognising them.
    QHash<QString, Mapping> fileMappings;
    bool strict = false;
    bool dryRun = false;
    Progress progress; // over the whole run (reading and converting, then the import); false cancels
};

// The files an import of these paths reads: files named, and the export
// files (.csv, .tsv, .txt, .json, .jsonl, .ndjson) of folders named.
struct ExportFileList {
    QStringList named;    // given by name: must be recognised
    QStringList inFolder; // found in a folder: skipped when not recognised
};
// Errors: NotFound (a path that does not exist, no export file at all).
Result<ExportFileList> listExportFiles(const QStringList &paths);

class ExportImporter {
public:
    explicit ExportImporter(Store &store) : m_store(store) {}

    // Paths: files, or folders whose files are taken (those that are no known
    // export are skipped and listed). Errors, with nothing imported: Usage
    // (unknown source, bad time zone), NotFound, Parse (a named file that is
    // no known export, broken text or quoting), Validation (a bad mapping
    // file), and those of BundleImporter.
    Result<ExportImportSummary> run(const QStringList &paths, const ExportImportOptions &options);

    // Shipped mappings and the store's saved ones (a saved one replaces a shipped one of the same name).
    Result<std::vector<Mapping>> mappings() const;

private:
    Result<ExportImportSummary> importJobs(std::deque<SourceJob> &jobs, const PlanOptions &planOptions,
                                           const ExportImportOptions &options, ExportImportSummary &summary);

    Store &m_store;
};

} // namespace ra

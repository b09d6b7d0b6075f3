#pragma once
// Writes the store back as a bundle folder (docs/bundle-format.md): one CSV per
// table, header row always, rows ordered by the table's key, values in the
// bundle's canonical forms. Importing the folder into an empty store gives the
// same rows. The bundle is data, not a spreadsheet: nothing is neutralised.
#include "core/result.h"

#include <QString>
#include <functional>
#include <vector>

namespace ra {

class Store;

struct ExportedFile {
    QString file; // "leads.csv"
    qint64 rows = 0;
};

struct ExportSummary {
    QString folder; // absolute path
    std::vector<ExportedFile> files;
    qint64 totalRows() const;
};

class BundleExporter {
public:
    explicit BundleExporter(Store &store) : m_store(store) {}

    // Creates the folder when missing; replaces bundle files already there
    // (each file only once it is complete). Reads the store in one read
    // transaction, so the files are one consistent snapshot.
    Result<ExportSummary> run(const QString &folder);

    // The bundle file names in import order.
    static QStringList fileNames();

private:
    Store &m_store;
};

} // namespace ra

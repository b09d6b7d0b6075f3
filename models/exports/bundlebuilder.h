#pragma once
// Writes the canonical bundle that exports become, into a scratch folder, and
// remembers where each bundle row came from (source file and line) so that a
// rejection by the bundle's own checks names the export's file, line and
// header. A row whose fingerprint matches the one stored at the last import
// of the same source row is not written at all: it is unchanged.
#include "core/result.h"
#include "exports/sourcestore.h"
#include "import/bundlespec.h"
#include "csv/csvwriter.h"

#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <vector>

namespace ra {

struct RowOrigin {
    int file = -1;   // index of the source file
    qint64 line = 0;   // physical line of the source record
    qint64 record = 0; // ordinal of the record in its file (two records can share a line: a bare CR ends one)
};

class BundleBuilder {
public:
    explicit BundleBuilder(QString dir);
    ~BundleBuilder();

    // Before open(): the columns each table gets (the union of what the files feed).
    void declare(BundleTable table, const QString &column);
    // Fingerprints stored for the table: matching rows are counted unchanged and not written.
    void setStoredFingerprints(BundleTable table, RowFingerprints fingerprints);
    // Writes the headers (accounts.csv always: every bundle has it).
    Status open();
    // Position of a column in the table's header, -1 when not declared.
    int columnIndex(BundleTable table, const QString &column) const;
    int columnCount(BundleTable table) const;
    // fields in header order. Returns false when the row was unchanged (not written).
    // rowHash: the caller's fingerprint of the row (of its source fields); by default one of fields.
    bool addRow(BundleTable table, const std::vector<std::string> &fields, RowOrigin origin, std::optional<quint64> rowHash = {});
    // Fast path of an unchanged re-import: positions of the key columns in the
    // header, the hash of a key from its parts, and whether the stored
    // fingerprint of that key is rowHash (then it counts as unchanged).
    const std::vector<int> &keyPositions(BundleTable table) const;
    static quint64 keyHash(const std::vector<std::string> &keyParts);
    bool unchangedRow(BundleTable table, quint64 keyHash, quint64 rowHash);
    quint64 headerHash(BundleTable table) const;
    Status close();

    QString dir() const { return m_dir; }
    // The origin of a bundle row by its file and the physical line it starts on.
    RowOrigin originOf(const QString &bundleFile, qint64 line) const;
    std::string keyOf(const QString &bundleFile, qint64 line) const;
    // Fingerprints of the rows written, for saving after a commit; rejected lines left out.
    RowFingerprints writtenFingerprints(BundleTable table, const std::vector<qint64> &rejectedLines) const;
    qint64 unchanged(BundleTable table) const;
    qint64 rowsWritten() const; // over every table

private:
    struct Table;
    Table *tableOf(BundleTable table) const;
    const Table *tableOfFile(const QString &file) const;

    QString m_dir;
    std::map<BundleTable, std::unique_ptr<Table>> m_tables;
};

} // namespace ra

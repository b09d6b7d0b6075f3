#include "exports/bundlebuilder.h"

#include <QDir>
#include <algorithm>

namespace ra {

struct BundleBuilder::Table {
    const TableSpec *spec = nullptr;
    QStringList columns;
    std::vector<int> keyPositions;
    std::unique_ptr<CsvWriter> writer;
    RowFingerprints stored;
    // By written row: a quoted newline makes a row span lines, so rows are
    // found by the physical line they start on.
    std::vector<qint64> startLines;
    std::vector<RowOrigin> origins;
    std::vector<std::pair<quint64, quint64>> written; // (key hash, row hash)
    std::vector<std::string> keys;
    qint64 nextLine = 2;
    int rowOf(qint64 line) const
    {
        const auto it = std::lower_bound(startLines.begin(), startLines.end(), line);
        return it != startLines.end() && *it == line ? int(it - startLines.begin()) : -1;
    }
    qint64 unchanged = 0;
    quint64 headerHash = 0;
};

BundleBuilder::BundleBuilder(QString dir) : m_dir(std::move(dir)) {}
BundleBuilder::~BundleBuilder() = default;

BundleBuilder::Table *BundleBuilder::tableOf(BundleTable table) const
{
    const auto it = m_tables.find(table);
    return it == m_tables.end() ? nullptr : it->second.get();
}

const BundleBuilder::Table *BundleBuilder::tableOfFile(const QString &file) const
{
    for (const auto &[id, t] : m_tables)
        if (QString::fromStdString(t->spec->file) == file)
            return t.get();
    return nullptr;
}

void BundleBuilder::declare(BundleTable table, const QString &column)
{
    auto &t = m_tables[table];
    if (!t) {
        t = std::make_unique<Table>();
        t->spec = &bundleTable(table);
        // Key columns first, in the bundle's order: every row names its key.
        for (int k : t->spec->keyColumns())
            t->columns << QString::fromStdString(t->spec->columns[std::size_t(k)].name);
    }
    if (!t->columns.contains(column) && t->spec->columnIndex(column.toStdString()) >= 0)
        t->columns << column;
}

void BundleBuilder::setStoredFingerprints(BundleTable table, RowFingerprints fingerprints)
{
    declare(table, QString::fromStdString(bundleTable(table).columns.front().name));
    tableOf(table)->stored = std::move(fingerprints);
}

Status BundleBuilder::open()
{
    declare(BundleTable::Accounts, QStringLiteral("account_id"));
    for (auto &[id, t] : m_tables) {
        t->writer = std::make_unique<CsvWriter>(QDir(m_dir).filePath(QString::fromStdString(t->spec->file)));
        if (Status s = t->writer->open(); !s)
            return s;
        t->writer->writeRow(t->columns);
        for (const QString &c : t->columns)
            if (t->spec->columns[std::size_t(t->spec->columnIndex(c.toStdString()))].key)
                t->keyPositions.push_back(int(t->columns.indexOf(c)));
        const QByteArray h = t->columns.join(QLatin1Char(',')).toUtf8();
        t->headerHash = fingerprint(std::string_view(h.constData(), std::size_t(h.size())));
    }
    return {};
}

int BundleBuilder::columnIndex(BundleTable table, const QString &column) const
{
    const Table *t = tableOf(table);
    return t ? int(t->columns.indexOf(column)) : -1;
}

int BundleBuilder::columnCount(BundleTable table) const
{
    const Table *t = tableOf(table);
    return t ? int(t->columns.size()) : 0;
}

const std::vector<int> &BundleBuilder::keyPositions(BundleTable table) const { return tableOf(table)->keyPositions; }

quint64 BundleBuilder::keyHash(const std::vector<std::string> &keyParts)
{
    std::string key;
    for (const std::string &part : keyParts) {
        key += part;
        key += '\x1f';
    }
    return fingerprint(key);
}

quint64 BundleBuilder::headerHash(BundleTable table) const { return tableOf(table)->headerHash; }

bool BundleBuilder::unchangedRow(BundleTable table, quint64 keyHash, quint64 rowHash)
{
    Table &t = *tableOf(table);
    const auto it = std::lower_bound(t.stored.begin(), t.stored.end(), std::make_pair(keyHash, quint64(0)));
    if (it == t.stored.end() || it->first != keyHash || it->second != rowHash)
        return false;
    ++t.unchanged;
    return true;
}

bool BundleBuilder::addRow(BundleTable table, const std::vector<std::string> &fields, RowOrigin origin, std::optional<quint64> givenHash)
{
    Table &t = *tableOf(table);
    std::string key;
    for (int k : t.keyPositions) {
        key += fields[std::size_t(k)];
        key += '\x1f';
    }
    const quint64 keyHash = fingerprint(key);
    quint64 rowHash = t.headerHash;
    if (givenHash) {
        rowHash = *givenHash;
    } else {
        for (const std::string &f : fields) {
            rowHash = (rowHash ^ fingerprint(f)) * 1099511628211ULL;
            rowHash ^= f.size();
        }
    }
    if (unchangedRow(table, keyHash, rowHash))
        return false;
    for (const std::string &f : fields) {
        if (f.empty())
            t.writer->addEmpty();
        else
            t.writer->addField(QByteArrayView(f.data(), qsizetype(f.size())));
    }
    t.writer->endRow();
    t.startLines.push_back(t.nextLine);
    t.nextLine += 1;
    for (const std::string &f : fields)
        t.nextLine += std::count(f.begin(), f.end(), '\n');
    t.origins.push_back(origin);
    t.written.emplace_back(keyHash, rowHash);
    key.pop_back();
    t.keys.push_back(std::move(key));
    return true;
}

Status BundleBuilder::close()
{
    for (auto &[id, t] : m_tables)
        if (Status s = t->writer->close(); !s)
            return s;
    return {};
}

RowOrigin BundleBuilder::originOf(const QString &bundleFile, qint64 line) const
{
    const Table *t = tableOfFile(bundleFile);
    const int row = t ? t->rowOf(line) : -1;
    return row < 0 ? RowOrigin{} : t->origins[std::size_t(row)];
}

std::string BundleBuilder::keyOf(const QString &bundleFile, qint64 line) const
{
    const Table *t = tableOfFile(bundleFile);
    const int row = t ? t->rowOf(line) : -1;
    return row < 0 ? std::string() : t->keys[std::size_t(row)];
}

RowFingerprints BundleBuilder::writtenFingerprints(BundleTable table, const std::vector<qint64> &rejectedLines) const
{
    const Table *t = tableOf(table);
    RowFingerprints out;
    if (!t)
        return out;
    for (std::size_t i = 0; i < t->written.size(); ++i)
        if (!std::binary_search(rejectedLines.begin(), rejectedLines.end(), t->startLines[i]))
            out.push_back(t->written[i]);
    return out;
}

qint64 BundleBuilder::unchanged(BundleTable table) const
{
    const Table *t = tableOf(table);
    return t ? t->unchanged : 0;
}

} // namespace ra

namespace ra {

qint64 BundleBuilder::rowsWritten() const
{
    qint64 n = 0;
    for (const auto &[id, t] : m_tables)
        n += qint64(t->written.size());
    return n;
}

} // namespace ra

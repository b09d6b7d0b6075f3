#include "kpi/snapshotcache.h"

#include "kpi/hash64.h"
#include "kpi/snapshotcacheformat.h"
#include "kpi/snapshotcachesections.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ra {

namespace {

using namespace cachefmt;

Error unusable(const QString &path, const QString &why)
{
    return makeError(
        ErrorCode::Validation,
        QCoreApplication::translate("ra::Snapshot", "the snapshot cache %1 cannot be used: %2").arg(path, why));
}

QString fixedText(const char *text, size_t size) { return QString::fromLatin1(text, static_cast<qsizetype>(strnlen(text, size))); }

Source fileSource(const QFile &file) { return {file.handle(), nullptr, static_cast<quint64>(std::max<qint64>(0, file.size()))}; }

struct Header {
    FileHeader file;
    std::vector<SectionEntry> table;
};

// The header and the section table, checked; the error says what is wrong
// (`path` names the cache in it).
Result<Header> readHeader(const Source &src, const QString &path)
{
    const quint64 size = src.size;
    Header h;
    if (size < sizeof(FileHeader) || !readAt(src, 0, &h.file, sizeof h.file))
        return unusable(path, QCoreApplication::translate("ra::Snapshot", "the file is truncated"));
    const FileHeader &f = h.file;
    if (std::memcmp(f.magic, kMagic, sizeof kMagic) != 0)
        return unusable(path, QCoreApplication::translate("ra::Snapshot", "not a RevAlign snapshot cache"));
    if (f.byteOrder != kByteOrderMark || fixedText(f.abi, sizeof f.abi) != QString::fromLatin1(abiName()))
        return unusable(path,
                        QCoreApplication::translate("ra::Snapshot", "written on another kind of machine (%1)")
                            .arg(fixedText(f.abi, sizeof f.abi)));
    if (hash64(&f, offsetof(FileHeader, headerHash)) != f.headerHash)
        return unusable(path, QCoreApplication::translate("ra::Snapshot", "its header is damaged"));
    if (f.formatVersion == kFormatVersion && f.layout != layoutSignature()
        && fixedText(f.appVersion, sizeof f.appVersion) == QStringLiteral(RA_VERSION_STRING))
        return unusable(path,
                        QCoreApplication::translate(
                            "ra::Snapshot", "written by another build of RevAlign %1 with other snapshot columns")
                            .arg(QStringLiteral(RA_VERSION_STRING)));
    if (f.formatVersion != kFormatVersion || f.layout != layoutSignature()
        || fixedText(f.appVersion, sizeof f.appVersion) != QStringLiteral(RA_VERSION_STRING))
        return unusable(path,
                        QCoreApplication::translate("ra::Snapshot",
                                                    "written by RevAlign %1 (cache format %2), this is %3 (format %4)")
                            .arg(fixedText(f.appVersion, sizeof f.appVersion))
                            .arg(f.formatVersion)
                            .arg(QStringLiteral(RA_VERSION_STRING))
                            .arg(kFormatVersion));
    if (f.fileSize != size)
        return unusable(path,
                        QCoreApplication::translate("ra::Snapshot",
                                                    "the file is truncated or extended (%1 bytes, the header says %2)")
                            .arg(size)
                            .arg(f.fileSize));
    const quint64 tableEnd = sizeof(FileHeader) + f.sectionCount * sizeof(SectionEntry);
    if (f.sectionCount > 100000 || tableEnd > f.fileSize)
        return unusable(path, QCoreApplication::translate("ra::Snapshot", "its section table is damaged"));
    h.table.resize(static_cast<size_t>(f.sectionCount));
    if (!readAt(src, sizeof(FileHeader), h.table.data(), h.table.size() * sizeof(SectionEntry))
        || hash64(h.table.data(), h.table.size() * sizeof(SectionEntry)) != f.tableHash)
        return unusable(path, QCoreApplication::translate("ra::Snapshot", "its section table is damaged"));
    for (const SectionEntry &e : h.table)
        if (e.offset < tableEnd || e.offset > f.fileSize || e.bytes > f.fileSize - e.offset)
            return unusable(path, QCoreApplication::translate("ra::Snapshot", "its section table is damaged"));
    return h;
}

// Opens the cache file and checks its header; NotFound when there is none.
Result<Header> openAndReadHeader(QFile &file)
{
    if (!file.exists())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ra::Snapshot", "there is no snapshot cache at %1").arg(file.fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return unusable(file.fileName(), file.errorString());
    return readHeader(fileSource(file), file.fileName());
}

// Walks the parts in the writer's order and turns each into reads: the large
// ones become jobs that run on two threads, the small ones are decoded here.
class Filler {
public:
    Filler(const Source &src, const std::vector<SectionEntry> &table) : m_src(src), m_table(table) {}

    std::vector<std::function<bool()>> jobs;
    std::vector<quint64> jobBytes;
    bool failed = false;
    bool atEnd() const { return m_at == m_table.size(); }

    template<typename T>
    void operator()(const char *, std::vector<T> &v)
    {
        const SectionEntry *values = next(), *positions = next();
        const std::optional<quint64> n = values && positions ? columnLength<T>(*values, *positions) : std::nullopt;
        if (!n)
            return fail();
        addJob(values->bytes + positions->bytes, [src = m_src, values, positions, &v, n = *n] {
            sizeFresh(v, static_cast<size_t>(n));
            return readColumn(src, *values, *positions, v.data());
        });
    }
    void operator()(const char *, std::vector<Snapshot::UsageCell> &v)
    {
        using C = Snapshot::UsageCell;
        fields(v, &C::users, &C::seats, &C::seatUsers);
    }
    void operator()(const char *, std::vector<Snapshot::ProductMrr> &v)
    {
        using C = Snapshot::ProductMrr;
        fields(v, &C::slot, &C::product, &C::mrr);
    }
    void operator()(const char *, IdColumn &v)
    {
        const SectionEntry *offsets = next(), *bytes = next();
        if (!offsets || !bytes || bytes->width != 0)
            return fail();
        addJob(offsets->bytes + bytes->bytes, [src = m_src, offsets, bytes, &v] {
            std::vector<quint64> at;
            std::vector<char> data(static_cast<size_t>(bytes->bytes));
            if (!readOffsets(src, *offsets, at) || !readSection(src, *bytes, data.data()))
                return false;
            bool ok = false;
            v = IdColumn::fromParts(std::move(data), at, &ok);
            return ok;
        });
    }
    void operator()(const char *, std::vector<std::vector<int>> &v)
    {
        const SectionEntry *offsets = next(), *heads = next(), *rest = next();
        if (!offsets || !heads || !rest)
            return fail();
        addJob(offsets->bytes + heads->bytes + rest->bytes, [src = m_src, offsets, heads, rest, &v] {
            return readLists(src, *offsets, *heads, *rest, v);
        });
    }
    void operator()(const char *, TextPool &pool)
    {
        QStringList texts;
        blob([&](QDataStream &in) { in >> texts; });
        for (const QString &t : texts)
            if (pool.intern(t) != pool.size() - 1)
                fail(); // a text that was not a pool's
    }
    void operator()(const char *, QStringList &list)
    {
        blob([&](QDataStream &in) { in >> list; });
    }
    void operator()(const char *, std::vector<Snapshot::Target> &targets)
    {
        blob([&](QDataStream &in) {
            for (quint64 n = count(in); n > 0 && in.status() == QDataStream::Ok; --n) {
                Snapshot::Target t;
                in >> t.period >> t.kpi >> t.owner >> t.target;
                targets.push_back(t);
            }
        });
    }
    void operator()(const char *, std::vector<std::pair<int, qint64>> &v)
    {
        blob([&](QDataStream &in) {
            for (quint64 n = count(in); n > 0 && in.status() == QDataStream::Ok; --n) {
                qint32 k = 0;
                qint64 x = 0;
                in >> k >> x;
                v.emplace_back(k, x);
            }
        });
    }
    void operator()(const char *, qint64 &x) { scalar(x); }
    void operator()(const char *, quint64 &x) { scalar(x); }
    void operator()(const char *, int &x) { scalar(x); }
    // A column of half units (the writer's Planner) back into doubles.
    void operator()(const char *, std::vector<double> &v)
    {
        const SectionEntry *values = next(), *positions = next();
        const std::optional<quint64> n = values && positions ? columnLength<qint64>(*values, *positions) : std::nullopt;
        if (!n)
            return fail();
        addJob(values->bytes + positions->bytes, [src = m_src, values, positions, &v, n = static_cast<size_t>(*n)] {
            sizeFresh(v, n);
            return readColumnEach<qint64>(src, *values, *positions,
                                          [&v](size_t i, qint64 halves) { v[i] = static_cast<double>(halves) / 2; });
        });
    }

private:
    const SectionEntry *next() { return m_at < m_table.size() ? &m_table[m_at++] : nullptr; }
    void fail() { failed = true; }
    // One column per field (as the writer's Planner::fields), all of one
    // length, read one after the other on one job.
    template<typename S, typename... F>
    void fields(std::vector<S> &v, F S::*...member)
    {
        std::vector<std::pair<const SectionEntry *, const SectionEntry *>> columns;
        for (size_t i = 0; i < sizeof...(F); ++i) {
            const SectionEntry *values = next();
            columns.emplace_back(values, next());
        }
        quint64 bytes = 0;
        std::optional<quint64> length;
        size_t k = 0;
        auto check = [&](auto m) {
            using T = std::remove_reference_t<decltype(std::declval<S &>().*m)>;
            const auto [values, positions] = columns[k++];
            const std::optional<quint64> n = values && positions ? columnLength<T>(*values, *positions) : std::nullopt;
            if (!n || (length && *n != *length))
                return false;
            length = n;
            bytes += values->bytes + positions->bytes;
            return true;
        };
        if (!(check(member) && ...))
            return fail();
        addJob(bytes, [src = m_src, columns, &v, n = static_cast<size_t>(*length), member...] {
            sizeFresh(v, n);
            size_t k = 0;
            auto field = [&](auto m) {
                using T = std::remove_reference_t<decltype(std::declval<S &>().*m)>;
                const auto [values, positions] = columns[k++];
                return readColumnEach<T>(src, *values, *positions, [&v, m](size_t i, T x) { v[i].*m = x; });
            };
            return (field(member) && ...);
        });
    }
    static bool readLists(const Source &src, const SectionEntry &offsets, const SectionEntry &heads, const SectionEntry &rest,
                          std::vector<std::vector<int>> &v)
    {
        std::vector<quint64> at;
        SectionValues<int> first(src, heads);
        SectionValues<qint64> steps(src, rest);
        if (!readOffsets(src, offsets, at) || !first.ok() || !steps.ok())
            return false;
        quint64 nonEmpty = 0;
        for (size_t i = 0; i + 1 < at.size(); ++i)
            nonEmpty += at[i + 1] > at[i];
        if (nonEmpty != first.left() || at.back() - nonEmpty != steps.left())
            return false;
        sizeFresh(v, at.size() - 1);
        std::vector<qint64> d;
        for (size_t i = 0; i < v.size(); ++i) {
            const size_t n = static_cast<size_t>(at[i + 1] - at[i]);
            std::vector<int> &list = v[i];
            list.resize(n);
            if (n == 0)
                continue;
            first.take(list.data(), 1);
            d.resize(n - 1);
            steps.take(d.data(), n - 1);
            for (size_t j = 1; j < n; ++j)
                list[j] = static_cast<int>(list[j - 1] + d[j - 1]);
        }
        return true;
    }
    void addJob(quint64 bytes, std::function<bool()> job)
    {
        jobs.push_back(std::move(job));
        jobBytes.push_back(bytes);
    }
    template<typename T>
    void scalar(T &x)
    {
        const SectionEntry *e = next();
        if (!e || e->bytes != sizeof x || !readSection(m_src, *e, &x))
            fail();
    }
    static quint64 count(QDataStream &in)
    {
        quint64 n = 0;
        in >> n;
        return std::min<quint64>(n, quint64(in.device()->size())); // a damaged count cannot allocate much
    }
    template<typename Decode>
    void blob(Decode decode)
    {
        const SectionEntry *e = next();
        QByteArray bytes(static_cast<qsizetype>(e ? e->bytes : 0), Qt::Uninitialized);
        if (!e || !readSection(m_src, *e, bytes.data()))
            return fail();
        QDataStream in(bytes);
        in.setVersion(QDataStream::Qt_6_4);
        decode(in);
        if (in.status() != QDataStream::Ok || !in.atEnd())
            fail();
    }
    Source m_src;
    const std::vector<SectionEntry> &m_table;
    size_t m_at = 0;
};

// A health matrix read from a file has the shape the engine expects of one
// built on this snapshot: one row per account with revenue, its months within
// the MRR matrix's, every field one cell per row and month.
bool fitsSnapshot(const detail::HealthMatrix &m, const Snapshot &s)
{
    const size_t cells = static_cast<size_t>(std::max(0, m.months)) * static_cast<size_t>(std::max(0, m.rows));
    return m.rows == static_cast<int>(s.mrrAccounts.size()) && m.firstIndex == s.mrrFirstIndex && m.months >= 0
        && m.months <= s.mrrMonths && m.signals.size() == cells && m.products.size() == cells && m.gaps.size() == cells
        && m.potential.size() == cells && m.lift.size() == cells;
}

// Runs the jobs, largest first, on this thread and one more.
bool runJobs(const Filler &f)
{
    std::vector<size_t> order(f.jobs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return f.jobBytes[a] > f.jobBytes[b]; });
    std::atomic<size_t> next{0};
    std::atomic<bool> ok{true};
    auto drain = [&] {
        for (size_t i; ok && (i = next++) < order.size();)
            if (!f.jobs[order[i]]())
                ok = false;
    };
    QFuture<void> other = QtConcurrent::run(drain);
    drain();
    other.waitForFinished();
    return ok;
}

// The snapshot (and the health matrix, when asked for) from a cache whose
// header was read and checked against the store's key.
Result<std::shared_ptr<Snapshot>> readChecked(const Source &src, const Header &h, const QString &path,
                                              const CacheKey &expected, CachedHealth *health)
{
    const FileHeader &f = h.file;
    if (f.schemaVersion != expected.schemaVersion)
        return unusable(path,
                        QCoreApplication::translate("ra::Snapshot", "written for schema version %1, the store has %2")
                            .arg(f.schemaVersion)
                            .arg(expected.schemaVersion));
    if (f.dataVersion != expected.data.version || f.dataStamp != expected.data.stamp)
        return unusable(
            path,
            QCoreApplication::translate("ra::Snapshot",
                                        "the store changed since it was written (data version %1, the store is at %2)")
                .arg(f.dataVersion)
                .arg(expected.data.version));
#ifdef Q_OS_LINUX
    // Starts reading the whole file ahead of the two readers (a cold disk).
    if (src.fd >= 0)
        ::posix_fadvise(src.fd, 0, 0, POSIX_FADV_WILLNEED);
#endif
    auto snapshot = std::make_shared<Snapshot>();
    Filler filler(src, h.table);
    visitSnapshotParts(*snapshot, filler);
    // The health matrix's sections follow; read only when asked for.
    auto matrix = std::make_shared<detail::HealthMatrix>();
    qint64 healthAsOf = kNever;
    quint64 healthSettings = 0;
    if (health)
        visitHealthParts(healthAsOf, healthSettings, *matrix, filler);
    if (filler.failed || (health && !filler.atEnd()) || !runJobs(filler)
        || (healthAsOf != kNever && !fitsSnapshot(*matrix, *snapshot)))
        return unusable(path,
                        QCoreApplication::translate("ra::Snapshot", "a checksum does not match (the file is damaged)"));
    if (health)
        *health = healthAsOf == kNever ? CachedHealth{} : CachedHealth{healthAsOf, healthSettings, std::move(matrix)};
    snapshot->readAt = expected.data;
    return snapshot;
}

} // namespace

namespace SnapshotCache {

QString pathFor(const QString &storePath)
{
    const QFileInfo store(storePath);
    const QFileInfo folder(store.absolutePath());
    if (folder.isWritable())
        return store.absoluteFilePath() + QStringLiteral(".snapcache");
    const QByteArray id = QCryptographicHash::hash(store.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/snapshots/")
         + store.fileName() + QLatin1Char('-') + QString::fromLatin1(id.left(16)) + QStringLiteral(".snapcache");
}

Result<CacheFileInfo> inspect(const QString &path)
{
    QFile file(path);
    Result<Header> h = openAndReadHeader(file);
    if (!h)
        return h.error();
    const FileHeader &f = h->file;
    CacheFileInfo info;
    info.path = path;
    info.bytes = file.size();
    info.key.schemaVersion = static_cast<int>(f.schemaVersion);
    info.key.data = {f.dataVersion, f.dataStamp};
    info.appVersion = fixedText(f.appVersion, sizeof f.appVersion);
    info.abi = fixedText(f.abi, sizeof f.abi);
    info.writtenAt = QDateTime::fromSecsSinceEpoch(f.writtenAt, Qt::UTC);
    return info;
}

Result<std::shared_ptr<Snapshot>> read(const QString &path, const CacheKey &expected, CachedHealth *health)
{
    QFile file(path);
    Result<Header> h = openAndReadHeader(file);
    if (!h)
        return h.error();
    return readChecked(fileSource(file), h.value(), path, expected, health);
}

Status remove(const QString &path)
{
    const QFileInfo info(path);
    const QStringList temps = info.dir().entryList({info.fileName() + QStringLiteral(".tmp-*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : temps)
        QFile::remove(info.dir().filePath(name));
    if (info.exists() && !QFile::remove(path))
        return makeError(ErrorCode::Io, QCoreApplication::translate("ra::Snapshot", "cannot remove %1").arg(path));
    return {};
}

} // namespace SnapshotCache

} // namespace ra

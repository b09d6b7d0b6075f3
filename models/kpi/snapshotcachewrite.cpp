#include "kpi/snapshotcache.h"

#include "kpi/hash64.h"
#include "kpi/snapshotcacheformat.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace ra {

namespace {

using namespace cachefmt;

// Writes one section at a time through a block buffer, hashing each block as
// sectionHash() does, so that ids and index lists are written straight from
// the snapshot without a second copy of them in memory.
class Sink {
public:
    Sink(QIODevice &file, const std::atomic<bool> *cancel) : m_file(file), m_cancel(cancel), m_buffer(kBlock) {}

    void begin()
    {
        m_hash = Hash64();
        m_used = 0;
    }
    void put(const void *data, size_t bytes)
    {
        const auto *p = static_cast<const char *>(data);
        while (bytes > 0 && m_ok) {
            const size_t n = std::min(bytes, kBlock - m_used);
            std::memcpy(m_buffer.data() + m_used, p, n);
            m_used += n;
            p += n;
            bytes -= n;
            if (m_used == kBlock)
                flush();
        }
    }
    template<typename T>
    void putValue(const T &v) { put(&v, sizeof v); }
    // The section's checksum; false when a write failed or was cancelled.
    bool end(quint64 &hash)
    {
        if (m_used > 0)
            flush();
        hash = m_hash.value();
        return m_ok;
    }
    bool cancelled() const { return m_cancel && *m_cancel; }

private:
    void flush()
    {
        m_hash.feed(m_buffer.data(), m_used);
        if (m_file.write(m_buffer.data(), static_cast<qint64>(m_used)) != static_cast<qint64>(m_used) || cancelled())
            m_ok = false;
        m_used = 0;
    }

    QIODevice &m_file;
    const std::atomic<bool> *m_cancel;
    std::vector<char> m_buffer;
    size_t m_used = 0;
    Hash64 m_hash;
    bool m_ok = true;
};

// One section to write: its size and codec, and what puts its bytes into the sink.
struct Source {
    size_t bytes = 0;
    std::function<void(Sink &)> emit;
    Codec codec;       // width 0: the bytes as they are
    quint64 count = 0; // elements stored
    quint64 length = 0; // a column's values: elements once decoded
    bool sparse = false;
};

// A sequence of T given by a generator made fresh for each pass (one to
// measure, one to write): `make()` returns a callable yielding the next value.
template<typename T, typename Make>
Source codedSource(size_t n, Make make)
{
    CodecPlanner<T> planner;
    auto measure = make();
    for (size_t i = 0; i < n; ++i)
        planner.add(measure());
    Codec codec = planner.codec();
    if (codec.width >= sizeof(T))
        codec = {};
    const size_t width = codec.width ? codec.width : sizeof(T);
    return {n * width,
            [n, make, codec, width](Sink &sink) {
                constexpr size_t kChunk = 8192;
                std::vector<T> values(kChunk);
                std::vector<char> codes(kChunk * width);
                CodecStream<T> stream(codec);
                auto next = make();
                for (size_t done = 0; done < n; done += kChunk) {
                    const size_t m = std::min(kChunk, n - done);
                    for (size_t i = 0; i < m; ++i)
                        values[i] = next();
                    if (codec.width == 0)
                        sink.put(values.data(), m * sizeof(T));
                    else {
                        stream.encode(values.data(), m, codes.data());
                        sink.put(codes.data(), m * width);
                    }
                }
            },
            codec, n, n, false};
}

// An integer column of n values from `make` (as codedSource): its values,
// then the positions of a sparse column (see snapshotcacheformat.h).
template<typename T, typename Make>
std::pair<Source, Source> columnSources(size_t n, Make make)
{
    constexpr T kSentinel = std::numeric_limits<T>::max();
    size_t present = 0;
    auto count = make();
    for (size_t i = 0; i < n; ++i)
        present += count() != kSentinel;
    if (present * 2 >= n) {
        Source values = codedSource<T>(n, make);
        return {values, codedSource<quint64>(0, [] { return [] { return quint64(0); }; })};
    }
    Source values = codedSource<T>(present, [make] {
        return [next = make()]() mutable {
            T v;
            while ((v = next()) == kSentinel) {}
            return v;
        };
    });
    values.length = n;
    values.sparse = true;
    Source positions = codedSource<quint64>(present, [make] {
        return [next = make(), i = quint64(0)]() mutable {
            while (next() == kSentinel)
                ++i;
            return i++;
        };
    });
    return {values, positions};
}

// Turns each part into its sections (see snapshotcacheformat.h). The sources
// borrow the snapshot, which outlives the write.
struct Planner {
    std::vector<Source> sections;

    void raw(const void *data, size_t bytes)
    {
        sections.push_back({bytes, [data, bytes](Sink &sink) { sink.put(data, bytes); }, {}, 0});
    }
    template<typename Encode>
    void blob(Encode encode)
    {
        auto bytes = std::make_shared<QByteArray>();
        QDataStream out(bytes.get(), QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        encode(out);
        const auto size = static_cast<size_t>(bytes->size());
        sections.push_back({size, [bytes, size](Sink &sink) { sink.put(bytes->constData(), size); }, {}, 0});
    }
    // The running offsets of a list of lists (one more than the list): coded,
    // their differences are the lists' sizes.
    template<typename List>
    void offsets(const List &list)
    {
        sections.push_back(codedSource<quint64>(list.size() + 1, [&list] {
            return [&list, i = size_t(0), at = quint64(0)]() mutable {
                if (i > 0)
                    at += list[i - 1].size();
                ++i;
                return at;
            };
        }));
    }

    template<typename T, typename Make>
    void column(size_t n, Make make)
    {
        auto [values, positions] = columnSources<T>(n, make);
        sections.push_back(std::move(values));
        sections.push_back(std::move(positions));
    }
    // One column per field of a vector of structs.
    template<typename S, typename... F>
    void fields(const std::vector<S> &v, F S::*...member)
    {
        auto field = [&v](auto member) {
            return [&v, member] { return [&v, member, i = size_t(0)]() mutable { return v[i++].*member; }; };
        };
        (column<F>(v.size(), field(member)), ...);
    }

    template<typename T>
    void operator()(const char *, const std::vector<T> &v)
    {
        column<T>(v.size(), [&v] { return [p = v.data()]() mutable { return *p++; }; });
    }
    void operator()(const char *, const std::vector<Snapshot::UsageCell> &v)
    {
        using C = Snapshot::UsageCell;
        fields(v, &C::users, &C::seats, &C::seatUsers);
    }
    void operator()(const char *, const std::vector<Snapshot::ProductMrr> &v)
    {
        using C = Snapshot::ProductMrr;
        fields(v, &C::slot, &C::product, &C::mrr);
    }
    void operator()(const char *, const IdColumn &v)
    {
        offsets(v);
        sections.push_back({v.bytes().size(), [&v](Sink &sink) { sink.put(v.bytes().data(), v.bytes().size()); }, {}, 0});
    }
    // Offsets, each non-empty list's first element, then the differences
    // between neighbours within each list (small for the sorted index lists).
    void operator()(const char *, const std::vector<std::vector<int>> &v)
    {
        offsets(v);
        size_t heads = 0, rest = 0;
        for (const std::vector<int> &x : v)
            if (!x.empty()) {
                ++heads;
                rest += x.size() - 1;
            }
        sections.push_back(codedSource<int>(heads, [&v] {
            return [&v, i = size_t(0)]() mutable {
                while (v[i].empty())
                    ++i;
                return v[i++].front();
            };
        }));
        sections.push_back(codedSource<qint64>(rest, [&v] {
            return [&v, i = size_t(0), j = size_t(1)]() mutable {
                while (j >= v[i].size()) {
                    ++i;
                    j = 1;
                }
                const qint64 d = qint64(v[i][j]) - qint64(v[i][j - 1]);
                ++j;
                return d;
            };
        }));
    }
    void operator()(const char *, const TextPool &pool)
    {
        QStringList texts;
        for (int i = 0; i < pool.size(); ++i)
            texts << pool.text(i);
        blob([&](QDataStream &out) { out << texts; });
    }
    void operator()(const char *, const QStringList &list)
    {
        blob([&](QDataStream &out) { out << list; });
    }
    void operator()(const char *, const std::vector<Snapshot::Target> &targets)
    {
        blob([&](QDataStream &out) {
            out << quint64(targets.size());
            for (const Snapshot::Target &t : targets)
                out << t.period << t.kpi << t.owner << t.target;
        });
    }
    void operator()(const char *, const std::vector<std::pair<int, qint64>> &v)
    {
        blob([&](QDataStream &out) {
            out << quint64(v.size());
            for (const auto &[k, x] : v)
                out << qint32(k) << qint64(x);
        });
    }
    void operator()(const char *, const qint64 &x) { raw(&x, sizeof x); }
    void operator()(const char *, const quint64 &x) { raw(&x, sizeof x); }
    void operator()(const char *, const int &x) { raw(&x, sizeof x); }
    // Whole half units (wholeHalves) as an integer column of halves.
    void operator()(const char *, const std::vector<double> &v)
    {
        column<qint64>(v.size(), [&v] { return [p = v.data()]() mutable { return static_cast<qint64>(*p++ * 2); }; });
    }
};

// Every value is a whole number of half units that the integer column gives
// back bit for bit (no -0, NaN, or magnitude beyond doubles' exact integers).
bool wholeHalves(const std::vector<double> &v)
{
    return std::all_of(v.begin(), v.end(), [](double x) {
        const double h = x * 2;
        return std::fabs(h) < 0x1p52 && h == std::trunc(h) && !(x == 0 && std::signbit(x));
    });
}

void copyText(char *to, size_t size, const QByteArray &text)
{
    std::memset(to, 0, size);
    std::memcpy(to, text.constData(), std::min(size - 1, static_cast<size_t>(text.size())));
}

Error writeError(const QString &path, const QString &why)
{
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("ra::Snapshot", "cannot write the snapshot cache %1: %2").arg(path, why));
}

// Temporary files of writers that were killed: "<cache>.tmp-<pid>" whose
// process is gone.
void removeOrphans(const QString &path)
{
    const QFileInfo info(path);
    const QString prefix = info.fileName() + QStringLiteral(".tmp-");
    const QStringList names = info.dir().entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
#ifdef Q_OS_UNIX
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).toLongLong(&ok);
        if (ok && pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH))
            continue; // its writer may still be running
#endif
        QFile::remove(info.dir().filePath(name));
    }
}

// Writes the whole cache to `out` (open, seekable, empty); an empty string,
// else why it failed ("cancelled" when `cancel` was set).
QString writeTo(QIODevice &out, const Snapshot &snapshot, const CacheKey &key, const std::atomic<bool> *cancel,
                const CachedHealth *health)
{
    Planner plan;
    visitSnapshotParts(snapshot, plan);
    // The health matrix, or empty parts that say there is none.
    const bool withHealth = health && health->matrix && wholeHalves(health->matrix->potential);
    const detail::HealthMatrix none;
    const qint64 healthAsOf = withHealth ? health->asOf : kNever;
    const quint64 healthSettings = withHealth ? health->settings : 0;
    visitHealthParts(healthAsOf, healthSettings, withHealth ? *health->matrix : none, plan);
    std::vector<SectionEntry> table(plan.sections.size());
    size_t at = alignUp(sizeof(FileHeader) + table.size() * sizeof(SectionEntry));
    for (size_t i = 0; i < table.size(); ++i) {
        const Source &source = plan.sections[i];
        table[i] = {};
        table[i].offset = at;
        table[i].bytes = source.bytes;
        table[i].count = source.count;
        table[i].length = source.length;
        table[i].sparse = source.sparse;
        table[i].base = source.codec.base;
        table[i].width = source.codec.width;
        table[i].delta = source.codec.delta;
        at = alignUp(at + source.bytes);
    }
    const size_t fileSize = at;

    static const char zeros[kAlign] = {};
    Sink sink(out, cancel);
    for (size_t i = 0; i < table.size(); ++i) {
        if (sink.cancelled())
            return QStringLiteral("cancelled");
        if (!out.seek(static_cast<qint64>(table[i].offset)))
            return out.errorString();
        sink.begin();
        plan.sections[i].emit(sink);
        if (!sink.end(table[i].hash))
            return sink.cancelled() ? QStringLiteral("cancelled") : out.errorString();
    }
    // Pads the last section, so that the file has the size the header says.
    if (!out.seek(static_cast<qint64>(fileSize) - 1) || out.write(zeros, 1) != 1)
        return out.errorString();

    FileHeader header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.formatVersion = kFormatVersion;
    header.byteOrder = kByteOrderMark;
    header.layout = layoutSignature();
    copyText(header.appVersion, sizeof header.appVersion, QByteArrayLiteral(RA_VERSION_STRING));
    copyText(header.abi, sizeof header.abi, abiName());
    header.schemaVersion = key.schemaVersion;
    header.dataVersion = key.data.version;
    header.dataStamp = key.data.stamp;
    header.writtenAt = QDateTime::currentSecsSinceEpoch();
    header.fileSize = fileSize;
    header.sectionCount = table.size();
    header.tableHash = hash64(table.data(), table.size() * sizeof(SectionEntry));
    header.headerHash = hash64(&header, offsetof(FileHeader, headerHash));
    const qint64 tableBytes = static_cast<qint64>(table.size() * sizeof(SectionEntry));
    if (!out.seek(0) || out.write(reinterpret_cast<const char *>(&header), sizeof header) != sizeof header
        || out.write(reinterpret_cast<const char *>(table.data()), tableBytes) != tableBytes)
        return out.errorString();
    return {};
}

} // namespace

namespace SnapshotCache {

Status write(const Snapshot &snapshot, const CacheKey &key, const QString &path, const std::atomic<bool> *cancel,
             const CachedHealth *health)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    removeOrphans(path);
    const QString temp = path + QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(path, file.errorString());
    auto fail = [&](const QString &why) {
        file.close();
        QFile::remove(temp);
        return writeError(path, why);
    };
    if (const QString why = writeTo(file, snapshot, key, cancel, health); !why.isEmpty())
        return fail(why);
    if (!file.flush())
        return fail(file.errorString());
    // No fdatasync before the rename: it can stall for seconds on a busy
    // disk, and the window waits for this write when it closes. After a power
    // cut the renamed file may be incomplete; its checksums then refuse it
    // and the store is read instead.
    file.close();
#ifdef Q_OS_UNIX
    // rename(2) replaces the old file in one step: readers see one or the other.
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(QCoreApplication::translate("ra::Snapshot", "cannot rename %1 to %2: %3")
                        .arg(temp, path, QString::fromLocal8Bit(std::strerror(errno))));
#else
    QFile::remove(path);
    if (!QFile::rename(temp, path))
        return fail(QCoreApplication::translate("ra::Snapshot", "cannot rename %1 to %2").arg(temp, path));
#endif
    return {};
}

} // namespace SnapshotCache

} // namespace ra

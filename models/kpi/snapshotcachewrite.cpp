#include "kpi/snapshotcache.h"

#include "kpi/hash64.h"
#include "kpi/snapshotcacheformat.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <cstring>
#include <functional>
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
    Sink(QFile &file, const std::atomic<bool> *cancel) : m_file(file), m_cancel(cancel), m_buffer(kBlock) {}

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

    QFile &m_file;
    const std::atomic<bool> *m_cancel;
    std::vector<char> m_buffer;
    size_t m_used = 0;
    Hash64 m_hash;
    bool m_ok = true;
};

// One section to write: its size, and what puts its bytes into the sink.
struct Source {
    size_t bytes = 0;
    std::function<void(Sink &)> emit;
};

// Turns each part into its sections (see snapshotcacheformat.h). The sources
// borrow the snapshot, which outlives the write.
struct Planner {
    std::vector<Source> sections;

    void raw(const void *data, size_t bytes)
    {
        sections.push_back({bytes, [data, bytes](Sink &sink) { sink.put(data, bytes); }});
    }
    template<typename Encode>
    void blob(Encode encode)
    {
        auto bytes = std::make_shared<QByteArray>();
        QDataStream out(bytes.get(), QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        encode(out);
        sections.push_back({static_cast<size_t>(bytes->size()),
                            [bytes](Sink &sink) { sink.put(bytes->constData(), static_cast<size_t>(bytes->size())); }});
    }
    // Offsets (quint64, one more than the list) in units of the element, then the elements.
    template<typename List>
    void offsetsAndElements(const List &list, size_t elementSize)
    {
        size_t total = 0;
        for (const auto &x : list)
            total += x.size();
        sections.push_back({(list.size() + 1) * sizeof(quint64), [&list](Sink &sink) {
                                quint64 at = 0;
                                sink.putValue(at);
                                for (const auto &x : list)
                                    sink.putValue(at += x.size());
                            }});
        sections.push_back({total * elementSize, [&list, elementSize](Sink &sink) {
                                for (const auto &x : list)
                                    sink.put(x.data(), x.size() * elementSize);
                            }});
    }

    template<typename T>
    void operator()(const char *, const std::vector<T> &v) { raw(v.data(), v.size() * sizeof(T)); }
    void operator()(const char *, const std::vector<std::string> &v) { offsetsAndElements(v, 1); }
    void operator()(const char *, const std::vector<std::vector<int>> &v) { offsetsAndElements(v, sizeof(int)); }
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
    void operator()(const char *, const int &x) { raw(&x, sizeof x); }
};

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

} // namespace

namespace SnapshotCache {

Status write(const Snapshot &snapshot, const CacheKey &key, const QString &path, const std::atomic<bool> *cancel)
{
    Planner plan;
    visitSnapshotParts(snapshot, plan);
    std::vector<SectionEntry> table(plan.sections.size());
    size_t at = alignUp(sizeof(FileHeader) + table.size() * sizeof(SectionEntry));
    for (size_t i = 0; i < table.size(); ++i) {
        table[i].offset = at;
        table[i].bytes = plan.sections[i].bytes;
        at = alignUp(at + plan.sections[i].bytes);
    }
    const size_t fileSize = at;

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
    static const char zeros[kAlign] = {};
    Sink sink(file, cancel);
    for (size_t i = 0; i < table.size(); ++i) {
        if (sink.cancelled())
            return fail(QStringLiteral("cancelled"));
        if (!file.seek(static_cast<qint64>(table[i].offset)))
            return fail(file.errorString());
        sink.begin();
        plan.sections[i].emit(sink);
        if (!sink.end(table[i].hash))
            return fail(sink.cancelled() ? QStringLiteral("cancelled") : file.errorString());
    }
    // Pads the last section, so that the file has the size the header says.
    if (!file.seek(static_cast<qint64>(fileSize) - 1) || file.write(zeros, 1) != 1)
        return fail(file.errorString());

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
    if (!file.seek(0) || file.write(reinterpret_cast<const char *>(&header), sizeof header) != sizeof header
        || file.write(reinterpret_cast<const char *>(table.data()), tableBytes) != tableBytes || !file.flush())
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

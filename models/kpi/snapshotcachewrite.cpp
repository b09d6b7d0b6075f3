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
#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace ra {

namespace {

using namespace cachefmt;

// One section to write: borrowed bytes of the snapshot, or bytes built for it.
struct Source {
    const void *data = nullptr;
    size_t bytes = 0;
    std::shared_ptr<const QByteArray> owned;
};

// Turns each part into its sections (see snapshotcacheformat.h).
struct Planner {
    std::vector<Source> sections;

    void own(QByteArray bytes)
    {
        auto b = std::make_shared<const QByteArray>(std::move(bytes));
        sections.push_back({b->constData(), static_cast<size_t>(b->size()), b});
    }
    template<typename Encode>
    void blob(Encode encode)
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        encode(out);
        own(std::move(bytes));
    }
    template<typename List, typename SizeOf, typename Append>
    void offsetsAndBytes(const List &list, size_t total, SizeOf sizeOf, Append append)
    {
        QByteArray offsets(static_cast<qsizetype>((list.size() + 1) * sizeof(quint64)), Qt::Uninitialized);
        QByteArray bytes;
        bytes.reserve(static_cast<qsizetype>(total));
        quint64 at = 0;
        for (size_t i = 0; i < list.size(); ++i) {
            std::memcpy(offsets.data() + i * sizeof at, &at, sizeof at);
            at += sizeOf(list[i]);
            append(bytes, list[i]);
        }
        std::memcpy(offsets.data() + list.size() * sizeof at, &at, sizeof at);
        own(std::move(offsets));
        own(std::move(bytes));
    }

    template<typename T>
    void operator()(const char *, const std::vector<T> &v) { sections.push_back({v.data(), v.size() * sizeof(T), nullptr}); }
    void operator()(const char *, const std::vector<std::string> &v)
    {
        size_t total = 0;
        for (const std::string &s : v)
            total += s.size();
        offsetsAndBytes(v, total, [](const std::string &s) { return s.size(); },
                        [](QByteArray &b, const std::string &s) { b.append(s.data(), static_cast<qsizetype>(s.size())); });
    }
    void operator()(const char *, const std::vector<std::vector<int>> &v)
    {
        size_t total = 0;
        for (const auto &x : v)
            total += x.size() * sizeof(int);
        offsetsAndBytes(v, total, [](const std::vector<int> &x) { return x.size(); }, [](QByteArray &b, const std::vector<int> &x) {
            b.append(reinterpret_cast<const char *>(x.data()), static_cast<qsizetype>(x.size() * sizeof(int)));
        });
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
    void operator()(const char *, const qint64 &x) { sections.push_back({&x, sizeof x, nullptr}); }
    void operator()(const char *, const int &x) { sections.push_back({&x, sizeof x, nullptr}); }
};

void copyText(char *to, size_t size, const QByteArray &text)
{
    std::memset(to, 0, size);
    std::memcpy(to, text.constData(), std::min(size - 1, static_cast<size_t>(text.size())));
}

Error writeError(const QString &path, const QString &why)
{
    return makeError(ErrorCode::Io, QStringLiteral("cannot write the snapshot cache %1: %2").arg(path, why));
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
    for (size_t i = 0; i < table.size(); ++i) {
        if (cancel && *cancel)
            return fail(QStringLiteral("cancelled"));
        if (!file.seek(static_cast<qint64>(table[i].offset)))
            return fail(file.errorString());
        const auto *bytes = static_cast<const char *>(plan.sections[i].data);
        // Hashed and written block by block (the chain sectionHash() computes):
        // each block is still in the CPU's cache when it is written.
        Hash64 hash;
        for (size_t done = 0; done < table[i].bytes; done += kBlock) {
            const size_t n = static_cast<size_t>(std::min<quint64>(kBlock, table[i].bytes - done));
            hash.feed(bytes + done, n);
            if (file.write(bytes + done, static_cast<qint64>(n)) != static_cast<qint64>(n))
                return fail(file.errorString());
            if (cancel && *cancel)
                return fail(QStringLiteral("cancelled"));
        }
        table[i].hash = hash.value();
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
#ifdef Q_OS_UNIX
    // On disk before the rename: after a power cut the name points at a
    // complete file or at the old one, never at a hole.
    if (::fdatasync(file.handle()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    file.close();
#ifdef Q_OS_UNIX
    // rename(2) replaces the old file in one step: readers see one or the other.
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(QStringLiteral("cannot rename %1 to %2: %3").arg(temp, path, QString::fromLocal8Bit(std::strerror(errno))));
#else
    QFile::remove(path);
    if (!QFile::rename(temp, path))
        return fail(QStringLiteral("cannot rename %1 to %2").arg(temp, path));
#endif
    return {};
}

} // namespace SnapshotCache

} // namespace ra

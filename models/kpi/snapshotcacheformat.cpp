#include "kpi/snapshotcacheformat.h"

#include "kpi/hash64.h"

#include <QSysInfo>
#include <cstring>

namespace ra::cachefmt {

namespace {

struct Signer {
    Hash64 h{0x5eed};
    void tag(const char *name, int kind, size_t elementSize)
    {
        h.feed(name, std::strlen(name));
        h.feedValue(kind);
        h.feedValue(elementSize);
    }
    template<typename T>
    void operator()(const char *name, const std::vector<T> &) { tag(name, 1, sizeof(T)); }
    void operator()(const char *name, const IdColumn &) { tag(name, 2, 1); }
    void operator()(const char *name, const std::vector<std::vector<int>> &) { tag(name, 3, sizeof(int)); }
    void operator()(const char *name, const TextPool &) { tag(name, 4, 0); }
    void operator()(const char *name, const QStringList &) { tag(name, 5, 0); }
    void operator()(const char *name, const std::vector<Snapshot::Target> &) { tag(name, 6, 0); }
    void operator()(const char *name, const std::vector<std::pair<int, qint64>> &) { tag(name, 7, 0); }
    void operator()(const char *name, const qint64 &) { tag(name, 8, sizeof(qint64)); }
    void operator()(const char *name, const int &) { tag(name, 9, sizeof(int)); }
    void operator()(const char *name, const quint64 &) { tag(name, 10, sizeof(quint64)); }
    void operator()(const char *name, const std::vector<double> &) { tag(name, 11, sizeof(qint64)); } // half cents
};

} // namespace

quint64 layoutSignature()
{
    static const quint64 signature = [] {
        const Snapshot empty;
        Signer s;
        visitSnapshotParts(empty, s);
        const qint64 asOf = 0;
        const quint64 settings = 0;
        const detail::HealthMatrix matrix;
        visitHealthParts(asOf, settings, matrix, s);
        return s.h.value();
    }();
    return signature;
}

quint64 sectionHash(const void *data, size_t bytes)
{
    Hash64 h;
    const auto *p = static_cast<const char *>(data);
    for (size_t at = 0; at < bytes; at += kBlock)
        h.feed(p + at, std::min(kBlock, bytes - at));
    return h.value();
}

QByteArray abiName() { return QSysInfo::buildAbi().toLatin1(); }

size_t alignUp(size_t n) { return (n + kAlign - 1) / kAlign * kAlign; }

} // namespace ra::cachefmt

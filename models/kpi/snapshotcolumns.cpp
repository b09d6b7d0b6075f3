#include "kpi/snapshotcolumns.h"

#include "kpi/hash64.h"

namespace ra {

namespace {

void feedText(Hash64 &h, const QString &text)
{
    const QByteArray u = text.toUtf8();
    h.feedValue(u.size());
    h.feed(u.constData(), static_cast<size_t>(u.size()));
}

struct Checksummer {
    std::vector<PartChecksum> out;

    void add(const char *name, size_t count, const Hash64 &h) { out.push_back({name, count, h.value()}); }

    template<typename T>
    void operator()(const char *name, const std::vector<T> &v)
    {
        Hash64 h;
        h.feed(v.data(), v.size() * sizeof(T));
        add(name, v.size(), h);
    }
    void operator()(const char *name, const IdColumn &v)
    {
        Hash64 h;
        for (size_t i = 0; i < v.size(); ++i) {
            const std::string_view x = v[i];
            h.feedValue(x.size());
            h.feed(x.data(), x.size());
        }
        add(name, v.size(), h);
    }
    void operator()(const char *name, const std::vector<std::vector<int>> &v)
    {
        Hash64 h;
        for (const std::vector<int> &x : v) {
            h.feedValue(x.size());
            h.feed(x.data(), x.size() * sizeof(int));
        }
        add(name, v.size(), h);
    }
    void operator()(const char *name, const TextPool &pool)
    {
        Hash64 h;
        for (int i = 0; i < pool.size(); ++i)
            feedText(h, pool.text(i));
        add(name, static_cast<size_t>(pool.size()), h);
    }
    void operator()(const char *name, const QStringList &list)
    {
        Hash64 h;
        for (const QString &t : list)
            feedText(h, t);
        add(name, static_cast<size_t>(list.size()), h);
    }
    void operator()(const char *name, const std::vector<Snapshot::Target> &targets)
    {
        Hash64 h;
        for (const Snapshot::Target &t : targets) {
            feedText(h, t.period);
            feedText(h, t.kpi);
            feedText(h, t.owner);
            h.feedValue(t.target);
        }
        add(name, targets.size(), h);
    }
    void operator()(const char *name, const std::vector<std::pair<int, qint64>> &v)
    {
        Hash64 h; // element by element: std::pair has padding
        for (const auto &[k, x] : v) {
            h.feedValue(k);
            h.feedValue(x);
        }
        add(name, v.size(), h);
    }
    void operator()(const char *name, const qint64 &x) { scalar(name, x); }
    void operator()(const char *name, const int &x) { scalar(name, x); }
    template<typename T>
    void scalar(const char *name, const T &x)
    {
        Hash64 h;
        h.feedValue(x);
        add(name, 1, h);
    }
};

} // namespace

std::vector<PartChecksum> snapshotChecksums(const Snapshot &s)
{
    Checksummer c;
    visitSnapshotParts(s, c);
    return std::move(c.out);
}

} // namespace ra

// The snapshot cache's narrow codes: each column comes back exactly, with the
// width worked out by hand beside it; and a hand-built snapshot with the
// awkward shapes (empty, all-kNever, sparse, negative, unsorted, extreme
// values) is the same part for part after a write and a read.
#include "kpi/snapshot.h"
#include "kpi/snapshotcache.h"
#include "kpi/snapshotcacheformat.h"
#include "kpi/snapshotcodec.h"
#include "kpi/snapshotcolumns.h"

#include "support/snapshotdiff.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>
#include <numeric>

using namespace ra;
using namespace ra::cachefmt;
using namespace ra::testsupport;

namespace {

template<typename T>
Codec planFor(const std::vector<T> &v)
{
    CodecPlanner<T> p;
    for (T x : v)
        p.add(x);
    return p.codec();
}

// Encodes in pieces of `piece` values and decodes in other pieces: the
// stream's state must carry over between pieces.
template<typename T>
std::vector<T> roundTrip(const std::vector<T> &v, const Codec &c, size_t piece)
{
    std::vector<char> codes(v.size() * c.width);
    CodecStream<T> enc(c), dec(c);
    for (size_t at = 0; at < v.size(); at += piece)
        enc.encode(v.data() + at, std::min(piece, v.size() - at), codes.data() + at * c.width);
    std::vector<T> out(v.size());
    const size_t other = piece + 1;
    for (size_t at = 0; at < v.size(); at += other)
        dec.decode(codes.data() + at * c.width, std::min(other, v.size() - at), out.data() + at);
    return out;
}

} // namespace

class TestSnapshotCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void widths();
    void roundTrips();
    void awkwardSnapshot();
};

void TestSnapshotCodec::widths()
{
    // Interned ids with kNone: -1..6, span 7 < 255 → one byte, base -1.
    Codec c = planFor<int>({-1, 0, 6, 3, -1});
    QCOMPARE(int(c.width), 1);
    QVERIFY(!c.delta);
    QCOMPARE(c.base, qint64(-1));
    // Running offsets 0, 300, 600, ..., 30000: plain span 30000 needs two
    // bytes; the differences are 0 (the first) and 300, span 300, two bytes
    // too: not narrower, so plain.
    std::vector<int> offsets;
    for (int i = 0; i <= 100; ++i)
        offsets.push_back(i * 300);
    c = planFor(offsets);
    QCOMPARE(int(c.width), 2);
    // Offsets 0, 10, 20, ..., 1,000,000: plain span 1e6 needs four bytes,
    // differences 0..10 fit one → delta, 1 byte.
    offsets.clear();
    for (int i = 0; i <= 100000; ++i)
        offsets.push_back(i * 10);
    c = planFor(offsets);
    QCOMPARE(int(c.width), 1);
    QVERIFY(c.delta);
    // Epoch seconds over two years (span 6.3e7 < 2^32) with kNever: 4 bytes;
    // kNever takes the all-ones code, so it does not widen the span.
    c = planFor<qint64>({1732147200, kNever, 1795219200, kNever});
    QCOMPARE(int(c.width), 4);
    QCOMPARE(c.base, qint64(1732147200));
    // 255 distinct values 0..254: span 254 < 255 → 1 byte; 0..255 does not fit.
    std::vector<int> bytes(255);
    std::iota(bytes.begin(), bytes.end(), 0);
    QCOMPARE(int(planFor(bytes).width), 1);
    bytes.push_back(255);
    bytes.push_back(-1); // and out of order, so the differences are no narrower
    QCOMPARE(int(planFor(bytes).width), 2);
    // A full-range column stays as it is (8 = no narrower code).
    c = planFor<qint64>({std::numeric_limits<qint64>::min(), 0, std::numeric_limits<qint64>::max() - 1});
    QCOMPARE(int(c.width), 8);
    // qint8 columns narrower than one byte do not exist: as they are.
    QCOMPARE(int(planFor<qint8>({-1, 0, 2}).width), 8);
    // Nothing but kNever (or nothing at all): one byte of all-ones codes.
    QCOMPARE(int(planFor<qint64>({kNever, kNever}).width), 1);
    QCOMPARE(int(planFor<qint64>({}).width), 1);
}

void TestSnapshotCodec::roundTrips()
{
    const std::vector<std::vector<qint64>> columns = {
        {},
        {kNever},
        {5, kNever, -7, 1000000, kNever, -7},
        {1732147200, 1732147260, kNever, 1732147200, 1795219200},
        {std::numeric_limits<qint64>::min() + 1, std::numeric_limits<qint64>::min() + 200}, // base at the bottom
        {std::numeric_limits<qint64>::max() - 300, std::numeric_limits<qint64>::max() - 1, kNever},
    };
    for (const std::vector<qint64> &v : columns) {
        const Codec c = planFor(v);
        if (c.width >= sizeof(qint64))
            continue; // stored as it is
        for (size_t piece : {size_t(1), size_t(2), size_t(7)})
            QCOMPARE(roundTrip(v, c, piece), v);
    }
    // A sorted int column with INT_MAX ("none") inside: delta codes skip it.
    std::vector<int> sorted;
    for (int i = 0; i < 5000; ++i)
        sorted.push_back(i % 97 == 0 ? std::numeric_limits<int>::max() : i * 3);
    const Codec c = planFor(sorted);
    QVERIFY(c.delta);
    QCOMPARE(int(c.width), 1);
    QCOMPARE(roundTrip(sorted, c, 64), sorted);
    // Unsigned offsets past 2^32: from 0, the span 2^33 has no narrower
    // code; from 2^33 on, the span 1000 needs two bytes.
    QCOMPARE(int(planFor<quint64>({0, quint64(1) << 33}).width), 8);
    const std::vector<quint64> big = {quint64(1) << 33, (quint64(1) << 33) + 5, (quint64(1) << 33) + 1000};
    const Codec b = planFor(big);
    QCOMPARE(int(b.width), 2);
    QCOMPARE(roundTrip(big, b, 1), big);
}

void TestSnapshotCodec::awkwardSnapshot()
{
    Snapshot s;
    const int a0 = s.addAccount(QStringLiteral("SMB"), QStringLiteral("CFO"), QStringLiteral("A-0"));
    const int a1 = s.addAccount(QString(), QString(), QStringLiteral("A-1"));
    s.addAccount(QStringLiteral("Enterprise"), QStringLiteral("CTO"), QStringLiteral("A-2"));
    // 40 leads; only every tenth reaches MQL (a sparse column), none SQL or
    // disqualified (all kNever), one created before 1970 (negative seconds).
    for (int i = 0; i < 40; ++i) {
        Snapshot::LeadRow r;
        r.id = i == 7 ? QString() : QStringLiteral("lead-%1").arg(i * 7919 % 40); // shuffled ids
        r.email = QStringLiteral("p%1@example.com").arg(i % 13);
        r.persona = i % 3 == 0 ? QStringLiteral("CFO") : i % 3 == 1 ? QString() : QStringLiteral("CTO");
        r.channel = i % 5 == 0 ? QStringLiteral("Webinar") : QStringLiteral("Search");
        r.account = i % 4 == 0 ? kNone : (i % 2 ? a0 : a1);
        r.source = static_cast<qint8>(i % 4 - 1);
        r.created = i == 3 ? -86400 : 1767225600 + qint64(i) * 3600;
        r.mql = i % 10 == 0 ? r.created + 60 : kNever;
        s.addLead(r);
    }
    Snapshot::OppRow o;
    o.account = a0;
    o.lead = 10;
    o.amount = std::numeric_limits<qint64>::max() / 2; // an amount no code narrows
    o.created = 1767225600;
    s.addOpportunity(o);
    s.addTouch(10, 1767225600);
    s.addTouch(0, 1767225000);
    s.addRevenue(a0, 202601, 5000);
    s.addRevenue(a0, 202603, 7000, QStringLiteral("Add-on"));
    s.addUsage(a0, 202601, QString(), 4);           // seats unknown
    s.addUsage(a0, 202603, QStringLiteral("Add-on"), 2, 10);
    s.addTicket(a1, 1767225600);
    s.addSpend(202601, 100000);
    s.finalize();
    // finalize() releases every load input once read (the cache leaves them out).
    QStringList kept;
    visitLoadInputs(s, [&](const char *name, const auto &column) {
        if (!column.empty())
            kept << QString::fromLatin1(name);
    });
    QCOMPARE(kept, QStringList());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("awkward.snapcache"));
    const CacheKey key{7, {3, 42}};
    QVERIFY(SnapshotCache::write(s, key, path).ok());
    auto read = SnapshotCache::read(path, key);
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(firstSnapshotDifference(s, **read), QString());
    QCOMPARE((*read)->usageRows, qint64(2));
    QVERIFY((*read)->usage.account.empty()); // a load input: not cached

    // An empty snapshot too (every column empty, every list empty).
    Snapshot empty;
    empty.finalize();
    QVERIFY(SnapshotCache::write(empty, key, path).ok());
    read = SnapshotCache::read(path, key);
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(firstSnapshotDifference(empty, **read), QString());
}

QTEST_GUILESS_MAIN(TestSnapshotCodec)
#include "tst_snapshotcodec.moc"

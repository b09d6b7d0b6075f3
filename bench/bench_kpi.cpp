// KPI engine benchmark: snapshot load, then every KPI of one period plus the
// 24-month trend of every KPI, unfiltered and for one persona.
//   bench_kpi                      synthetic snapshot of 1,000,000 leads
//   bench_kpi --leads N            synthetic snapshot of N leads
//   bench_kpi [--leads N] --write-db FILE   write the synthetic rows to a store file
//   bench_kpi --db FILE --load-only        time the load alone (e.g. under perf)
//   bench_kpi --db FILE --checksum         load, then print a hash of every snapshot column
//                                          and of the account-health matrix at the default as_of
//                                          (diff two builds' output: the loaders must agree)
//   bench_kpi --db FILE            load a real store (e.g. revalign demo --leads 1000000)
//   bench_kpi --db FILE --cache    the same through the snapshot cache and the store's
//                                  settings, as the window loads (add --checksum to
//                                  compare a cached snapshot with a store load)
//   bench_kpi --db FILE --cache --sections   also list the cache file's parts: bytes stored,
//                                  code width, bytes in memory
//   bench_kpi ... --passes         also time each family's pass alone (period + trend)
// Budgets (issue): load ≤ 1 s, persona recompute ≤ 50 ms, peak memory ≤ 600 MB.
#include "domain/calendar.h"
#include "kpi/hash64.h"
#include "kpi/healthsignals.h"
#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotcache.h"
#include "kpi/snapshotcacheformat.h"
#include "kpi/snapshotcolumns.h"
#include "kpi/snapshotloader.h"
#include "services/engineloader.h"
#include "store/settingsstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <sys/resource.h>

using namespace ra;

namespace {

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

// A field of /proc/self/status in MB (VmRSS now, VmHWM the peak so far); 0 elsewhere.
double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(std::strlen(field)) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// A plausible shape: two years of leads, ~6% of them reaching a deal.
Snapshot synthetic(int nLeads)
{
    std::mt19937_64 rng(42);
    auto uni = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    const qint64 start = QDateTime(QDate(2024, 12, 1), QTime(), Qt::UTC).toSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2026, 11, 30), QTime(), Qt::UTC).toSecsSinceEpoch();
    const char *personas[] = {"CFO", "CTO", "CEO", "IT Director", "Head of Sales", "Operations"};
    const char *segments[] = {"SMB", "Mid-Market", "Enterprise"};
    const char *channels[] = {"web", "email", "social", "organic_search", "paid", "event", "telemarketing", "referral", "partner", "field"};

    auto known = [end](qint64 t) { return t > end ? kNever : t; }; // nothing after the last day
    Snapshot s;
    const int nAccounts = std::max(10, nLeads / 15);
    for (int a = 0; a < nAccounts; ++a)
        s.addAccount(QString::fromLatin1(segments[a % 3]), chance(0.5) ? QString::fromLatin1(personas[a % 6]) : QString());
    // Interning once, then raw columns, as the loader does.
    int personaIds[6], channelIds[10];
    for (int i = 0; i < 6; ++i)
        personaIds[i] = s.personas.intern(QString::fromLatin1(personas[i]));
    for (int i = 0; i < 10; ++i)
        channelIds[i] = s.channels.intern(QString::fromLatin1(channels[i]));
    auto &L = s.leads;
    for (int i = 0; i < nLeads; ++i) {
        const qint64 created = uni(start, end);
        L.id.push_back("L" + std::to_string(i));
        L.account.push_back(chance(0.9) ? int(uni(0, nAccounts - 1)) : kNone);
        L.persona.push_back(chance(0.85) ? personaIds[uni(0, 5)] : kNone);
        L.channel.push_back(channelIds[uni(0, 9)]);
        L.source.push_back(static_cast<qint8>(chance(0.7) ? qint64(kSrcMarketing) : uni(1, 2)));
        L.emailKey.push_back(static_cast<quint64>(uni(1, nLeads * 9 / 10)));
        L.created.push_back(created);
        const qint64 mql = chance(0.5) ? created + uni(0, 10 * 86400) : kNever;
        const qint64 sal = mql != kNever && chance(0.6) ? mql + uni(-3600, 3 * 86400) : kNever;
        const qint64 sql = sal != kNever && chance(0.5) ? sal + uni(0, 40 * 86400) : kNever;
        L.mql.push_back(known(mql));
        L.sal.push_back(known(sal));
        L.sql.push_back(known(sql));
        L.disqualified.push_back(known(sal != kNever && sql == kNever && chance(0.5) ? sal + uni(0, 60 * 86400) : kNever));
        for (int t = int(uni(0, 3)); t > 0; --t)
            s.addTouch(i, std::min(end, created + uni(-30 * 86400, 30 * 86400)));
        if (L.sql.back() != kNever && chance(0.4)) {
            Snapshot::OppRow o;
            o.account = L.account.back() == kNone ? int(uni(0, nAccounts - 1)) : L.account.back();
            o.lead = i;
            o.type = static_cast<qint8>(uni(0, 2));
            o.amount = uni(1000, 5000000);
            o.created = sql;
            o.status = static_cast<qint8>(uni(0, 2));
            o.closed = known(o.status == kStatusOpen ? kNever : sql + uni(0, 120 * 86400));
            if (o.closed == kNever)
                o.status = kStatusOpen;
            s.addOpportunity(o);
        }
    }
    for (int a = 0; a < nAccounts; a += 3) { // a third are paying customers at some time
        const int first = int(uni(0, 20)), last = int(std::min<qint64>(23, first + uni(3, 30)));
        qint64 mrr = uni(2000, 200000);
        for (int m = first; m <= last; ++m) {
            s.addRevenue(a, monthFromIndex(monthIndex(202412) + m), mrr);
            if (chance(0.1))
                mrr = std::max<qint64>(1000, mrr + uni(-20000, 30000));
        }
        for (int t = int(uni(0, 6)); t > 0; --t) {
            const qint64 opened = uni(start, end);
            s.addTicket(a, opened, known(chance(0.9) ? opened + uni(0, 200 * 3600) : kNever), int(uni(0, 5)));
        }
        if (chance(0.3))
            s.addNps(a, uni(start, end) / 86400 * 86400, int(uni(0, 10)));
    }
    for (int m = 0; m < 24; ++m)
        s.addSpend(monthFromIndex(monthIndex(202412) + m), uni(1000000, 5000000));
    for (int i = 0; i < 2000; ++i)
        s.addSurvey(uni(start, end) / 86400 * 86400, int(uni(0, 3)), int(uni(0, 4)), int(uni(1, 10)));
    return s;
}

// Writes the synthetic rows to a store file, so that the loader can be timed
// without the demo generator. Bulk path: one transaction, prepared statements.
bool writeStore(const Snapshot &s, const QString &path)
{
    QFile::remove(path);
    auto store = Store::open(path);
    if (!store)
        return false;
    sqlite3 *db = (*store)->handle();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    auto run = [&](const char *sql, int rows, auto &&bind) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        for (int i = 0; i < rows; ++i) {
            bind(st, i);
            sqlite3_step(st);
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
        }
        sqlite3_finalize(st);
    };
    auto text = [](sqlite3_stmt *st, int col, std::string_view v) {
        sqlite3_bind_text(st, col, v.data(), int(v.size()), SQLITE_TRANSIENT);
    };
    auto pooled = [&](sqlite3_stmt *st, int col, const TextPool &pool, int id) {
        if (id != kNone)
            text(st, col, pool.text(id).toStdString());
    };
    auto time = [](sqlite3_stmt *st, int col, qint64 t) {
        if (t != kNever)
            sqlite3_bind_int64(st, col, t);
    };
    const char *sources[] = {"marketing", "sales", "partner"};
    run("INSERT INTO accounts(account_id, segment, persona) VALUES (?, ?, ?)", s.accountCount(), [&](sqlite3_stmt *st, int a) {
        text(st, 1, "A" + std::to_string(a));
        pooled(st, 2, s.segments, s.accounts.segment[size_t(a)]);
        pooled(st, 3, s.personas, s.accounts.persona[size_t(a)]);
    });
    run("INSERT INTO leads(lead_id, email, account_id, persona, channel, source, created_at, mql_at, sal_at, sql_at, "
        "disqualified_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        s.leadCount(), [&](sqlite3_stmt *st, int i) {
            const size_t l = size_t(i);
            text(st, 1, s.leads.id[l]);
            text(st, 2, "person" + std::to_string(s.leads.emailKey[l]) + "@example.com");
            if (s.leads.account[l] != kNone)
                text(st, 3, "A" + std::to_string(s.leads.account[l]));
            pooled(st, 4, s.personas, s.leads.persona[l]);
            pooled(st, 5, s.channels, s.leads.channel[l]);
            text(st, 6, sources[s.leads.source[l]]);
            sqlite3_bind_int64(st, 7, s.leads.created[l]);
            time(st, 8, s.leads.mql[l]);
            time(st, 9, s.leads.sal[l]);
            time(st, 10, s.leads.sql[l]);
            time(st, 11, s.leads.disqualified[l]);
        });
    sqlite3_exec(db, "INSERT INTO campaigns(campaign_id) VALUES ('C1')", nullptr, nullptr, nullptr);
    run("INSERT OR IGNORE INTO touches(lead_id, campaign_id, touched_at) VALUES (?, 'C1', ?)", int(s.touches.at.size()),
        [&](sqlite3_stmt *st, int t) {
            text(st, 1, s.leads.id[size_t(s.touches.lead[size_t(t)])]);
            sqlite3_bind_int64(st, 2, s.touches.at[size_t(t)]);
        });
    const char *types[] = {"new", "expansion", "renewal"}, *statuses[] = {"open", "won", "lost"};
    run("INSERT INTO opportunities(opportunity_id, account_id, lead_id, type, amount, created_at, closed_at, status) "
        "VALUES (?,?,?,?,?,?,?,?)",
        s.oppCount(), [&](sqlite3_stmt *st, int i) {
            const size_t o = size_t(i);
            text(st, 1, "O" + std::to_string(i));
            text(st, 2, "A" + std::to_string(s.opps.account[o]));
            text(st, 3, s.leads.id[size_t(s.opps.lead[o])]);
            text(st, 4, types[s.opps.type[o]]);
            sqlite3_bind_int64(st, 5, s.opps.amount[o]);
            sqlite3_bind_int64(st, 6, s.opps.created[o]);
            time(st, 7, s.opps.closed[o]);
            text(st, 8, statuses[s.opps.status[o]]);
        });
    run("INSERT INTO revenue(account_id, month, mrr) VALUES (?,?,?)", int(s.revenue.mrr.size()), [&](sqlite3_stmt *st, int r) {
        text(st, 1, "A" + std::to_string(s.revenue.account[size_t(r)]));
        sqlite3_bind_int(st, 2, s.revenue.month[size_t(r)]);
        sqlite3_bind_int64(st, 3, s.revenue.mrr[size_t(r)]);
    });
    run("INSERT INTO spend(month, team, amount) VALUES (?, 'marketing', ?)", int(s.spend.month.size()), [&](sqlite3_stmt *st, int r) {
        sqlite3_bind_int(st, 1, s.spend.month[size_t(r)]);
        sqlite3_bind_int64(st, 2, s.spend.amount[size_t(r)]);
    });
    run("INSERT INTO tickets(ticket_id, account_id, opened_at, resolved_at, csat) VALUES (?,?,?,?,?)", int(s.tickets.opened.size()),
        [&](sqlite3_stmt *st, int i) {
            const size_t t = size_t(i);
            text(st, 1, "T" + std::to_string(i));
            text(st, 2, "A" + std::to_string(s.tickets.account[t]));
            sqlite3_bind_int64(st, 3, s.tickets.opened[t]);
            time(st, 4, s.tickets.resolved[t]);
            if (s.tickets.csat[t] > 0)
                sqlite3_bind_int(st, 5, s.tickets.csat[t]);
        });
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return true;
}

// One line per snapshot part (kpi/snapshotcolumns.h): a hash of its
// contents, so that two loaders (or two stores) can be compared with diff.
void printChecksums(const Snapshot &s)
{
    for (const PartChecksum &c : snapshotChecksums(s))
        std::printf("checksum %-30s %10zu %016llx\n", c.name, c.count, static_cast<unsigned long long>(c.hash));
}

// One hash of the account-health matrix at the default as_of: the one the
// cache kept (--cache) or one built now, to compare the two with diff.
void printHealthChecksum(const KpiEngine &engine)
{
    const auto m = engine.healthMatrix(engine.defaultAsOf());
    Hash64 h;
    h.feedValue(m->firstIndex);
    h.feedValue(m->months);
    h.feedValue(m->rows);
    auto feed = [&h](const auto &v) { h.feed(v.data(), v.size() * sizeof(v[0])); };
    feed(m->signals);
    feed(m->products);
    feed(m->gaps);
    feed(m->potential);
    feed(m->lift);
    std::printf("checksum %-30s %10zu %016llx\n", "health matrix", m->signals.size(), static_cast<unsigned long long>(h.value()));
}

// The sections of each part (snapshotcacheformat.h), to list the cache file by part.
struct SectionCounter {
    std::vector<std::pair<const char *, int>> parts;
    template<typename T>
    void operator()(const char *name, const std::vector<T> &) { parts.emplace_back(name, 2); }
    void operator()(const char *name, const std::vector<Snapshot::UsageCell> &) { parts.emplace_back(name, 6); }
    void operator()(const char *name, const std::vector<Snapshot::ProductMrr> &) { parts.emplace_back(name, 6); }
    void operator()(const char *name, const std::vector<std::pair<int, qint64>> &) { parts.emplace_back(name, 1); }
    void operator()(const char *name, const std::vector<Snapshot::Target> &) { parts.emplace_back(name, 1); }
    void operator()(const char *name, const std::vector<std::string> &) { parts.emplace_back(name, 2); }
    void operator()(const char *name, const std::vector<std::vector<int>> &) { parts.emplace_back(name, 3); }
    template<typename T>
    void operator()(const char *name, const T &) { parts.emplace_back(name, 1); }
};

// Per part of the cache file: bytes stored, the widest code width (0 = as in
// memory) and the part's bytes in memory (the column checksums' counts).
void printSections(const QString &path, const Snapshot &s)
{
    using namespace cachefmt;
    QFile f(path);
    FileHeader h{};
    if (!f.open(QIODevice::ReadOnly) || f.read(reinterpret_cast<char *>(&h), sizeof h) != sizeof h)
        return;
    std::vector<SectionEntry> table(h.sectionCount);
    f.read(reinterpret_cast<char *>(table.data()), qint64(table.size() * sizeof(SectionEntry)));
    SectionCounter counter;
    visitSnapshotParts(s, counter);
    size_t at = 0;
    for (const auto &[name, n] : counter.parts) {
        quint64 bytes = 0;
        int width = 0;
        bool sparse = false;
        for (int k = 0; k < n && at < table.size(); ++k, ++at) {
            bytes += table[at].bytes;
            width = std::max<int>(width, table[at].width);
            sparse = sparse || table[at].sparse;
        }
        std::printf("section %-30s %12llu bytes, width %d%s\n", name, static_cast<unsigned long long>(bytes), width,
                    sparse ? ", sparse" : "");
    }
    std::printf("cache file %s: %lld bytes\n", qPrintable(path), static_cast<long long>(f.size()));
}

// Best wall time of `runs`, and the CPU time (all threads) of that run: on a
// busy machine the CPU figure is the steadier one.
struct Timing {
    double wall = 1e18, cpu = 0;
};

template<typename F>
Timing bestOf(int runs, F &&f)
{
    Timing best;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double cpu0 = cpuMs();
        t.start();
        f();
        const double wall = t.nsecsElapsed() / 1e6;
        if (wall < best.wall)
            best = {wall, cpuMs() - cpu0};
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int nLeads = 1000000;
    QString db;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--leads"))
            nLeads = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--db"))
            db = args[i + 1];
        else if (args[i] == QLatin1String("--write-db")) {
            Snapshot s = synthetic(nLeads);
            QElapsedTimer w;
            w.start();
            if (!writeStore(s, args[i + 1]))
                return 1;
            std::printf("wrote %s in %.1f s\n", qPrintable(args[i + 1]), w.nsecsElapsed() / 1e9);
            return 0;
        }
    }
    std::printf("cores: %d\n", QThread::idealThreadCount());

    std::shared_ptr<const Snapshot> snap;
    std::shared_ptr<const KpiEngine> cachedEngine; // --cache
    Settings storeSettings;
    QElapsedTimer t;
    if (!db.isEmpty()) {
        auto store = Store::open(db, Store::Mode::ReadOnly);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.message()));
            return 1;
        }
        if (Result<Settings> settings = loadSettings(**store))
            storeSettings = settings.value();
        t.start();
        QString stage;
        QElapsedTimer st;
        st.start();
        const double cpu0 = cpuMs();
        double cpuStage = cpu0;
        auto progress = [&](qint64, qint64, const QString &now) {
            if (now != stage) {
                if (!stage.isEmpty())
                    std::printf("  %-14s %5.0f ms (cpu %4.0f ms), then %4.0f MB resident, peak %4.0f MB\n", qPrintable(stage),
                                st.nsecsElapsed() / 1e6, cpuMs() - cpuStage, statusMb("VmRSS:"), statusMb("VmHWM:"));
                cpuStage = cpuMs();
                stage = now;
                st.restart();
            }
            return true;
        };
        // --cache: through the snapshot cache (read when valid, else written
        // after the load, the write waited for and timed apart).
        // (as the window and the verbs do: with the store's settings and the
        // account-health matrix the cache keeps).
        SnapshotOrigin origin;
        if (args.contains(QLatin1String("--cache"))) {
            auto r = loadEngineCached(**store, origin, progress);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.message()));
                return 1;
            }
            cachedEngine = *r;
            snap = cachedEngine->sharedSnapshot();
        } else {
            auto r = SnapshotLoader::load(**store, progress);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.message()));
                return 1;
            }
            snap = *r;
        }
        std::printf("snapshot load (%s): %.0f ms wall, %.0f ms cpu\n", qPrintable(db), t.nsecsElapsed() / 1e6, cpuMs() - cpu0);
        if (args.contains(QLatin1String("--cache"))) {
            std::printf("snapshot %s\n", qPrintable(origin.describe()));
            if (origin.write) {
                t.restart();
                const Status written = origin.write->wait();
                std::printf("cache write (background): %.0f ms after the load, %s\n", t.nsecsElapsed() / 1e6,
                            written ? "done" : qPrintable(written.message()));
            }
        }
    } else {
        t.start();
        Snapshot s = synthetic(nLeads);
        std::printf("synthetic rows generated in %.0f ms (not a load figure)\n", t.nsecsElapsed() / 1e6);
        t.restart();
        s.finalize();
        std::printf("finalize (derived indexes, part of every load): %.0f ms\n", t.nsecsElapsed() / 1e6);
        snap = std::make_shared<const Snapshot>(std::move(s));
    }
    std::printf("leads %d, opportunities %d, accounts %d, touches %zu, accounts with revenue %zu\n", snap->leadCount(),
                snap->oppCount(), snap->accountCount(), snap->leadTouchTimes.size(), snap->mrrAccounts.size());
    if (args.contains(QLatin1String("--checksum"))) {
        printChecksums(*snap);
        if (!db.isEmpty())
            printHealthChecksum(cachedEngine ? *cachedEngine : *std::make_shared<const KpiEngine>(snap, storeSettings));
    }
    if (args.contains(QLatin1String("--sections")))
        printSections(SnapshotCache::pathFor(db), *snap);
    if (args.contains(QLatin1String("--load-only")) || args.contains(QLatin1String("--checksum")))
        return 0;

    const std::shared_ptr<const KpiEngine> engineOwner = cachedEngine ? cachedEngine : std::make_shared<const KpiEngine>(snap, Settings{});
    const KpiEngine &engine = *engineOwner;
    const qint64 asOf = engine.defaultAsOf();
    const Period month = Period::containing(Period::Kind::Month,
                                            boost::gregorian::date(1970, 1, 1) + boost::gregorian::days(asOf / 86400));
    const QStringList personas = engine.values(Dimension::Persona);
    KpiFilters persona;
    persona.persona = personas.value(0);

    auto everything = [&](const KpiFilters &f) {
        const KpiReport r = engine.compute(month, f, asOf);
        const TrendSeries tr = engine.trend(Period::Kind::Month, 24, month, f, asOf);
        if (!r.current.value(KpiId::LeadsCreated) && tr.values.empty())
            std::printf("unexpected empty result\n");
    };
    // The first call also builds what the engine keeps per as_of (the
    // account-health matrix): part of the first paint.
    std::printf("before the first call: %.0f MB resident, peak %.0f MB\n", statusMb("VmRSS:"), statusMb("VmHWM:"));
    const Timing first = bestOf(1, [&] { everything({}); });
    std::printf("first call (builds the per-as_of caches): %.1f ms (cpu %.1f ms), then %.0f MB resident, peak %.0f MB\n",
                first.wall, first.cpu, statusMb("VmRSS:"), statusMb("VmHWM:"));
    const Timing all = bestOf(5, [&] { everything({}); });
    const Timing one = bestOf(5, [&] { everything(persona); });
    // As a KPI page computes it on a click (kpipage.cpp): one pass over the 24
    // months, the report taken from the last two, targets from the last.
    auto asThePageDoes = [&](const KpiFilters &f) {
        const std::vector<Period> months = Period::lastN(Period::Kind::Month, month.last(), 24);
        const std::vector<KpiSet> sets = engine.computeSets(months, f, asOf);
        const std::vector<TargetResult> targets = engine.targets(month, sets.back());
        if (sets.size() != months.size() || (targets.empty() && !sets.back().value(KpiId::LeadsCreated)))
            std::printf("unexpected empty result\n");
    };
    const Timing pageAll = bestOf(5, [&] { asThePageDoes({}); });
    const Timing pageOne = bestOf(5, [&] { asThePageDoes(persona); });
    const Timing quarter = bestOf(3, [&] { engine.compute(Period::containing(Period::Kind::Quarter, month.first()), {}, asOf); });
    const Timing breakdown = bestOf(3, [&] { engine.breakdown(month, Dimension::Persona, {}, asOf); });
    const Timing cohorts = bestOf(3, [&] { engine.cohorts(std::nullopt, {}, asOf); });
    std::printf("period %s + 24-month trend, all KPIs, unfiltered: %.1f ms (cpu %.1f ms)\n", qPrintable(month.key()), all.wall, all.cpu);
    std::printf("same for persona '%s': %.1f ms (cpu %.1f ms; budget 50 ms)\n", qPrintable(*persona.persona), one.wall, one.cpu);
    std::printf("as a page computes a click (one pass over the 24 months), unfiltered: %.1f ms (cpu %.1f ms; budget 150 ms)\n",
                pageAll.wall, pageAll.cpu);
    std::printf("same for persona '%s': %.1f ms (cpu %.1f ms; budget 50 ms)\n", qPrintable(*persona.persona), pageOne.wall,
                pageOne.cpu);
    std::printf("one quarter with previous, unfiltered: %.1f ms (cpu %.1f ms)\n", quarter.wall, quarter.cpu);
    std::printf("persona breakdown of one month (%lld values): %.1f ms (cpu %.1f ms)\n", static_cast<long long>(personas.size()),
                breakdown.wall, breakdown.cpu);
    std::printf("cohorts: %.1f ms (cpu %.1f ms)\n", cohorts.wall, cohorts.cpu);
    if (args.contains(QLatin1String("--passes"))) {
        // Each family alone (one pass, on one thread): where a recompute's CPU goes.
        const std::pair<KpiFamily, const char *> families[] = {
            {KpiFamily::Lead, "lead"}, {KpiFamily::Opportunity, "opportunity"}, {KpiFamily::Health, "health"},
            {KpiFamily::Recurring, "recurring+spend"}, {KpiFamily::Service, "service"}, {KpiFamily::Survey, "survey"}};
        for (const auto &[family, name] : families) {
            for (const KpiFilters &f : {KpiFilters{}, persona}) {
                const Timing pass = bestOf(3, [&] {
                    engine.computeSets({month.previous(), month}, f, asOf, {family});
                    engine.trend(Period::Kind::Month, 24, month, f, asOf, {family});
                });
                std::printf("  pass %-16s %-10s %7.1f ms (cpu %6.1f ms)\n", name, f.persona ? "persona" : "unfiltered",
                            pass.wall, pass.cpu);
            }
        }
    }
    std::printf("peak memory: %.0f MB (budget 600 MB)\n", peakMb());
    return 0;
}

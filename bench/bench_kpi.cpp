// KPI engine benchmark: snapshot load, then every KPI of one period plus the
// 24-month trend of every KPI, unfiltered and for one persona.
//   bench_kpi                      synthetic snapshot of 1,000,000 leads
//   bench_kpi --leads N            synthetic snapshot of N leads
//   bench_kpi --db FILE            load a real store (e.g. revalign demo --leads 1000000)
// Budgets (issue): load ≤ 1 s, persona recompute ≤ 50 ms, peak memory ≤ 600 MB.
#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "kpi/snapshotloader.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace ra;

namespace {

double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
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
        L.source.push_back(static_cast<qint8>(chance(0.7) ? kSrcMarketing : uni(1, 2)));
        L.emailKey.push_back(static_cast<quint64>(uni(1, nLeads * 9 / 10)));
        L.created.push_back(created);
        const qint64 mql = chance(0.5) ? created + uni(0, 10 * 86400) : kNever;
        const qint64 sal = mql != kNever && chance(0.6) ? mql + uni(-3600, 3 * 86400) : kNever;
        const qint64 sql = sal != kNever && chance(0.5) ? sal + uni(0, 40 * 86400) : kNever;
        L.mql.push_back(mql);
        L.sal.push_back(sal);
        L.sql.push_back(sql);
        L.disqualified.push_back(sal != kNever && sql == kNever && chance(0.5) ? sal + uni(0, 60 * 86400) : kNever);
        for (int t = int(uni(0, 3)); t > 0; --t)
            s.addTouch(i, created + uni(-30 * 86400, 30 * 86400));
        if (sql != kNever && chance(0.4)) {
            Snapshot::OppRow o;
            o.account = L.account.back() == kNone ? int(uni(0, nAccounts - 1)) : L.account.back();
            o.lead = i;
            o.type = static_cast<qint8>(uni(0, 2));
            o.amount = uni(1000, 5000000);
            o.created = sql;
            o.status = static_cast<qint8>(uni(0, 2));
            o.closed = o.status == kStatusOpen ? kNever : sql + uni(0, 120 * 86400);
            s.addOpportunity(o);
        }
    }
    for (int a = 0; a < nAccounts; a += 3) { // a third are paying customers at some time
        const int first = int(uni(0, 20)), last = int(std::min<qint64>(23, first + uni(3, 30)));
        qint64 mrr = uni(2000, 200000);
        for (int m = first; m <= last; ++m) {
            s.addRevenue(a, yyyymmOfIndex(monthIndexOf(202412) + m), mrr);
            if (chance(0.1))
                mrr = std::max<qint64>(1000, mrr + uni(-20000, 30000));
        }
        for (int t = int(uni(0, 6)); t > 0; --t) {
            const qint64 opened = uni(start, end);
            s.addTicket(a, opened, chance(0.9) ? opened + uni(0, 200 * 3600) : kNever, int(uni(0, 5)));
        }
        if (chance(0.3))
            s.addNps(a, uni(start, end) / 86400 * 86400, int(uni(0, 10)));
    }
    for (int m = 0; m < 24; ++m)
        s.addSpend(yyyymmOfIndex(monthIndexOf(202412) + m), uni(1000000, 5000000));
    for (int i = 0; i < 2000; ++i)
        s.addSurvey(uni(start, end) / 86400 * 86400, int(uni(0, 3)), int(uni(0, 4)), int(uni(1, 10)));
    return s;
}

template<typename F>
double bestOf(int runs, F &&f)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
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
    }
    std::printf("cores: %d\n", QThread::idealThreadCount());

    std::shared_ptr<const Snapshot> snap;
    QElapsedTimer t;
    if (!db.isEmpty()) {
        auto store = Store::open(db, Store::Mode::ReadOnly);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.message()));
            return 1;
        }
        t.start();
        auto r = SnapshotLoader::load(**store);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.message()));
            return 1;
        }
        snap = *r;
        std::printf("snapshot load (%s): %.0f ms\n", qPrintable(db), t.nsecsElapsed() / 1e6);
    } else {
        t.start();
        Snapshot s = synthetic(nLeads);
        std::printf("synthetic rows generated in %.0f ms (not a load figure)\n", t.nsecsElapsed() / 1e6);
        t.restart();
        s.finalize();
        std::printf("finalize (derived indexes, part of every load): %.0f ms\n", t.nsecsElapsed() / 1e6);
        snap = std::make_shared<const Snapshot>(std::move(s));
    }
    std::printf("leads %d, opportunities %d, accounts %d, touches %zu, revenue rows %zu\n", snap->leadCount(),
                snap->oppCount(), snap->accountCount(), snap->touches.at.size(), snap->revenue.mrr.size());

    KpiEngine engine(snap, Settings{});
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
    const double all = bestOf(5, [&] { everything({}); });
    const double one = bestOf(5, [&] { everything(persona); });
    const double quarter = bestOf(3, [&] { engine.compute(Period::containing(Period::Kind::Quarter, month.first()), {}, asOf); });
    const double breakdown = bestOf(3, [&] { engine.breakdown(month, Dimension::Persona, {}, asOf); });
    const double cohorts = bestOf(3, [&] { engine.cohorts(std::nullopt, {}, asOf); });
    std::printf("period %s + 24-month trend, all KPIs, unfiltered: %.1f ms\n", qPrintable(month.key()), all);
    std::printf("same for persona '%s': %.1f ms (budget 50 ms)\n", qPrintable(*persona.persona), one);
    std::printf("one quarter with previous, unfiltered: %.1f ms\n", quarter);
    std::printf("persona breakdown of one month (%lld values): %.1f ms\n", static_cast<long long>(personas.size()), breakdown);
    std::printf("cohorts: %.1f ms\n", cohorts);
    std::printf("peak memory: %.0f MB (budget 600 MB)\n", peakMb());
    return 0;
}

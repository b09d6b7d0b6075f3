#include "support/kpiscenarios.h"

#include <QTest>

namespace ra::testsupport {

std::unique_ptr<KpiEngine> engine(Snapshot s, Settings settings)
{
    s.finalize();
    return std::make_unique<KpiEngine>(std::make_shared<const Snapshot>(std::move(s)), settings);
}

Period period(const char *text) { return *Period::parse(QString::fromLatin1(text)); }

void expect(const KpiSet &set, KpiId id, std::optional<double> want)
{
    const auto got = set.value(id);
    const QByteArray what = kpiKey(id).toLatin1();
    if (!want) {
        QVERIFY2(!got, what + " should be null, is " + QByteArray::number(got.value_or(0)));
        return;
    }
    QVERIFY2(got, what + " is null");
    QVERIFY2(qAbs(*got - *want) < 1e-9 * qMax(1.0, qAbs(*want)),
             what + ": got " + QByteArray::number(*got, 'g', 12) + ", want " + QByteArray::number(*want, 'g', 12));
}

Snapshot funnelScenario()
{
    Snapshot s;
    const int a = s.addAccount(QStringLiteral("SMB"));
    auto add = [&](qint64 created, qint64 mql, qint64 sal, qint64 sql, qint64 dq) {
        Lead l;
        l.account = a;
        l.created = created, l.mql = mql, l.sal = sal, l.sql = sql, l.disqualified = dq;
        return s.addLead(l);
    };
    const qint64 N = kNever;
    const int l0 = add(at(2026, 11, 2), at(2026, 11, 3), at(2026, 11, 3, 10), at(2026, 11, 5), N); // accepted in 10 h
    add(at(2026, 11, 2), at(2026, 11, 4), at(2026, 11, 5), N, at(2027, 1, 10));                  // 24 h; dq after as_of
    add(at(2026, 11, 3), at(2026, 11, 10), N, N, N);                                               // never accepted
    add(at(2026, 11, 4), at(2026, 11, 5), at(2026, 11, 4), N, N);                                  // sal before mql
    add(at(2026, 10, 1), at(2026, 10, 5), at(2026, 11, 1), at(2026, 11, 20), N);                   // SAL in P from an October MQL
    add(at(2026, 11, 5), N, at(2026, 11, 6), N, at(2026, 11, 6) + 30 * kDay);                      // dq exactly at the window end
    add(at(2026, 11, 6), N, at(2026, 11, 7), N, at(2026, 11, 7) + 30 * kDay + 1);                  // dq one second late
    add(at(2026, 12, 20), at(2026, 11, 15), N, N, N);                                              // created after as_of: absent
    add(at(2026, 11, 10), at(2026, 11, 12), at(2026, 12, 20), N, N);                               // sal after as_of = unset
    add(at(2026, 12, 14), at(2026, 12, 14, 20), N, N, N);                                          // December: pending
    Opp o;
    o.account = a, o.lead = l0, o.status = kStatusWon, o.amount = 100000;
    o.created = at(2026, 11, 6), o.closed = at(2026, 11, 20);
    s.addOpportunity(o);
    return s;
}

qint64 funnelAsOf() { return at(2026, 12, 15); }

Snapshot bookingScenario()
{
    Snapshot s;
    const int smb = s.addAccount(QStringLiteral("SMB")), ent = s.addAccount(QStringLiteral("Enterprise"));
    const int plain = s.addAccount(), other = s.addAccount();
    auto lead = [&](int account, qint8 source, const char *channel) {
        Lead l;
        l.account = account, l.source = source, l.channel = QString::fromLatin1(channel), l.created = at(2025, 1, 1);
        return s.addLead(l);
    };
    const int la = lead(smb, kSrcMarketing, "web"), lb = lead(ent, kSrcSales, "event"), lx = lead(ent, kSrcNone, "");
    const int lz = lead(other, kSrcSales, "web");
    auto opp = [&](int account, int l, qint8 src, qint8 type, qint8 status, qint64 amount, qint64 created, qint64 closed) {
        Opp o;
        o.account = account, o.lead = l, o.source = src, o.type = type, o.status = status, o.amount = amount;
        o.created = created, o.closed = closed;
        return s.addOpportunity(o);
    };
    const qint8 W = kStatusWon, L = kStatusLost, O = kStatusOpen;
    opp(smb, la, kSrcNone, kTypeNew, W, 1000, at(2026, 10, 1), at(2026, 11, 10));            // O0: 40 d, lead's source marketing
    opp(ent, lb, kSrcNone, kTypeExpansion, W, 3000, at(2026, 11, 1), at(2026, 11, 11));      // O1: 10 d, sales
    opp(plain, kNone, kSrcPartner, kTypeRenewal, W, 2000, at(2026, 11, 20), at(2026, 11, 15)); // O2: negative cycle
    opp(smb, kNone, kSrcNone, kTypeNew, L, 999, at(2026, 10, 15), at(2026, 11, 12));          // O3: lost
    opp(smb, kNone, kSrcNone, kTypeNew, O, 500, at(2026, 11, 3), kNever);                     // O4: open
    opp(smb, kNone, kSrcNone, kTypeNew, W, 4000, at(2026, 11, 4), at(2026, 12, 5));           // O5: won in December
    opp(smb, kNone, kSrcNone, kTypeNew, W, 800, at(2026, 11, 5), at(2027, 2, 1));             // O6: won after as_of
    opp(other, lz, kSrcNone, kTypeNew, W, 100, at(2026, 11, 2), at(2026, 11, 25));            // O7: 23 d
    // Influence window [closed − 365 d, closed] is inclusive: lx (same account as O1) touched exactly 365 d before.
    s.addTouch(lx, at(2026, 11, 11) - 365 * kDay);
    s.addTouch(lz, at(2026, 11, 25) - 365 * kDay - 1); // one second too early for O7
    s.addTouch(lz, at(2026, 11, 25) + 3600);           // after the close: no influence
    return s;
}

Snapshot recurringScenario()
{
    Snapshot s;
    const int a0 = s.addAccount({}, QStringLiteral("CFO")), a1 = s.addAccount(), a2 = s.addAccount();
    const int a3 = s.addAccount(), a4 = s.addAccount();
    for (int m : {202601, 202602, 202603})
        s.addRevenue(a0, m, 100);
    for (int m : {202604, 202605, 202606})
        s.addRevenue(a0, m, 150); // expansion +50 in April
    s.addRevenue(a1, 202603, 200);
    s.addRevenue(a1, 202604, 200); // churned in May: 200
    s.addRevenue(a2, 202601, 50);  // paid once before: May is a reactivation
    s.addRevenue(a2, 202605, 80);
    s.addRevenue(a2, 202606, 80);
    s.addRevenue(a3, 202605, 120); // new in May
    s.addRevenue(a3, 202606, 100); // contraction 20
    s.addRevenue(a4, 202603, 300);
    s.addRevenue(a4, 202604, 250); // contraction 50
    s.addRevenue(a4, 202605, 250);
    s.addRevenue(a4, 202606, 250);
    s.addRevenue(a4, 202608, 999); // after as_of's month: does not exist
    s.addSpend(202604, 300);
    s.addSpend(202605, 60);
    s.addSpend(202607, 1000);
    return s;
}

Snapshot personaScenario()
{
    Snapshot s;
    const int a0 = s.addAccount({}, QStringLiteral("CFO")), a1 = s.addAccount(), a2 = s.addAccount();
    const int a3 = s.addAccount(), a4 = s.addAccount();
    auto lead = [&](int account, const char *persona, qint64 created) {
        Lead l;
        l.account = account, l.persona = QString::fromLatin1(persona), l.created = created;
        return s.addLead(l);
    };
    auto won = [&](const char *id, int account, int l, const char *persona, qint64 closed, qint8 status = kStatusWon) {
        Opp o;
        o.id = QString::fromLatin1(id), o.account = account, o.lead = l, o.persona = QString::fromLatin1(persona);
        o.status = status, o.created = at(2026, 1, 1), o.closed = closed;
        s.addOpportunity(o);
    };
    const int l1 = lead(a1, "CTO", at(2026, 1, 1));
    won("O-b", a1, l1, "", at(2026, 3, 10));                   // persona from its lead: CTO
    won("O-c", a1, kNone, "CEO", at(2026, 3, 1), kStatusLost); // lost: ignored
    won("O-a", a1, kNone, "COO", at(2026, 3, 10));             // same close as O-b, smaller id → COO
    lead(a2, "VP Sales", at(2026, 2, 1));
    lead(a2, "CIO", at(2026, 1, 15));                          // earliest lead with a persona → CIO
    won("O-d", a2, kNone, "", at(2026, 2, 1));                 // won but no persona anywhere
    lead(a4, "CIO", at(2026, 1, 1));
    won("O-e", a4, kNone, "CMO", at(2026, 5, 1));              // known only from May on
    const qint64 mrr[] = {1, 10, 100, 1000, 10000};
    for (int a : {a0, a1, a2, a3, a4})
        s.addRevenue(a, 202603, mrr[a]);
    return s;
}

} // namespace ra::testsupport

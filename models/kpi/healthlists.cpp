// The account lists behind the health keys: at-risk accounts with their
// evidence, and the white space of products × segments with the top gaps.
// They walk the same HealthSignals and PeerProducts as the keys, so a list
// always adds up to its key.
#include "domain/calendar.h"
#include "kpi/enginequery.h"
#include "kpi/healthsignals.h"

#include <algorithm>

namespace ra::detail {

namespace {

// mk of a period the family is defined for, else nothing.
std::optional<int> lastMonthOf(const Query &q, const Period &period)
{
    if (!period.isValid() || !period.isWholeMonths() || q.channel.active || q.snap.mrrAccounts.empty())
        return std::nullopt;
    return monthIndex(period.lastMonth());
}

QString idOf(const Snapshot &s, int account)
{
    const size_t a = static_cast<size_t>(account);
    return a < s.accounts.id.size() ? QString::fromUtf8(s.accounts.id[a].data(), static_cast<qsizetype>(s.accounts.id[a].size())) : QString::number(account);
}

QString personaOf(const Query &q, int account)
{
    const int p = q.res.accountPersona[static_cast<size_t>(account)];
    return p == kNone ? QStringLiteral("Unassigned") : q.snap.personas.text(p);
}

QString segmentOf(const Snapshot &s, int account)
{
    const int g = s.accounts.segment[static_cast<size_t>(account)];
    return g == kNone ? QString() : s.segments.text(g);
}

} // namespace

HealthList healthList(const Query &q, const Period &period)
{
    HealthList out;
    out.threshold = q.settings.riskSignals;
    const std::optional<int> mk = lastMonthOf(q, period);
    if (!mk)
        return out;
    out.defined = true;
    out.month = monthFromIndex(*mk);
    const Snapshot &s = q.snap;
    const HealthSignals sig(s, q.settings, q.asOf);
    const std::vector<int> slots = filteredMrrSlots(q);
    // The matrix's signal bits (q.health, when given) say which accounts are at
    // risk; only those are evaluated again, for their evidence.
    const int c = q.health ? q.health->column(*mk) : -1;
    for (int slot : slots) {
        if (sig.mrr(slot, *mk) <= 0)
            continue;
        if (c >= 0 && !sig.atRisk(q.health->signals[q.health->at(c, slot)]))
            continue;
        RiskEvidence ev;
        if (!sig.atRisk(sig.evaluate(slot, *mk, &ev)))
            continue;
        const int a = s.mrrAccounts[static_cast<size_t>(slot)];
        out.accounts.push_back({idOf(s, a), personaOf(q, a), segmentOf(s, a), ev});
    }
    // Worst first: most signals, then most MRR, then the id for a stable order.
    std::sort(out.accounts.begin(), out.accounts.end(), [](const AtRiskAccount &x, const AtRiskAccount &y) {
        const int cx = x.evidence.count(), cy = y.evidence.count();
        if (cx != cy)
            return cx > cy;
        if (x.evidence.mrrNow != y.evidence.mrrNow)
            return x.evidence.mrrNow > y.evidence.mrrNow;
        return x.account < y.account;
    });
    out.lift = riskLift(sig, slots, *mk, nullptr, q.health);
    return out;
}

WhitespaceTable whitespaceTable(const Query &q, const Period &period)
{
    WhitespaceTable out;
    const std::optional<int> mk = lastMonthOf(q, period);
    if (!mk)
        return out;
    out.defined = true;
    out.month = monthFromIndex(*mk);
    const Snapshot &s = q.snap;
    const HealthSignals sig(s, q.settings, q.asOf);
    const PeerProducts peers(s, sig, *mk);

    // Rows: every product paid for at mk; columns: every segment with payers (no segment last).
    std::vector<int> productIds, groups;
    for (const PeerProduct &p : peers.all()) {
        productIds.push_back(p.product);
        groups.push_back(p.group);
    }
    auto unique = [](std::vector<int> &v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    unique(productIds);
    unique(groups);
    auto groupName = [&](int g) { return g == 0 ? QString() : s.segments.text(g - 1); };
    std::sort(productIds.begin(), productIds.end(),
              [&](int x, int y) { return s.products.text(x) < s.products.text(y); });
    std::sort(groups.begin(), groups.end(), [&](int x, int y) {
        if ((x == 0) != (y == 0))
            return y == 0; // no segment last
        return groupName(x) < groupName(y);
    });
    for (int p : productIds)
        out.products << s.products.text(p);
    for (int g : groups)
        out.segments << groupName(g);
    for (int p : productIds) {
        for (int g : groups) {
            WhitespaceCell c{s.products.text(p), groupName(g), peers.accountsIn(g), 0, std::nullopt, false};
            for (const PeerProduct &pp : peers.all())
                if (pp.product == p && pp.group == g) {
                    c.holders = pp.holders;
                    c.medianMrr = pp.median;
                    c.counts = pp.holders >= 3;
                }
            out.cells.push_back(c);
        }
    }

    // The filtered accounts' gaps, largest potential first.
    for (int slot : filteredMrrSlots(q)) {
        if (sig.mrr(slot, *mk) <= 0)
            continue;
        int count = 0;
        double potential = 0;
        std::vector<const PeerProduct *> list;
        peers.gapsOf(slot, count, potential, &list);
        const int a = s.mrrAccounts[static_cast<size_t>(slot)];
        for (const PeerProduct *p : list)
            out.gaps.push_back({idOf(s, a), personaOf(q, a), segmentOf(s, a), s.products.text(p->product), p->median,
                                p->holders});
    }
    std::sort(out.gaps.begin(), out.gaps.end(), [](const WhitespaceGap &x, const WhitespaceGap &y) {
        if (x.potentialMrr != y.potentialMrr)
            return x.potentialMrr > y.potentialMrr;
        return std::tie(x.account, x.product) < std::tie(y.account, y.product);
    });
    return out;
}

} // namespace ra::detail

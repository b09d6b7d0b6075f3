#pragma once
// Internal to the KPI engine: the risk signals of an account at a month, and
// the peer products of a month, as known at as_of (kpis.md "Expansion and
// account health"). One evaluation serves the keys, the lift and the lists.
#include "domain/settings.h"
#include "kpi/accounthealth.h"
#include "kpi/snapshot.h"

#include <map>
#include <vector>

namespace ra::detail {

class HealthSignals {
public:
    HealthSignals(const Snapshot &s, const Settings &settings, qint64 asOf);

    int asOfMonth() const { return m_asOfMonth; }
    // MRR(a, m) and the usage of (a, m) by matrix row; nothing after as_of's month.
    qint64 mrr(int slot, int m) const { return m > m_asOfMonth ? 0 : m_s.mrrAt(slot, m); }
    const Snapshot::UsageCell &usage(int slot, int m) const;
    // The signal bits of a paying account at month m; fills `evidence` when given.
    unsigned evaluate(int slot, int m, RiskEvidence *evidence = nullptr) const;
    bool atRisk(unsigned signals) const;
    // 00:00 UTC on the first day of month index m + 1.
    static qint64 monthEnd(int m);

private:
    void detractor(int account, qint64 from, qint64 end, unsigned &bits, RiskEvidence *ev) const;
    void service(int account, qint64 from, qint64 end, unsigned &bits, RiskEvidence *ev) const;

    const Snapshot &m_s;
    const Settings &m_settings;
    qint64 m_asOf;
    int m_asOfMonth;
};

// The products paid for at month m, per peer group (segment; none = one group).
struct PeerProduct {
    int group = 0;   // segment id + 1 (0 = no segment)
    int product = 0;
    int holders = 0;
    double median = 0; // cents
};

class PeerProducts {
public:
    PeerProducts(const Snapshot &s, const HealthSignals &sig, int m);
    // Every (group, product) with at least one holder, sorted by group then product.
    const std::vector<PeerProduct> &all() const { return m_all; }
    int groupOf(int slot) const;
    int accountsIn(int group) const;
    // The products of a matrix row at m (ids, ascending), and their count.
    std::vector<int> productsOf(int slot) const;
    // Gaps of an account: products with ≥ 3 holders in its group that it lacks.
    void gapsOf(int slot, int &count, double &potential, std::vector<const PeerProduct *> *list = nullptr) const;

private:
    const Snapshot &m_s;
    int m_begin = 0, m_end = 0; // its entries in Snapshot::productMrr
    std::vector<PeerProduct> m_all;
    std::vector<int> m_groupBegin;       // per group: first index in m_all (size groups + 1)
    std::vector<int> m_groupAccounts;    // per group: paying accounts
    std::vector<int> m_slotBegin;        // per matrix row: first entry at m, −1 when none
};

// The keys' per-account inputs for every month up to as_of's month, built once
// per engine and as_of (KpiEngine keeps them): a persona click then only adds
// up columns. Month-major: entry (month column c, matrix row slot) is at
// c * rows + slot; zero where the account does not pay.
struct HealthMatrix {
    int firstIndex = 0, months = 0, rows = 0; // the MRR matrix's columns, cut after as_of's month
    std::vector<quint8> signals;               // RiskSignal bits
    std::vector<quint16> products, gaps;       // products paid for; white-space gaps
    std::vector<double> potential;             // Σ median MRR of those gaps (cents)
    // What health.risk_lift counts of a cell: paying, churned three months
    // on, at risk (kLift* bits); one byte read per account and month.
    std::vector<quint8> lift;
    enum : quint8 { kLiftPaying = 1, kLiftChurned = 2, kLiftAtRisk = 4 };

    static HealthMatrix build(const Snapshot &s, const Settings &settings, qint64 asOf);
    // Column of month index m, or −1 outside.
    int column(int m) const { return m >= firstIndex && m < firstIndex + months ? m - firstIndex : -1; }
    size_t at(int c, int slot) const { return static_cast<size_t>(c) * static_cast<size_t>(rows) + static_cast<size_t>(slot); }
};

// health.risk_lift at mk over the given accounts (matrix rows); `cache` keeps
// the counts of each month for the other periods of the same query.
struct LiftMonth {
    qint64 flagged = 0, flaggedChurned = 0, others = 0, othersChurned = 0;
};
RiskLift riskLift(const HealthSignals &sig, const std::vector<int> &slots, int mk,
                  std::map<int, LiftMonth> *cache = nullptr, const HealthMatrix *matrix = nullptr);

} // namespace ra::detail

#pragma once
// The lists behind the account-health keys (kpis.md "Expansion and account
// health"): the accounts at risk with the evidence of each signal, and the
// white space of products × segments. Filled by KpiEngine::health and
// KpiEngine::whitespace from the same code that computes the keys.
#include "domain/period.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ra {

// The five risk signals, as bits.
enum RiskSignal : unsigned {
    kSignalLowUtilisation = 1u << 0,
    kSignalUsageDrop = 1u << 1,
    kSignalDetractor = 1u << 2,
    kSignalPoorService = 1u << 3,
    kSignalContraction = 1u << 4,
};
constexpr int kRiskSignalCount = 5;
QString riskSignalName(int index); // "low utilisation", ... for bit 1 << index
QString riskSignalKey(int index);  // "low_utilisation", ... (JSON and CSV)

// What an account's signals at month m were computed from (money in cents).
struct RiskEvidence {
    unsigned signals = 0;
    qint64 mrrNow = 0, mrrThen = 0;     // MRR(a, m), MRR(a, m−3)
    qint64 usersNow = 0, usersThen = 0; // U(a, m), U(a, m−3)
    qint64 seats = -1, seatUsers = 0;   // S(a, m) (−1 = unset), Us(a, m)
    int detractorScore = -1;            // lowest score ≤ 6 in the window; −1 = none
    qint64 detractorOn = 0;             // its responded_on
    qint64 ticketOpened = 0, ticketResolved = 0; // the poor-service ticket (resolved 0 = still open)
    int ticketCsat = 0;                 // its csat when that was the reason (0 = open too long)
    std::optional<double> utilisation() const
    {
        return seats > 0 ? std::optional<double>(double(seatUsers) / double(seats)) : std::nullopt;
    }
    int count() const;
};

struct AtRiskAccount {
    QString account;   // account_id
    QString persona;   // account persona ("Unassigned" for none)
    QString segment;   // empty for none
    RiskEvidence evidence;
};

struct RiskLift {
    std::optional<double> lift;
    int months = 0;                       // months taken (mk−14 .. mk−3, known three months on)
    qint64 flagged = 0, flaggedChurned = 0; // Σ|F|, churned in F
    qint64 others = 0, othersChurned = 0;   // Σ|N|, churned in N
    int firstMonth = 0, lastMonth = 0;      // yyyymm of the months taken (0 when none)
};

struct HealthList {
    bool defined = false; // false for a period that is not whole months, a channel filter or no revenue
    int month = 0;        // yyyymm of mk
    int threshold = 2;    // risk_signals
    std::vector<AtRiskAccount> accounts; // at risk, worst first (most signals, then most MRR)
    RiskLift lift;
};

// One product in one segment at mk: every paying account of the segment.
struct WhitespaceCell {
    QString product;
    QString segment;             // empty = accounts without segment
    int accounts = 0;            // paying accounts of the segment
    int holders = 0;             // of them, paying for the product
    std::optional<double> medianMrr; // cents, over the holders
    bool counts = false;         // holders ≥ 3: the others are gaps
    double adoption() const { return accounts > 0 ? double(holders) / accounts : 0.0; }
};

struct WhitespaceGap {
    QString account, persona, segment, product;
    double potentialMrr = 0; // cents: the median of the peers that have it
    int peers = 0;           // peers that have it
};

struct WhitespaceTable {
    bool defined = false;
    int month = 0;
    QStringList products, segments; // sorted; "" = no segment (shown last)
    std::vector<WhitespaceCell> cells; // products × segments, row-major by product
    std::vector<WhitespaceGap> gaps;   // of the filtered accounts, largest potential first
};

} // namespace ra

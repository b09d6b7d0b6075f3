#pragma once
// Internal to the KPI engine: the sums behind the account-health keys, month
// by month, over a contiguous part of the filtered accounts. A part's sums
// add to another's, so the pass can be cut into parts (one per thread) and
// the parts added: the result is the same, bit for bit, as one part.
#include "kpi/enginequery.h"

#include <vector>

namespace ra::detail {

// The sums behind the nine keys read at one month (health.risk_lift apart).
struct MonthSums {
    int mk = 0, c = -1; // month index and its matrix column (−1: none)
    qint64 accounts = 0, products = 0, multi = 0, active = 0, seatUsers = 0, seats = 0, gaps = 0;
    qint64 totalMrr = 0, atRisk = 0, atRiskMrr = 0;
    double potential = 0; // cents: a sum of medians of whole cents, each a whole or half cent
};

// Accounts summed per block: within a block the sums go month by month, so
// each month reads the matrix columns in slot order and the block's MRR and
// usage rows stay in cache across the months.
constexpr size_t kHealthBlock = 256;

// computeHealth in parts: when healthApplies (else it has set every key null),
// take the list filteredMrrSlots(q) and the months healthMonths(q, b), sum
// ranges of the list with sumHealthRange (one per thread), add them with
// addHealthSums, then setHealthKeys. computeHealth does the same in one part.
bool healthApplies(const Query &q, std::vector<KpiSet> &out);

// Empty sums of the whole-month periods of b, in order, with their matrix
// columns (q.health set).
std::vector<MonthSums> healthMonths(const Query &q, const Buckets &b);

// Adds the paying accounts slots[first, last) (matrix rows) to every month of
// `months`, each month in list order. q.health must be set; `block` is for tests.
void sumHealthRange(const Query &q, const std::vector<int> &slots, size_t first, size_t last,
                    std::vector<MonthSums> &months, size_t block = kHealthBlock);

// Adds the sums of another part of the same list (the same months, in the same
// order) to `into`. Exact in any order: the counts and cents are integers, and
// the potential's terms are whole or half cents far below 2^52.
void addHealthSums(std::vector<MonthSums> &into, const std::vector<MonthSums> &part);

// Sets the family's keys of every period of b from the sums of the whole list
// (`slots`, whose health.risk_lift it counts on this thread).
void setHealthKeys(const Query &q, const Buckets &b, const std::vector<int> &slots,
                   const std::vector<MonthSums> &months, std::vector<KpiSet> &out);

} // namespace ra::detail

// The derived columns of the account-health family: which products each
// paying account has in each month, and its usage per month (see
// "Expansion and account health" in kpis.md).
#include "kpi/snapshot.h"
#include "domain/calendar.h"

#include <algorithm>
#include <climits>
#include <numeric>

namespace ra {

void Snapshot::deriveProducts()
{
    productOffsets.clear();
    productMrr.clear();
    if (mrrAccounts.empty())
        return;
    // A counting sort by month keeps the store's (account, product) order
    // within a month, so matrix rows already rise there (rows get their slot
    // in order of first appearance); only hand-built snapshots need a sort.
    const size_t n = revenue.account.size();
    std::vector<int> start(static_cast<size_t>(mrrMonths) + 1, 0);
    for (size_t r = 0; r < n; ++r)
        ++start[static_cast<size_t>(monthIndex(revenue.month[r]) - mrrFirstIndex) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> order(n), fill(start.begin(), start.end() - 1);
    for (size_t r = 0; r < n; ++r)
        order[static_cast<size_t>(fill[static_cast<size_t>(monthIndex(revenue.month[r]) - mrrFirstIndex)]++)] =
            static_cast<int>(r);
    auto slotOf = [this](int r) { return mrrSlotOfAccount[static_cast<size_t>(revenue.account[static_cast<size_t>(r)])]; };

    productOffsets.assign(static_cast<size_t>(mrrMonths) + 1, 0);
    for (int c = 0; c < mrrMonths; ++c) {
        const auto first = order.begin() + start[static_cast<size_t>(c)];
        const auto last = order.begin() + start[static_cast<size_t>(c) + 1];
        if (!std::is_sorted(first, last, [&](int x, int y) { return slotOf(x) < slotOf(y); }))
            std::stable_sort(first, last, [&](int x, int y) { return slotOf(x) < slotOf(y); });
        const size_t monthBegin = productMrr.size();
        for (auto it = first; it != last; ++it) {
            const size_t r = static_cast<size_t>(*it);
            const int slot = slotOf(*it);
            // Duplicates of a key (hand-built snapshots only) add up: look back within this account.
            auto same = std::find_if(productMrr.rbegin(), productMrr.rend() - static_cast<std::ptrdiff_t>(monthBegin),
                                     [&](const ProductMrr &e) { return e.slot != slot || e.product == revenue.product[r]; });
            if (same != productMrr.rend() - static_cast<std::ptrdiff_t>(monthBegin) && same->slot == slot)
                same->mrr += revenue.mrr[r];
            else
                productMrr.push_back({slot, revenue.product[r], revenue.mrr[r]});
        }
        // Rows of 0 (or that add up to 0) are no rows.
        productMrr.erase(std::remove_if(productMrr.begin() + static_cast<std::ptrdiff_t>(monthBegin), productMrr.end(),
                                        [](const ProductMrr &e) { return e.mrr <= 0; }),
                         productMrr.end());
        productOffsets[static_cast<size_t>(c) + 1] = static_cast<int>(productMrr.size());
    }
}

void Snapshot::deriveUsage()
{
    usageCells.clear();
    usageRows = static_cast<qint64>(usage.account.size());
    usageFirstIndex = 0;
    usageMonths = 0;
    int lo = INT_MAX, hi = INT_MIN;
    for (size_t r = 0; r < usage.account.size(); ++r) {
        if (mrrSlotOfAccount[static_cast<size_t>(usage.account[r])] == kNone)
            continue;
        const int m = monthIndex(usage.month[r]);
        lo = std::min(lo, m);
        hi = std::max(hi, m);
    }
    if (lo > hi)
        return;
    usageFirstIndex = lo;
    usageMonths = hi - lo + 1;
    usageCells.assign(mrrAccounts.size() * static_cast<size_t>(usageMonths), UsageCell{});
    for (size_t r = 0; r < usage.account.size(); ++r) {
        const int slot = mrrSlotOfAccount[static_cast<size_t>(usage.account[r])];
        if (slot == kNone)
            continue;
        UsageCell &c = usageCells[static_cast<size_t>(slot) * static_cast<size_t>(usageMonths)
                                  + static_cast<size_t>(monthIndex(usage.month[r]) - lo)];
        c.users += usage.activeUsers[r];
        if (usage.seats[r] != kSeatsUnknown) {
            c.seats = (c.seats == kSeatsUnknown ? 0 : c.seats) + usage.seats[r];
            c.seatUsers += usage.activeUsers[r];
        }
    }
}

} // namespace ra

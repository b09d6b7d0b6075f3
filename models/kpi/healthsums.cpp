// The account-health sums over a part of the filtered accounts, in blocks of
// accounts: the health matrix is month-major while the MRR and usage rows are
// account-major, so a block goes month by month (the matrix columns read in
// slot order) while its MRR and usage rows stay in cache.
#include "kpi/healthsums.h"
#include "domain/calendar.h"
#include "kpi/healthsignals.h"

#include <algorithm>
#include <bit>
#include <optional>

namespace ra::detail {

namespace {

// What a cell of one month reads, bounds checked once per month: row r's MRR
// is mrr[r * mrrStride], its usage usage[r * usageStride] (usage null: the
// month has no usage column), its matrix entries signals[r] and so on.
struct MonthColumns {
    const qint64 *mrr = nullptr;
    size_t mrrStride = 0;
    const Snapshot::UsageCell *usage = nullptr;
    size_t usageStride = 0;
    const quint8 *signals = nullptr;
    const quint16 *products = nullptr, *gaps = nullptr;
    const double *potential = nullptr;
};

// The columns of month sums.mk, or nothing when no account can pay in it
// (after as_of's month, outside the MRR matrix or the health matrix).
std::optional<MonthColumns> columnsOf(const Snapshot &s, const HealthMatrix &h, int asOfMonth, const MonthSums &m)
{
    const int cm = m.mk - s.mrrFirstIndex;
    if (m.c < 0 || m.mk > asOfMonth || cm < 0 || cm >= s.mrrMonths)
        return std::nullopt;
    MonthColumns v;
    v.mrr = s.mrr.data() + cm;
    v.mrrStride = static_cast<size_t>(s.mrrMonths);
    if (const int cu = m.mk - s.usageFirstIndex; cu >= 0 && cu < s.usageMonths) {
        v.usage = s.usageCells.data() + cu;
        v.usageStride = static_cast<size_t>(s.usageMonths);
    }
    const size_t base = h.at(m.c, 0);
    v.signals = h.signals.data() + base;
    v.products = h.products.data() + base;
    v.gaps = h.gaps.data() + base;
    v.potential = h.potential.data() + base;
    return v;
}

// Bit s set when signal bits s make an account at risk (HealthSignals::atRisk):
// a shift instead of a population count per cell.
quint32 atRiskMask(int riskSignals)
{
    quint32 mask = 0;
    for (unsigned s = 0; s < (1u << kRiskSignalCount); ++s)
        if (std::popcount(s) >= riskSignals)
            mask |= 1u << s;
    return mask;
}

// What to prefetch while a month is summed: the cells the next (month, block)
// reads, so that their MRR and usage lines are on the way before they are needed.
struct Ahead {
    const MonthColumns *month = nullptr; // null: nothing
    const int *rows = nullptr;
    size_t count = 0;
};

// Adds the paying accounts of rows[0, n) at one month, in order.
void addRows(const MonthColumns &v, const int *rows, size_t n, const Ahead &ahead, quint32 atRisk, MonthSums &out)
{
    MonthSums m = out; // locals: the stores below cannot alias the matrix
    const size_t prefetch = ahead.month ? std::min(n, ahead.count) : 0;
    for (size_t i = 0; i < n; ++i) {
        if (i < prefetch) {
            const size_t a = static_cast<size_t>(ahead.rows[i]);
            __builtin_prefetch(ahead.month->mrr + a * ahead.month->mrrStride);
            if (ahead.month->usage)
                __builtin_prefetch(ahead.month->usage + a * ahead.month->usageStride);
        }
        const size_t r = static_cast<size_t>(rows[i]);
        const qint64 mrr = v.mrr[r * v.mrrStride];
        if (mrr <= 0)
            continue;
        ++m.accounts;
        m.totalMrr += mrr;
        const qint64 products = v.products[r];
        m.products += products;
        m.multi += products >= 2;
        if (v.usage) { // selects, not branches: seats are set or not account by account
            const Snapshot::UsageCell &u = v.usage[r * v.usageStride];
            static_assert(kSeatsUnknown <= 0, "seats > 0 leaves out the unknown seats");
            const bool seated = u.seats > 0;
            m.active += u.users > 0;
            m.seats += seated ? u.seats : 0;
            m.seatUsers += seated ? u.seatUsers : 0;
        }
        m.gaps += v.gaps[r];
        m.potential += v.potential[r];
        const bool risk = (atRisk >> (v.signals[r] & 31u)) & 1u;
        m.atRisk += risk;
        m.atRiskMrr += risk ? mrr : 0;
    }
    out = m;
}

} // namespace

std::vector<MonthSums> healthMonths(const Query &q, const Buckets &b)
{
    std::vector<MonthSums> months;
    for (int k = 0; k < b.size(); ++k) {
        if (const Period &p = b.period(k); p.isWholeMonths()) {
            MonthSums m;
            m.mk = monthIndex(p.lastMonth());
            m.c = q.health->column(m.mk);
            months.push_back(m);
        }
    }
    return months;
}

void sumHealthRange(const Query &q, const std::vector<int> &slots, size_t first, size_t last,
                    std::vector<MonthSums> &months, size_t block)
{
    const Snapshot &s = q.snap;
    const int asOfMonth = HealthSignals(s, q.settings, q.asOf).asOfMonth();
    const quint32 atRisk = atRiskMask(q.settings.riskSignals);
    std::vector<std::optional<MonthColumns>> columns;
    columns.reserve(months.size());
    for (const MonthSums &m : months)
        columns.push_back(columnsOf(s, *q.health, asOfMonth, m));
    std::vector<size_t> used; // the months any account can pay in
    for (size_t k = 0; k < months.size(); ++k)
        if (columns[k])
            used.push_back(k);
    last = std::min(last, slots.size());
    block = std::max<size_t>(block, 1);
    for (size_t from = first; from < last; from += std::min(block, last - from)) {
        const int *rows = slots.data() + from;
        const size_t n = std::min(block, last - from);
        for (size_t u = 0; u < used.size(); ++u) {
            // The next month of this block, or the first month of the next block.
            Ahead ahead;
            if (u + 1 < used.size())
                ahead = {&*columns[used[u + 1]], rows, n};
            else if (from + n < last)
                ahead = {&*columns[used.front()], rows + n, std::min(block, last - from - n)};
            addRows(*columns[used[u]], rows, n, ahead, atRisk, months[used[u]]);
        }
    }
}

void addHealthSums(std::vector<MonthSums> &into, const std::vector<MonthSums> &part)
{
    Q_ASSERT(into.size() == part.size());
    for (size_t k = 0; k < std::min(into.size(), part.size()); ++k) {
        MonthSums &m = into[k];
        const MonthSums &p = part[k];
        Q_ASSERT(m.mk == p.mk && m.c == p.c);
        m.accounts += p.accounts;
        m.products += p.products;
        m.multi += p.multi;
        m.active += p.active;
        m.seatUsers += p.seatUsers;
        m.seats += p.seats;
        m.gaps += p.gaps;
        m.totalMrr += p.totalMrr;
        m.atRisk += p.atRisk;
        m.atRiskMrr += p.atRiskMrr;
        m.potential += p.potential;
    }
}

} // namespace ra::detail

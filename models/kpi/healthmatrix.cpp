// HealthMatrix: the signals, products and white-space gaps of every paying
// account in every month, evaluated once so that the account-health keys of
// any filter and period are sums over its columns.
#include "kpi/healthsignals.h"

#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace ra::detail {

HealthMatrix HealthMatrix::build(const Snapshot &s, const Settings &settings, qint64 asOf)
{
    HealthMatrix h;
    const HealthSignals sig(s, settings, asOf);
    h.firstIndex = s.mrrFirstIndex;
    h.rows = static_cast<int>(s.mrrAccounts.size());
    h.months = std::max(0, std::min(s.mrrFirstIndex + s.mrrMonths - 1, sig.asOfMonth()) - s.mrrFirstIndex + 1);
    const size_t n = static_cast<size_t>(h.months) * static_cast<size_t>(h.rows);
    h.signals.assign(n, 0);
    h.products.assign(n, 0);
    h.gaps.assign(n, 0);
    h.potential.assign(n, 0.0);
    h.lift.assign(n, 0);
    // Months are independent and each writes its own contiguous column block.
    std::vector<int> columns(static_cast<size_t>(h.months));
    std::iota(columns.begin(), columns.end(), 0);
    QtConcurrent::blockingMap(columns, [&](int c) {
        const int m = h.firstIndex + c;
        const PeerProducts peers(s, sig, m);
        for (int slot = 0; slot < h.rows; ++slot) {
            if (sig.mrr(slot, m) <= 0)
                continue;
            const size_t i = h.at(c, slot);
            h.signals[i] = static_cast<quint8>(sig.evaluate(slot, m));
            h.lift[i] = static_cast<quint8>(kLiftPaying | (sig.mrr(slot, m + 3) == 0 ? kLiftChurned : 0)
                                            | (sig.atRisk(h.signals[i]) ? kLiftAtRisk : 0));
            h.products[i] = static_cast<quint16>(std::min<size_t>(peers.productsOf(slot).size(), 0xffff));
            int gaps = 0;
            peers.gapsOf(slot, gaps, h.potential[i]);
            h.gaps[i] = static_cast<quint16>(std::min(gaps, 0xffff));
        }
    });
    return h;
}

} // namespace ra::detail

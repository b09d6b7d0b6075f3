#pragma once
// Deterministic random numbers for the demo generator. The standard
// distributions (std::uniform_real_distribution, std::normal_distribution...)
// are implementation-defined, so the same seed would give a different demo on
// another standard library; these helpers only use the raw 64-bit output of
// std::mt19937_64, whose sequence the standard fixes.
#include <QtGlobal>
#include <random>

namespace ra {

class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Integer in [lo, hi], both included.
    qint64 range(qint64 lo, qint64 hi);
    bool chance(double p) { return uniform() < p; }
    // Exponential with the given mean (inverse transform).
    double exponential(double mean);
    // Standard normal (Box–Muller, one value per call).
    double normal();
    // Log-normal whose median is `median` and whose log-spread is `sigma`.
    double logNormal(double median, double sigma);
    // Index drawn with the given relative weights (count entries).
    int weighted(const double *weights, int count);
    template<typename Array>
    int weighted(const Array &weights) { return weighted(weights.data(), int(weights.size())); }

private:
    std::mt19937_64 m_engine;
};

} // namespace ra

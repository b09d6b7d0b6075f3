#include "demo/demorandom.h"

#include <cmath>

namespace ra {

qint64 DemoRandom::range(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    const quint64 span = quint64(hi - lo) + 1;
    // Modulo bias is below 2^-40 for the spans used here; not worth rejection sampling.
    return lo + qint64(m_engine() % span);
}

double DemoRandom::exponential(double mean)
{
    return -mean * std::log(1.0 - uniform());
}

double DemoRandom::normal()
{
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

double DemoRandom::logNormal(double median, double sigma)
{
    return median * std::exp(sigma * normal());
}

int DemoRandom::weighted(const double *weights, int count)
{
    double total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    double x = uniform() * total;
    for (int i = 0; i < count; ++i) {
        if (x < weights[i])
            return i;
        x -= weights[i];
    }
    return count - 1;
}

} // namespace ra

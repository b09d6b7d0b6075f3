#pragma once
// Median of docs/kpi-definitions.md: an even count takes the mean of the two middle values.
#include <algorithm>
#include <optional>
#include <vector>

namespace ra::detail {

// Reorders `v`; nullopt for an empty list.
inline std::optional<double> median(std::vector<double> &v)
{
    if (v.empty())
        return std::nullopt;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2.0;
}

inline std::optional<double> ratio(double num, double den)
{
    if (den == 0)
        return std::nullopt;
    return num / den;
}

} // namespace ra::detail

#pragma once
#include <QString>
#include <optional>

namespace ra {

// The drill-down filters of docs/kpi-definitions.md; combine with AND. "Unassigned" selects
// what has no persona (or segment / channel).
struct KpiFilters {
    std::optional<QString> persona;
    std::optional<QString> segment;
    std::optional<QString> channel;

    bool isEmpty() const { return !persona && !segment && !channel; }
    QString describe() const; // "All", or "CFO › Enterprise › web"
    bool operator==(const KpiFilters &) const = default;
};

enum class Dimension { Persona, Segment, Channel };

} // namespace ra

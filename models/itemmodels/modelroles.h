#pragma once
// Roles shared by the item models: views sort numbers by value, not by text.
#include <Qt>

namespace ra {

enum ModelRole : int {
    SortRole = Qt::UserRole + 1, // a double (null sorts first as -infinity) or the text
    RawValueRole,                // the engine value as a double, invalid QVariant for null
};

} // namespace ra

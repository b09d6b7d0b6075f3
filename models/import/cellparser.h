#pragma once
// One field of a bundle row, text → typed cell, by its column's kind and the
// value rules of docs/bundle-format.md. Rules that span columns: rowrules.h.
#include "import/bundlespec.h"
#include "import/upsertstatement.h"

#include <QString>
#include <optional>
#include <string>
#include <string_view>

namespace ra {

// Fills cell from text (not empty, its bytes already checked) or returns why
// the value is rejected. A period cell is normalised into periodKey, which the
// cell then points at: it must outlive the cell's use.
std::optional<QString> parseCell(const ColumnSpec &col, std::string_view text, Cell &cell, std::string &periodKey);

// "a, b, c": an enum column's accepted values, for messages.
QString enumValueList(const ColumnSpec &col);

} // namespace ra

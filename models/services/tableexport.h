#pragma once
// File → Export table as CSV: writes what a table model shows (display role,
// header row first) as RFC 4180 CSV. Cells that a spreadsheet would run as a
// formula get a leading apostrophe (models/csv/csvsafety.h).
#include "core/result.h"

#include <QString>

class QAbstractItemModel;

namespace ra {

QString tableToCsv(const QAbstractItemModel &model);
Status exportTableCsv(const QAbstractItemModel &model, const QString &path);

} // namespace ra

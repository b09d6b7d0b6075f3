#pragma once
// Table exports meant for spreadsheets: a cell that a spreadsheet would run as
// a formula (CSV/formula injection: "=HYPERLINK(...)", "+cmd|...", "@SUM(...)")
// gets a leading apostrophe, which spreadsheets show as text and do not
// evaluate. Bundle exports (import format) are data and are not neutralised.
#include <QString>
#include <QStringList>

namespace ra {

// Prefixes "'" when text starts with '=', '+', '-', '@', a tab or a carriage
// return — except plain numbers ("-12.50", "+3", "-4.5%"), which a spreadsheet
// reads as numbers anyway and which must stay numbers in a KPI table export.
QString neutraliseCsvCell(const QString &text);

// One line of a CSV meant for people (every --csv output, File → Export table
// as CSV): each cell neutralised, then quoted per RFC 4180 where it holds a
// comma, quote or line break; cells joined by ',', the line ended by CRLF.
QString spreadsheetCsvLine(const QStringList &cells);

} // namespace ra

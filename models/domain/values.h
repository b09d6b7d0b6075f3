#pragma once
// Parsing and formatting of the bundle's value types (docs/bundle-format.md), shared
// by the importer, the exporter, the demo generator and the command line.
// Stored forms: timestamps and dates = qint64 seconds since the epoch (UTC);
// months = int yyyymm; money = qint64 cents (domain/money.h).
#include "core/result.h"
#include "domain/money.h" // parseMoney, formatMoney: the money forms live there

#include <QString>
#include <optional>
#include <string_view>

namespace ra {

// ISO 8601 forms of docs/bundle-format.md: YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS],
// YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM]; offsets converted to UTC, naive = UTC,
// fractional seconds truncated. Error message says which form is expected.
Result<qint64> parseTimestamp(QStringView text);
Result<qint64> parseDate(QStringView text);   // YYYY-MM-DD → 00:00 UTC of that day
Result<int> parseMonth(QStringView text);     // YYYY-MM → yyyymm
Result<int> parseInteger(QStringView text, int min, int max);
Result<double> parseNumber(QStringView text);

// The same parsers on ASCII/UTF-8 bytes, for hot loops that read CSV buffers
// without building a QString per field (the importer). Same rules, same messages.
Result<qint64> parseTimestamp(std::string_view text);
Result<qint64> parseDate(std::string_view text);
Result<int> parseMonth(std::string_view text);
Result<int> parseInteger(std::string_view text, int min, int max);
Result<double> parseNumber(std::string_view text);

// Spaces and tabs off both ends: every value parser trims its field first.
std::string_view trimmedValue(std::string_view text);

QString formatTimestamp(qint64 epochSeconds); // 2026-11-21T17:03:00Z
QString formatDate(qint64 epochSeconds);      // 2026-11-21
QString formatMonth(int yyyymm);              // 2026-11
// Month arithmetic and day conversions: domain/calendar.h.

} // namespace ra

#pragma once
// Values as the exporting tools write them, turned into the bundle's forms:
// dates and datetimes in ISO, spreadsheet (M/D/YYYY H:mm, D/M/YY) and dotted
// forms with an optional offset, in a given time zone; amounts with a
// currency sign, thousands separators or a decimal comma; booleans.
#include "core/result.h"

#include <QString>
#include <QTimeZone>
#include <optional>
#include <string_view>

namespace ra {

enum class DateOrder { Unknown, MonthFirst, DayFirst };

struct SourceTimeOptions {
    DateOrder order = DateOrder::Unknown; // for N/N/YYYY; '.' dates are always day first
    QTimeZone zone = QTimeZone::utc();    // for datetimes without an offset
};

// Epoch seconds (UTC). A value without a time is 00:00 in the zone; with
// dateOnly the zone is ignored (00:00 UTC of the date, the bundle's date).
Result<qint64> parseSourceTime(std::string_view text, const SourceTimeOptions &options, bool dateOnly = false);
// Which order an N/N/YYYY value proves (a part above 12), Unknown when it proves none.
DateOrder provenDateOrder(std::string_view text);
bool isSlashDate(std::string_view text);

// Cents; "$1,234.50", "1.234,50 €", "EUR 9552.0", "-12" (negative allowed here, the bundle checks the sign).
Result<qint64> parseSourceMoney(std::string_view text);
// true/false, 1/0, yes/no, TRUE/FALSE; nullopt for anything else.
std::optional<bool> parseSourceBool(std::string_view text);

// Header cell as matched: whitespace runs (quoted newlines included) become
// one space, trimmed, case-folded.
QString normaliseHeader(QStringView header);

} // namespace ra

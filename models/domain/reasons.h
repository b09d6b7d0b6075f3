#pragma once
// Why a value or a bundle row is rejected. A reason is data: the imports log
// stores it and `quality --json` prints it, in English, the same on every
// machine and in every language. People read it in theirs: shownReason()
// recognises the template an English reason was made from and fills the same
// values into its translation (docs/decisions/languages.md).
#include <QString>
#include <QStringList>

namespace ra {

enum class Reason {
    // A value (models/domain/values)
    UnparseableTimestamp,
    UnparseableDate,
    UnparseableMonth,
    AmountTooLarge,
    AmountDecimals,
    AmountForm,
    NegativeAmount,
    IntegerFromTo,
    IntegerAtLeast,
    OutOfRangeFromTo,
    OutOfRangeAtLeast,
    InvalidNumber,
    // A raw field (models/csv/fieldcheck)
    FieldTooLong,
    FieldNul,
    FieldNotUtf8,
    // A bundle row (models/import)
    UnknownValue,
    PeriodNotCustom,
    UnknownKpi,
    MoneyTarget, // %2: one of the amount reasons above
    ClosedAtRequired,
    Required,
    UnknownRefRejected,
    UnknownRef,
    DuplicateKey,
    // A period (models/domain/period); PeriodInvalidBecause's %2 is one of the reasons after it
    PeriodInvalid,
    PeriodInvalidBecause,
    PeriodEmpty,
    PeriodRangeDates,
    PeriodRangeOrder,
    PeriodYear,
    PeriodQuarter,
    PeriodMonth,
    PeriodWeeks,
    // A row of an export (models/exports)
    ExportCents,
    ExportClosedFlag,
    ExportUnknownValue,
    ExportEmployees,
    ExportCurrency,
    ExportWholeNumber,
    ExportBool,
    NoCustomerId,
    DuplicateCustomer,
    TicketWithoutAccount,
    UnknownSubscriptionStatus,
    ImplausibleAmount,
    BadInterval,
    DiscountTooLarge,
    AccountAmbiguous,
    AccountNotFound,
    UnparseableAmount,
    UnparseableAmountBecause, // %2: one of the amount reasons above
    UnparseableDateTime, // %2: one of the date/time reasons after it
    DateOrderUnknown,
    DateTimeForm,
    NoSuchDay,
    TimeForm,
    SecondsExpected,
    AmPmHour,
    NoSuchTime,
    OffsetForm,
    TrailingText,
    // A record of a JSON export (models/exports/jsonsplitter, exportjson)
    JsonLineCutOff,
    JsonStrayText,
    JsonFileEnds,
    JsonInvalid,
    JsonNotObject,
    JsonNotTicket,
    JsonIdNotValue,
};
constexpr int kReasonCount = int(Reason::JsonIdNotValue) + 1;

// The English reason with %1, %2… replaced by args: what is stored and what
// programs read.
QString reasonText(Reason reason, const QStringList &args = {});
// `english` in the language of the installed translation when it was made by
// reasonText(), else `english` unchanged.
QString shownReason(const QString &english);

} // namespace ra

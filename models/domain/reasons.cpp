#include "domain/reasons.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <iterator>
#include <vector>

namespace ra {

namespace {

struct Entry {
    Reason reason;
    const char *text;
    int nestedArg = 0; // the %n that is itself a reason, translated first
};

// Every template, in the enum's order. Wording rules: docs/bundle-format.md.
constexpr Entry kEntries[] = {
    {Reason::UnparseableTimestamp,
     QT_TRANSLATE_NOOP("ra::Reason",
                       "unparseable timestamp '%1' (expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or "
                       "YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM])")},
    {Reason::UnparseableDate, QT_TRANSLATE_NOOP("ra::Reason", "unparseable date '%1' (expected YYYY-MM-DD)")},
    {Reason::UnparseableMonth, QT_TRANSLATE_NOOP("ra::Reason", "unparseable month '%1' (expected YYYY-MM)")},
    {Reason::AmountTooLarge, QT_TRANSLATE_NOOP("ra::Reason", "invalid amount '%1' (too large)")},
    {Reason::AmountDecimals, QT_TRANSLATE_NOOP("ra::Reason", "invalid amount '%1' (more than two decimals)")},
    {Reason::AmountForm,
     QT_TRANSLATE_NOOP("ra::Reason",
                       "invalid amount '%1' (expected a number like 1234.50: '.' as decimal point, no "
                       "thousands separators, no currency sign)")},
    {Reason::NegativeAmount, QT_TRANSLATE_NOOP("ra::Reason", "negative amount '%1' not allowed")},
    {Reason::IntegerFromTo,
     QT_TRANSLATE_NOOP("ra::Reason", "invalid integer '%1' (expected a whole number from %2 to %3)")},
    {Reason::IntegerAtLeast,
     QT_TRANSLATE_NOOP("ra::Reason", "invalid integer '%1' (expected a whole number %2 or more)")},
    {Reason::OutOfRangeFromTo, QT_TRANSLATE_NOOP("ra::Reason", "value %1 out of range (expected %2 to %3)")},
    {Reason::OutOfRangeAtLeast, QT_TRANSLATE_NOOP("ra::Reason", "value %1 out of range (expected %2 or more)")},
    {Reason::InvalidNumber,
     QT_TRANSLATE_NOOP("ra::Reason", "invalid number '%1' (expected a decimal number with '.' as decimal point)")},
    {Reason::FieldTooLong,
     QT_TRANSLATE_NOOP("ra::Reason", "value is longer than %1 KiB (%2 bytes); is the column right?")},
    {Reason::FieldNul,
     QT_TRANSLATE_NOOP("ra::Reason", "value contains a NUL byte (binary data, or a UTF-16 file? save it as UTF-8)")},
    {Reason::FieldNotUtf8,
     QT_TRANSLATE_NOOP("ra::Reason", "value is not valid UTF-8 (byte 0x%1 at position %2); save the file as UTF-8")},
    {Reason::UnknownValue, QT_TRANSLATE_NOOP("ra::Reason", "unknown %1 '%2' (expected one of %3)")},
    {Reason::PeriodNotCustom,
     QT_TRANSLATE_NOOP("ra::Reason",
                       "period '%1' must be a year, quarter, month or ISO week (2026, 2026-Q4, 2026-11, 2026-W47)")},
    {Reason::UnknownKpi, QT_TRANSLATE_NOOP("ra::Reason", "unknown KPI key '%1' (see docs/kpi-definitions.md)")},
    {Reason::MoneyTarget, QT_TRANSLATE_NOOP("ra::Reason", "%1 is a money KPI: %2"), 2},
    {Reason::ClosedAtRequired, QT_TRANSLATE_NOOP("ra::Reason", "closed_at is required when status is %1")},
    {Reason::Required, QT_TRANSLATE_NOOP("ra::Reason", "%1 is required")},
    {Reason::UnknownRefRejected, QT_TRANSLATE_NOOP("ra::Reason", "unknown %1 '%2' (its row in %3 was rejected)")},
    {Reason::UnknownRef, QT_TRANSLATE_NOOP("ra::Reason", "unknown %1 '%2' (not in %3 nor in the store)")},
    {Reason::DuplicateKey, QT_TRANSLATE_NOOP("ra::Reason", "duplicate key (already on line %1)")},
    {Reason::PeriodInvalid,
     QT_TRANSLATE_NOOP("ra::Reason",
                       "Invalid period '%1': "
                       "expected a year (2026), a quarter (2026-Q4), a month (2026-11), an ISO week (2026-W47) "
                       "or an inclusive date range (2026-11-01..2026-11-30)")},
    {Reason::PeriodInvalidBecause,
     QT_TRANSLATE_NOOP("ra::Reason",
                       "Invalid period '%1': %2; "
                       "expected a year (2026), a quarter (2026-Q4), a month (2026-11), an ISO week (2026-W47) "
                       "or an inclusive date range (2026-11-01..2026-11-30)"),
     2},
    {Reason::PeriodEmpty, QT_TRANSLATE_NOOP("ra::Reason", "it is empty")},
    {Reason::PeriodRangeDates, QT_TRANSLATE_NOOP("ra::Reason", "a range needs two valid dates YYYY-MM-DD")},
    {Reason::PeriodRangeOrder, QT_TRANSLATE_NOOP("ra::Reason", "the range ends before it starts")},
    {Reason::PeriodYear, QT_TRANSLATE_NOOP("ra::Reason", "year out of range")},
    {Reason::PeriodQuarter, QT_TRANSLATE_NOOP("ra::Reason", "quarters are Q1 to Q4")},
    {Reason::PeriodMonth, QT_TRANSLATE_NOOP("ra::Reason", "months are 01 to 12")},
    {Reason::PeriodWeeks, QT_TRANSLATE_NOOP("ra::Reason", "ISO year %1 has weeks W01 to W%2")},
    {Reason::ExportCents, QT_TRANSLATE_NOOP("ra::Reason", "expected a whole number of cents, not '%1'")},
    {Reason::ExportClosedFlag, QT_TRANSLATE_NOOP("ra::Reason", "expected true/false or 1/0 in %1 and the closed flag")},
    {Reason::ExportUnknownValue, QT_TRANSLATE_NOOP("ra::Reason", "unknown %1 '%2' (add it to the mapping's values)")},
    {Reason::ExportEmployees, QT_TRANSLATE_NOOP("ra::Reason", "expected a number of employees, not '%1'")},
    {Reason::ExportCurrency,
     QT_TRANSLATE_NOOP("ra::Reason", "amount in %1, the store is in %2, and the export has no converted amount")},
    {Reason::ExportWholeNumber, QT_TRANSLATE_NOOP("ra::Reason", "expected a whole number, not '%1'")},
    {Reason::ExportBool, QT_TRANSLATE_NOOP("ra::Reason", "expected true/false or 1/0, not '%1'")},
    {Reason::NoCustomerId, QT_TRANSLATE_NOOP("ra::Reason", "no customer id")},
    {Reason::DuplicateCustomer, QT_TRANSLATE_NOOP("ra::Reason", "duplicate customer '%1' (first on line %2)")},
    {Reason::TicketWithoutAccount,
     QT_TRANSLATE_NOOP("ra::Reason", "no organisation and no requester e-mail: the ticket's account cannot be found")},
    {Reason::UnknownSubscriptionStatus, QT_TRANSLATE_NOOP("ra::Reason", "unknown subscription status '%1'")},
    {Reason::ImplausibleAmount, QT_TRANSLATE_NOOP("ra::Reason", "implausibly large amount or quantity")},
    {Reason::BadInterval,
     QT_TRANSLATE_NOOP("ra::Reason", "interval '%1' every %2 (expected day, week, month or year, at least every 1)")},
    {Reason::DiscountTooLarge, QT_TRANSLATE_NOOP("ra::Reason", "the discount is larger than the subtotal")},
    {Reason::AccountAmbiguous, QT_TRANSLATE_NOOP("ra::Reason", "several accounts are named '%1'")},
    {Reason::AccountNotFound, QT_TRANSLATE_NOOP("ra::Reason", "no account named '%1'")},
    {Reason::UnparseableAmount, QT_TRANSLATE_NOOP("ra::Reason", "unparseable amount '%1'")},
    {Reason::UnparseableAmountBecause, QT_TRANSLATE_NOOP("ra::Reason", "unparseable amount '%1' (%2)"), 2},
    {Reason::UnparseableDateTime, QT_TRANSLATE_NOOP("ra::Reason", "unparseable date/time '%1' (%2)"), 2},
    {Reason::DateOrderUnknown,
     QT_TRANSLATE_NOOP("ra::Reason",
                       "day and month both 12 or less and the file shows no order: give --date-order dmy or mdy")},
    {Reason::DateTimeForm,
     QT_TRANSLATE_NOOP("ra::Reason",
                       "expected YYYY-MM-DD[ HH:MM[:SS]], M/D/YYYY H:MM or D.M.YYYY, optionally with an offset")},
    {Reason::NoSuchDay, QT_TRANSLATE_NOOP("ra::Reason", "no such day")},
    {Reason::TimeForm, QT_TRANSLATE_NOOP("ra::Reason", "time expected as HH:MM[:SS]")},
    {Reason::SecondsExpected, QT_TRANSLATE_NOOP("ra::Reason", "seconds expected after ':'")},
    {Reason::AmPmHour, QT_TRANSLATE_NOOP("ra::Reason", "AM/PM needs an hour from 1 to 12")},
    {Reason::NoSuchTime, QT_TRANSLATE_NOOP("ra::Reason", "no such time of day")},
    {Reason::OffsetForm, QT_TRANSLATE_NOOP("ra::Reason", "offset expected as +HH:MM or +HHMM")},
    {Reason::TrailingText, QT_TRANSLATE_NOOP("ra::Reason", "unexpected text after the date/time")},
    {Reason::JsonLineCutOff,
     QT_TRANSLATE_NOOP("ra::Reason", "line %1: a text value runs past the end of the line (a record cut off?)")},
    {Reason::JsonStrayText, QT_TRANSLATE_NOOP("ra::Reason", "line %1: not JSON: '%2'")},
    {Reason::JsonFileEnds, QT_TRANSLATE_NOOP("ra::Reason", "line %1: the file ends inside this record (cut off?)")},
    {Reason::JsonInvalid, QT_TRANSLATE_NOOP("ra::Reason", "line %1: not valid JSON (%2)")},
    {Reason::JsonNotObject, QT_TRANSLATE_NOOP("ra::Reason", "line %1: not a JSON object")},
    {Reason::JsonNotTicket, QT_TRANSLATE_NOOP("ra::Reason", "not a ticket (no status, requester_id, subject or via)")},
    {Reason::JsonIdNotValue, QT_TRANSLATE_NOOP("ra::Reason", "an object or a list where the ticket's id belongs")},
};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < std::size(kEntries); ++i)
        if (std::size_t(kEntries[i].reason) != i)
            return false;
    return std::size(kEntries) == std::size_t(kReasonCount);
}
static_assert(inEnumOrder(), "kEntries must list every Reason once, in the enum's order");

// %1…%9 replaced in one pass, so a value that itself holds "%2" stays as it is.
QString fill(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1) >= QLatin1Char('1')
            && text.at(i + 1) <= QLatin1Char('9')) {
            const int n = text.at(i + 1).digitValue();
            if (n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// A template as a pattern over the English text: its literal parts, and a
// group per %n (which n each group is, since a translation may reorder them).
struct Pattern {
    const Entry *entry = nullptr;
    QString prefix; // the literal text before the first %n: a cheap first test
    QRegularExpression re;
    std::vector<int> argOfGroup;
};

std::vector<Pattern> buildPatterns()
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    std::vector<Pattern> out;
    for (const Entry &e : kEntries) {
        Pattern p;
        p.entry = &e;
        const QString text = QString::fromUtf8(e.text);
        QString re;
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (p.argOfGroup.empty())
                p.prefix = text.left(m.capturedStart());
            re += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*)");
            p.argOfGroup.push_back(m.captured(1).toInt());
            at = m.capturedEnd();
        }
        if (p.argOfGroup.empty())
            p.prefix = text;
        re += QRegularExpression::escape(text.mid(at));
        p.re = QRegularExpression(QRegularExpression::anchoredPattern(re),
                                  QRegularExpression::DotMatchesEverythingOption);
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

QString reasonText(Reason reason, const QStringList &args)
{
    return fill(QString::fromUtf8(kEntries[std::size_t(reason)].text), args);
}

QString shownReason(const QString &english)
{
    static const std::vector<Pattern> patterns = buildPatterns();
    for (const Pattern &p : patterns) {
        if (!english.startsWith(p.prefix))
            continue;
        const QRegularExpressionMatch m = p.re.match(english);
        if (!m.hasMatch())
            continue;
        QStringList args;
        for (std::size_t g = 0; g < p.argOfGroup.size(); ++g) {
            const int n = p.argOfGroup[g];
            while (args.size() < n)
                args << QString();
            args[n - 1] = m.captured(int(g) + 1);
        }
        if (const int n = p.entry->nestedArg; n > 0 && n <= args.size())
            args[n - 1] = shownReason(args[n - 1]);
        return fill(QCoreApplication::translate("ra::Reason", p.entry->text), args);
    }
    return english;
}

} // namespace ra

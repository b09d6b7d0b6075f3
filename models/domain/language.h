#pragma once
// The language RevAlign speaks: the system's, or the one chosen in Settings
// or with --lang. One QLocale follows from it and formats every number, sum
// of money, percentage and date shown to people (the window, the PDF, the
// CLI's tables). Machine output (--json, --csv, bundles) never uses it.
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

class QCoreApplication;
class QSettings;

namespace ra {

enum class Language { System, English, Swedish, Chinese };

QList<Language> allLanguages();
// "system", "en", "sv", "zh_CN" (also "zh", "zh-CN", case-insensitive).
std::optional<Language> languageFromCode(QStringView code);
QString languageCode(Language language);
// In the language itself (English, Svenska, 简体中文); "System" is translated.
QString languageName(Language language);

// The locale for `language`: a translated language's locale (the system's
// own variant when it speaks that language, e.g. sv_FI, else sv_SE/zh_CN);
// English for any other (the system's English variant, else en_US).
QLocale localeFor(Language language, const QLocale &system = QLocale::system());

// Makes `locale` the default QLocale and installs its translations (ours,
// embedded as :/i18n/revalign_<lang>.qm, and Qt's own when installed) on
// `app`, replacing any installed by an earlier call.
void applyLocale(const QLocale &locale, QCoreApplication &app);

// The locale numbers and dates are written in: `locale`, except that the C
// locale (no LANG at all) reads as US English.
QLocale readerLocale(const QLocale &locale = QLocale());
// Dates for people: "Dec 1, 2026", "1 dec. 2026", "2026年12月1日".
QString formatMediumDate(const QDate &date, const QLocale &locale = QLocale());
// A moment for people, in UTC: "Nov 20, 2026 23:15 UTC".
QString formatDateTimeUtc(qint64 epochSeconds, const QLocale &locale = QLocale());
// A month and its year: "December 2026", "december 2026", "2026年12月".
QString formatMonthYear(const QDate &date, const QLocale &locale = QLocale());

// A date in a translatable QDate::toString format, in the reader's locale:
// formatDate(d, "MMM yyyy") gives "Mar 2026", "mars 2026", "2026年3月" (the
// format itself is translated under the context "ra::DateFormat").
QString formatDate(const QDate &date, const char *format, const QLocale &locale = QLocale());

// The language chosen in Settings (key "language" of the user's settings,
// which the window and the command line share); System when unset.
Language savedLanguage(const QSettings &settings);
void saveLanguage(QSettings &settings, Language language);

} // namespace ra

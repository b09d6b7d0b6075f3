#include "domain/language.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

namespace ra {

namespace {

const char *const kTranslatorName = "ra-translator";
const char *const kSettingsKey = "language";

struct Entry {
    Language language;
    const char *code;
    QLocale::Language qtLanguage;
    QLocale::Territory territory;
};
constexpr Entry kEntries[] = {
    {Language::System, "system", QLocale::AnyLanguage, QLocale::AnyTerritory},
    {Language::English, "en", QLocale::English, QLocale::UnitedStates},
    {Language::Swedish, "sv", QLocale::Swedish, QLocale::Sweden},
    {Language::Chinese, "zh_CN", QLocale::Chinese, QLocale::China},
};

const Entry &entry(Language language)
{
    return kEntries[static_cast<int>(language)];
}

} // namespace

QList<Language> allLanguages()
{
    return {Language::System, Language::English, Language::Swedish, Language::Chinese};
}

std::optional<Language> languageFromCode(QStringView code)
{
    QString c = code.trimmed().toString().toLower();
    c.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("zh") || c == QLatin1String("zh_cn"))
        return Language::Chinese;
    for (const Entry &e : kEntries)
        if (c == QLatin1String(e.code))
            return e.language;
    return std::nullopt;
}

QString languageCode(Language language)
{
    return QLatin1String(entry(language).code);
}

QString languageName(Language language)
{
    switch (language) {
    case Language::System: return QCoreApplication::translate("ra::Language", "System");
    case Language::English: return QStringLiteral("English");
    case Language::Swedish: return QStringLiteral("Svenska");
    case Language::Chinese: return QStringLiteral("简体中文");
    }
    return {};
}

QLocale localeFor(Language language, const QLocale &system)
{
    if (language == Language::System) {
        for (Language l : {Language::Swedish, Language::Chinese})
            if (system.language() == entry(l).qtLanguage)
                return l == Language::Chinese && system.script() == QLocale::TraditionalChineseScript
                           ? QLocale(QLocale::English, QLocale::UnitedStates) // no Traditional Chinese translation
                           : system;
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
    }
    const Entry &e = entry(language);
    return system.language() == e.qtLanguage ? system : QLocale(e.qtLanguage, e.territory);
}

void applyLocale(const QLocale &locale, QCoreApplication &app)
{
    for (QTranslator *old : app.findChildren<QTranslator *>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English)
        return; // the source language
    // Qt's own strings (standard buttons, file dialogs) when Qt's translations are installed.
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QLatin1String(kTranslatorName));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    ours->setObjectName(QLatin1String(kTranslatorName));
    if (ours->load(locale, QStringLiteral("revalign"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

QLocale readerLocale(const QLocale &locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

QString formatMediumDate(const QDate &date, const QLocale &locale)
{
    // QLocale has long and short date formats only; the medium one ("Dec 1,
    // 2026", "1 dec. 2026", "2026年12月1日") is the long one without the
    // weekday and with abbreviated month names.
    const QLocale l = readerLocale(locale);
    QString format = l.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("dddd[,\\s]*|[,\\s]*dddd"));
    format.remove(weekday);
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return l.toString(date, format.trimmed());
}

QString formatDateTimeUtc(qint64 epochSeconds, const QLocale &locale)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc());
    return formatMediumDate(t.date(), locale) + QLatin1Char(' ') + readerLocale(locale).toString(t.time(), QLocale::ShortFormat)
           + QStringLiteral(" UTC");
}

QString formatMonthYear(const QDate &date, const QLocale &locale)
{
    return formatDate(date, QT_TRANSLATE_NOOP("ra::DateFormat", "MMMM yyyy"), locale);
}

QString formatDate(const QDate &date, const char *format, const QLocale &locale)
{
    return readerLocale(locale).toString(date, QCoreApplication::translate("ra::DateFormat", format));
}

Language savedLanguage(const QSettings &settings)
{
    return languageFromCode(settings.value(QLatin1String(kSettingsKey)).toString()).value_or(Language::System);
}

void saveLanguage(QSettings &settings, Language language)
{
    settings.setValue(QLatin1String(kSettingsKey), languageCode(language));
}

} // namespace ra

#include "services/uisettings.h"

#include "pgstore/teamstore.h"

#include <QFileInfo>

namespace ra {

namespace {

// A file by its absolute path; a team store by its location, never with a password.
QString recentKey(const QString &path)
{
    return isTeamStoreLocation(path) ? withoutPassword(path) : QFileInfo(path).absoluteFilePath();
}

const QString kRecent = QStringLiteral("stores/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPage = QStringLiteral("window/page");
const QString kGrain = QStringLiteral("period/grain");
const QString kDark = QStringLiteral("view/dark");
} // namespace

UiSettings::UiSettings() : m_settings(std::make_unique<QSettings>()) {}

UiSettings::UiSettings(const QString &iniFile) : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QStringList UiSettings::recentStores() const { return m_settings->value(kRecent).toStringList(); }

void UiSettings::addRecentStore(const QString &path)
{
    const QString absolute = recentKey(path);
    QStringList list = recentStores();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings->setValue(kRecent, list);
}

void UiSettings::removeRecentStore(const QString &path)
{
    QStringList list = recentStores();
    list.removeAll(recentKey(path));
    m_settings->setValue(kRecent, list);
}

QString UiSettings::lastStore() const
{
    const QStringList list = recentStores();
    return list.isEmpty() ? QString() : list.first();
}

QByteArray UiSettings::geometry() const { return m_settings->value(kGeometry).toByteArray(); }
void UiSettings::setGeometry(const QByteArray &g) { m_settings->setValue(kGeometry, g); }
QByteArray UiSettings::windowState() const { return m_settings->value(kState).toByteArray(); }
void UiSettings::setWindowState(const QByteArray &s) { m_settings->setValue(kState, s); }
QString UiSettings::lastPage() const { return m_settings->value(kPage).toString(); }
void UiSettings::setLastPage(const QString &pageId) { m_settings->setValue(kPage, pageId); }
QString UiSettings::lastGrain() const { return m_settings->value(kGrain, QStringLiteral("month")).toString(); }
void UiSettings::setLastGrain(const QString &grain) { m_settings->setValue(kGrain, grain); }
bool UiSettings::darkMode() const { return m_settings->value(kDark, false).toBool(); }
bool UiSettings::hasDarkModeChoice() const { return m_settings->contains(kDark); }
void UiSettings::setDarkMode(bool dark) { m_settings->setValue(kDark, dark); }
void UiSettings::sync() { m_settings->sync(); }

Language UiSettings::language() const { return savedLanguage(*m_settings); }
void UiSettings::setLanguage(Language language) { saveLanguage(*m_settings, language); }

} // namespace ra

#pragma once
// What the window remembers between runs (QSettings): geometry, last page,
// last period grain, last and recent stores, dark mode. Passed to the window
// by its owner; tests point it at a throw-away file.
#include "domain/language.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <memory>

namespace ra {

class UiSettings {
public:
    UiSettings();                              // the user's settings (organisation/application scope)
    explicit UiSettings(const QString &iniFile); // a private file (tests, screenshots)

    static constexpr int kMaxRecent = 8;

    QStringList recentStores() const;
    void addRecentStore(const QString &path);  // moves it to the front, keeps kMaxRecent
    void removeRecentStore(const QString &path);
    QString lastStore() const;                 // the most recent one, or empty

    QByteArray geometry() const;
    void setGeometry(const QByteArray &g);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &s);
    QString lastPage() const;
    void setLastPage(const QString &pageId);
    QString lastGrain() const;                 // kindName() of the last grain, "month" by default
    void setLastGrain(const QString &grain);
    bool darkMode() const;                     // unset: follow the system
    bool hasDarkModeChoice() const;
    void setDarkMode(bool dark);
    Language language() const;                 // Settings' language choice; System by default
    void setLanguage(Language language);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ra

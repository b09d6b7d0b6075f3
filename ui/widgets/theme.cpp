#include "widgets/theme.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace ra {

namespace {
// Kept on the application object rather than in globals: the theme is the
// application's state and lives exactly as long as it.
constexpr char kSystemPalette[] = "ra.systemPalette";
constexpr char kDark[] = "ra.dark";
} // namespace

void applyTheme(bool dark)
{
    QApplication *app = qApp;
    if (!app)
        return;
    if (!app->property(kSystemPalette).isValid())
        app->setProperty(kSystemPalette, QVariant::fromValue(QApplication::palette()));
    app->setProperty(kDark, dark);
    if (!dark) {
        QApplication::setPalette(app->property(kSystemPalette).value<QPalette>());
        return;
    }
    // Fusion draws every control from the palette, so a dark palette reads
    // well everywhere; native styles may ignore parts of it.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x34, 0x39));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xab));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

bool isDarkTheme() { return qApp && qApp->property(kDark).toBool(); }

void applyLocaleFonts(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return;
    const QString sc = QStringLiteral("Noto Sans CJK SC");
    for (const QString &family : {QApplication::font().family(), QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")})
        QFont::insertSubstitution(family, sc);
}

} // namespace ra

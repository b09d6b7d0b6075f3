#pragma once
// Light (the system's) and dark palettes. Qt 6.4 cannot ask the platform for
// its colour scheme, so dark is an explicit choice (View → Dark mode, --dark).
class QLocale;

namespace ra {

void applyTheme(bool dark);
bool isDarkTheme();

// Chinese text is drawn with the Simplified Chinese face of Noto Sans CJK
// (fonts-noto-cjk), not whichever CJK face fontconfig lists first (often the
// Japanese one, whose glyph shapes differ). Call once the locale is chosen.
void applyLocaleFonts(const QLocale &locale);

} // namespace ra

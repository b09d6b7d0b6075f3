#pragma once
// Light (the system's) and dark palettes. Qt 6.4 cannot ask the platform for
// its colour scheme, so dark is an explicit choice (View → Dark mode, --dark).
namespace ra {

void applyTheme(bool dark);
bool isDarkTheme();

} // namespace ra

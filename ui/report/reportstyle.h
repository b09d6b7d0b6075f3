#pragma once
// Fonts, colours and metrics of the PDF report. Pages are laid out in device
// units of a 96 dpi QPdfWriter (1 unit = 0.75 pt), the same scale the
// dashboard's charts are drawn at on screen, so a chart looks alike in both.
#include <QColor>
#include <QFont>

namespace ra::reportstyle {

constexpr int kResolution = 96;
constexpr qreal kMargin = 44;       // ~11.6 mm
constexpr qreal kHeaderHeight = 62;
constexpr qreal kFooterHeight = 22;
constexpr qreal kGap = 12;

// Colours chosen to stay apart in greyscale print: every pair that must be
// told apart differs clearly in lightness, and "worse" is also set in bold.
inline QColor ink() { return QColor(0x1b, 0x1f, 0x24); }
inline QColor muted() { return QColor(0x5c, 0x63, 0x6e); }
inline QColor rule() { return QColor(0xb8, 0xbe, 0xc6); }
inline QColor band() { return QColor(0xee, 0xf1, 0xf4); }
inline QColor accent() { return QColor(0x1f, 0x4e, 0x79); }
inline QColor better() { return QColor(0x2e, 0x7d, 0x32); }
inline QColor worse() { return QColor(0xb7, 0x1c, 0x1c); }

QFont font(qreal pointSize, bool bold = false);

} // namespace ra::reportstyle

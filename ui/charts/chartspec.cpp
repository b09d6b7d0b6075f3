#include "charts/chartspec.h"

#include "domain/money.h"
#include "report/kpiformat.h"

#include <QCoreApplication>
#include <array>

namespace ra {

bool ChartSpec::isEmpty() const
{
    if (categories.isEmpty())
        return true;
    for (const ChartSeries &s : series)
        for (const auto &v : s.values)
            if (v)
                return false;
    return true;
}

double toAxisUnits(KpiUnit unit, double value)
{
    switch (unit) {
    case KpiUnit::Money: return majorFromCents(value);
    case KpiUnit::Ratio: return value * 100.0;
    default: return value;
    }
}

QString axisTitle(KpiUnit unit, const QString &currency)
{
    switch (unit) {
    case KpiUnit::Count: return QCoreApplication::translate("ra::Charts", "count");
    case KpiUnit::Money: return currencySymbol(currency).trimmed();
    case KpiUnit::Ratio: return QStringLiteral("%");
    case KpiUnit::Hours: return QCoreApplication::translate("ra::Charts", "hours");
    case KpiUnit::Days: return QCoreApplication::translate("ra::Charts", "days");
    case KpiUnit::Months: return QCoreApplication::translate("ra::Charts", "months");
    case KpiUnit::Multiple: return QStringLiteral("×");
    case KpiUnit::Score: return QCoreApplication::translate("ra::Charts", "score");
    }
    return {};
}

QColor chartSeriesColour(int index)
{
    // Dark blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow:
    // lightness alternates so that adjacent series stay apart in greyscale.
    static const std::array<QColor, 7> colours{QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                               QColor(0x00, 0x9e, 0x73), QColor(0xd5, 0x5e, 0x00),
                                               QColor(0x56, 0xb4, 0xe9), QColor(0xcc, 0x79, 0xa7),
                                               QColor(0xf0, 0xe4, 0x42)};
    const int n = static_cast<int>(colours.size());
    return colours[((index % n) + n) % n];
}

ChartColours paperChartColours()
{
    return {Qt::white, QColor(0x1b, 0x1f, 0x24), QColor(0x5c, 0x63, 0x6e), QColor(0xd8, 0xdc, 0xe1)};
}

} // namespace ra

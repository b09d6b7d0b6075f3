#include "domain/settings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ra {
namespace {

Result<int> parseWhole(const QString &key, const QString &value, int min, int max)
{
    bool ok = false;
    const int v = value.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return makeError(
            ErrorCode::Validation,
            QCoreApplication::translate("ra::Settings", "%1 must be a whole number from %2 to %3, not '%4'")
                .arg(key)
                .arg(min)
                .arg(max)
                .arg(value));
    return v;
}

} // namespace

QStringList Settings::keys()
{
    return {QStringLiteral("currency"), QStringLiteral("sla_hours"), QStringLiteral("feedback_days"),
            QStringLiteral("influence_days"), QStringLiteral("gross_margin"), QStringLiteral("stall_days"),
            QStringLiteral("reentry_days"), QStringLiteral("low_utilisation"), QStringLiteral("usage_drop"),
            QStringLiteral("health_window_days"), QStringLiteral("open_ticket_days"), QStringLiteral("risk_signals")};
}

QString Settings::describe(const QString &key)
{
    if (key == QLatin1String("currency"))
        return QCoreApplication::translate("ra::Settings", "ISO 4217 code of the store's one currency");
    if (key == QLatin1String("sla_hours"))
        return QCoreApplication::translate("ra::Settings", "hours sales has to accept an MQL");
    if (key == QLatin1String("feedback_days"))
        return QCoreApplication::translate("ra::Settings", "days sales has to give an accepted lead an outcome");
    if (key == QLatin1String("influence_days"))
        return QCoreApplication::translate("ra::Settings", "days a marketing touch influences a won deal");
    if (key == QLatin1String("gross_margin"))
        return QCoreApplication::translate("ra::Settings", "gross margin used by CLV and payback (0..1)");
    if (key == QLatin1String("stall_days"))
        return QCoreApplication::translate("ra::Settings", "days without progress before a lead counts as stalled");
    if (key == QLatin1String("reentry_days"))
        return QCoreApplication::translate("ra::Settings", "days within which a sales lead re-enters a marketing lead");
    if (key == QLatin1String("low_utilisation"))
        return QCoreApplication::translate("ra::Settings", "seat utilisation below which an account is at risk (0..1)");
    if (key == QLatin1String("usage_drop"))
        return QCoreApplication::translate("ra::Settings",
                                           "fall in active users over three months that is a risk signal (0..1)");
    if (key == QLatin1String("health_window_days"))
        return QCoreApplication::translate("ra::Settings",
                                           "days back from a month's end that detractors and poor tickets count");
    if (key == QLatin1String("open_ticket_days"))
        return QCoreApplication::translate("ra::Settings", "days a ticket may stay open before it is a risk signal");
    if (key == QLatin1String("risk_signals"))
        return QCoreApplication::translate("ra::Settings",
                                           "how many of the five risk signals put an account at risk (1..5)");
    return {};
}

QString Settings::get(const QString &key) const
{
    if (key == QLatin1String("currency")) return currency;
    if (key == QLatin1String("sla_hours")) return QString::number(slaHours);
    if (key == QLatin1String("feedback_days")) return QString::number(feedbackDays);
    if (key == QLatin1String("influence_days")) return QString::number(influenceDays);
    if (key == QLatin1String("gross_margin")) return QString::number(grossMargin, 'g', 12);
    if (key == QLatin1String("stall_days")) return QString::number(stallDays);
    if (key == QLatin1String("reentry_days")) return QString::number(reentryDays);
    if (key == QLatin1String("low_utilisation")) return QString::number(lowUtilisation, 'g', 12);
    if (key == QLatin1String("usage_drop")) return QString::number(usageDrop, 'g', 12);
    if (key == QLatin1String("health_window_days")) return QString::number(healthWindowDays);
    if (key == QLatin1String("open_ticket_days")) return QString::number(openTicketDays);
    if (key == QLatin1String("risk_signals")) return QString::number(riskSignals);
    return {};
}

Status Settings::set(const QString &key, const QString &value)
{
    auto whole = [&](int &field, int min, int max) -> Status {
        Result<int> r = parseWhole(key, value, min, max);
        if (!r)
            return r.error();
        field = *r;
        return {};
    };
    if (key == QLatin1String("currency")) {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        const QString v = value.trimmed().toUpper();
        if (!code.match(v).hasMatch())
            return makeError(
                ErrorCode::Validation,
                QCoreApplication::translate(
                    "ra::Settings", "currency must be a three-letter ISO 4217 code such as EUR or USD, not '%1'")
                    .arg(value));
        currency = v;
        return {};
    }
    if (key == QLatin1String("sla_hours")) return whole(slaHours, 1, 24 * 365);
    if (key == QLatin1String("feedback_days")) return whole(feedbackDays, 1, 3650);
    if (key == QLatin1String("influence_days")) return whole(influenceDays, 0, 3650);
    if (key == QLatin1String("stall_days")) return whole(stallDays, 1, 3650);
    if (key == QLatin1String("reentry_days")) return whole(reentryDays, 1, 3650);
    if (key == QLatin1String("health_window_days")) return whole(healthWindowDays, 1, 3650);
    if (key == QLatin1String("open_ticket_days")) return whole(openTicketDays, 0, 3650);
    if (key == QLatin1String("risk_signals")) return whole(riskSignals, 1, 5);
    if (key == QLatin1String("low_utilisation") || key == QLatin1String("usage_drop")) {
        bool ok = false;
        const double v = value.trimmed().toDouble(&ok);
        if (!ok || !(v >= 0.0) || v > 1.0)
            return makeError(ErrorCode::Validation,
                             QCoreApplication::translate(
                                 "ra::Settings", "%1 must be a number from 0 to 1 (a share, e.g. 0.4), not '%2'")
                                 .arg(key, value));
        (key == QLatin1String("usage_drop") ? usageDrop : lowUtilisation) = v;
        return {};
    }
    if (key == QLatin1String("gross_margin")) {
        bool ok = false;
        const double v = value.trimmed().toDouble(&ok);
        if (!ok || !(v > 0.0) || v > 1.0)
            return makeError(ErrorCode::Validation,
                             QCoreApplication::translate(
                                 "ra::Settings", "gross_margin must be a number greater than 0 and at most 1, not '%1'")
                                 .arg(value));
        grossMargin = v;
        return {};
    }
    return makeError(ErrorCode::Usage,
                     QCoreApplication::translate("ra::Settings", "unknown setting '%1'; the settings are: %2")
                         .arg(key, keys().join(QStringLiteral(", "))));
}

} // namespace ra

#pragma once
// The store's settings (docs/kpi-definitions.md defaults). Stored as key/value text in the
// settings table; a missing key means the default.
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace ra {

struct Settings {
    QString currency = QStringLiteral("EUR");
    int slaHours = 12;
    int feedbackDays = 30;
    int influenceDays = 365;
    double grossMargin = 0.80;
    int stallDays = 30;
    int reentryDays = 90;
    // Account health (kpis.md "Expansion and account health").
    double lowUtilisation = 0.40;
    double usageDrop = 0.30;
    int healthWindowDays = 90;
    int openTicketDays = 14;
    int riskSignals = 2;
    // Whether the leads' sal_at records the sales-accepted stage. A CRM without
    // that stage (HubSpot) leaves it empty; the SLA keys are then null, not 0
    // (docs/decisions/sal-stage.md).
    bool salStageTracked = true;

    static QStringList keys(); // currency, sla_hours, ...
    // Validates and applies one key=value; unknown key or bad value = error.
    Status set(const QString &key, const QString &value);
    QString get(const QString &key) const; // empty for an unknown key
    static QString describe(const QString &key);
};

} // namespace ra

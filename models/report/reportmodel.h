#pragma once
// The content of the weekly stand-up PDF, without any drawing: which KPIs the
// scorecard shows per group, the texts of every cell, the persona table and
// its movers, the notes. Built from the engine in ra_core so that it can be
// computed off the UI thread and tested without Qt Widgets; the renderer in
// ui/report only lays this out on pages.
#include "kpi/kpiengine.h"
#include "report/kpiformat.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ra {

enum class ReportCompare { Previous, Target };

struct ReportRequest {
    Period period;
    KpiFilters filters;
    std::optional<qint64> asOf;          // unset = the engine's default as_of
    QString storeName;                    // shown in the header (the store file's base name)
    ReportCompare compare = ReportCompare::Previous;
    QStringList dataQualityWarnings;      // from the data-quality service, one line each
};

struct ScorecardRow {
    KpiId kpi = KpiId::LeadsCreated;
    QString label;
    QString value;
    QString previous;
    QString change;        // vs previous, or vs target when comparing to target
    ChangeDirection direction = ChangeDirection::Unknown;
    bool up = false;       // the value is above what it is compared with (arrow direction)
    QString target;        // "—" without a target row
    QString status;        // "On track", "Behind", "—"
    TargetStatus targetStatus = TargetStatus::NoValue;
    bool hasTarget = false;
};

struct ScorecardGroup {
    KpiGroup group = KpiGroup::Marketing;
    QString title;
    std::vector<ScorecardRow> rows;
};

// One persona of the breakdown: cells in the order of ReportContent::personaColumns.
struct PersonaRow {
    QString persona;
    QStringList cells;
    std::optional<double> bookings;         // cents, this period
    std::optional<double> previousBookings; // cents, previous period
};

// A persona whose bookings moved most against the previous period.
struct PersonaMover {
    QString persona;
    double bookingsChange = 0;  // cents, current − previous (null counted as 0)
    QString bookingsText;       // "€12,345 (was €8,000)"
    QString changeText;         // "+€4,345"
    QString conversionText;     // MQL → SAL now and its change, for context
};

constexpr int kReportTopGaps = 6;     // white-space gaps listed on the page
constexpr int kReportAtRiskRows = 14; // at-risk accounts listed on the page

struct ReportContent {
    // Header
    QString storeName;
    QString periodLabel;      // "November 2026"
    QString periodRange;      // "2026-11-01 – 2026-11-30"
    QString previousLabel;    // "October 2026"
    QString asOfText;         // "2026-11-20T17:03:00Z"
    QString filtersText;      // "All data" or "Persona: CFO · Segment: Enterprise"
    QString currency;
    ReportCompare compare = ReportCompare::Previous;

    KpiReport report;         // the period's values, previous values, targets

    std::vector<ScorecardGroup> scorecard;

    // Charts: 12 months ending with the month that holds the period's last day.
    TrendSeries monthly;
    std::vector<CohortRow> cohorts; // the last 12 acquisition months
    double grossMargin = 0.8;
    int slaHours = 12;

    // Page 2–4 figure strips: label → formatted value of the period.
    std::vector<std::pair<QString, QString>> revenueFigures;
    std::vector<std::pair<QString, QString>> retentionFigures;
    std::vector<std::pair<QString, QString>> funnelFigures;

    std::vector<BreakdownRow> personaBreakdown;         // this period, for the chart
    std::vector<BreakdownRow> previousPersonaBreakdown; // the previous period
    QStringList personaColumns;
    std::vector<PersonaRow> personas;
    std::vector<PersonaMover> bestMovers;  // up to 3, largest increase first
    std::vector<PersonaMover> worstMovers; // up to 3, largest decrease first

    // The "Existing customers" page: usage, white space and the accounts at
    // risk at the period's last month (the lists of revalign health and
    // revalign whitespace), every text already formatted.
    bool healthDefined = false;            // false: a channel filter or a period that is not whole months
    QString healthMonth;                   // the month the lists are taken at
    std::vector<std::pair<QString, QString>> usageFigures;
    std::vector<std::pair<QString, QString>> expansionFigures;
    std::vector<std::pair<QString, QString>> riskFigures;
    QStringList gapColumns;                // account, persona, segment, product, potential MRR, peers
    std::vector<QStringList> topGaps;      // largest potential first, at most kReportTopGaps
    qsizetype gapsTotal = 0;
    QStringList riskColumns;               // account, persona, segment, MRR, signals, evidence
    std::vector<QStringList> atRisk;       // worst first, at most kReportAtRiskRows
    qsizetype atRiskTotal = 0;
    QString liftSentence;                  // "Accounts flagged at risk churned 3.1× as often …"
    QString liftMethod;                    // the months and counts behind it

    std::vector<KpiId> kpisUsed;           // every KPI shown anywhere, for the definitions
    QStringList nullNotes;                 // "CAC — not defined under a persona filter"
    QStringList dataQualityWarnings;

    QString footerText() const;            // "RevAlign · <store> · November 2026"
};

// The KPIs of the scorecard per group, in display order (a curated set: the
// shared KPIs the stand-up looks at; targeted KPIs are added on top).
const std::vector<KpiId> &scorecardKpis();

// Computes everything the report shows. Pure CPU work on the engine's
// in-memory snapshot: safe to call from a worker thread.
ReportContent buildReportContent(const KpiEngine &engine, const ReportRequest &request);

// Movers of kpis between two breakdowns, by the change in bookings.total
// (null = 0): best = largest increases (> 0), worst = largest decreases (< 0).
void computeMovers(const std::vector<BreakdownRow> &current, const std::vector<BreakdownRow> &previous,
                   const QString &currency, std::vector<PersonaMover> &best, std::vector<PersonaMover> &worst,
                   int count = 3);

} // namespace ra

#include "report/reportmodel.h"

#include "report/healthreport.h"

#include "domain/calendar.h"
#include "domain/language.h"
#include "domain/values.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace ra {
namespace {

QString mediumDate(boost::gregorian::date d)
{
    return formatMediumDate(toQDate(d));
}

QString statusText(TargetStatus s)
{
    switch (s) {
    case TargetStatus::OnTrack: return QCoreApplication::translate("ra::Report", "On track");
    case TargetStatus::Behind: return QCoreApplication::translate("ra::Report", "Behind");
    case TargetStatus::NoValue: break;
    }
    return QStringLiteral("—");
}

// When comparing with a target, "better" is the target's rule, not the
// change-colouring rule (e.g. deals lost: fewer is better, but no target rule).
ChangeDirection directionVsTarget(KpiId id, std::optional<double> actual, double target)
{
    if (!actual)
        return ChangeDirection::Unknown;
    if (*actual == target)
        return ChangeDirection::Same;
    const bool above = *actual > target;
    return above != kpiInfo(id).targetLowerIsBetter ? ChangeDirection::Better : ChangeDirection::Worse;
}

ScorecardRow makeRow(KpiId id, const KpiReport &r, const QString &currency, ReportCompare compare)
{
    ScorecardRow row;
    row.kpi = id;
    row.label = kpiLabel(id);
    const auto cur = r.current.value(id);
    const auto prev = r.previous.value(id);
    row.value = formatKpiValue(id, cur, currency);
    row.previous = formatKpiValue(id, prev, currency);
    row.target = QStringLiteral("—");
    row.status = QStringLiteral("—");
    const TargetResult *t = r.targetFor(id);
    std::optional<double> target;
    if (t) {
        row.hasTarget = true;
        target = t->value;
        row.target = formatKpiValue(id, target, currency);
        row.targetStatus = t->status;
        row.status = statusText(t->status);
    }
    if (compare == ReportCompare::Target) {
        row.change = target ? formatKpiChange(id, cur, target) : QStringLiteral("—");
        row.direction = target ? directionVsTarget(id, cur, *target) : ChangeDirection::Unknown;
        row.up = cur && target && *cur > *target;
    } else {
        row.change = formatKpiChange(id, cur, prev);
        row.direction = changeDirection(id, cur, prev);
        row.up = cur && prev && *cur > *prev;
    }
    return row;
}

QString moneyText(std::optional<double> cents, const QString &currency)
{
    return cents ? formatMoneyAmount(*cents, currency, MoneyPrecision::Whole) : QStringLiteral("—");
}

QString signedMoney(double cents, const QString &currency)
{
    const QString abs = moneyText(std::abs(cents), currency);
    if (cents > 0)
        return QLatin1Char('+') + abs;
    if (cents < 0)
        return QStringLiteral("−") + abs;
    return abs;
}

void addFigure(std::vector<std::pair<QString, QString>> &out, KpiId id, const KpiReport &r, const QString &currency,
               std::vector<KpiId> &ids)
{
    ids.push_back(id);
    out.emplace_back(kpiLabel(id), formatKpiValue(id, r.current.value(id), currency));
}

// Names the dimension too: "CFO" alone does not say it is a persona.
QString describeFilters(const KpiFilters &f)
{
    QStringList parts;
    if (f.persona)
        parts << QCoreApplication::translate("ra::Report", "Persona: %1").arg(f.persona->trimmed());
    if (f.segment)
        parts << QCoreApplication::translate("ra::Report", "Segment: %1").arg(f.segment->trimmed());
    if (f.channel)
        parts << QCoreApplication::translate("ra::Report", "Channel: %1").arg(f.channel->trimmed());
    return parts.isEmpty() ? QCoreApplication::translate("ra::Report", "All data") : parts.join(QStringLiteral(" · "));
}

} // namespace

const std::vector<KpiId> &scorecardKpis()
{
    using K = KpiId;
    static const std::vector<KpiId> kpis = {
        // Marketing
        K::LeadsCreated, K::LeadsMql, K::ConvMqlToSal, K::ConvMqlToSql, K::BookingsMarketingSourcedShare,
        K::BookingsMarketingInfluencedShare, K::Cac,
        // Sales
        K::LeadsSal, K::LeadsSql, K::ConvSqlToWon, K::SlaCompliance, K::SlaAcceptanceMedianHours,
        K::OppsPipelineCreated, K::OppsWinRate, K::BookingsTotal, K::OppsCycleMedianDays,
        // Service
        K::TicketsOpened, K::TicketsResolutionMedianHours, K::Csat, K::Nps,
        // Revenue
        K::MrrEnd, K::BookingsNewBusiness, K::BookingsExistingBusiness, K::BookingsExistingShare, K::Arpa,
        K::CustomersEnd,
        // Retention
        K::ChurnLogoRate, K::ChurnGrossRevenueRate, K::Nrr, K::Grr, K::Clv, K::ClvToCac, K::CacPaybackMonths,
        // Alignment
        K::LeadsStalled, K::LeadsReentered, K::BookingsReentered, K::SurveyScore, K::SurveyGap,
    };
    return kpis;
}

QString ReportContent::footerText() const
{
    return QStringLiteral("RevAlign · %1 · %2 · %3").arg(storeName, periodLabel, periodRange);
}

void computeMovers(const std::vector<BreakdownRow> &current, const std::vector<BreakdownRow> &previous,
                   const QString &currency, std::vector<PersonaMover> &best, std::vector<PersonaMover> &worst,
                   int count)
{
    best.clear();
    worst.clear();
    std::vector<PersonaMover> all;
    for (const BreakdownRow &row : current) {
        const auto cur = row.kpis.value(KpiId::BookingsTotal);
        std::optional<double> prev;
        std::optional<double> prevConv;
        for (const BreakdownRow &p : previous) {
            if (p.value == row.value) {
                prev = p.kpis.value(KpiId::BookingsTotal);
                prevConv = p.kpis.value(KpiId::ConvMqlToSal);
                break;
            }
        }
        PersonaMover m;
        m.persona = row.value;
        m.bookingsChange = cur.value_or(0) - prev.value_or(0);
        m.bookingsText =
            QCoreApplication::translate("ra::Report", "%1 (was %2)").arg(moneyText(cur, currency), moneyText(prev, currency));
        m.changeText = signedMoney(m.bookingsChange, currency);
        const auto conv = row.kpis.value(KpiId::ConvMqlToSal);
        m.conversionText = QCoreApplication::translate("ra::Report", "MQL → SAL %1 (%2)")
                               .arg(formatKpiValue(KpiId::ConvMqlToSal, conv, currency),
                                    formatKpiChange(KpiId::ConvMqlToSal, conv, prevConv));
        all.push_back(m);
    }
    // Ties by name so that the report is deterministic.
    std::sort(all.begin(), all.end(), [](const PersonaMover &a, const PersonaMover &b) {
        return a.bookingsChange != b.bookingsChange ? a.bookingsChange > b.bookingsChange : a.persona < b.persona;
    });
    for (const PersonaMover &m : all)
        if (m.bookingsChange > 0 && int(best.size()) < count)
            best.push_back(m);
    std::sort(all.begin(), all.end(), [](const PersonaMover &a, const PersonaMover &b) {
        return a.bookingsChange != b.bookingsChange ? a.bookingsChange < b.bookingsChange : a.persona < b.persona;
    });
    for (const PersonaMover &m : all)
        if (m.bookingsChange < 0 && int(worst.size()) < count)
            worst.push_back(m);
}

namespace {

using K = KpiId;

// Period, store and filter texts, and the report's own KPIs.
void fillHeader(ReportContent &c, const KpiEngine &engine, const ReportRequest &request)
{
    c.storeName = request.storeName;
    c.currency = engine.settings().currency;
    c.compare = request.compare;
    c.grossMargin = engine.settings().grossMargin;
    c.slaHours = engine.settings().slaHours;
    c.report = engine.compute(request.period, request.filters, request.asOf);
    const KpiReport &r = c.report;
    c.periodLabel = r.period.label();
    c.periodRange = QStringLiteral("%1 – %2").arg(mediumDate(r.period.first()), mediumDate(r.period.last()));
    c.previousLabel = r.previousPeriod.label();
    c.asOfText = r.asOf > 0 ? formatDateTimeUtc(r.asOf)
                            : QCoreApplication::translate("ra::Report", "— (the store has no events yet)");
    c.filtersText = describeFilters(request.filters);
}

// The curated set plus every KPI with a target this period; returns the KPIs shown.
QSet<int> fillScorecard(ReportContent &c)
{
    const KpiReport &r = c.report;
    QSet<int> shown;
    for (KpiId id : scorecardKpis())
        shown.insert(int(id));
    for (const TargetResult &t : r.targets)
        shown.insert(int(t.kpi));
    for (int g = int(KpiGroup::Marketing); g <= int(KpiGroup::Customers); ++g) {
        ScorecardGroup group;
        group.group = KpiGroup(g);
        group.title = kpiGroupName(group.group);
        // Catalog order within a group keeps related KPIs together.
        for (const KpiInfo &info : kpiCatalog()) {
            if (int(info.group) == g && shown.contains(int(info.id)))
                group.rows.push_back(makeRow(info.id, r, c.currency, c.compare));
        }
        if (!group.rows.empty())
            c.scorecard.push_back(std::move(group));
    }
    return shown;
}

// The charts' data: one trend call for all of them, and the cohorts. The
// trends end with the period's last month, or with as_of's month when the
// period runs past it (a year report in November has no December yet).
void fillTrends(ReportContent &c, const KpiEngine &engine, const KpiFilters &filters)
{
    const KpiReport &r = c.report;
    boost::gregorian::date trendEnd = r.period.last();
    if (r.asOf > 0 && r.asOf < r.period.endEpoch()) {
        const boost::gregorian::date asOfDay = dateOf(r.asOf);
        if (asOfDay >= r.period.first())
            trendEnd = asOfDay;
    }
    const Period trendPeriod = Period::containing(Period::Kind::Month, trendEnd);
    c.monthly = engine.trend(Period::Kind::Month, 12, trendPeriod, filters, r.asOf);
    const int lastMonth = trendPeriod.firstMonth();
    c.cohorts = engine.cohorts(monthFromIndex(monthIndex(lastMonth) - 11), filters, r.asOf);
    // Accounts acquired after the period are news for the next report.
    std::erase_if(c.cohorts, [lastMonth](const CohortRow &row) { return row.month > lastMonth; });
}

// The figures beside the charts; figureKpis collects every KPI they show.
void fillFigures(ReportContent &c, std::vector<KpiId> &figureKpis)
{
    const KpiReport &r = c.report;
    const QString &currency = c.currency;
    for (K id : {K::MrrEnd, K::MrrNew, K::MrrExpansion, K::MrrReactivation, K::MrrContraction, K::MrrChurned,
                 K::BookingsNewBusiness, K::BookingsExistingBusiness, K::BookingsExistingShare})
        addFigure(c.revenueFigures, id, r, currency, figureKpis);
    addFigure(c.revenueFigures, K::Arpa, r, currency, figureKpis);
    c.revenueFigures.back().first = QCoreApplication::translate("ra::Report", "ARPA = RPU");
    const auto arpa = r.current.value(K::Arpa);
    c.revenueFigures.emplace_back(
        QCoreApplication::translate("ra::Report", "PPU (ARPA × %1 margin)").arg(formatPercent(c.grossMargin, 0)),
        formatKpiValue(K::Arpa, arpa ? std::optional<double>(*arpa * c.grossMargin) : std::nullopt, currency));
    for (K id : {K::ChurnLogoRate, K::ChurnGrossRevenueRate, K::Nrr, K::Grr, K::ChurnMonthlyAvg12m, K::Clv, K::Cac,
                 K::ClvToCac, K::CacPaybackMonths})
        addFigure(c.retentionFigures, id, r, currency, figureKpis);
    for (K id : {K::LeadsCreated, K::LeadsMql, K::LeadsSal, K::LeadsSql, K::OppsWon, K::ConvMqlToSal,
                 K::ConvSalToSql, K::ConvSqlToWon, K::SlaCompliance, K::SlaAcceptanceMedianHours, K::SlaBreached,
                 K::SlaFeedbackRate, K::LeadsStalled, K::LeadsReentered, K::BookingsReentered})
        addFigure(c.funnelFigures, id, r, currency, figureKpis);
    for (K id : {K::ProductsPerCustomer, K::ProductsMultiShare, K::UsageActiveShare, K::UsageSeatUtilisation})
        addFigure(c.usageFigures, id, r, currency, figureKpis);
    for (K id : {K::WhitespaceGaps, K::WhitespacePotentialMrr})
        addFigure(c.expansionFigures, id, r, currency, figureKpis);
    for (K id : {K::HealthAtRisk, K::HealthAtRiskMrr, K::HealthAtRiskShare, K::HealthRiskLift})
        addFigure(c.riskFigures, id, r, currency, figureKpis);
}

// This period's persona breakdown, and the previous one for the movers.
void fillPersonas(ReportContent &c, const KpiEngine &engine, const KpiFilters &filters)
{
    const KpiReport &r = c.report;
    c.personaColumns = {QCoreApplication::translate("ra::Report", "Persona"),
                        QCoreApplication::translate("ra::Report", "Leads"),
                        QCoreApplication::translate("ra::Report", "MQLs"),
                        kpiLabel(KpiId::ConvMqlToSal),
                        kpiLabel(KpiId::ConvSqlToWon),
                        kpiLabel(KpiId::OppsWinRate),
                        kpiLabel(KpiId::BookingsTotal),
                        QCoreApplication::translate("ra::Report", "vs previous"),
                        kpiLabel(KpiId::MrrEnd),
                        kpiLabel(KpiId::ChurnLogoRate)};
    const auto current = engine.breakdown(r.period, Dimension::Persona, filters, r.asOf);
    const auto previous = engine.breakdown(r.previousPeriod, Dimension::Persona, filters, r.asOf);
    for (const BreakdownRow &row : current) {
        PersonaRow p;
        p.persona = row.value;
        p.bookings = row.kpis.value(K::BookingsTotal);
        for (const BreakdownRow &prev : previous)
            if (prev.value == row.value)
                p.previousBookings = prev.kpis.value(K::BookingsTotal);
        p.cells << p.persona;
        for (K id : {K::LeadsCreated, K::LeadsMql, K::ConvMqlToSal, K::ConvSqlToWon, K::OppsWinRate, K::BookingsTotal})
            p.cells << formatKpiValue(id, row.kpis.value(id), c.currency);
        p.cells << formatKpiChange(K::BookingsTotal, p.bookings, p.previousBookings);
        for (K id : {K::MrrEnd, K::ChurnLogoRate})
            p.cells << formatKpiValue(id, row.kpis.value(id), c.currency);
        c.personas.push_back(std::move(p));
    }
    computeMovers(current, previous, c.currency, c.bestMovers, c.worstMovers);
    c.personaBreakdown = current;
    c.previousPersonaBreakdown = previous;
}

QString segmentText(const QString &s)
{
    return s.isEmpty() ? QCoreApplication::translate("ra::Report", "(no segment)") : s;
}

// Existing customers: the lists behind the keys at the period's last month,
// when health is defined (whole months, no channel filter).
void fillCustomers(ReportContent &c, const KpiEngine &engine, const KpiFilters &filters)
{
    const KpiReport &r = c.report;
    c.gapColumns = {QCoreApplication::translate("ra::Report", "Account"),
                    QCoreApplication::translate("ra::Report", "Persona"),
                    QCoreApplication::translate("ra::Report", "Segment"),
                    QCoreApplication::translate("ra::Report", "Product"),
                    QCoreApplication::translate("ra::Report", "Potential MRR"),
                    QCoreApplication::translate("ra::Report", "Peers with it")};
    c.riskColumns = {QCoreApplication::translate("ra::Report", "Account"),
                     QCoreApplication::translate("ra::Report", "Persona"),
                     QCoreApplication::translate("ra::Report", "Segment"),
                     QCoreApplication::translate("ra::Report", "MRR"),
                     QCoreApplication::translate("ra::Report", "Signals"),
                     QCoreApplication::translate("ra::Report", "Evidence")};
    if (!r.period.isWholeMonths() || filters.channel)
        return;
    const HealthList health = engine.health(r.period, filters, r.asOf);
    const WhitespaceTable space = engine.whitespace(r.period, filters, r.asOf);
    c.healthDefined = health.defined;
    if (health.month)
        c.healthMonth = formatMonth(health.month);
    for (const AtRiskAccount &a : health.accounts) {
        if (int(c.atRisk.size()) >= kReportAtRiskRows)
            break;
        c.atRisk.push_back({a.account, a.persona, segmentText(a.segment),
                            formatMoneyAmount(double(a.evidence.mrrNow), c.currency, MoneyPrecision::Cents),
                            signalNames(a.evidence.signals), evidenceText(a.evidence, c.currency)});
    }
    c.atRiskTotal = qsizetype(health.accounts.size());
    if (health.defined) {
        c.liftSentence = liftSentence(health.lift);
        c.liftMethod = liftMethod(health.lift);
    }
    for (const WhitespaceGap &g : space.gaps) {
        if (int(c.topGaps.size()) >= kReportTopGaps)
            break;
        c.topGaps.push_back({g.account, g.persona, segmentText(g.segment), g.product,
                             formatKpiValue(K::WhitespacePotentialMrr, g.potentialMrr, c.currency),
                             formatKpiValue(K::WhitespaceGaps, double(g.peers), QString())});
    }
    c.gapsTotal = qsizetype(space.gaps.size());
}

// Notes: definitions of everything shown, and why shown values are empty.
void fillNotes(ReportContent &c, QSet<int> used, const std::vector<KpiId> &figureKpis)
{
    for (K id : figureKpis)
        used.insert(int(id));
    for (const KpiInfo &info : kpiCatalog()) {
        if (!used.contains(int(info.id)))
            continue;
        c.kpisUsed.push_back(info.id);
        if (!c.report.current.value(info.id))
            c.nullNotes << QStringLiteral("%1 — %2").arg(kpiLabel(info.id),
                                                         nullReasonText(info.id, c.report.current.nullReason(info.id)));
    }
}

} // namespace

ReportContent buildReportContent(const KpiEngine &engine, const ReportRequest &request)
{
    ReportContent c;
    fillHeader(c, engine, request);
    const QSet<int> shown = fillScorecard(c);
    fillTrends(c, engine, request.filters);
    std::vector<KpiId> figureKpis;
    fillFigures(c, figureKpis);
    fillPersonas(c, engine, request.filters);
    fillCustomers(c, engine, request.filters);
    fillNotes(c, shown, figureKpis);
    c.dataQualityWarnings = request.dataQualityWarnings;
    return c;
}

} // namespace ra

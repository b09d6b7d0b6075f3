#include "report/healthreport.h"

#include "csv/csvsafety.h"
#include "domain/values.h"
#include "report/kpiformat.h"
#include "report/kpijson.h"
#include "report/kpitable.h"

#include <QCoreApplication>

namespace ra {
namespace {

// One account's MRR as imported, to the cent; figures over many accounts in whole units.
QString accountMrr(qint64 cents, const QString &currency)
{
    return formatMoneyAmount(double(cents), currency, MoneyPrecision::Cents);
}
QString estimate(double cents, const QString &currency)
{
    return formatMoneyAmount(cents, currency, MoneyPrecision::Whole);
}
QString share(double v) { return formatKpiValue(KpiId::UsageSeatUtilisation, v, QString()); }
QString count(qint64 n) { return formatKpiValue(KpiId::HealthAtRisk, double(n), QString()); }
QString major(double cents) { return jsonMoney(cents); }
QString jsonOpt(const std::optional<double> &v) { return v ? jsonNumber(*v) : QStringLiteral("null"); }
QString segmentText(const QString &s) { return s.isEmpty() ? QCoreApplication::translate("ra::HealthReport", "(no segment)") : s; }

QString liftText(const RiskLift &l, bool translated);

QString liftJson(const RiskLift &l)
{
    return QStringLiteral("{\"value\": %1, \"months\": %2, \"first_month\": %3, \"last_month\": %4,\n"
                          "    \"flagged\": %5, \"flagged_churned\": %6, \"others\": %7, \"others_churned\": %8,\n"
                          "    \"sentence\": %9}")
        .arg(jsonOpt(l.lift), QString::number(l.months),
             l.firstMonth ? jsonString(formatMonth(l.firstMonth)) : QStringLiteral("null"),
             l.lastMonth ? jsonString(formatMonth(l.lastMonth)) : QStringLiteral("null"), QString::number(l.flagged),
             QString::number(l.flaggedChurned), QString::number(l.others), QString::number(l.othersChurned),
             jsonString(liftText(l, false)));
}

QString header(const Period &period, qint64 asOf, const KpiFilters &filters, int month)
{
    return QStringLiteral("  \"period\": %1,\n  \"as_of\": %2,\n  \"filters\": %3,\n  \"month\": %4,\n")
        .arg(periodJson(period), jsonString(formatTimestamp(asOf)), filtersJson(filters),
             month ? jsonString(formatMonth(month)) : QStringLiteral("null"));
}

QString csvLine(const QStringList &cells) { return spreadsheetCsvLine(cells); }

size_t shownGaps(const WhitespaceTable &t, int topGaps)
{
    return topGaps < 0 ? t.gaps.size() : std::min(t.gaps.size(), size_t(topGaps));
}

} // namespace

namespace {

// The source text in JSON (machine output does not depend on the language),
// translated for people.
QString liftText(const RiskLift &l, bool translated)
{
    auto say = [translated](const char *source) {
        return translated ? QCoreApplication::translate("ra::HealthReport", source) : QString::fromUtf8(source);
    };
    if (!l.lift) {
        if (l.flagged == 0)
            return say(QT_TRANSLATE_NOOP("ra::HealthReport", "No account was flagged at risk in the twelve months before, "
                                                             "so the warning cannot be measured yet."));
        return say(QT_TRANSLATE_NOOP("ra::HealthReport", "None of the accounts that were not flagged churned in the twelve "
                                                         "months before, so the warning cannot be compared yet."));
    }
    return say(QT_TRANSLATE_NOOP("ra::HealthReport",
                                 "Accounts flagged at risk churned %1 as often as the others in the last twelve months."))
        .arg(formatKpiValue(KpiId::HealthRiskLift, l.lift, QString()));
}

} // namespace

QString liftSentence(const RiskLift &l) { return liftText(l, true); }

QString liftMethod(const RiskLift &l)
{
    if (l.months == 0)
        return QCoreApplication::translate("ra::HealthReport", "No month is known three months on yet.");
    return QCoreApplication::translate("ra::HealthReport", "Months %1 to %2, each checked three months on: %3 of %4 flagged accounts churned (%5), "
                          "%6 of %7 others (%8).")
        .arg(formatMonth(l.firstMonth), formatMonth(l.lastMonth), count(l.flaggedChurned), count(l.flagged),
             l.flagged ? share(double(l.flaggedChurned) / double(l.flagged)) : QStringLiteral("—"),
             count(l.othersChurned), count(l.others),
             l.others ? share(double(l.othersChurned) / double(l.others)) : QStringLiteral("—"));
}

QString signalNames(unsigned signals)
{
    QStringList names;
    for (int i = 0; i < kRiskSignalCount; ++i)
        if (signals & (1u << i))
            names << riskSignalName(i);
    return names.join(QStringLiteral(", "));
}

QString evidenceText(const RiskEvidence &e, const QString &currency)
{
    QStringList parts;
    if (e.signals & kSignalLowUtilisation)
        parts << QCoreApplication::translate("ra::HealthReport", "%1 of %2 seats used (%3)").arg(count(e.seatUsers), count(e.seats), share(*e.utilisation()));
    if (e.signals & kSignalUsageDrop)
        parts << QCoreApplication::translate("ra::HealthReport", "active users %1 → %2 in three months").arg(count(e.usersThen), count(e.usersNow));
    if (e.signals & kSignalDetractor)
        parts << QCoreApplication::translate("ra::HealthReport", "NPS %1 on %2").arg(e.detractorScore).arg(formatDate(e.detractorOn));
    if (e.signals & kSignalPoorService)
        parts << (e.ticketCsat == 0 ? QCoreApplication::translate("ra::HealthReport", "ticket open since %1").arg(formatDate(e.ticketOpened))
                                    : QCoreApplication::translate("ra::HealthReport", "ticket rated %1 on %2").arg(e.ticketCsat).arg(formatDate(e.ticketResolved)));
    if (e.signals & kSignalContraction)
        parts << QCoreApplication::translate("ra::HealthReport", "MRR %1 → %2")
                     .arg(accountMrr(e.mrrThen, currency), accountMrr(e.mrrNow, currency));
    return parts.join(QStringLiteral(" · "));
}

QString healthJson(const HealthList &list, const Period &period, qint64 asOf, const KpiFilters &filters)
{
    QStringList items;
    for (const AtRiskAccount &a : list.accounts) {
        const RiskEvidence &e = a.evidence;
        QStringList sig;
        for (int i = 0; i < kRiskSignalCount; ++i)
            if (e.signals & (1u << i))
                sig << jsonString(riskSignalKey(i));
        items << QStringLiteral(
                     "    {\"account\": %1, \"persona\": %2, \"segment\": %3, \"mrr\": %4, \"signals\": [%5],\n"
                     "     \"evidence\": {\"utilisation\": %6, \"seats\": %7, \"seat_users\": %8, \"users_then\": %9, "
                     "\"users_now\": %10,\n       \"mrr_then\": %11, \"detractor_score\": %12, \"detractor_on\": %13, "
                     "\"ticket_opened\": %14, \"ticket_resolved\": %15, \"ticket_csat\": %16}}")
                     .arg(jsonString(a.account), jsonString(a.persona),
                          a.segment.isEmpty() ? QStringLiteral("null") : jsonString(a.segment), major(double(e.mrrNow)),
                          sig.join(QStringLiteral(", ")), jsonOpt(e.utilisation()),
                          e.seats < 0 ? QStringLiteral("null") : QString::number(e.seats), QString::number(e.seatUsers),
                          QString::number(e.usersThen))
                     .arg(QString::number(e.usersNow), major(double(e.mrrThen)),
                          e.detractorScore < 0 ? QStringLiteral("null") : QString::number(e.detractorScore),
                          e.detractorScore < 0 ? QStringLiteral("null") : jsonString(formatDate(e.detractorOn)),
                          (e.signals & kSignalPoorService) ? jsonString(formatTimestamp(e.ticketOpened)) : QStringLiteral("null"),
                          (e.signals & kSignalPoorService) && e.ticketCsat ? jsonString(formatTimestamp(e.ticketResolved))
                                                                           : QStringLiteral("null"),
                          e.ticketCsat ? QString::number(e.ticketCsat) : QStringLiteral("null"));
    }
    QString out = QStringLiteral("{\n") + header(period, asOf, filters, list.month);
    out += QStringLiteral("  \"defined\": %1,\n  \"risk_signals\": %2,\n").arg(list.defined ? "true" : "false").arg(list.threshold);
    out += QStringLiteral("  \"lift\": ") + liftJson(list.lift) + QStringLiteral(",\n");
    out += QStringLiteral("  \"accounts\": [") + (items.isEmpty() ? QString() : QStringLiteral("\n") + items.join(QStringLiteral(",\n")) + QStringLiteral("\n  "))
           + QStringLiteral("]\n}");
    return out;
}

QString healthCsv(const HealthList &list)
{
    QStringList head{QStringLiteral("account"), QStringLiteral("persona"), QStringLiteral("segment"), QStringLiteral("mrr")};
    for (int i = 0; i < kRiskSignalCount; ++i)
        head << riskSignalKey(i);
    head << QStringLiteral("utilisation") << QStringLiteral("users_then") << QStringLiteral("users_now")
         << QStringLiteral("mrr_then") << QStringLiteral("detractor_score") << QStringLiteral("ticket_csat");
    QString out = csvLine(head);
    for (const AtRiskAccount &a : list.accounts) {
        const RiskEvidence &e = a.evidence;
        QStringList row{a.account, a.persona, a.segment, major(double(e.mrrNow))};
        for (int i = 0; i < kRiskSignalCount; ++i)
            row << ((e.signals & (1u << i)) ? QStringLiteral("1") : QStringLiteral("0"));
        row << (e.utilisation() ? jsonNumber(*e.utilisation()) : QString()) << QString::number(e.usersThen)
            << QString::number(e.usersNow) << major(double(e.mrrThen))
            << (e.detractorScore < 0 ? QString() : QString::number(e.detractorScore))
            << (e.ticketCsat ? QString::number(e.ticketCsat) : QString());
        out += csvLine(row);
    }
    return out;
}

QString healthTable(const HealthList &list, const QString &currency)
{
    if (!list.defined)
        return QCoreApplication::translate("ra::HealthReport", "Account health is defined for whole months (month, quarter, year) without a channel "
                              "filter, on a store with revenue.\n");
    std::vector<QStringList> rows;
    qsizetype mrrWidth = 3;
    for (const AtRiskAccount &a : list.accounts) {
        rows.push_back({a.account, a.persona, segmentText(a.segment), accountMrr(a.evidence.mrrNow, currency),
                        signalNames(a.evidence.signals), evidenceText(a.evidence, currency)});
        mrrWidth = std::max(mrrWidth, rows.back()[3].size());
    }
    for (QStringList &r : rows) // money right-aligned among left-aligned text
        r[3] = r[3].rightJustified(mrrWidth);
    QString out = QCoreApplication::translate("ra::HealthReport", "Accounts at risk in %1 (%2 or more of the five signals): %3\n\n")
                      .arg(formatMonth(list.month)).arg(list.threshold).arg(count(qint64(list.accounts.size())));
    if (!rows.empty())
        out += alignedTable({QCoreApplication::translate("ra::HealthReport", "Account"), QCoreApplication::translate("ra::HealthReport", "Persona"), QCoreApplication::translate("ra::HealthReport", "Segment"),
                             QCoreApplication::translate("ra::HealthReport", "MRR").rightJustified(mrrWidth), QCoreApplication::translate("ra::HealthReport", "Signals"),
                             QCoreApplication::translate("ra::HealthReport", "Evidence")},
                            rows, 6)
               + QLatin1Char('\n');
    out += liftSentence(list.lift) + QLatin1Char('\n') + liftMethod(list.lift) + QLatin1Char('\n');
    return out;
}

QString whitespaceJson(const WhitespaceTable &t, const Period &period, qint64 asOf, const KpiFilters &filters, int topGaps)
{
    QStringList cells, gaps;
    for (const WhitespaceCell &c : t.cells)
        cells << QStringLiteral("    {\"product\": %1, \"segment\": %2, \"accounts\": %3, \"holders\": %4, "
                                "\"adoption\": %5, \"median_mrr\": %6, \"without\": %7, \"gap_counts\": %8}")
                     .arg(jsonString(c.product), c.segment.isEmpty() ? QStringLiteral("null") : jsonString(c.segment),
                          QString::number(c.accounts), QString::number(c.holders),
                          c.accounts ? jsonNumber(c.adoption()) : QStringLiteral("null"),
                          c.medianMrr ? major(*c.medianMrr) : QStringLiteral("null"),
                          QString::number(c.accounts - c.holders), c.counts ? QStringLiteral("true") : QStringLiteral("false"));
    for (size_t i = 0; i < shownGaps(t, topGaps); ++i) {
        const WhitespaceGap &g = t.gaps[i];
        gaps << QStringLiteral("    {\"account\": %1, \"persona\": %2, \"segment\": %3, \"product\": %4, "
                               "\"potential_mrr\": %5, \"peers\": %6}")
                    .arg(jsonString(g.account), jsonString(g.persona),
                         g.segment.isEmpty() ? QStringLiteral("null") : jsonString(g.segment), jsonString(g.product),
                         major(g.potentialMrr), QString::number(g.peers));
    }
    auto array = [](const QStringList &items) {
        return QStringLiteral("[") + (items.isEmpty() ? QString() : QStringLiteral("\n") + items.join(QStringLiteral(",\n")) + QStringLiteral("\n  "))
               + QStringLiteral("]");
    };
    QString out = QStringLiteral("{\n") + header(period, asOf, filters, t.month);
    out += QStringLiteral("  \"defined\": %1,\n  \"gaps_total\": %2,\n").arg(t.defined ? "true" : "false").arg(t.gaps.size());
    out += QStringLiteral("  \"cells\": ") + array(cells) + QStringLiteral(",\n");
    out += QStringLiteral("  \"top_gaps\": ") + array(gaps) + QStringLiteral("\n}");
    return out;
}

QString whitespaceCsv(const WhitespaceTable &t, int topGaps)
{
    // Two sections in one file would not load as one table: the cells, then the gaps, each with its header.
    QString out = csvLine({QStringLiteral("record"), QStringLiteral("product"), QStringLiteral("segment"),
                           QStringLiteral("accounts"), QStringLiteral("holders"), QStringLiteral("adoption"),
                           QStringLiteral("median_mrr"), QStringLiteral("account"), QStringLiteral("potential_mrr")});
    for (const WhitespaceCell &c : t.cells)
        out += csvLine({QStringLiteral("cell"), c.product, c.segment, QString::number(c.accounts),
                        QString::number(c.holders), c.accounts ? jsonNumber(c.adoption()) : QString(),
                        c.medianMrr ? major(*c.medianMrr) : QString(), QString(), QString()});
    for (size_t i = 0; i < shownGaps(t, topGaps); ++i) {
        const WhitespaceGap &g = t.gaps[i];
        out += csvLine({QStringLiteral("gap"), g.product, g.segment, QString(), QString::number(g.peers), QString(),
                        QString(), g.account, major(g.potentialMrr)});
    }
    return out;
}

QString whitespaceText(const WhitespaceTable &t, const QString &currency, int topGaps)
{
    if (!t.defined)
        return QCoreApplication::translate("ra::HealthReport", "White space is defined for whole months (month, quarter, year) without a channel "
                              "filter, on a store with revenue.\n");
    std::vector<QStringList> rows;
    for (const WhitespaceCell &c : t.cells)
        rows.push_back({c.product, segmentText(c.segment),
                        QCoreApplication::translate("ra::HealthReport", "%1 of %2").arg(count(c.holders), count(c.accounts)),
                        c.accounts ? share(c.adoption()) : QStringLiteral("—"),
                        c.medianMrr ? estimate(*c.medianMrr, currency) : QStringLiteral("—"),
                        count(c.accounts - c.holders) + (c.counts ? QString() : QCoreApplication::translate("ra::HealthReport", " (fewer than 3 have it)"))});
    QString out = QCoreApplication::translate("ra::HealthReport", "Products × segments in %1\n\n").arg(formatMonth(t.month));
    out += alignedTable({QCoreApplication::translate("ra::HealthReport", "Product"), QCoreApplication::translate("ra::HealthReport", "Segment"), QCoreApplication::translate("ra::HealthReport", "Have it"),
                         QCoreApplication::translate("ra::HealthReport", "Adoption"), QCoreApplication::translate("ra::HealthReport", "Median MRR"), QCoreApplication::translate("ra::HealthReport", "Without it")},
                        rows, 2);
    std::vector<QStringList> gaps;
    for (size_t i = 0; i < shownGaps(t, topGaps); ++i) {
        const WhitespaceGap &g = t.gaps[i];
        gaps.push_back({g.account, g.persona, segmentText(g.segment), g.product, estimate(g.potentialMrr, currency),
                        count(g.peers)});
    }
    out += QCoreApplication::translate("ra::HealthReport", "\nTop gaps (%1 of %2)\n\n").arg(gaps.size()).arg(t.gaps.size());
    if (!gaps.empty())
        out += alignedTable({QCoreApplication::translate("ra::HealthReport", "Account"), QCoreApplication::translate("ra::HealthReport", "Persona"), QCoreApplication::translate("ra::HealthReport", "Segment"),
                             QCoreApplication::translate("ra::HealthReport", "Product"), QCoreApplication::translate("ra::HealthReport", "Potential MRR"), QCoreApplication::translate("ra::HealthReport", "Peers with it")},
                            gaps, 4);
    return out;
}

} // namespace ra

#pragma once
// The account-health lists as people and programs read them: `revalign
// health` and `revalign whitespace` (JSON, CSV, table), the Customers page
// and the PDF's "Existing customers" page share these texts. JSON and CSV
// use the units of kpis.md: money in major units, shares 0..1.
#include "kpi/accounthealth.h"
#include "kpi/kpifilters.h"

#include <QString>

namespace ra {

// "Accounts flagged at risk churned 13.4× as often as the others in the last
// twelve months." or why there is no lift yet.
QString liftSentence(const RiskLift &lift);
// How it was measured: the months and the four counts.
QString liftMethod(const RiskLift &lift);
// The evidence of the signals that fired, for people: "30% of seats used · ...".
QString evidenceText(const RiskEvidence &e, const QString &currency);
// "low utilisation, detractor"
QString signalNames(unsigned signals);

QString healthJson(const HealthList &list, const Period &period, qint64 asOf, const KpiFilters &filters);
QString healthCsv(const HealthList &list);
QString healthTable(const HealthList &list, const QString &currency);

QString whitespaceJson(const WhitespaceTable &t, const Period &period, qint64 asOf, const KpiFilters &filters,
                       int topGaps);
QString whitespaceCsv(const WhitespaceTable &t, int topGaps);
QString whitespaceText(const WhitespaceTable &t, const QString &currency, int topGaps);

} // namespace ra

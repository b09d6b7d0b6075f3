#pragma once
// The small hand-built snapshots of the KPI engine tests (tst_kpiengine,
// tst_funnelkpis, tst_recurringkpis) and their checks. Money is in cents;
// the hand arithmetic of each expected value is beside it in the tests and
// beside each row here.
#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "support/testtime.h"

#include <QMetaType>
#include <memory>
#include <optional>

// Columns of the tests' _data() tables.
Q_DECLARE_METATYPE(ra::KpiId)
Q_DECLARE_METATYPE(std::optional<double>)

namespace ra::testsupport {

using Lead = Snapshot::LeadRow;
using Opp = Snapshot::OppRow;

std::unique_ptr<KpiEngine> engine(Snapshot s, Settings settings = {});
Period period(const char *text);
// Fails the running test unless set's id is null (want null) or equals want
// within 1e-9, relative.
void expect(const KpiSet &set, KpiId id, std::optional<double> want);

// Funnel: period 2026-11, as of funnelAsOf() (2026-12-15 00:00).
Snapshot funnelScenario();
qint64 funnelAsOf();
// Bookings: period 2026-11, as of 2026-12-31.
Snapshot bookingScenario();
// Recurring revenue and spend (cents): period 2026-Q2, as of 2026-06-30.
Snapshot recurringScenario();
// Persona resolution: March revenue 1, 10, 100, 1000, 10000 tells the accounts apart.
Snapshot personaScenario();

} // namespace ra::testsupport

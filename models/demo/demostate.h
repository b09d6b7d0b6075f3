#pragma once
// Internal to the demo generator: the state its phases share while they
// stream rows into the store. Only per-account facts are kept in memory
// (a few dozen bytes each); leads, deals and revenue rows are written as they
// are drawn.
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "store/statement.h"

#include <QDate>
#include <array>
#include <memory>
#include <vector>

struct sqlite3;

namespace ra::demo {

enum Segment : quint8 { Smb, MidMarket, Enterprise };
constexpr int kPersonaCount = 6;
constexpr int kFounder = 5; // index in kPersonas
extern const std::array<const char *, kPersonaCount> kPersonas;
extern const std::array<const char *, 3> kSegments;
constexpr int kMarketingChannels = 6; // web .. event: the channels with campaigns
extern const std::array<const char *, 10> kChannels;

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;

struct MrrEvent {
    int month;          // month offset in the window
    qint64 deltaCents;  // MRR added by a deal won through the funnel
};

struct Account {
    Segment segment = Smb;
    qint8 persona = -1;      // index in kPersonas, -1 = none
    bool legacy = false;     // existed before the window
    bool salesOnly = false;  // a named account: only sales generates its leads
    int createdDay = 0;      // day offset; negative for legacy accounts
    int startMonth = -1;     // first paying month offset, -1 = not (yet) a customer
    qint64 startMrr = 0;     // cents
    int renewalPhase = 0;    // contract anniversaries fall on months ≡ this (mod 12)
    std::vector<MrrEvent> events;
};

// The window: days [0, days) starting at firstDay, months [0, months).
struct Calendar {
    QDate firstDay;
    qint64 startTs = 0;
    qint64 endTs = 0; // exclusive
    int days = 0;
    int months = 0;
    int quarters = 0;
    std::vector<int> monthOfDay;     // day offset → month offset
    std::vector<qint64> monthStart;  // month offset → epoch; months + 1 entries
    std::vector<int> yyyymm;         // month offset → yyyymm

    void build(const QDate &end);
    int dayOf(qint64 ts) const { return int((ts - startTs) / kDay); }
    int monthOfTs(qint64 ts) const;
    int quarterOfMonth(int month) const; // calendar quarter offset in the window
    qint64 dayStart(int day) const { return startTs + qint64(day) * kDay; }
};

struct Statements {
    explicit Statements(sqlite3 *db);
    Statement account, campaign, lead, touch, opportunity, revenue, spend, ticket, nps, target, survey, import;
    Status firstError() const;
};

// Monthly totals the target phase sets goals from.
struct Totals {
    std::vector<qint64> mql, bookings, mrrEnd, customersEnd, wonDeals;
    void resize(int months);
};

struct OppRow {
    int account = 0;
    std::optional<qint64> lead;  // lead number
    qint8 persona = -1;
    const char *type = "new";
    const char *source = nullptr; // nullptr = empty (the lead's source)
    qint64 amount = 0;
    qint64 createdAt = 0;
    qint64 closeAt = 0;           // when it closes; at or after the end = still open
    bool won = false;
    const char *lostReason = nullptr;
};

struct State {
    State(const DemoOptions &o, sqlite3 *db);

    DemoOptions options;
    DemoRandom rng;
    Calendar cal;
    Statements sql;
    Totals totals;
    DemoSummary summary;
    std::vector<Account> accounts;
    double scale = 1.0; // leads / 20000
    qint64 nextOpportunity = 1;
    qint64 nextTicket = 1;
    int churnSpikeFirstMonth = 0; // three months from here churn far more
};

// Reports progress (leads are the first 80 %, customers the rest) and
// answers whether the caller cancelled.
bool keepGoing(State &s, double fraction);
Status cancelledStatus();

QString accountId(int index);
QString leadId(qint64 number);
QString campaignId(const Calendar &cal, int quarter, int channel);
QString accountDomain(int index);
QString contactEmail(DemoRandom &rng, const QString &domain);

// Writes one opportunity; won deals add to the monthly bookings. Returns false
// on a database error (the statement keeps it).
bool writeOpportunity(State &s, const OppRow &row);

Status writeAccounts(State &s);
Status writeCampaigns(State &s);
Status writeLeads(State &s);     // with touches and the deals they turn into
Status writeCustomers(State &s); // revenue, renewals, expansions, tickets, NPS
Status writeSpend(State &s);
Status writeTargets(State &s);
Status writeSurvey(State &s);

} // namespace ra::demo

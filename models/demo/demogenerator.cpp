#include "demo/demogenerator.h"

#include "demo/demostate.h"
#include "domain/calendar.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ra {
namespace demo {

const std::array<const char *, kPersonaCount> kPersonas = {
    "CFO", "CTO", "IT Director", "Head of Marketing", "Operations Manager", "Founder"};
const std::array<const char *, 3> kSegments = {"SMB", "Mid-Market", "Enterprise"};
const std::array<const char *, 10> kChannels = {"web", "email", "social", "organic_search", "paid", "event",
                                                "telemarketing", "referral", "partner", "field"};

namespace {

const char *const kPrefixes[] = {"Northwind", "Blue Harbor", "Apex", "Lumen", "Granite", "Silverline", "Oakridge",
                                 "Brightwater", "Cobalt", "Evergreen", "Falcon", "Helios", "Ironbridge", "Juniper",
                                 "Keystone", "Larkspur", "Meridian", "Nimbus", "Orchard", "Pioneer", "Quartz",
                                 "Redwood", "Summit", "Tidewater", "Umbra", "Vantage", "Westgate", "Zenith"};
const char *const kSuffixes[] = {"Logistics", "Health", "Systems", "Foods", "Labs", "Finance", "Retail", "Energy",
                                 "Media", "Robotics", "Insurance", "Travel", "Manufacturing", "Analytics", "Pharma",
                                 "Mobility", "Education", "Security"};
const char *const kIndustries[] = {"Software", "Manufacturing", "Retail", "Financial Services", "Healthcare",
                                   "Logistics", "Professional Services", "Media"};
const char *const kRegions[] = {"DACH", "Nordics", "UK & Ireland", "France", "Benelux", "North America"};
const char *const kFirstNames[] = {"anna", "ben", "clara", "david", "elena", "felix", "greta", "hugo", "ines",
                                   "jonas", "karin", "lukas", "maria", "nils", "olga", "paul", "rita", "simon",
                                   "tara", "umar", "vera", "yusuf", "zoe", "amir", "bianca", "chen", "dario",
                                   "emma", "farid", "hana", "ivan", "julia", "kenji", "lina", "marco", "nora",
                                   "oscar", "priya", "rafael", "sofia"};
const char *const kLastNames[] = {"berg", "costa", "dahl", "engel", "fischer", "garcia", "hansen", "ivanova",
                                  "jensen", "koch", "larsen", "meyer", "novak", "olsen", "petit", "quinn",
                                  "richter", "schmidt", "torres", "vogel", "weber", "young", "adler", "brandt",
                                  "conti", "duarte", "eriksen", "ferrari", "gomez", "horvat", "ito", "jovanovic",
                                  "kowalski", "lindqvist", "moreau", "nakamura", "okafor", "pereira", "rossi",
                                  "svensson"};

template<typename T, std::size_t N>
constexpr int countOf(const T (&)[N]) { return int(N); }

QString accountName(int index)
{
    const int p = countOf(kPrefixes), q = countOf(kSuffixes);
    QString name = QString::fromLatin1(kPrefixes[index % p]) + QLatin1Char(' ')
                   + QString::fromLatin1(kSuffixes[(index / p) % q]);
    if (index >= p * q)
        name += QStringLiteral(" %1").arg(index / (p * q) + 1);
    return name;
}

} // namespace

void Calendar::build(const QDate &end)
{
    // Two years ending with `end`, whole days in UTC.
    days = 730;
    firstDay = end.addDays(1 - days);
    startTs = epochOf(fromQDate(firstDay));
    endTs = startTs + qint64(days) * kDay;
    const int firstMonth = monthIndexOfEpoch(startTs);
    months = monthIndexOfEpoch(endTs - 1) - firstMonth + 1;
    yyyymm.clear();
    monthStart.clear();
    for (int i = 0; i <= months; ++i) { // one more start: the end of the last month
        yyyymm.push_back(monthFromIndex(firstMonth + i));
        monthStart.push_back(monthStartEpoch(yyyymm.back()));
    }
    monthOfDay.assign(days, 0);
    int month = 0;
    for (int d = 0; d < days; ++d) {
        while (dayStart(d) >= monthStart[month + 1])
            ++month;
        monthOfDay[d] = month;
    }
    quarters = quarterOfMonth(months - 1) + 1;
}

int Calendar::monthOfTs(qint64 ts) const
{
    const int d = dayOf(ts);
    if (d < 0)
        return 0;
    if (d >= days)
        return months - 1;
    return monthOfDay[d];
}

int Calendar::quarterOfMonth(int month) const
{
    return monthIndex(yyyymm[month]) / 3 - monthIndex(yyyymm[0]) / 3;
}

Statements::Statements(sqlite3 *db)
    : account(db, "INSERT INTO accounts(account_id, name, segment, industry, region, persona, created_on) "
                  "VALUES (?,?,?,?,?,?,?)")
    , campaign(db, "INSERT INTO campaigns(campaign_id, name, channel, started_on, ended_on, cost) VALUES (?,?,?,?,?,?)")
    , lead(db, "INSERT INTO leads(lead_id, email, account_id, persona, channel, source, campaign_id, owner, "
               "created_at, mql_at, sal_at, sql_at, disqualified_at, disqualified_reason) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    , touch(db, "INSERT INTO touches(lead_id, campaign_id, touched_at) VALUES (?,?,?)")
    , opportunity(db, "INSERT INTO opportunities(opportunity_id, account_id, lead_id, persona, type, source, amount, "
                      "created_at, closed_at, status, stage, lost_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
    , revenue(db, "INSERT INTO revenue(account_id, month, product, mrr) VALUES (?,?,?,?)")
    , spend(db, "INSERT INTO spend(month, team, amount) VALUES (?,?,?)")
    , ticket(db, "INSERT INTO tickets(ticket_id, account_id, opened_at, resolved_at, category, csat) VALUES (?,?,?,?,?,?)")
    , nps(db, "INSERT INTO nps(account_id, responded_on, respondent, score, comment) VALUES (?,?,?,?,?)")
    , target(db, "INSERT INTO targets(period, kpi, target, owner) VALUES (?,?,?,?)")
    , survey(db, "INSERT INTO alignment_survey(surveyed_on, respondent, role, question, score) VALUES (?,?,?,?,?)")
    , import(db, "INSERT INTO imports(started_at, finished_at, bundle, strict, status, summary) VALUES (?,?,?,0,?,?)")
    , usage(db, "INSERT INTO usage(account_id, month, product, active_users, seats) VALUES (?,?,?,?,?)")
{
}

Status Statements::firstError() const
{
    for (const Statement *st : {&account, &campaign, &lead, &touch, &opportunity, &revenue, &spend, &ticket, &nps,
                              &target, &survey, &import, &usage}) {
        if (!st->status().ok())
            return st->status();
    }
    return {};
}

void Totals::resize(int months)
{
    for (auto *v : {&mql, &bookings, &mrrEnd, &customersEnd, &wonDeals})
        v->assign(months, 0);
}

State::State(const DemoOptions &o, sqlite3 *db)
    : options(o)
    , rng(o.seed)
    , usageRng(o.seed ^ 0x75736167655f7631ULL)
    , sql(db)
{
    cal.build(o.end);
    totals.resize(cal.months);
    scale = double(o.leads) / 20000.0;
    // The spike sits in the calendar quarter that ended six to eight months
    // before the end: recent enough to be on the default dashboard's trend,
    // old enough for its aftermath (recovery) to show.
    int m = std::max(0, cal.months - 9);
    while (m > 0 && cal.yyyymm[m] % 100 % 3 != 1)
        --m;
    churnSpikeFirstMonth = m;
}

constexpr qint64 kProgressUnits = 1000; // DemoOptions::progress counts thousandths

bool keepGoing(State &s, double fraction)
{
    return reportProgress(s.options.progress, qint64(fraction * kProgressUnits), kProgressUnits, QStringLiteral("demo"));
}

Status cancelledStatus()
{
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("ra::Demo", "the demo was cancelled"));
}

QString accountId(int index) { return QStringLiteral("A%1").arg(index + 1, 6, 10, QLatin1Char('0')); }
QString leadId(qint64 number) { return QStringLiteral("L%1").arg(number, 7, 10, QLatin1Char('0')); }

QString campaignId(const Calendar &cal, int quarter, int channel)
{
    return QStringLiteral("C%1-%2").arg(quarter + 1, 2, 10, QLatin1Char('0')).arg(QString::fromLatin1(kChannels[channel]));
}

QString accountDomain(int index)
{
    QString d;
    for (const QChar c : accountName(index)) {
        if (c.isLetterOrNumber())
            d += c.toLower();
    }
    return d + QStringLiteral(".example");
}

QString contactEmail(DemoRandom &rng, const QString &domain)
{
    // Enough distinct addresses per company that two random contacts rarely
    // collide: re-entries should be the ones drawn on purpose.
    const QString first = QString::fromLatin1(kFirstNames[rng.range(0, countOf(kFirstNames) - 1)]);
    const QString last = QString::fromLatin1(kLastNames[rng.range(0, countOf(kLastNames) - 1)]);
    switch (rng.range(0, 2)) {
    case 0: return first + QLatin1Char('.') + last + QLatin1Char('@') + domain;
    case 1: return first.left(1) + QLatin1Char('.') + last + QLatin1Char('@') + domain;
    default: return first + QLatin1Char('_') + last + QLatin1Char('@') + domain;
    }
}

bool writeOpportunity(State &s, const OppRow &row)
{
    static const char *const kOpenStages[] = {"Discovery", "Demo", "Proposal", "Negotiation"};
    const bool closed = row.closeAt < s.cal.endTs;
    Statement &st = s.sql.opportunity;
    st.bind(1, QStringLiteral("O%1").arg(s.nextOpportunity++, 7, 10, QLatin1Char('0')))
        .bind(2, accountId(row.account));
    if (row.lead)
        st.bind(3, leadId(*row.lead));
    if (row.persona >= 0)
        st.bind(4, kPersonas[row.persona]);
    st.bind(5, row.type);
    if (row.source)
        st.bind(6, row.source);
    st.bind(7, row.amount).bind(8, row.createdAt);
    if (closed) {
        st.bind(9, row.closeAt).bind(10, row.won ? "won" : "lost").bind(11, row.won ? "Closed Won" : "Closed Lost");
        if (!row.won && row.lostReason)
            st.bind(12, row.lostReason);
        if (row.won) {
            const int m = s.cal.monthOfTs(row.closeAt);
            s.totals.bookings[m] += row.amount;
            s.totals.wonDeals[m] += 1;
        }
    } else {
        st.bind(10, "open").bind(11, kOpenStages[s.rng.range(0, 3)]);
    }
    ++s.summary.opportunities;
    return st.run();
}

Status writeAccounts(State &s)
{
    const int count = std::max(20, s.options.leads / 20);
    const int legacy = count / 5;
    // Founders buy for small companies; enterprises are bought by IT and finance.
    static const double kPersonaWeights[3][kPersonaCount] = {
        {14, 10, 10, 18, 14, 34}, {22, 18, 22, 18, 16, 4}, {26, 22, 30, 12, 9, 1}};
    static const double kSegmentWeights[] = {62, 28, 10};
    s.accounts.resize(count);
    for (int i = 0; i < count; ++i) {
        Account &a = s.accounts[i];
        a.segment = Segment(s.rng.weighted(kSegmentWeights, 3));
        // Every 29th account has no persona ("Unassigned"): a fixed pattern, so
        // even the smallest demo has some.
        const qint8 drawn = qint8(s.rng.weighted(kPersonaWeights[a.segment], kPersonaCount));
        a.persona = i % 29 == 3 ? qint8(-1) : drawn;
        a.legacy = i < legacy;
        a.salesOnly = s.rng.chance(a.segment == Enterprise ? 0.45 : 0.2);
        // New accounts appear steadily through the window, in index order, so
        // the lead phase can pick among "accounts that exist by now" by index.
        a.createdDay = a.legacy ? -int(s.rng.range(30, 1100)) : int(qint64(i - legacy) * (s.cal.days - 1) / (count - legacy));
        a.renewalPhase = int(s.rng.range(0, 11));
        if (a.legacy && s.rng.chance(0.7)) {
            static const double kMedianMrr[] = {500, 2000, 8000};
            a.startMonth = 0;
            a.startMrr = qint64(s.rng.logNormal(kMedianMrr[a.segment], 0.35)) * 100;
        }
        Statement &st = s.sql.account;
        st.bind(1, accountId(i)).bind(2, accountName(i)).bind(3, kSegments[a.segment])
            .bind(4, kIndustries[s.rng.range(0, countOf(kIndustries) - 1)])
            .bind(5, kRegions[s.rng.range(0, countOf(kRegions) - 1)]);
        if (a.persona >= 0)
            st.bind(6, kPersonas[a.persona]);
        st.bind(7, s.cal.dayStart(a.createdDay));
        if (!st.run())
            return st.status();
    }
    s.summary.accounts = count;
    return {};
}

Status writeCampaigns(State &s)
{
    static const char *const kThemes[] = {"Website conversion", "Nurture e-mails", "LinkedIn ads", "SEO content",
                                          "Paid search", "Trade fair"};
    // Cost per expected lead, in euros: events and paid media are dear, SEO cheap.
    static const double kCostPerLead[] = {25, 12, 45, 8, 70, 160};
    const double leadsPerQuarterAndChannel = double(s.options.leads) * 0.7 / s.cal.quarters / kMarketingChannels;
    for (int q = 0; q < s.cal.quarters; ++q) {
        int first = 0;
        while (first < s.cal.months && s.cal.quarterOfMonth(first) < q)
            ++first;
        int last = first;
        while (last + 1 < s.cal.months && s.cal.quarterOfMonth(last + 1) == q)
            ++last;
        const qint64 started = std::max(s.cal.monthStart[first], s.cal.startTs);
        const qint64 ended = std::min(s.cal.monthStart[last + 1], s.cal.endTs) - kDay;
        const int yyyymm = s.cal.yyyymm[first];
        const QString quarterName = QStringLiteral("%1-Q%2").arg(yyyymm / 100).arg((yyyymm % 100 - 1) / 3 + 1);
        for (int c = 0; c < kMarketingChannels; ++c) {
            const double euros = leadsPerQuarterAndChannel * kCostPerLead[c] * s.rng.uniform(0.8, 1.2);
            Statement &st = s.sql.campaign;
            st.bind(1, campaignId(s.cal, q, c)).bind(2, QStringLiteral("%1 %2").arg(quarterName, QString::fromLatin1(kThemes[c])))
                .bind(3, kChannels[c]).bind(4, started).bind(5, ended).bind(6, qint64(euros) * 100);
            if (!st.run())
                return st.status();
            ++s.summary.campaigns;
        }
    }
    return {};
}

} // namespace demo

qint64 DemoSummary::totalRows() const
{
    return accounts + campaigns + leads + touches + opportunities + revenueRows + spendRows + tickets + npsAnswers
           + targets + surveyAnswers + usageRows;
}

// Rows that refer to others first: the replace deletes in this order.
static const char *const kDataTables[] = {"usage", "touches", "opportunities", "tickets", "nps", "revenue", "leads",
                                          "campaigns", "accounts", "spend", "targets", "alignment_survey"};

Result<bool> DemoGenerator::hasData(Store &store)
{
    sqlite3 *db = store.handle();
    if (!db)
        return makeError(ErrorCode::Internal, QStringLiteral("the store has no SQLite handle"));
    for (const char *table : kDataTables) {
        const QByteArray sql = QByteArray("SELECT EXISTS(SELECT 1 FROM ") + table + ")";
        Statement st(db, std::string_view(sql.constData(), std::size_t(sql.size())));
        const bool any = st.next() && st.int64(0) != 0;
        if (!st.status())
            return st.status().error();
        if (any)
            return true;
    }
    return false;
}

Result<DemoSummary> DemoGenerator::generate(Store &store, const DemoOptions &options)
{
    if (!options.end.isValid())
        return makeError(ErrorCode::Usage, QCoreApplication::translate("ra::Demo", "the demo needs a valid end date"));
    if (options.leads < kMinLeads || options.leads > kMaxLeads)
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("ra::Demo", "the number of leads must be between %1 and %2")
                             .arg(kMinLeads)
                             .arg(kMaxLeads));
    if (store.isReadOnly())
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("ra::Demo", "%1 is open read-only").arg(store.path()));
    sqlite3 *db = store.handle();
    if (!db)
        return makeError(ErrorCode::Internal, QStringLiteral("the store has no SQLite handle"));

    const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
    // A million-lead demo dirties far more pages than SQLite's default 2 MB
    // cache holds; spilling them mid-transaction triples the I/O. 64 MB for
    // this connection while we write, the default again afterwards.
    (void)execSql(db, "PRAGMA cache_size = -65536");
    struct RestoreCache {
        sqlite3 *db;
        ~RestoreCache() { (void)execSql(db, "PRAGMA cache_size = -2000"); }
    } restoreCache{db};
    Transaction tx(store);
    if (!tx.isActive())
        return tx.beginStatus().error();

    Result<bool> has = hasData(store);
    if (!has)
        return has.error();
    if (*has && !options.replace)
        return makeError(
            ErrorCode::Validation,
            QCoreApplication::translate("ra::Demo", "%1 already holds data; use --force to replace it with the demo")
                .arg(store.path()));
    if (*has) {
        for (const char *table : kDataTables) {
            if (Status st = execSql(db, (QByteArray("DELETE FROM ") + table).constData()); !st)
                return st.error();
        }
    }

    auto state = std::make_unique<demo::State>(options, db);
    if (Status st = state->sql.firstError(); !st)
        return st.error();
    using Phase = Status (*)(demo::State &);
    for (Phase phase : {demo::writeAccounts, demo::writeCampaigns, demo::writeLeads, demo::writeCustomers,
                        demo::writeSpend, demo::writeTargets, demo::writeSurvey}) {
        if (Status st = phase(*state); !st)
            return st.error();
    }
    if (Status st = state->sql.firstError(); !st)
        return st.error();
    if (!demo::keepGoing(*state, 1.0))
        return demo::cancelledStatus().error();

    DemoSummary summary = state->summary;
    summary.firstTimestamp = state->cal.startTs;
    summary.endTimestamp = state->cal.endTs;
    const QString note = QStringLiteral("demo: seed %1, %2 leads, up to %3, %4 rows")
                             .arg(options.seed).arg(options.leads).arg(options.end.toString(Qt::ISODate))
                             .arg(summary.totalRows());
    Statement &imp = state->sql.import;
    imp.bind(1, startedAt).bind(2, QDateTime::currentSecsSinceEpoch()).bind(3, "demo").bind(4, "ok").bind(5, note);
    if (!imp.run())
        return imp.status().error();
    state.reset(); // finalize the statements before COMMIT
    if (Status st = tx.commit(); !st)
        return st.error();
    return summary;
}

} // namespace ra

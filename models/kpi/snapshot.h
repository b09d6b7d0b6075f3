#pragma once
// The in-memory, columnar copy of a store that the KPI engine reads: integer
// columns (epoch seconds, cents, yyyymm, interned ids), loaded once, never
// changed after finalize(). Everything that does not depend on a query (as_of
// aside: see Resolution) is derived here once so that a persona click only
// walks precomputed index lists. See docs/decisions/kpi-snapshot.md.
#include "kpi/idcolumn.h"
#include "store/datastate.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace ra {

// A timestamp that is not set (also used for "set after as_of").
constexpr qint64 kNever = std::numeric_limits<qint64>::max();
// Interned id of "no persona / segment / channel", and "no account / lead".
constexpr int kNone = -1;
// Seats of a usage row (or a month) that are not known.
constexpr qint64 kSeatsUnknown = -1;

// Interned text values (personas, segments, channels). The text "Unassigned"
// is the same as no value, so it is never interned.
class TextPool {
public:
    // Products are plain names: there, "Unassigned" is a product like any other.
    explicit TextPool(bool unassignedIsNone = true) : m_unassignedIsNone(unassignedIsNone) {}
    int intern(QStringView text);      // trimmed; empty or "Unassigned" → kNone
    int find(QStringView text) const;  // kNone for empty/"Unassigned", -2 when unknown
    const QString &text(int id) const { return m_texts[id]; }
    int size() const { return static_cast<int>(m_texts.size()); }

private:
    QStringList m_texts;
    QHash<QString, int> m_ids;
    bool m_unassignedIsNone = true;
};

// Source codes shared by leads and opportunities (domain LeadSource order).
enum : qint8 { kSrcNone = -1, kSrcMarketing = 0, kSrcSales = 1, kSrcPartner = 2 };
enum : qint8 { kStatusOpen = 0, kStatusWon = 1, kStatusLost = 2 };
enum : qint8 { kTypeNew = 0, kTypeExpansion = 1, kTypeRenewal = 2 };

// Account persona resolution of docs/kpi-definitions.md, which depends on as_of: the loader
// resolves it for the whole store (= the default as_of); the engine re-resolves
// lazily for an earlier as_of.
struct Resolution {
    qint64 asOf = kNever;
    std::vector<int> accountPersona;           // per account
    std::vector<int> oppPersona;               // per opportunity (own, lead's, account's)
    std::vector<std::vector<int>> accountsByPersona; // [persona id + 1]
    std::vector<std::vector<int>> oppsByPersona;     // [persona id + 1]
};

class Snapshot {
public:
    // ---- raw columns (filled by the loader or by tests, then finalize()) ----
    // leads.emailKey, touches, revenue, usage and spend are read by finalize()
    // only, which releases them once read (empty after it, and in a snapshot
    // read from the snapshot cache).
    struct Accounts {
        IdColumn id; // account_id, for the account lists (health, white space)
        std::vector<int> segment, persona;
    } accounts;
    struct Leads {
        IdColumn id; // for the "then lead_id" tie-breaks only
        std::vector<int> account, persona, channel;
        std::vector<qint8> source;
        std::vector<quint64> emailKey; // hash of the trimmed, case-folded e-mail; 0 = none
        std::vector<qint64> created, mql, sal, sql, disqualified;
    } leads;
    struct Touches {
        std::vector<int> lead;
        std::vector<qint64> at;
    } touches;
    struct Opps {
        IdColumn id;
        std::vector<int> account, lead, persona;
        std::vector<qint8> type, source, status;
        std::vector<qint64> amount, created, closed;
    } opps;
    struct Revenue {
        std::vector<int> account, month; // yyyymm
        std::vector<int> product;        // id in `products`
        std::vector<qint64> mrr;
    } revenue;
    struct Usage {
        std::vector<int> account, month, product; // as revenue
        std::vector<qint64> activeUsers;
        std::vector<qint64> seats; // kSeatsUnknown when the row has none
    } usage;
    struct Spend {
        std::vector<int> month;
        std::vector<qint64> amount;
    } spend;
    struct Tickets {
        std::vector<int> account;
        std::vector<qint64> opened, resolved;
        std::vector<qint8> csat; // 0 = not rated
    } tickets;
    struct Nps {
        std::vector<int> account;
        std::vector<qint64> respondedOn;
        std::vector<qint8> score;
    } nps;
    struct Survey {
        std::vector<qint64> surveyedOn;
        std::vector<qint8> role, question, score; // SurveyRole / SurveyQuestion order
    } survey;
    struct Target {
        QString period, kpi, owner;
        double target = 0;
    };
    std::vector<Target> targets;

    TextPool personas, segments, channels;
    TextPool products{false}; // revenue and usage products; "" is stored as "default"

    // ---- test and small-data builders (the loader fills columns directly) ----
    struct LeadRow {
        QString id, email, persona, channel;
        int account = kNone;
        qint8 source = kSrcNone;
        qint64 created = 0;
        qint64 mql = kNever, sal = kNever, sql = kNever, disqualified = kNever;
    };
    struct OppRow {
        QString id, persona;
        int account = 0, lead = kNone;
        qint8 type = kTypeNew, source = kSrcNone, status = kStatusOpen;
        qint64 amount = 0, created = 0, closed = kNever;
    };
    int addAccount(const QString &segment = {}, const QString &persona = {}, const QString &id = {});
    int addLead(const LeadRow &row);
    int addOpportunity(const OppRow &row);
    void addTouch(int lead, qint64 at);
    void addRevenue(int account, int yyyymm, qint64 mrrCents, const QString &product = {});
    void addUsage(int account, int yyyymm, const QString &product, qint64 activeUsers, qint64 seats = kSeatsUnknown);
    void addSpend(int yyyymm, qint64 cents);
    void addTicket(int account, qint64 opened, qint64 resolved = kNever, int csat = 0);
    void addNps(int account, qint64 respondedOn, int score);
    void addSurvey(qint64 surveyedOn, int role, int question, int score);
    void addTarget(const QString &period, const QString &kpi, double target, const QString &owner = {});
    static quint64 emailKey(QStringView email); // 0 for an empty e-mail
    static quint64 emailKeyUtf8(const char *data, int size); // same key from raw UTF-8

    // Derives the indexes below, then releases the load inputs; call once
    // after the columns are filled.
    void finalize();

    // The store's data version the rows were read at, when every reader saw
    // the same one (see SnapshotLoader); only such a snapshot may be cached.
    std::optional<DataState> readAt;

    // ---- derived by finalize() ----
    int accountCount() const { return static_cast<int>(accounts.segment.size()); }
    int leadCount() const { return static_cast<int>(leads.created.size()); }
    int oppCount() const { return static_cast<int>(opps.created.size()); }
    qint64 defaultAsOf() const { return m_defaultAsOf; }
    qint64 latestEvent() const { return m_defaultAsOf; }

    // Per lead: created_at of the latest marketing lead with the same e-mail
    // created strictly earlier (kNever if none): re-entry needs only a window test.
    std::vector<qint64> leadPrevMarketing;
    // Per lead: earliest moment one of its won opportunities is known won
    // (max(created, closed)); conv.sql_to_won compares it with as_of.
    std::vector<qint64> leadWonAt;
    std::vector<int> leadSegment;     // its account's segment
    std::vector<qint8> oppEffSource;  // opportunity source, else lead's, else sales
    std::vector<int> oppOwnPersona;   // opportunity persona, else its lead's; kNone otherwise
    std::vector<int> oppChannel;      // its lead's channel
    // Touch times sorted, per lead and per account (CSR: offsets size n+1).
    std::vector<int> leadTouchOffsets, accountTouchOffsets;
    std::vector<qint64> leadTouchTimes, accountTouchTimes;

    // Tickets and NPS answers per account (CSR), for persona / segment filters.
    std::vector<int> accountTicketOffsets, accountTickets, accountNpsOffsets, accountNps;
    // Index lists for filters, [id + 1] so that slot 0 is "none".
    std::vector<std::vector<int>> leadsByPersona, leadsBySegment, leadsByChannel;
    std::vector<std::vector<int>> oppsBySegment, oppsByChannel, accountsBySegment;
    // Base resolution (as_of = whole store).
    Resolution resolution;

    // Monthly MRR per account with revenue: a dense matrix over the revenue months.
    int mrrFirstIndex = 0;            // month index (y*12+m-1) of column 0
    int mrrMonths = 0;                // columns
    std::vector<int> mrrAccounts;     // account of each matrix row
    std::vector<int> mrrSlotOfAccount;// per account, its row or kNone
    std::vector<qint64> mrr;          // rows × columns, cents
    std::vector<int> mrrFirstPositive;// per row, first month index with MRR > 0 (INT_MAX if none)
    qint64 mrrAt(int slot, int monthIdx) const
    {
        const int c = monthIdx - mrrFirstIndex;
        return (c < 0 || c >= mrrMonths) ? 0 : mrr[static_cast<size_t>(slot) * mrrMonths + c];
    }
    // Products paid for per month of the MRR matrix (mrr > 0 after summing any
    // duplicate rows): column c's entries are [productOffsets[c], productOffsets[c+1]),
    // sorted by matrix row, then product.
    struct ProductMrr {
        int slot, product;
        qint64 mrr;
    };
    std::vector<int> productOffsets;  // mrrMonths + 1 (empty without revenue)
    std::vector<ProductMrr> productMrr;
    // Usage per matrix row and month (its own month range; accounts without revenue
    // are left out, they never pay): U = active users of all rows, S = seats of the
    // rows that have seats (kSeatsUnknown when none has), Us = active users of those rows.
    struct UsageCell {
        qint64 users = 0, seats = kSeatsUnknown, seatUsers = 0;
    };
    qint64 usageRows = 0; // usage rows in the store (none: the usage keys are null)
    int usageFirstIndex = 0, usageMonths = 0;
    std::vector<UsageCell> usageCells; // rows × usageMonths
    const UsageCell &usageAt(int slot, int monthIdx) const
    {
        static const UsageCell kNoUsage;
        const int c = monthIdx - usageFirstIndex;
        return (c < 0 || c >= usageMonths) ? kNoUsage : usageCells[static_cast<size_t>(slot) * usageMonths + c];
    }
    // Spend per month index (sorted by month).
    std::vector<std::pair<int, qint64>> spendByMonth;

    Resolution resolve(qint64 asOf) const; // the account personas as known at as_of

    // Filter-bar values, sorted, "Unassigned" last when it occurs: personas of
    // leads, opportunities and accounts; account segments; lead channels.
    QStringList personaValues, segmentValues, channelValues;

private:
    void deriveLeadSegments();
    void deriveReentry();
    void deriveOpps();
    void deriveLeadTouches();
    void deriveAccountTouches();
    void deriveRevenue();
    void deriveProducts();
    void deriveUsage();
    void deriveIndexes();
    void deriveValues();
    qint64 m_defaultAsOf = 0;

    template<typename S, typename Visitor>
    friend void visitSnapshotParts(S &s, Visitor &&v); // snapshotcolumns.h
};

} // namespace ra

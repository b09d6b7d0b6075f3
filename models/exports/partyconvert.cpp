#include "exports/exportjob.h"

#include "domain/calendar.h"
#include "domain/reasons.h"
#include "domain/values.h"
#include "exports/exportreader.h"

#include <QCoreApplication>
#include <algorithm>
#include <tuple>

namespace ra {
namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

std::optional<qint64> epochOf(const std::string &iso)
{
    if (iso.empty())
        return std::nullopt;
    const auto v = parseTimestamp(std::string_view(iso));
    return v ? std::optional<qint64>(*v) : std::nullopt;
}

// Monthly value in cents of amount x quantity billed every `count` intervals,
// rounded half up to the cent: year / 12, week x 52 / 12, day x 365 / 12.
std::optional<qint64> monthlyCents(qint64 amountCents, qint64 quantity, const QString &interval, qint64 count)
{
    qint64 num = amountCents * quantity, den = count;
    if (interval == QLatin1String("month"))
        ;
    else if (interval == QLatin1String("year"))
        den *= 12;
    else if (interval == QLatin1String("week"))
        num *= 52, den *= 12;
    else if (interval == QLatin1String("day"))
        num *= 365, den *= 12;
    else
        return std::nullopt;
    return (2 * num + den) / (2 * den);
}

// Which rows of a file are what (set up once per file).
struct Targets {
    const FieldPlan &plan;
    int operator()(const char *to) const { return plan.targetIndex(QLatin1String(to)); }
};

} // namespace

Party &PartyConverter::party(const QString &source, const QString &externalId, RowOrigin origin)
{
    Party &p = m_parties[{source, externalId}];
    if (p.origin.file < 0) {
        p.party.source = source;
        p.party.externalId = externalId;
        p.origin = origin;
    }
    return p;
}

std::string PartyConverter::field(const Row &row, const char *target) const
{
    const int i = row.job->plan.targetIndex(QLatin1String(target));
    return i < 0 ? std::string() : row.fields[std::size_t(i)];
}

static void fill(Party &p, const QString &name, const QString &email, const QString &explicitId)
{
    if (p.party.name.isEmpty())
        p.party.name = name;
    if (p.party.email.isEmpty())
        p.party.email = email;
    if (p.party.explicitId.isEmpty())
        p.party.explicitId = explicitId;
}

Status PartyConverter::readCustomers(SourceJob &job)
{
    const Targets t{job.plan};
    const int id = t("customer_id"), name = t("name"), email = t("email"), explicitId = t("explicit_account");
    if (id < 0)
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("ra::Exports", "%1: no customer id column").arg(job.summary.file));
    job.headers.insert(QStringLiteral("accounts.csv.account_id"), job.plan.headerOf(id));
    job.headers.insert(QStringLiteral("accounts.csv.name"), job.plan.headerOf(name));
    std::vector<std::string> v;
    FieldError error;
    return m_ctx.readRows(job, [&](const RecordView &record, qint64 line) {
            if (!job.plan.convert(record, v, error))
                return m_ctx.reject(job, line, error.header, error.reason);
            if (v[std::size_t(id)].empty())
                return m_ctx.reject(job, line, job.plan.headerOf(id), reasonText(Reason::NoCustomerId));
            Party &p = party(job.mapping->source, qs(v[std::size_t(id)]), RowOrigin{job.index, line, ++job.records});
            if (p.customerRow)
                return m_ctx.reject(
                    job, line, job.plan.headerOf(id),
                    reasonText(Reason::DuplicateCustomer, {p.party.externalId, QString::number(p.customerLine)}));
            p.customerLine = line;
            auto at = [&](int i) { return i < 0 ? QString() : qs(v[std::size_t(i)]); };
            fill(p, at(name), at(email), at(explicitId));
            p.canBeAccount = true;
            p.ownAccountId = job.mapping->idPrefix + p.party.externalId;
            p.customerRow = &job;
    });
}

Status PartyConverter::readSubscriptions(SourceJob &job) { return readBilling(job, m_subscriptions); }
Status PartyConverter::readInvoices(SourceJob &job) { return readBilling(job, m_invoices); }

// Subscriptions and invoices: each row names its customer (a party) and
// what it bills; the revenue is worked out once every account is known.
Status PartyConverter::readBilling(SourceJob &job, std::vector<Row> &into)
{
    const Targets t{job.plan};
    const bool invoices = job.mapping->kind == MappingKind::Invoices;
    const int customer = t("customer_id"), amount = t(invoices ? "subtotal" : "amount"), start = t(invoices ? "date" : "start");
    const int interval = invoices ? amount : t("interval");
    for (const auto &[target, what] : {std::pair{customer, "customer id"}, std::pair{amount, "amount"},
                                       std::pair{interval, "interval"}, std::pair{start, "start date"}})
        if (target < 0)
            return makeError(ErrorCode::Parse,
                             QCoreApplication::translate("ra::Exports", "%1: a %2 export needs a %3 column")
                                 .arg(job.summary.file,
                                      invoices ? QStringLiteral("invoices") : QStringLiteral("subscriptions"),
                                      QLatin1String(what)));
    job.headers.insert(QStringLiteral("revenue.csv.account_id"), job.plan.headerOf(customer));
    job.headers.insert(QStringLiteral("revenue.csv.month"), job.plan.headerOf(start));
    job.headers.insert(QStringLiteral("revenue.csv.product"), job.plan.headerOf(t("product")));
    job.headers.insert(QStringLiteral("revenue.csv.mrr"), job.plan.headerOf(amount));
    job.headers.insert(QStringLiteral("accounts.csv.account_id"), job.plan.headerOf(customer));
    job.headers.insert(QStringLiteral("accounts.csv.name"), job.plan.headerOf(t("customer_name")));
    int &asOf = m_asOfMonth[&job];
    Row row;
    row.job = &job;
    FieldError error;
    return m_ctx.readRows(job, [&](const RecordView &record, qint64 line) {
        if (!job.plan.convert(record, row.fields, error))
            return m_ctx.reject(job, line, error.header, error.reason);
        row.line = line;
        row.record = ++job.records;
        for (const char *when : {"start", "created", "current_period_start", "canceled_at", "ended_at", "date"})
            if (const auto e = epochOf(field(row, when)))
                asOf = std::max(asOf, monthOf(*e));
        const std::string id = field(row, "customer_id");
        if (id.empty())
            return m_ctx.reject(job, line, job.plan.headerOf(customer), reasonText(Reason::NoCustomerId));
        Party &p = party(job.mapping->source, qs(id), RowOrigin{job.index, line, row.record});
        fill(p, qs(field(row, "customer_name")), qs(field(row, "customer_email")), qs(field(row, "explicit_account")));
        p.canBeAccount = true;
        p.ownAccountId = job.mapping->idPrefix + p.party.externalId;
        row.party = {p.party.source, p.party.externalId};
        into.push_back(row);
    });
}

Status PartyConverter::readTickets(SourceJob &job)
{
    const Targets t{job.plan};
    const int org = t("organization"), email = t("requester_email");
    job.headers.insert(QStringLiteral("tickets.csv.account_id"), job.plan.headerOf(org >= 0 ? org : email));
    for (int i = 0; i < int(job.plan.targets().size()); ++i)
        job.headers.insert(QStringLiteral("tickets.csv.") + job.plan.targets()[std::size_t(i)], job.plan.headerOf(i));
    Row row;
    row.job = &job;
    FieldError error;
    return m_ctx.readRows(job, [&](const RecordView &record, qint64 line) {
            if (!job.plan.convert(record, row.fields, error))
                return m_ctx.reject(job, line, error.header, error.reason);
            row.line = line;
            row.record = ++job.records;
            const QString orgName = qs(field(row, "organization")), mail = qs(field(row, "requester_email"));
            if (orgName.isEmpty() && mail.isEmpty())
                return m_ctx.reject(job, line, job.plan.headerOf(org >= 0 ? org : email),
                                    reasonText(Reason::TicketWithoutAccount));
            // An organisation is one party; a ticket without one stands for its requester.
            Party &p = party(job.mapping->source, orgName.isEmpty() ? mail.toLower() : orgName, RowOrigin{job.index, line, row.record});
            fill(p, orgName, mail, QString());
            if (!orgName.isEmpty()) {
                p.ownAccountId = job.mapping->idPrefix + orgName;
            }
            row.party = {p.party.source, p.party.externalId};
            m_tickets.push_back(row);
    });
}

void PartyConverter::matchAll(bool billingAccounts)
{
    BundleBuilder &b = *m_ctx.builder;
    const int idCol = b.columnIndex(BundleTable::Accounts, QStringLiteral("account_id"));
    const int nameCol = b.columnIndex(BundleTable::Accounts, QStringLiteral("name"));
    // Without CRM accounts the billing customers are the accounts; with
    // neither, ticket organisations are (so tickets can still be counted).
    const bool organisationsToo = billingAccounts
        && std::none_of(m_parties.begin(), m_parties.end(), [](const auto &e) { return e.second.canBeAccount; });
    std::vector<std::string> fields(std::size_t(b.columnCount(BundleTable::Accounts)));
    for (auto &[key, p] : m_parties) {
        const bool becomes = billingAccounts && !p.ownAccountId.isEmpty() && (p.canBeAccount || organisationsToo);
        if (!becomes)
            continue;
        std::fill(fields.begin(), fields.end(), std::string());
        fields[std::size_t(idCol)] = p.ownAccountId.toStdString();
        if (nameCol >= 0)
            fields[std::size_t(nameCol)] = (p.party.name.isEmpty() ? p.party.email : p.party.name).toStdString();
        (void)b.addRow(BundleTable::Accounts, fields, p.origin); // an unchanged one is simply not written again
        m_ctx.matcher->addAccount(p.ownAccountId, p.party.name);
        const QString domain = AccountMatcher::domainOfEmail(p.party.email);
        if (!domain.isEmpty() && !AccountMatcher::isPublicMailDomain(domain)) {
            m_ctx.matcher->addDomain(p.ownAccountId, domain);
            m_ctx.domains.emplace_back(p.ownAccountId, domain);
        }
    }
    for (auto &[key, p] : m_parties) {
        if (!p.ownAccountId.isEmpty() && m_ctx.matcher->hasAccount(p.ownAccountId)) {
            p.outcome.status = MatchStatus::Matched;
            p.outcome.accountId = p.ownAccountId;
            p.outcome.method = QStringLiteral("own account");
        } else {
            p.outcome = m_ctx.matcher->match(p.party);
        }
        p.accountId = p.outcome.status == MatchStatus::Matched ? p.outcome.accountId : QString();
    }
}

// What one subscription row is worth: a monthly value over a range of
// months, or the reason it is none (skipped, or rejected with its column).
PartyConverter::Subscription PartyConverter::evaluate(const Row &row, const QString &storeCurrency) const
{
    static const QStringList notRevenue = {QStringLiteral("trialing"), QStringLiteral("incomplete"),
                                           QStringLiteral("incomplete_expired"), QStringLiteral("paused")};
    static const QStringList revenue = {QStringLiteral("active"), QStringLiteral("past_due"), QStringLiteral("unpaid"),
                                        QStringLiteral("canceled"), QStringLiteral("cancelled"), QStringLiteral("ended")};
    Subscription sub;
    const Targets t{row.job->plan};
    auto fail = [&](const char *target, const QString &why) {
        sub.rejectHeader = row.job->plan.headerOf(t(target));
        sub.reason = why;
        return sub;
    };
    const QString status = qs(field(row, "status")).trimmed().toLower();
    if (notRevenue.contains(status)) {
        sub.skip = QCoreApplication::translate("ra::Exports", "%1 (not revenue)").arg(status);
        return sub;
    }
    if (!status.isEmpty() && !revenue.contains(status))
        return fail("status", reasonText(Reason::UnknownSubscriptionStatus, {status}));
    const QString currency = qs(field(row, "currency")).trimmed().toUpper();
    if (!currency.isEmpty() && currency != storeCurrency)
        return fail("amount", reasonText(Reason::ExportCurrency, {currency, storeCurrency}));
    const auto amount = parseMoney(std::string_view(field(row, "amount")), false);
    if (!amount)
        return fail("amount", amount.message());
    const std::string quantityText = field(row, "quantity"), countText = field(row, "interval_count");
    const qint64 quantity = quantityText.empty() ? 1 : std::stoll(quantityText);
    const qint64 count = countText.empty() ? 1 : std::stoll(countText);
    if (quantity > 1000000 || *amount > qint64(1) << 40)
        return fail(quantity > 1000000 ? "quantity" : "amount", reasonText(Reason::ImplausibleAmount));
    const QString interval = qs(field(row, "interval")).trimmed().toLower();
    const auto mrr = count > 0 && count < 1000 && quantity >= 0 ? monthlyCents(*amount, quantity, interval, count) : std::nullopt;
    if (!mrr)
        return fail(count > 0 ? "interval" : "interval_count",
                    reasonText(Reason::BadInterval, {interval, QString::number(count)}));
    // From the start (or the trial's end) to the month it ended, that month
    // excluded; a running one up to the latest month the file knows of.
    qint64 from = epochOf(field(row, "start")).value_or(0);
    if (const auto trialEnd = epochOf(field(row, "trial_end")); trialEnd && *trialEnd > from)
        from = *trialEnd;
    std::optional<qint64> end = epochOf(field(row, "ended_at"));
    if (!end && (status == QLatin1String("canceled") || status == QLatin1String("cancelled")))
        end = epochOf(field(row, "canceled_at"));
    sub.mrr = *mrr;
    sub.first = monthIndex(monthOf(from));
    sub.stop = end ? monthIndex(monthOf(*end)) : monthIndex(m_asOfMonth.at(row.job)) + 1;
    if (sub.stop <= sub.first)
        sub.skip
            = QCoreApplication::translate("ra::Exports", "ended in the month it started (no full month of revenue)");
    return sub;
}

// A paid subscription invoice, net of discount and tax (Subtotal minus Total
// Discount Amount; the subtotal is before tax), spread evenly over the whole
// months its period lasts, from the month it starts (no period: the
// invoice's month); the cents that do not divide go to the first month.
PartyConverter::Subscription PartyConverter::evaluateInvoice(const Row &row, const QString &storeCurrency) const
{
    Subscription sub;
    const Targets t{row.job->plan};
    const QString status = qs(field(row, "status")).trimmed().toLower();
    const auto paid = parseSourceBool(field(row, "paid"));
    if (!(status == QLatin1String("paid") || (status.isEmpty() && paid.value_or(false))) || field(row, "subscription").empty()) {
        sub.skip = QCoreApplication::translate("ra::Exports", "not a paid subscription invoice");
        return sub;
    }
    const QString currency = qs(field(row, "currency")).trimmed().toUpper();
    if (!currency.isEmpty() && currency != storeCurrency) {
        sub.rejectHeader = row.job->plan.headerOf(t("subtotal"));
        sub.reason = reasonText(Reason::ExportCurrency, {currency, storeCurrency});
        return sub;
    }
    const auto subtotal = parseMoney(std::string_view(field(row, "subtotal")), true);
    const std::string discountText = field(row, "discount");
    const auto discount = discountText.empty() ? Result<qint64>(qint64(0)) : parseMoney(std::string_view(discountText), true);
    if (!subtotal || !discount || *subtotal - *discount < 0) {
        sub.rejectHeader = row.job->plan.headerOf(t(!subtotal || *subtotal < *discount ? "subtotal" : "discount"));
        sub.reason = !subtotal ? subtotal.message()
            : !discount        ? discount.message()
                               : reasonText(Reason::DiscountTooLarge);
        return sub;
    }
    const qint64 date = epochOf(field(row, "date")).value_or(0);
    const qint64 from = epochOf(field(row, "period_start")).value_or(date);
    const std::optional<qint64> to = epochOf(field(row, "period_end"));
    // The period's length in whole months (a month = 1/12 of 365.25 days), at least one,
    // from the month it starts: a monthly invoice of 20 Jan - 20 Feb is January's.
    sub.first = monthIndex(monthOf(from));
    const qint64 length = to && *to > from ? qRound(double(*to - from) / (365.25 * 86400.0 / 12.0)) : 1;
    sub.stop = sub.first + int(std::clamp<qint64>(length, 1, 120));
    const qint64 net = *subtotal - *discount, months = sub.stop - sub.first;
    sub.mrr = net / months;
    sub.firstExtra = net - sub.mrr * months;
    return sub;
}

void PartyConverter::writeRevenue(const QString &storeCurrency)
{
    struct Cell {
        qint64 cents = 0;
        RowOrigin origin;
    };
    std::map<std::tuple<std::string, int, std::string>, Cell> months; // summed per account, month and product
    std::map<SourceJob *, std::map<QString, qint64>> skips;            // per file: reason -> rows
    // Invoices stand in for subscriptions only when no subscriptions export is imported.
    const bool fromInvoices = m_subscriptions.empty();
    std::vector<const Row *> rows;
    for (const Row &row : m_subscriptions)
        rows.push_back(&row);
    for (const Row &row : m_invoices)
        rows.push_back(&row);
    for (const Row *r : rows) {
        const Row &row = *r;
        SourceJob &job = *row.job;
        const bool invoice = job.mapping->kind == MappingKind::Invoices;
        Subscription sub;
        if (invoice && !fromInvoices)
            sub.skip = QCoreApplication::translate("ra::Exports",
                                                   "a subscriptions export is imported too, and revenue comes from it");
        else
            sub = invoice ? evaluateInvoice(row, storeCurrency) : evaluate(row, storeCurrency);
        if (!sub.reason.isEmpty()) {
            m_ctx.reject(job, row.line, sub.rejectHeader, sub.reason);
            continue;
        }
        if (!sub.skip.isEmpty()) {
            ++skips[&job][sub.skip];
            ++job.summary.skipped;
            continue;
        }
        Party &p = m_parties.at(row.party);
        if (p.accountId.isEmpty()) {
            ++job.summary.held;
            ++p.rowsHeld;
            continue;
        }
        std::string product = field(row, "product");
        if (product.empty())
            product = "default";
        for (int m = sub.first; m < sub.stop; ++m) {
            Cell &c = months[{p.accountId.toStdString(), monthFromIndex(m), product}];
            if (c.origin.file < 0)
                c.origin = RowOrigin{job.index, row.line, row.record};
            c.cents += sub.mrr + (m == sub.first ? sub.firstExtra : 0);
        }
        m_ctx.written(job, row.record);
    }
    for (auto &[job, reasons] : skips)
        for (auto &[reason, n] : reasons)
            job->summary.notes
                << QCoreApplication::translate("ra::Exports", "%1 row(s) skipped: %2").arg(n).arg(reason);
    BundleBuilder &b = *m_ctx.builder;
    std::vector<std::string> fields(std::size_t(b.columnCount(BundleTable::Revenue)));
    const auto col = [&](const char *name) { return std::size_t(b.columnIndex(BundleTable::Revenue, QLatin1String(name))); };
    for (const auto &[key, cell] : months) {
        fields[col("account_id")] = std::get<0>(key);
        fields[col("month")] = formatMonth(std::get<1>(key)).toStdString();
        fields[col("product")] = std::get<2>(key);
        fields[col("mrr")] = formatMoney(cell.cents).toStdString();
        (void)b.addRow(BundleTable::Revenue, fields, cell.origin);
    }
}

void PartyConverter::writeTickets()
{
    BundleBuilder &b = *m_ctx.builder;
    std::vector<std::string> fields(std::size_t(b.columnCount(BundleTable::Tickets)));
    const int accountCol = b.columnIndex(BundleTable::Tickets, QStringLiteral("account_id"));
    for (const Row &row : m_tickets) {
        SourceJob &job = *row.job;
        Party &p = m_parties.at(row.party);
        if (p.accountId.isEmpty()) {
            ++job.summary.held;
            ++p.rowsHeld;
            continue;
        }
        std::fill(fields.begin(), fields.end(), std::string());
        for (std::size_t i = 0; i < job.plan.targets().size(); ++i) {
            const int c = b.columnIndex(BundleTable::Tickets, job.plan.targets()[i]);
            if (c >= 0)
                fields[std::size_t(c)] = row.fields[i];
        }
        fields[std::size_t(accountCol)] = p.accountId.toStdString();
        if (b.addRow(BundleTable::Tickets, fields, RowOrigin{job.index, row.line, row.record}))
            m_ctx.written(job, row.record);
        else
            ++job.summary.unchanged;
    }
}

void PartyConverter::write(const QString &storeCurrency, std::vector<MatchRecord> &matches, bool &billingAccounts)
{
    QStringList ownPrefixes;
    for (const auto &[key, p] : m_parties)
        if (!p.ownAccountId.isEmpty())
            ownPrefixes << p.ownAccountId.left(p.ownAccountId.size() - p.party.externalId.size());
    ownPrefixes.removeDuplicates();
    billingAccounts = !m_ctx.matcher->hasAccountOutside(ownPrefixes);
    matchAll(billingAccounts);
    // A customers export's rows are imported as matched parties, or held until matched.
    for (auto &[key, p] : m_parties)
        if (p.customerRow)
            ++(p.accountId.isEmpty() ? p.customerRow->summary.held : p.customerRow->summary.imported);
    writeRevenue(storeCurrency);
    writeTickets();
    for (const auto &[key, p] : m_parties) {
        MatchRecord m;
        m.source = p.party.source;
        m.externalId = p.party.externalId;
        m.name = p.party.name;
        m.email = p.party.email;
        m.status = p.outcome.status == MatchStatus::Matched ? (p.outcome.method == QLatin1String("confirmed") ? QStringLiteral("confirmed")
                                                                                                            : QStringLiteral("matched"))
            : p.outcome.status == MatchStatus::Ambiguous ? QStringLiteral("ambiguous")
                                                         : QStringLiteral("unmatched");
        m.accountId = p.accountId;
        m.method = p.outcome.method;
        m.candidates = p.outcome.candidates;
        m.rowsHeld = p.rowsHeld;
        matches.push_back(std::move(m));
    }
}

} // namespace ra

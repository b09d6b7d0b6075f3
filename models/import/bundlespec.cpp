#include "import/bundlespec.h"

#include "domain/enums.h"

#include <climits>

namespace ra {
namespace {

template<typename E>
std::vector<std::string> namesOf(int count)
{
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i)
        out.push_back(toString(static_cast<E>(i)).toStdString());
    return out;
}

ColumnSpec col(const char *name, ColumnKind kind, bool required = false)
{
    ColumnSpec c;
    c.name = name;
    c.kind = kind;
    c.required = required;
    return c;
}

ColumnSpec key(const char *name, ColumnKind kind)
{
    ColumnSpec c = col(name, kind, true);
    c.key = true;
    return c;
}

ColumnSpec ref(ColumnSpec c, BundleTable target)
{
    c.references = static_cast<int>(target);
    return c;
}

ColumnSpec enumCol(const char *name, std::vector<std::string> values, bool required, const char *label = nullptr)
{
    ColumnSpec c = col(name, ColumnKind::Enum, required);
    c.enumValues = std::move(values);
    c.enumLabel = label ? label : name;
    return c;
}

ColumnSpec score(const char *name, int min, int max, bool required)
{
    ColumnSpec c = col(name, ColumnKind::Score, required);
    c.min = min;
    c.max = max;
    return c;
}

std::vector<TableSpec> build()
{
    using K = ColumnKind;
    using T = BundleTable;
    const auto sources = namesOf<LeadSource>(3);
    std::vector<TableSpec> t;
    t.push_back({T::Accounts, "accounts.csv", "accounts", "account",
                 {key("account_id", K::Id), col("name", K::Text), col("segment", K::Text), col("industry", K::Text),
                  col("region", K::Text), col("persona", K::Text), col("created_on", K::Date)}});
    t.push_back({T::Campaigns, "campaigns.csv", "campaigns", "campaign",
                 {key("campaign_id", K::Id), col("name", K::Text), col("channel", K::Text), col("started_on", K::Date),
                  col("ended_on", K::Date), col("cost", K::Money)}});
    t.push_back({T::Leads, "leads.csv", "leads", "lead",
                 {key("lead_id", K::Id), col("email", K::Text), ref(col("account_id", K::Id), T::Accounts),
                  col("persona", K::Text), col("channel", K::Text), enumCol("source", sources, false),
                  ref(col("campaign_id", K::Id), T::Campaigns), col("owner", K::Text),
                  col("created_at", K::Timestamp, true), col("mql_at", K::Timestamp), col("sal_at", K::Timestamp),
                  col("sql_at", K::Timestamp), col("disqualified_at", K::Timestamp), col("disqualified_reason", K::Text)}});
    t.push_back({T::Touches, "touches.csv", "touches", "touch",
                 {ref(key("lead_id", K::Id), T::Leads), ref(key("campaign_id", K::Id), T::Campaigns),
                  key("touched_at", K::Timestamp)}});
    t.push_back({T::Opportunities, "opportunities.csv", "opportunities", "opportunity",
                 {key("opportunity_id", K::Id), ref(col("account_id", K::Id, true), T::Accounts),
                  ref(col("lead_id", K::Id), T::Leads), col("persona", K::Text),
                  enumCol("type", namesOf<OppType>(3), true, "opportunity type"), enumCol("source", sources, false),
                  col("amount", K::Money, true), col("created_at", K::Timestamp, true), col("closed_at", K::Timestamp),
                  enumCol("status", namesOf<OppStatus>(3), true), col("stage", K::Text), col("lost_reason", K::Text)}});
    // product is part of the key but optional in the file (empty = "default").
    ColumnSpec product = col("product", K::Text);
    product.key = true;
    t.push_back({T::Revenue, "revenue.csv", "revenue", "revenue row",
                 {ref(key("account_id", K::Id), T::Accounts), key("month", K::Month), product,
                  col("mrr", K::Money, true)}});
    t.push_back({T::Spend, "spend.csv", "spend", "spend row",
                 {key("month", K::Month), enumCol("team", namesOf<SpendTeam>(2), true), col("amount", K::Money, true)}});
    t.back().columns[1].key = true;
    t.push_back({T::Tickets, "tickets.csv", "tickets", "ticket",
                 {key("ticket_id", K::Id), ref(col("account_id", K::Id, true), T::Accounts),
                  col("opened_at", K::Timestamp, true), col("resolved_at", K::Timestamp), col("category", K::Text),
                  score("csat", 1, 5, false)}});
    // respondent is part of the key but may be empty (stored as '').
    ColumnSpec respondent = col("respondent", K::Text);
    respondent.key = true;
    t.push_back({T::Nps, "nps.csv", "nps", "NPS answer",
                 {ref(key("account_id", K::Id), T::Accounts), key("responded_on", K::Date), respondent,
                  score("score", 0, 10, true), col("comment", K::Text)}});
    t.push_back({T::Targets, "targets.csv", "targets", "target",
                 {key("period", K::Period), key("kpi", K::Kpi), col("target", K::Number, true),
                  enumCol("owner", namesOf<TargetOwner>(4), false)}});
    ColumnSpec question = enumCol("question", namesOf<SurveyQuestion>(kSurveyQuestionCount), true);
    question.key = true;
    t.push_back({T::AlignmentSurvey, "alignment_survey.csv", "alignment_survey", "survey answer",
                 {key("surveyed_on", K::Date), key("respondent", K::Text),
                  enumCol("role", namesOf<SurveyRole>(4), true), question, score("score", 1, 10, true)}});
    // Same key as revenue.csv: product is optional in the file (empty = "default").
    t.push_back({T::Usage, "usage.csv", "usage", "usage row",
                 {ref(key("account_id", K::Id), T::Accounts), key("month", K::Month), product,
                  score("active_users", 0, INT_MAX, true), score("seats", 0, INT_MAX, false)}});
    return t;
}

} // namespace

std::vector<int> TableSpec::keyColumns() const
{
    std::vector<int> out;
    for (int i = 0; i < int(columns.size()); ++i)
        if (columns[std::size_t(i)].key)
            out.push_back(i);
    return out;
}

int TableSpec::columnIndex(const std::string &name) const
{
    for (int i = 0; i < int(columns.size()); ++i)
        if (columns[std::size_t(i)].name == name)
            return i;
    return -1;
}

const std::vector<TableSpec> &bundleTables()
{
    static const std::vector<TableSpec> tables = build();
    return tables;
}

const TableSpec &bundleTable(BundleTable id) { return bundleTables()[std::size_t(id)]; }

} // namespace ra

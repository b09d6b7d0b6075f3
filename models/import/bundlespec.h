#pragma once
// The bundle's files and columns of docs/bundle-format.md as data: the importer is
// one generic loop over these specs plus a few per-table rules.
#include <string>
#include <vector>

namespace ra {

enum class BundleTable { Accounts, Campaigns, Leads, Touches, Opportunities, Revenue, Spend, Tickets, Nps, Targets, AlignmentSurvey };

enum class ColumnKind { Id, Text, Timestamp, Date, Month, Money, Score, Number, Enum, Period, Kpi };

struct ColumnSpec {
    std::string name;
    ColumnKind kind = ColumnKind::Text;
    bool required = false;
    bool key = false;
    int min = 0, max = 0;                 // Score range
    std::vector<std::string> enumValues;  // Enum: canonical lower-case values
    std::string enumLabel;                // Enum: "source", for messages
    int references = -1;                  // index into bundleTables() of the referenced table, or -1
};

struct TableSpec {
    BundleTable id;
    std::string file;  // "leads.csv"
    std::string table; // "leads"
    std::string noun;  // "lead", for "unknown lead 'L9'"
    std::vector<ColumnSpec> columns;
    std::vector<int> keyColumns() const;
    int columnIndex(const std::string &name) const; // -1 when absent
};

// In import (dependency) order: accounts, campaigns, leads, touches,
// opportunities, revenue, spend, tickets, nps, targets, alignment_survey.
const std::vector<TableSpec> &bundleTables();
const TableSpec &bundleTable(BundleTable id);

} // namespace ra

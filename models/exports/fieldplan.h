#pragma once
// One mapping applied to one file's header: which source column feeds each
// target, and the conversion of a record's fields into bundle values. Rows
// are converted field by field in the mapping's order; the first failing
// field rejects the row, named by the source's own header.
#include "core/result.h"
#include "exports/mapping.h"

#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ra {

class CsvRecord;

// A source record: a CSV record as read, or one kept aside (report footers
// are only known at the end of the file).
class RecordView {
public:
    explicit RecordView(const CsvRecord &record) : m_csv(&record) {}
    explicit RecordView(const std::vector<std::string> &fields) : m_fields(&fields) {}
    std::string_view field(int i) const;
    bool isNull(int i) const { return field(i).empty(); }
    int size() const;

private:
    const CsvRecord *m_csv = nullptr;
    const std::vector<std::string> *m_fields = nullptr;
};

enum class ValueType { Id, Text, Timestamp, Date, Money, Integer, Bool };

struct PlanOptions {
    SourceTimeOptions time;       // zone for a mapping in the source's zone; date order from the file
    QString storeCurrency = QStringLiteral("EUR");
};

struct ResolvedColumn {
    const MappingColumn *spec = nullptr;
    std::vector<int> from; // present source columns, in preference order (first non-empty wins)
    int also = -1, currency = -1, converted = -1;
    QString header;        // the first present source header, as written in the file
    ValueType type = ValueType::Text;
    // The value map's entries with ASCII keys, as UTF-8: an ASCII value (nearly
    // all of them) is looked up without building a QString per row.
    std::map<std::string, std::string, std::less<>> asciiValues;
};

struct FieldError {
    QString header; // source header of the failing field
    QString reason;
};

class FieldPlan {
public:
    // Resolves every column against the header (raw cells of the first record).
    // A target with several entries takes the first whose headers are present.
    static FieldPlan resolve(const Mapping &mapping, const QStringList &header, const PlanOptions &options);

    const Mapping &mapping() const { return *m_mapping; }
    // Targets the file feeds (present headers or a default), in the mapping's order.
    const std::vector<QString> &targets() const { return m_targets; }
    int targetIndex(const QString &to) const; // -1 when the file does not feed it
    QString headerOf(int target) const;       // the source header behind a target (for rejections)
    // Source columns of the file that the plan reads (for the UTF-8 check of streamed files).
    const std::vector<int> &usedColumns() const { return m_used; }
    // Slash dates seen in these columns decide the file's date order.
    std::vector<int> dateColumns() const;
    void setDateOrder(DateOrder order) { m_options.time.order = order; }

    // Converts the record into out (one string per target, "" = NULL).
    // Returns false with error set on the first failing field.
    bool convert(const RecordView &record, std::vector<std::string> &out, FieldError &error) const;
    // One target only (the key of an unchanged row is all a re-import needs).
    bool convertTarget(int target, const RecordView &record, std::string &out, FieldError &error) const;

private:
    bool convertOne(const ResolvedColumn &c, const RecordView &record, std::string &out, FieldError &error) const;
    bool typed(const ResolvedColumn &c, std::string_view raw, std::string &out, QString &why) const;
    static std::optional<std::string> mappedValue(const ResolvedColumn &c, std::string_view raw);

    const Mapping *m_mapping = nullptr;
    PlanOptions m_options;
    std::vector<ResolvedColumn> m_columns; // one per target
    std::vector<QString> m_targets;
    std::vector<int> m_used;
};

ValueType valueTypeOf(const Mapping &mapping, const MappingColumn &column);

} // namespace ra

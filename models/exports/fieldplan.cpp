#include "exports/fieldplan.h"

#include "domain/reasons.h"
#include "domain/values.h"
#include "import/bundlespec.h"
#include "csv/csvreader.h"
#include "csv/fieldcheck.h"

#include <QRegularExpression>
#include <QUrl>
#include <charconv>

namespace ra {
namespace {

bool headerMatches(const QString &pattern, const QString &normalisedHeader)
{
    const QString p = normaliseHeader(pattern);
    if (!p.contains(QLatin1Char('*')))
        return p == normalisedHeader;
    QStringList parts = p.split(QLatin1Char('*'));
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    return QRegularExpression(QLatin1Char('^') + parts.join(QStringLiteral(".*")) + QLatin1Char('$')).match(normalisedHeader).hasMatch();
}

// First column (in file order) whose header matches the first matching pattern.
int findHeader(const QStringList &patterns, const QStringList &normalised)
{
    for (const QString &p : patterns)
        for (int i = 0; i < normalised.size(); ++i)
            if (headerMatches(p, normalised.at(i)))
                return i;
    return -1;
}

std::vector<int> findHeaders(const QStringList &patterns, const QStringList &normalised)
{
    std::vector<int> out;
    for (const QString &p : patterns)
        for (int i = 0; i < normalised.size(); ++i)
            if (headerMatches(p, normalised.at(i)) && std::find(out.begin(), out.end(), i) == out.end()) {
                out.push_back(i);
                break; // a duplicated header: its first column only
            }
    return out;
}

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

std::string_view firstOf(std::string_view s, const QString &split)
{
    if (split.isEmpty())
        return s;
    const QByteArray sep = split.toUtf8();
    const std::size_t at = s.find(std::string_view(sep.constData(), std::size_t(sep.size())));
    std::string_view v = at == std::string_view::npos ? s : s.substr(0, at);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

// Employees -> segment: under 200 SMB, under 1000 Mid-Market, else Enterprise
// (docs/importing.md). "51-200" ranges take their upper bound.
std::optional<QString> segmentOf(std::string_view raw)
{
    QString s = qs(raw).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (s.contains(QLatin1Char('-')))
        s = s.section(QLatin1Char('-'), -1);
    s.remove(QLatin1Char('+'));
    bool ok = false;
    const double n = s.toDouble(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    if (n < 200)
        return QStringLiteral("SMB");
    if (n < 1000)
        return QStringLiteral("Mid-Market");
    return QStringLiteral("Enterprise");
}

Result<qint64> parseCents(std::string_view raw)
{
    qint64 v = 0;
    const auto [p, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
    if (ec != std::errc() || p != raw.data() + raw.size())
        return makeError(ErrorCode::Parse, reasonText(Reason::ExportCents, {qs(raw)}));
    return v;
}

QString domainOf(std::string_view raw)
{
    QString s = qs(raw).trimmed().toLower();
    if (!s.contains(QStringLiteral("://")))
        s.prepend(QStringLiteral("http://"));
    QString host = QUrl(s).host();
    if (host.startsWith(QStringLiteral("www.")))
        host.remove(0, 4);
    return host;
}

// What normaliseHeader makes of plain ASCII (whitespace runs to one space,
// trimmed, lower case), written into buffer; nullopt for anything else
// (non-ASCII, or too long for the buffer), which takes the QString way.
std::optional<std::string_view> asciiNormalised(std::string_view raw, char (&buffer)[64])
{
    auto isSpace = [](char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); };
    std::size_t n = 0;
    bool pendingSpace = false;
    for (char ch : raw) {
        if (uchar(ch) >= 0x80)
            return std::nullopt;
        if (isSpace(ch)) {
            pendingSpace = n > 0;
            continue;
        }
        if (n + (pendingSpace ? 2 : 1) > sizeof buffer)
            return std::nullopt;
        if (pendingSpace)
            buffer[n++] = ' ';
        pendingSpace = false;
        buffer[n++] = ch >= 'A' && ch <= 'Z' ? char(ch - 'A' + 'a') : ch;
    }
    return std::string_view(buffer, n);
}

} // namespace

std::string_view RecordView::field(int i) const
{
    if (m_csv)
        return m_csv->field(i);
    return i >= 0 && i < int(m_fields->size()) ? std::string_view((*m_fields)[std::size_t(i)]) : std::string_view();
}

int RecordView::size() const { return m_csv ? m_csv->size() : int(m_fields->size()); }

ValueType valueTypeOf(const Mapping &mapping, const MappingColumn &column)
{
    static const QHash<QString, ValueType> named = {
        {QStringLiteral("id"), ValueType::Id},           {QStringLiteral("text"), ValueType::Text},
        {QStringLiteral("timestamp"), ValueType::Timestamp}, {QStringLiteral("date"), ValueType::Date},
        {QStringLiteral("money"), ValueType::Money},     {QStringLiteral("integer"), ValueType::Integer},
        {QStringLiteral("bool"), ValueType::Bool}};
    if (!column.as.isEmpty())
        return named.value(column.as, ValueType::Text);
    if (mapping.table.isEmpty())
        return ValueType::Text;
    for (const TableSpec &t : bundleTables()) {
        if (QString::fromStdString(t.table) != mapping.table)
            continue;
        const int i = t.columnIndex(column.to.toStdString());
        if (i < 0)
            return ValueType::Text;
        switch (t.columns[std::size_t(i)].kind) {
        case ColumnKind::Id: return ValueType::Id;
        case ColumnKind::Timestamp: return ValueType::Timestamp;
        case ColumnKind::Date: return ValueType::Date;
        case ColumnKind::Money: return ValueType::Money;
        default: return ValueType::Text;
        }
    }
    return ValueType::Text;
}

FieldPlan FieldPlan::resolve(const Mapping &mapping, const QStringList &header, const PlanOptions &options)
{
    FieldPlan plan;
    plan.m_mapping = &mapping;
    plan.m_options = options;
    QStringList normalised;
    for (const QString &h : header)
        normalised << normaliseHeader(h);
    for (const MappingColumn &c : mapping.columns) {
        if (plan.targetIndex(c.to) >= 0)
            continue; // an earlier entry for this target was present
        ResolvedColumn r;
        r.spec = &c;
        r.type = valueTypeOf(mapping, c);
        r.from = findHeaders(c.from, normalised);
        if (r.from.empty() && !c.fallback)
            continue;
        if (!c.also.isEmpty()) {
            r.also = findHeader(c.also, normalised);
            if (r.also < 0)
                continue;
        }
        r.currency = findHeader(c.currency, normalised);
        r.converted = findHeader(c.converted, normalised);
        r.header = r.from.empty() ? c.from.value(0, c.to) : header.at(r.from.front());
        for (auto it = c.values.constBegin(); it != c.values.constEnd(); ++it) {
            const QByteArray key = it.key().toUtf8();
            if (std::all_of(key.begin(), key.end(), [](char k) { return uchar(k) < 0x80; }))
                r.asciiValues.emplace(key.toStdString(), it.value().toStdString());
        }
        for (int i : r.from)
            plan.m_used.push_back(i);
        for (int i : {r.also, r.currency, r.converted})
            if (i >= 0)
                plan.m_used.push_back(i);
        plan.m_targets.push_back(c.to);
        plan.m_columns.push_back(std::move(r));
    }
    return plan;
}

int FieldPlan::targetIndex(const QString &to) const
{
    for (std::size_t i = 0; i < m_targets.size(); ++i)
        if (m_targets[i] == to)
            return int(i);
    return -1;
}

QString FieldPlan::headerOf(int target) const
{
    return target >= 0 && target < int(m_columns.size()) ? m_columns[std::size_t(target)].header : QString();
}

std::vector<int> FieldPlan::dateColumns() const
{
    std::vector<int> out;
    for (const ResolvedColumn &c : m_columns)
        if (c.type == ValueType::Timestamp || c.type == ValueType::Date)
            out.insert(out.end(), c.from.begin(), c.from.end());
    return out;
}

bool FieldPlan::convert(const RecordView &record, std::vector<std::string> &out, FieldError &error) const
{
    out.resize(m_columns.size());
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        out[i].clear();
        if (!convertOne(m_columns[i], record, out[i], error)) {
            error.header = m_columns[i].header;
            return false;
        }
    }
    return true;
}

bool FieldPlan::convertTarget(int target, const RecordView &record, std::string &out, FieldError &error) const
{
    out.clear();
    const ResolvedColumn &c = m_columns[std::size_t(target)];
    if (convertOne(c, record, out, error))
        return true;
    error.header = c.header;
    return false;
}

bool FieldPlan::convertOne(const ResolvedColumn &c, const RecordView &record, std::string &out, FieldError &error) const
{
    const MappingColumn &spec = *c.spec;
    int at = -1;
    std::string_view raw;
    for (int i : c.from) {
        raw = record.field(i);
        // A spreadsheet round trip writes empty cells as "null".
        if (raw == "null" || raw == "NULL")
            raw = {};
        if (!raw.empty()) {
            at = i;
            break;
        }
    }
    // error.header is set by the callers on failure: copying the QString for
    // every field of every row cost more than the conversions around it.
    if (at >= 0) {
        if (auto problem = fieldProblem(raw)) {
            error.reason = *problem;
            return false;
        }
    }
    if (spec.rule == QLatin1String("won-closed")) {
        const auto won = parseSourceBool(raw), closed = parseSourceBool(record.field(c.also));
        if (at < 0 && record.isNull(c.also))
            return true;
        if ((at >= 0 && !won) || (!record.isNull(c.also) && !closed)) {
            error.reason = reasonText(Reason::ExportClosedFlag, {c.header});
            return false;
        }
        out = won.value_or(false) ? "won" : closed.value_or(false) ? "lost" : "open";
        return true;
    }
    if (at < 0) {
        if (spec.fallback)
            out = spec.fallback->toStdString();
        return true;
    }
    raw = firstOf(raw, spec.split);
    if (!spec.values.isEmpty()) {
        if (std::optional<std::string> mapped = mappedValue(c, raw)) {
            out = std::move(*mapped);
            return true;
        }
        if (spec.otherwise) {
            out = spec.otherwise->toStdString();
            return true;
        }
        if (!spec.keepOthers) {
            error.reason = reasonText(Reason::ExportUnknownValue, {c.header, qs(raw)});
            return false;
        }
    }
    if (spec.rule == QLatin1String("segment-from-employees")) {
        const auto segment = segmentOf(raw);
        if (!segment) {
            error.reason = reasonText(Reason::ExportEmployees, {qs(raw)});
            return false;
        }
        out = segment->toStdString();
        return true;
    }
    if (spec.rule == QLatin1String("domain-from-url")) {
        out = domainOf(raw).toStdString();
        return true;
    }
    // A converted amount replaces one in another currency; without it the row is refused.
    if (c.type == ValueType::Money && c.currency >= 0) {
        const QString currency = qs(record.field(c.currency)).trimmed().toUpper();
        if (!currency.isEmpty() && currency != m_options.storeCurrency) {
            const std::string_view conv = c.converted >= 0 ? record.field(c.converted) : std::string_view();
            if (conv.empty()) {
                error.reason = reasonText(Reason::ExportCurrency, {currency, m_options.storeCurrency});
                return false;
            }
            raw = conv;
        }
    }
    QString why;
    if (!typed(c, raw, out, why)) {
        error.reason = why;
        return false;
    }
    return true;
}

std::optional<std::string> FieldPlan::mappedValue(const ResolvedColumn &c, std::string_view raw)
{
    char folded[64];
    if (const std::optional<std::string_view> key = asciiNormalised(raw, folded)) {
        const auto it = c.asciiValues.find(*key);
        return it == c.asciiValues.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    const auto it = c.spec->values.constFind(normaliseHeader(qs(raw)));
    return it == c.spec->values.constEnd() ? std::nullopt : std::optional<std::string>(it->toStdString());
}

bool FieldPlan::typed(const ResolvedColumn &c, std::string_view raw, std::string &out, QString &why) const
{
    switch (c.type) {
    case ValueType::Id:
        for (const QString &none : m_mapping->nullIds)
            if (qs(raw) == none)
                return true;
        if (c.spec->prefixed)
            out = m_mapping->idPrefix.toStdString();
        out.append(raw);
        return true;
    case ValueType::Text:
        out.assign(raw);
        return true;
    case ValueType::Timestamp:
    case ValueType::Date: {
        const bool dateOnly = c.type == ValueType::Date;
        SourceTimeOptions t = m_options.time;
        if (!m_mapping->sourceTimeZone)
            t.zone = QTimeZone::utc();
        const Result<qint64> v = parseSourceTime(raw, t, dateOnly);
        if (!v) {
            why = v.message();
            return false;
        }
        out = (dateOnly ? formatDate(*v) : formatTimestamp(*v)).toStdString();
        return true;
    }
    case ValueType::Money: {
        const Result<qint64> cents = m_mapping->amountInCents ? parseCents(raw) : parseSourceMoney(raw);
        if (!cents) {
            why = cents.message();
            return false;
        }
        out = formatMoney(*cents).toStdString();
        return true;
    }
    case ValueType::Integer: {
        qint64 v = 0;
        std::string_view s = raw;
        if (s.size() > 2 && s.substr(s.size() - 2) == ".0")
            s.remove_suffix(2); // spreadsheets write 3 as 3.0
        const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || p != s.data() + s.size()) {
            why = reasonText(Reason::ExportWholeNumber, {qs(raw)});
            return false;
        }
        out = std::to_string(v);
        return true;
    }
    case ValueType::Bool: {
        const auto b = parseSourceBool(raw);
        if (!b) {
            why = reasonText(Reason::ExportBool, {qs(raw)});
            return false;
        }
        out = *b ? "true" : "false";
        return true;
    }
    }
    return true;
}

} // namespace ra

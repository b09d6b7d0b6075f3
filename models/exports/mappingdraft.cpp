#include "exports/mappingdraft.h"

#include "domain/reasons.h"
#include "exports/sourcevalues.h"
#include "import/bundlespec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ra {
namespace {

const TableSpec *tableSpec(const QString &table)
{
    for (const TableSpec &t : bundleTables())
        if (QString::fromStdString(t.table) == table)
            return &t;
    return nullptr;
}

// Text columns whose values are categories worth mapping (the enums are too).
bool categorical(const QString &column)
{
    static const QStringList names = {QStringLiteral("segment"), QStringLiteral("persona"),  QStringLiteral("channel"),
                                      QStringLiteral("stage"),   QStringLiteral("category"), QStringLiteral("industry"),
                                      QStringLiteral("region")};
    return names.contains(column);
}

// Canonical values the KPIs group by, offered for the text columns that have them (docs/bundle-format.md).
QStringList suggested(const QString &column)
{
    if (column == QLatin1String("channel"))
        return {QStringLiteral("web"),           QStringLiteral("email"),
                QStringLiteral("social"),        QStringLiteral("organic_search"),
                QStringLiteral("paid"),          QStringLiteral("event"),
                QStringLiteral("telemarketing"), QStringLiteral("referral"),
                QStringLiteral("partner"),       QStringLiteral("field"),
                QStringLiteral("other")};
    if (column == QLatin1String("segment"))
        return {QStringLiteral("SMB"), QStringLiteral("Mid-Market"), QStringLiteral("Enterprise")};
    return {};
}

std::string joined(const std::vector<std::string> &values)
{
    std::string out;
    for (const std::string &v : values)
        out += (out.empty() ? "" : ", ") + v;
    return out;
}

QString resolvedHeader(const Mapping &m, const QStringList &header, const QString &target)
{
    const FieldPlan plan = FieldPlan::resolve(m, header, PlanOptions{});
    const int i = plan.targetIndex(target);
    // A target fed only by its default has no source column.
    return i >= 0 && !plan.headerOf(i).isEmpty() && header.contains(plan.headerOf(i)) ? plan.headerOf(i) : QString();
}

QJsonObject adjustedColumn(QJsonObject o, const QString &header)
{
    o.remove(QStringLiteral("rule"));
    o.remove(QStringLiteral("also"));
    o.insert(QStringLiteral("from"), QJsonArray{header});
    return o;
}

} // namespace

QStringList draftTables()
{
    return {QStringLiteral("accounts"),  QStringLiteral("leads"),   QStringLiteral("opportunities"),
            QStringLiteral("campaigns"), QStringLiteral("tickets"), QStringLiteral("nps")};
}

MappingDraft MappingDraft::adjust(const Mapping &base, const QStringList &header)
{
    MappingDraft d;
    d.name = base.name;
    d.label = base.label;
    d.source = base.source;
    d.table = base.table;
    d.base = &base;
    for (const DraftTarget &t : d.targets())
        if (const QString h = resolvedHeader(base, header, t.name); !h.isEmpty())
            d.sourceOf.insert(t.name, h);
    return d;
}

QString MappingDraft::sourceFromFileName(const QString &fileName)
{
    QString stem = QFileInfo(fileName).completeBaseName().toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("custom") : stem;
}

MappingDraft MappingDraft::fresh(const QString &table, const QString &source, const QString &label)
{
    MappingDraft d;
    d.source = source;
    d.name = source + QLatin1Char('-') + table;
    d.label = label;
    d.table = table;
    return d;
}

std::vector<DraftTarget> MappingDraft::targets() const
{
    std::vector<DraftTarget> out;
    const bool rows = !base || base->kind == MappingKind::Rows;
    if (const TableSpec *t = rows ? tableSpec(table) : nullptr) {
        for (const ColumnSpec &c : t->columns) {
            DraftTarget d;
            d.name = QString::fromStdString(c.name);
            d.required = c.required;
            for (const std::string &v : c.enumValues)
                d.allowed << QString::fromStdString(v);
            d.valueMapped = c.kind == ColumnKind::Enum || categorical(d.name);
            d.suggestions = d.allowed.isEmpty() ? suggested(d.name) : d.allowed;
            out.push_back(d);
        }
    }
    if (base) {
        for (const MappingColumn &c : base->columns) {
            if (std::any_of(out.begin(), out.end(), [&](const DraftTarget &t) { return t.name == c.to; }))
                continue;
            DraftTarget d;
            d.name = c.to;
            d.required = out.empty(); // another kind's first field is its record's id
            d.valueMapped = !c.values.isEmpty();
            out.push_back(d);
        }
    }
    return out;
}

bool MappingDraft::byRule(const QString &target, const QStringList &header) const
{
    if (!base || sourceOf.value(target) != resolvedHeader(*base, header, target))
        return false;
    return std::any_of(base->columns.begin(), base->columns.end(),
                       [&](const MappingColumn &c) { return c.to == target && !c.rule.isEmpty(); });
}

QStringList MappingDraft::missingRequired() const
{
    QStringList out;
    for (const DraftTarget &t : targets()) {
        if (!t.required || !sourceOf.value(t.name).isEmpty())
            continue;
        const bool hasDefault =
            base && std::any_of(base->columns.begin(), base->columns.end(), [&](const MappingColumn &c) {
                return c.to == t.name && c.fallback && !c.fallback->isEmpty();
            });
        if (!hasDefault)
            out << t.name;
    }
    return out;
}

Result<Mapping> MappingDraft::build(const QStringList &header) const
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!validName.match(name).hasMatch() || !validName.match(source).hasMatch())
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate(
                             "ra::Exports", "a mapping needs a name and a source of letters, digits, '-', '_' or '.'"));
    if (const QStringList missing = missingRequired(); !missing.isEmpty())
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("ra::Exports", "required columns not mapped: %1")
                             .arg(missing.join(QStringLiteral(", "))));
    for (auto it = sourceOf.begin(); it != sourceOf.end(); ++it)
        if (!it.value().isEmpty() && !header.contains(it.value()))
            return makeError(ErrorCode::Validation,
                             QCoreApplication::translate("ra::Exports", "%1: no column \"%2\" in the file")
                                 .arg(it.key(), it.value()));

    QJsonObject doc = base ? base->document
                           : QJsonObject{{QStringLiteral("format"), 1},
                                         {QStringLiteral("kind"), QStringLiteral("rows")},
                                         {QStringLiteral("table"), table}};
    doc.insert(QStringLiteral("name"), name);
    doc.insert(QStringLiteral("label"), label.isEmpty() ? name : label);
    if (!base) {
        doc.insert(QStringLiteral("source"), source);
        doc.insert(QStringLiteral("idPrefix"), source + QLatin1Char(':'));
    }
    QJsonArray columns;
    QStringList done;
    const QJsonArray baseColumns = doc.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &v : baseColumns) {
        const QJsonObject o = v.toObject();
        const QString to = o.value(QStringLiteral("to")).toString();
        const QString now = sourceOf.value(to);
        if (done.contains(to))
            continue;
        if (now == resolvedHeader(*base, header, to)) {
            columns.append(o); // as shipped, every alternative kept
            continue;
        }
        done << to;
        if (!now.isEmpty())
            columns.append(adjustedColumn(o, now));
        else if (o.contains(QStringLiteral("default")))
            columns.append(QJsonObject{{QStringLiteral("to"), to},
                                       {QStringLiteral("default"), o.value(QStringLiteral("default"))}});
    }
    QStringList detect;
    for (const DraftTarget &t : targets()) {
        const QString h = sourceOf.value(t.name);
        if (h.isEmpty())
            continue;
        if (detect.size() < 6)
            detect << h;
        if (!baseColumns.isEmpty() && std::any_of(baseColumns.begin(), baseColumns.end(), [&](const QJsonValue &v) {
                return v.toObject().value(QStringLiteral("to")).toString() == t.name;
            }))
            continue;
        columns.append(QJsonObject{{QStringLiteral("to"), t.name}, {QStringLiteral("from"), QJsonArray{h}}});
    }
    QStringList textTargets;
    for (const DraftTarget &t : targets())
        if (t.allowed.isEmpty())
            textTargets << t.name;
    // The value maps go onto the first entry of their column.
    QStringList mapped;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QJsonObject o = columns.at(i).toObject();
        const QString to = o.value(QStringLiteral("to")).toString();
        if ((!values.contains(to) && !otherwise.contains(to)) || mapped.contains(to))
            continue;
        QJsonObject map = o.value(QStringLiteral("values")).toObject();
        const QHash<QString, QString> mine = values.value(to);
        for (auto it = mine.begin(); it != mine.end(); ++it)
            map.insert(it.key(), it.value());
        o.insert(QStringLiteral("values"), map);
        if (otherwise.contains(to))
            o.insert(QStringLiteral("otherwise"), otherwise.value(to));
        else if (!o.contains(QStringLiteral("otherwise")) && textTargets.contains(to))
            o.insert(QStringLiteral("others"),
                     QStringLiteral("keep")); // a text value the sample did not show stays as it is
        columns.replace(i, o);
        mapped << to;
    }
    doc.insert(QStringLiteral("columns"), columns);
    if (!base)
        doc.insert(QStringLiteral("detect"), QJsonArray::fromStringList(detect));
    return Mapping::fromJson(QJsonDocument(doc).toJson(), name);
}

LandedPreview landPreview(const Mapping &mapping, const ExportPreview &preview, const PlanOptions &options)
{
    LandedPreview out;
    FieldPlan plan = FieldPlan::resolve(mapping, preview.header, options);
    // N/N/YYYY dates: as the import settles them (given, the mapping's, else the first value that proves it).
    DateOrder order = options.time.order != DateOrder::Unknown ? options.time.order : mapping.dateOrder;
    for (std::size_t r = 0; r < preview.rows.size() && order == DateOrder::Unknown; ++r)
        for (int c : plan.dateColumns())
            if (c < int(preview.rows[r].size()) && order == DateOrder::Unknown)
                order = provenDateOrder(preview.rows[r][std::size_t(c)]);
    plan.setDateOrder(order);
    const TableSpec *spec = tableSpec(mapping.table);
    for (const QString &t : plan.targets())
        out.targets << t;
    std::string value;
    FieldError error;
    for (const std::vector<std::string> &cells : preview.rows) {
        const RecordView record(cells);
        std::vector<LandedCell> row;
        bool rejected = false;
        for (int i = 0; i < int(plan.targets().size()); ++i) {
            LandedCell cell;
            if (!plan.convertTarget(i, record, value, error)) {
                cell.problem = error.reason;
            } else {
                cell.value = QString::fromStdString(value);
                const int c = spec ? spec->columnIndex(plan.targets()[std::size_t(i)].toStdString()) : -1;
                const ColumnSpec *col = c >= 0 ? &spec->columns[std::size_t(c)] : nullptr;
                if (col && col->required && value.empty()) {
                    cell.problem = reasonText(Reason::Required, {QString::fromStdString(col->name)});
                } else if (col && !col->enumValues.empty() && !value.empty()) {
                    // The bundle takes a listed value in any case and stores it as listed.
                    const auto v =
                        std::find(col->enumValues.begin(), col->enumValues.end(), cell.value.toLower().toStdString());
                    if (v == col->enumValues.end())
                        cell.problem = QCoreApplication::translate("ra::Exports", "not one of %1")
                                           .arg(QString::fromStdString(joined(col->enumValues)));
                    else
                        cell.value = QString::fromStdString(*v);
                }
            }
            rejected = rejected || !cell.problem.isEmpty();
            row.push_back(cell);
        }
        if (rejected)
            out.rejectedRows.push_back(qint64(out.rows.size()));
        out.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace ra

#include "exports/mapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

static void initMappingResources() { Q_INIT_RESOURCE(mappings); }

namespace ra {
namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

Result<MappingKind> kindOf(const QString &kind)
{
    if (kind.isEmpty() || kind == QLatin1String("rows"))
        return MappingKind::Rows;
    if (kind == QLatin1String("customers"))
        return MappingKind::Customers;
    if (kind == QLatin1String("subscriptions"))
        return MappingKind::Subscriptions;
    if (kind == QLatin1String("invoices"))
        return MappingKind::Invoices;
    if (kind == QLatin1String("tickets"))
        return MappingKind::Tickets;
    return makeError(ErrorCode::Validation,
                     QCoreApplication::translate(
                         "ra::Exports", "unknown kind '%1' (rows, customers, subscriptions, invoices, tickets)")
                         .arg(kind));
}

Result<MappingColumn> columnOf(const QJsonObject &o, int index)
{
    static const QStringList known = {
        QStringLiteral("to"),      QStringLiteral("from"),   QStringLiteral("also"),      QStringLiteral("as"),
        QStringLiteral("rule"),    QStringLiteral("values"), QStringLiteral("otherwise"), QStringLiteral("default"),
        QStringLiteral("split"),   QStringLiteral("prefix"), QStringLiteral("currency"),  QStringLiteral("converted"),
        QStringLiteral("comment"), QStringLiteral("others")};
    for (const QString &k : o.keys())
        if (!known.contains(k))
            return makeError(
                ErrorCode::Validation,
                QCoreApplication::translate("ra::Exports", "columns[%1]: unknown member '%2'").arg(index).arg(k));
    MappingColumn c;
    c.to = o.value(QLatin1String("to")).toString();
    if (c.to.isEmpty())
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("ra::Exports", "columns[%1]: 'to' is missing").arg(index));
    c.from = strings(o.value(QLatin1String("from")));
    c.also = strings(o.value(QLatin1String("also")));
    c.as = o.value(QLatin1String("as")).toString();
    c.rule = o.value(QLatin1String("rule")).toString();
    static const QStringList rules = {QString(), QStringLiteral("won-closed"), QStringLiteral("segment-from-employees"),
                                      QStringLiteral("domain-from-url")};
    if (!rules.contains(c.rule))
        return makeError(
            ErrorCode::Validation,
            QCoreApplication::translate("ra::Exports", "columns[%1]: unknown rule '%2'").arg(index).arg(c.rule));
    const QJsonObject values = o.value(QLatin1String("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        c.values.insert(normaliseHeader(it.key()), it.value().toString());
    if (o.contains(QLatin1String("otherwise")))
        c.otherwise = o.value(QLatin1String("otherwise")).toString();
    const QString others = o.value(QLatin1String("others")).toString(QStringLiteral("reject"));
    if (others != QLatin1String("keep") && others != QLatin1String("reject"))
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("ra::Exports", "columns[%1]: 'others' is keep or reject, not '%2'")
                             .arg(index)
                             .arg(others));
    c.keepOthers = others == QLatin1String("keep");
    if (o.contains(QLatin1String("default")))
        c.fallback = o.value(QLatin1String("default")).toString();
    c.split = o.value(QLatin1String("split")).toString();
    c.prefixed = o.value(QLatin1String("prefix")).toBool(true);
    c.currency = strings(o.value(QLatin1String("currency")));
    c.converted = strings(o.value(QLatin1String("converted")));
    if (c.from.isEmpty() && !c.fallback)
        return makeError(ErrorCode::Validation, QStringLiteral("columns[%1] (%2): needs 'from' or 'default'").arg(index).arg(c.to));
    return c;
}

} // namespace

Result<Mapping> Mapping::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Parse,
                         QCoreApplication::translate("ra::Exports", "%1: not a mapping (JSON error at offset %2: %3)")
                             .arg(origin)
                             .arg(err.offset)
                             .arg(err.errorString()));
    const QJsonObject o = doc.object();
    auto fail = [&](const QString &why) { return makeError(ErrorCode::Validation, QStringLiteral("%1: %2").arg(origin, why)); };
    if (o.value(QLatin1String("format")).toInt() != 1)
        return fail(QCoreApplication::translate("ra::Exports",
                                                "'format' must be 1 (the only mapping format this RevAlign reads)"));
    Mapping m;
    m.document = o;
    m.name = o.value(QLatin1String("name")).toString();
    m.label = o.value(QLatin1String("label")).toString(m.name);
    m.source = o.value(QLatin1String("source")).toString();
    if (m.name.isEmpty() || m.source.isEmpty())
        return fail(QCoreApplication::translate("ra::Exports", "'name' and 'source' are required"));
    auto kind = kindOf(o.value(QLatin1String("kind")).toString());
    if (!kind)
        return fail(kind.message());
    m.kind = *kind;
    m.table = o.value(QLatin1String("table")).toString();
    if ((m.kind == MappingKind::Rows || m.kind == MappingKind::Tickets) && m.table.isEmpty())
        return fail(
            QCoreApplication::translate("ra::Exports", "'table' (the bundle table the rows become) is required"));
    m.idPrefix = o.value(QLatin1String("idPrefix")).toString(m.source + QLatin1Char(':'));
    m.detect = strings(o.value(QLatin1String("detect")));
    m.exclude = strings(o.value(QLatin1String("exclude")));
    m.fileNames = strings(o.value(QLatin1String("fileNames")));
    m.sourceTimeZone = o.value(QLatin1String("timeZone")).toString() == QLatin1String("source");
    const QString order = o.value(QLatin1String("dateOrder")).toString(QStringLiteral("auto"));
    if (order == QLatin1String("mdy"))
        m.dateOrder = DateOrder::MonthFirst;
    else if (order == QLatin1String("dmy"))
        m.dateOrder = DateOrder::DayFirst;
    else if (order != QLatin1String("auto"))
        return fail(QCoreApplication::translate("ra::Exports", "'dateOrder' is auto, mdy or dmy, not '%1'").arg(order));
    m.nullIds = strings(o.value(QLatin1String("nullIds")));
    m.amountInCents = o.value(QLatin1String("amounts")).toString() == QLatin1String("cents");
    const QJsonArray columns = o.value(QLatin1String("columns")).toArray();
    if (columns.isEmpty())
        return fail(QCoreApplication::translate("ra::Exports", "'columns' is missing or empty"));
    for (int i = 0; i < columns.size(); ++i) {
        auto c = columnOf(columns.at(i).toObject(), i);
        if (!c)
            return fail(c.message());
        m.columns.push_back(std::move(*c));
    }
    return m;
}

QByteArray Mapping::toJson() const { return QJsonDocument(document).toJson(QJsonDocument::Indented); }

bool Mapping::hasTarget(const QString &to) const
{
    for (const MappingColumn &c : columns)
        if (c.to == to)
            return true;
    return false;
}

const std::vector<Mapping> &builtinMappings()
{
    static const std::vector<Mapping> all = [] {
        initMappingResources();
        std::vector<Mapping> out;
        const QDir dir(QStringLiteral(":/mappings"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            auto m = Mapping::fromJson(f.readAll(), name);
            // A shipped mapping that does not load is a build defect; tst_exportmapping loads every one.
            if (m)
                out.push_back(std::move(*m));
            else
                qWarning("%s", qPrintable(m.message()));
        }
        return out;
    }();
    return all;
}

} // namespace ra

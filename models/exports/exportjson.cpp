#include "exports/exportjson.h"

#include "domain/reasons.h"
#include "exports/jsonsplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

namespace ra {
namespace {

const QList<QByteArray> kArrays = {"tickets", "results", "users", "organizations", "metric_sets"};

// The generated CSV's header: the ticket API's field names.
const QStringList kHeader = {QStringLiteral("id"),
                             QStringLiteral("external_id"),
                             QStringLiteral("subject"),
                             QStringLiteral("status"),
                             QStringLiteral("type"),
                             QStringLiteral("priority"),
                             QStringLiteral("created_at"),
                             QStringLiteral("updated_at"),
                             QStringLiteral("solved_at"),
                             QStringLiteral("requester_id"),
                             QStringLiteral("requester.email"),
                             QStringLiteral("organization_id"),
                             QStringLiteral("organization.name"),
                             QStringLiteral("satisfaction_rating.score"),
                             QStringLiteral("via.channel"),
                             QStringLiteral("tags"),
                             QStringLiteral("group_id"),
                             QStringLiteral("assignee_id"),
                             QStringLiteral("brand_id")};

bool isTicketArray(const QByteArray &array) { return array.isEmpty() || array == "tickets" || array == "results"; }

// A record of a "tickets" list is a ticket; a record on its own must look like
// one (a users or organisations export has ids and dates too).
bool looksLikeTicket(const QJsonObject &t, const QByteArray &array)
{
    if (!array.isEmpty())
        return true;
    for (const char *field : {"status", "requester_id", "subject", "via", "satisfaction_rating", "ticket_form_id"})
        if (t.contains(QLatin1String(field)))
            return true;
    return false;
}

// What the file's other records tell about its tickets.
struct Sideloads {
    QHash<QString, QString> emails;        // user id -> e-mail
    QHash<QString, QString> organisations; // organisation id -> name
    QHash<QString, QString> solved;        // ticket id -> solved_at (metric sets)
    QHash<QString, qint64> latest;         // ticket id -> ordinal of its last record
    qint64 tickets = 0;                    // records that look like tickets
};

// The text of a scalar; ok = false for an object or a list.
QString scalar(const QJsonValue &v, bool &ok)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const qint64 i = v.toInteger();
        return double(i) == v.toDouble() ? QString::number(i) : QString::number(v.toDouble(), 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        ok = false;
        return {};
    }
}

QString scalarOr(const QJsonValue &v)
{
    bool ok = true;
    return scalar(v, ok);
}

QJsonValue path(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    QJsonValue v(o);
    for (const char *k : keys)
        v = v.isObject() ? v.toObject().value(QLatin1String(k)) : QJsonValue();
    return v;
}

// A record of a tickets list: the ticket, or {"ticket": {...}} (one ticket's API response).
QJsonObject ticketOf(const QJsonObject &o)
{
    const QJsonValue inner = o.value(QLatin1String("ticket"));
    return inner.isObject() ? inner.toObject() : o;
}

struct Flat {
    QStringList cells;
    QString field, reason; // set when the ticket cannot be read (its id is no value)
};

class Flattener {
public:
    Flattener(const QJsonObject &t, const Sideloads &s) : m_t(t), m_s(s) {}

    Flat run()
    {
        const QString id = text("id", m_t.value(QLatin1String("id")));
        const QString requester = text("requester_id", m_t.value(QLatin1String("requester_id")));
        const QString organisation = text("organization_id", m_t.value(QLatin1String("organization_id")));
        const QString email =
            first({text("requester.email", path(m_t, {"requester", "email"})), m_s.emails.value(requester),
                   scalarOr(path(m_t, {"via", "source", "from", "address"}))});
        const QString orgName = first({text("organization.name", path(m_t, {"organization", "name"})),
                                       m_s.organisations.value(organisation),
                                       text("organization_name", m_t.value(QLatin1String("organization_name")))});
        const QString solved =
            first({text("solved_at", m_t.value(QLatin1String("solved_at"))),
                   text("metric_set.solved_at", path(m_t, {"metric_set", "solved_at"})), m_s.solved.value(id)});
        m_flat.cells = {id,
                        text("external_id", m_t.value(QLatin1String("external_id"))),
                        text("subject", m_t.value(QLatin1String("subject"))),
                        text("status", m_t.value(QLatin1String("status"))),
                        text("type", m_t.value(QLatin1String("type"))),
                        text("priority", m_t.value(QLatin1String("priority"))),
                        text("created_at", m_t.value(QLatin1String("created_at"))),
                        text("updated_at", m_t.value(QLatin1String("updated_at"))),
                        solved,
                        requester,
                        email,
                        organisation,
                        orgName,
                        unwrapped("satisfaction_rating", "score"),
                        unwrapped("via", "channel"),
                        tags(),
                        text("group_id", m_t.value(QLatin1String("group_id"))),
                        text("assignee_id", m_t.value(QLatin1String("assignee_id"))),
                        text("brand_id", m_t.value(QLatin1String("brand_id")))};
        return m_flat;
    }

private:
    static QString first(std::initializer_list<QString> values)
    {
        for (const QString &v : values)
            if (!v.isEmpty())
                return v;
        return {};
    }
    // An object or list where a value belongs is kept as compact JSON text:
    // the mapping's rule for that field then accepts or rejects it (a
    // created_at that is an object is an unparseable timestamp). Only the id
    // must be a value: without it the ticket is nobody.
    QString text(const char *field, const QJsonValue &v)
    {
        bool ok = true;
        const QString s = scalar(v, ok);
        if (ok)
            return s;
        if (qstrcmp(field, "id") == 0 && m_flat.field.isEmpty()) {
            m_flat.field = QLatin1String(field);
            m_flat.reason = reasonText(Reason::JsonIdNotValue);
        }
        const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    // satisfaction_rating is an object with a score ({"score": "good"}), in some exports the score itself.
    QString unwrapped(const char *field, const char *inner)
    {
        const QJsonValue v = m_t.value(QLatin1String(field));
        if (v.isObject())
            return text((QByteArray(field) + '.' + inner).constData(), v.toObject().value(QLatin1String(inner)));
        return text(field, v);
    }
    QString tags()
    {
        const QJsonValue v = m_t.value(QLatin1String("tags"));
        if (!v.isArray())
            return text("tags", v);
        QStringList out;
        for (const QJsonValue &e : v.toArray())
            out << text("tags", e);
        return out.join(QStringLiteral(", "));
    }

    const QJsonObject &m_t;
    const Sideloads &m_s;
    Flat m_flat;
};

QByteArray csvLine(const QStringList &cells)
{
    QByteArray out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        QString v = cells.at(i);
        // One line per record keeps the CSV's lines and the records in step.
        v.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += '"' + v.toUtf8().replace('"', "\"\"") + '"';
    }
    return out + '\n';
}

// What the first pass needs of a ticket record — its id, and whether it
// looks like a ticket — read from the bytes without building the object (the
// second pass builds it once). Unsure (an escaped id, a number that is not a
// plain integer, {"ticket": ...}): ok = false, and the record is parsed.
struct TicketKeys {
    QString id;
    bool ticketish = false;
    bool ok = true;
};

TicketKeys scanTicket(const QByteArray &bytes, const QByteArray &array)
{
    static const QList<QByteArray> ticketKeys = {"status", "requester_id",        "subject",
                                                 "via",    "satisfaction_rating", "ticket_form_id"};
    TicketKeys out;
    out.ticketish = !array.isEmpty();
    int depth = 0;
    bool inString = false, escape = false, isKey = false, expectKey = false;
    qsizetype from = 0;
    QByteArrayView key;
    for (qsizetype i = 0; i < bytes.size() && out.ok; ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"') {
                inString = false;
                const QByteArrayView text = QByteArrayView(bytes).sliced(from, i - from);
                if (isKey)
                    key = text;
                else if (depth == 1 && key == "id") {
                    out.ok = !text.contains('\\');
                    out.id = QString::fromUtf8(text);
                }
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            isKey = depth == 1 && expectKey;
            from = i + 1;
            if (isKey)
                expectKey = false;
        } else if (c == '{' || c == '[') {
            if (depth == 1 && key == "ticket")
                out.ok = false;
            ++depth;
            expectKey = depth == 1 && c == '{';
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        } else if (c == ':' && depth == 1) {
            out.ticketish = out.ticketish || ticketKeys.contains(key.toByteArray());
            // A number or literal id: its characters up to the next ',' or '}'.
            if (key == "id") {
                qsizetype end = i + 1;
                while (end < bytes.size() && bytes.at(end) != ',' && bytes.at(end) != '}')
                    ++end;
                const QByteArray raw = bytes.mid(i + 1, end - i - 1).trimmed();
                if (!raw.startsWith('"')) {
                    bool integer = !raw.isEmpty();
                    for (char d : raw)
                        integer = integer && ((d >= '0' && d <= '9') || d == '-');
                    out.ok = integer || raw == "null";
                    out.id = raw == "null" ? QString() : QString::fromLatin1(raw);
                }
            }
        }
    }
    return out;
}

// First pass: side-loaded records, and the last record of every ticket.
Status collectSideloads(JsonSplitter &splitter, QIODevice &file, Sideloads &s, const Progress &progress)
{
    qint64 ordinal = 0;
    return splitter.split(
        file,
        [&](const QByteArray &array, const QByteArray &bytes, qint64) {
            const bool ticket = isTicketArray(array);
            ordinal += ticket ? 1 : 0;
            if (ticket) {
                if (const TicketKeys keys = scanTicket(bytes, array); keys.ok) {
                    s.tickets += keys.ticketish ? 1 : 0;
                    if (!keys.id.isEmpty())
                        s.latest.insert(keys.id, ordinal);
                    return;
                }
            }
            const QJsonDocument doc = QJsonDocument::fromJson(bytes);
            if (!doc.isObject())
                return;
            const QJsonObject o = doc.object();
            const QString id = scalarOr(o.value(QLatin1String("id")));
            if (ticket) {
                const QJsonObject t = ticketOf(o);
                s.tickets += looksLikeTicket(t, array) ? 1 : 0;
                if (const QString tid = scalarOr(t.value(QLatin1String("id"))); !tid.isEmpty())
                    s.latest.insert(tid, ordinal);
            } else if (array == "users") {
                s.emails.insert(id, scalarOr(o.value(QLatin1String("email"))));
            } else if (array == "organizations") {
                s.organisations.insert(id, scalarOr(o.value(QLatin1String("name"))));
            } else if (array == "metric_sets") {
                s.solved.insert(scalarOr(o.value(QLatin1String("ticket_id"))),
                                scalarOr(o.value(QLatin1String("solved_at"))));
            }
        },
        [&](const QString &, qint64) { ++ordinal; }, progress);
}

// Second pass: every ticket record settled or written as one CSV line.
class TicketWriter {
public:
    TicketWriter(ExportText &out, QIODevice &csv, const Sideloads &s) : m_out(out), m_csv(csv), m_s(s) {}

    void record(const QByteArray &array, const QByteArray &bytes, qint64 line)
    {
        if (!isTicketArray(array))
            return;
        ++m_ordinal;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return settle(QStringLiteral("record"),
                          doc.isNull() ? reasonText(Reason::JsonInvalid, {QString::number(line), error.errorString()})
                                       : reasonText(Reason::JsonNotObject, {QString::number(line)}));
        const QJsonObject t = ticketOf(doc.object());
        if (!looksLikeTicket(t, array))
            return settle(QStringLiteral("record"), reasonText(Reason::JsonNotTicket));
        const QString kind = scalarOr(t.value(QLatin1String("result_type")));
        if (!kind.isEmpty() && kind != QLatin1String("ticket"))
            return settle(QStringLiteral("result_type"),
                          QCoreApplication::translate("ra::Exports", "not a ticket (%1)").arg(kind), false);
        const QString id = scalarOr(t.value(QLatin1String("id")));
        if (const qint64 last = m_s.latest.value(id, m_ordinal); !id.isEmpty() && last != m_ordinal)
            return settle(
                QStringLiteral("id"),
                QCoreApplication::translate("ra::Exports", "an older version of ticket %1 (record %2 is the latest)")
                    .arg(id)
                    .arg(last),
                false);
        if (scalarOr(t.value(QLatin1String("status"))) == QLatin1String("deleted"))
            return settle(QStringLiteral("status"), QCoreApplication::translate("ra::Exports", "deleted in Zendesk"),
                          false);
        const Flat flat = Flattener(t, m_s).run();
        if (!flat.field.isEmpty())
            return settle(flat.field, flat.reason);
        m_csv.write(csvLine(flat.cells));
        m_out.positions.push_back(m_ordinal);
    }
    void broken(const QString &reason, qint64 line)
    {
        ++m_ordinal;
        settle(QStringLiteral("record"), reason);
    }

private:
    void settle(const QString &field, const QString &reason, bool rejected = true)
    {
        m_out.settled.push_back(SettledRecord{m_ordinal, field, reason, rejected});
    }

    ExportText &m_out;
    QIODevice &m_csv;
    const Sideloads &m_s;
    qint64 m_ordinal = 0;
};

} // namespace

bool looksLikeJson(const QString &path, QByteArrayView head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json") || suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return true;
    const QByteArray start = head.first(std::min<qsizetype>(head.size(), 256)).toByteArray().trimmed();
    const QByteArray body = start.startsWith("\xEF\xBB\xBF") ? start.mid(3).trimmed() : start;
    return body.startsWith('{') || (body.startsWith('[') && body.mid(1).trimmed().startsWith('{'));
}

Result<ExportText> openJsonExport(const QString &path, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ra::Exports", "cannot read %1: %2").arg(path, file.errorString()));
    ExportText out;
    out.path = path;
    out.size = file.size();
    out.json = true;
    out.utf8Checked = true; // the CSV is written from decoded text
    JsonSplitter splitter(kArrays);
    Sideloads sideloads;
    const qint64 size = file.size();
    const Progress firstHalf =
        progress ? Progress([&](qint64 done, qint64, const QString &stage) { return progress(done, 2 * size, stage); })
                 : Progress();
    const Progress secondHalf = progress ? Progress([&](qint64 done, qint64, const QString &stage) {
        return progress(size + done, 2 * size, stage);
    })
                                         : Progress();
    if (Status s = collectSideloads(splitter, file, sideloads, firstHalf); !s)
        return makeError(s.error().code, QStringLiteral("%1: %2").arg(path, s.message()));
    if (sideloads.tickets == 0)
        return makeError(ErrorCode::Parse,
                         QCoreApplication::translate(
                             "ra::Exports",
                             "%1: JSON without tickets (Zendesk's ticket export is read: one ticket per line, "
                             "or pages with a \"tickets\" list)")
                             .arg(QFileInfo(path).fileName()));
    auto csv = std::make_unique<QTemporaryFile>();
    if (!csv->open())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ra::Exports", "cannot create a temporary file: %1").arg(csv->errorString()));
    csv->write(csvLine(kHeader));
    TicketWriter writer(out, *csv, sideloads);
    const Status read = splitter.split(
        file, [&](const QByteArray &array, const QByteArray &bytes, qint64 line) { writer.record(array, bytes, line); },
        [&](const QString &reason, qint64 line) { writer.broken(reason, line); }, secondHalf);
    if (!read)
        return makeError(read.error().code, QStringLiteral("%1: %2").arg(path, read.message()));
    if (!csv->flush() || !csv->seek(0))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ra::Exports", "cannot write a temporary file: %1").arg(csv->errorString()));
    out.encoding = QStringLiteral("UTF-8");
    out.device = std::move(csv);
    return out;
}

} // namespace ra

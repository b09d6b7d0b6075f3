#include "exports/exportimporter.h"

#include "domain/settings.h"
#include "exports/exportdetect.h"
#include "exports/exportjob.h"
#include "exports/exportreader.h"
#include "import/bundleimporter.h"
#include "store/settingsstore.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <deque>

namespace ra {

qint64 ExportImportSummary::totalHeld() const
{
    qint64 n = 0;
    for (const SourceFileSummary &s : sources)
        n += s.held;
    return n;
}

namespace {

const QStringList kSources = {QStringLiteral("hubspot"), QStringLiteral("salesforce"), QStringLiteral("stripe"),
                              QStringLiteral("zendesk")};

QString orderName(DateOrder o)
{
    return o == DateOrder::DayFirst  ? QCoreApplication::translate("ra::Exports", "day first")
        : o == DateOrder::MonthFirst ? QCoreApplication::translate("ra::Exports", "month first")
                                     : QString();
}

QString firstColumns(const QStringList &header)
{
    QStringList shown = header.mid(0, 4);
    for (QString &h : shown)
        h = QLatin1Char('"') + h.simplified() + QLatin1Char('"');
    return shown.join(QStringLiteral(", ")) + (header.size() > 4 ? QStringLiteral(", ...") : QString());
}

} // namespace

Result<ExportFileList> listExportFiles(const QStringList &paths)
{
    ExportFileList out;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.exists())
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("ra::Exports", "%1: no such file or folder").arg(p));
        if (info.isDir()) {
            const QDir dir(info.absoluteFilePath());
            for (const QString &f :
                 dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.tsv"), QStringLiteral("*.txt"),
                                QStringLiteral("*.json"), QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson")},
                               QDir::Files, QDir::Name | QDir::IgnoreCase))
                out.inFolder << dir.filePath(f);
        } else {
            out.named << info.absoluteFilePath();
        }
    }
    if (out.named.isEmpty() && out.inFolder.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ra::Exports", "no .csv, .tsv, .txt or .json files in %1")
                             .arg(paths.join(QStringLiteral(", "))));
    return out;
}

Result<std::vector<Mapping>> ExportImporter::mappings() const
{
    std::vector<Mapping> out = builtinMappings();
    auto saved = sourcestore::savedMappings(m_store.database());
    if (!saved)
        return saved.error();
    for (Mapping &m : *saved) {
        auto same = std::find_if(out.begin(), out.end(), [&](const Mapping &b) { return b.name == m.name; });
        if (same != out.end())
            *same = std::move(m);
        else
            out.push_back(std::move(m));
    }
    return out;
}

namespace {

struct RunState {
    std::deque<Mapping> ownMappings; // mappings made for this run (a file, --sal-from); plans point into them
    std::deque<SourceJob> jobs;
};

Result<std::vector<const Mapping *>> candidatesFor(const QString &from, const std::vector<Mapping> &all, RunState &state)
{
    std::vector<const Mapping *> out;
    if (from.isEmpty() || from == QLatin1String("auto")) {
        for (const Mapping &m : all)
            out.push_back(&m);
        return out;
    }
    for (const Mapping &m : all)
        if (m.source == from || m.name == from)
            out.push_back(&m);
    if (!out.empty())
        return out;
    if (QFileInfo(from).isFile()) {
        QFile f(from);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("ra::Exports", "cannot read mapping %1: %2").arg(from, f.errorString()));
        auto m = Mapping::fromJson(f.readAll(), from);
        if (!m)
            return m.error();
        state.ownMappings.push_back(std::move(*m));
        out.push_back(&state.ownMappings.back());
        return out;
    }
    return makeError(
        ErrorCode::Usage,
        QCoreApplication::translate("ra::Exports", "--from %1: not auto, %2, a mapping name or a mapping file")
            .arg(from, kSources.join(QStringLiteral(", "))));
}

// The bundle columns that a file's plan feeds must include the table's key.
QString missingKey(const SourceJob &job)
{
    const Mapping &m = *job.mapping;
    QStringList needed;
    if (m.kind == MappingKind::Rows || m.kind == MappingKind::Tickets) {
        for (const TableSpec &t : bundleTables())
            if (QString::fromStdString(t.table) == m.table)
                needed << QString::fromStdString(t.columns.front().name);
    } else {
        needed << QStringLiteral("customer_id");
    }
    for (const QString &n : needed)
        if (job.plan.targetIndex(n) < 0) {
            for (const MappingColumn &c : m.columns)
                if (c.to == n)
                    return QCoreApplication::translate("ra::Exports", "%1: no column for %2 (looked for %3)")
                        .arg(job.summary.file, n, c.from.join(QStringLiteral(", ")));
            return QCoreApplication::translate("ra::Exports", "%1: mapping %2 has no column for %3")
                .arg(job.summary.file, m.name, n);
        }
    return QString();
}

void settleTimeRules(SourceJob &job, const ExportImportOptions &options)
{
    DateOrder order = options.dateOrder != DateOrder::Unknown ? options.dateOrder : job.mapping->dateOrder;
    QString how = order != DateOrder::Unknown ? QStringLiteral("%1 (given)").arg(orderName(order)) : QString();
    if (order == DateOrder::Unknown) {
        const auto [found, note] = detectDateOrder(job.text, job.plan.dateColumns());
        order = found;
        how = found != DateOrder::Unknown
            ? QCoreApplication::translate("ra::Exports", "%1, decided from the data").arg(note)
            : QCoreApplication::translate("ra::Exports", "ISO (year first)");
    }
    job.plan.setDateOrder(order);
    job.summary.dateOrder = how;
    if (!job.mapping->sourceTimeZone)
        job.summary.timeZone = QStringLiteral("UTC");
    else if (!options.timeZone.isEmpty())
        job.summary.timeZone = options.timeZone;
    else
        job.summary.timeZone
            = QCoreApplication::translate("ra::Exports", "UTC (assumed; give --timezone with the tool's time zone)");
    if (job.mapping->sourceTimeZone && options.timeZone.isEmpty())
        job.summary.notes << QCoreApplication::translate(
            "ra::Exports", "datetimes without an offset taken as UTC: give --timezone with the account's time zone");
}

// A mapping with sal_at taken from the user's column (HubSpot has no such stage).
const Mapping *withSalFrom(const Mapping *m, const QString &header, RunState &state)
{
    if (header.isEmpty() || m->table != QLatin1String("leads"))
        return m;
    Mapping copy = *m;
    MappingColumn sal;
    sal.to = QStringLiteral("sal_at");
    sal.from = {header};
    copy.columns.insert(copy.columns.begin(), sal);
    state.ownMappings.push_back(std::move(copy));
    return &state.ownMappings.back();
}

// Opens, recognises and plans one file. A file found in a folder that is no
// known export (or no text) is skipped and listed; a named one refuses the import.
Status addJob(const QString &path, bool named, const std::vector<const Mapping *> &candidates, RunState &state,
              const PlanOptions &planOptions, const ExportImportOptions &options, ExportImportSummary &summary)
{
    auto skipOrFail = [&](const Error &e) -> Status {
        if (named)
            return e;
        summary.skippedFiles << e.message;
        return {};
    };
    // A JSON export is flattened first: that is not yet the conversion the
    // run's progress measures, but Cancel must stop it.
    const Progress cancelOnly = options.progress ? Progress([&](qint64, qint64, const QString &) {
        return options.progress(0, 1000, QFileInfo(path).fileName());
    })
                                                 : Progress();
    auto text = openExportText(path, cancelOnly);
    if (!text && text.error().code == ErrorCode::Cancelled)
        return text.error();
    if (!text)
        return skipOrFail(text.error());
    auto header = readExportHeader(*text);
    if (!header)
        return skipOrFail(header.error());
    Recognition r;
    if (const auto chosen = options.fileMappings.constFind(QFileInfo(path).absoluteFilePath());
        chosen != options.fileMappings.constEnd()) {
        state.ownMappings.push_back(*chosen);
        r = Recognition{&state.ownMappings.back(), 1.0, &state.ownMappings.back(), 1.0};
    } else {
        r = candidates.size() == 1 && candidates.front()->detect.isEmpty()
                ? Recognition{candidates.front(), 1.0, candidates.front(), 1.0}
                : recognise(*header, path, candidates);
    }
    if (!r.mapping)
        return skipOrFail(makeError(
            ErrorCode::Parse,
            QCoreApplication::translate(
                "ra::Exports", "%1: not a known export (first columns %2; closest: %3, %4% of its identifying columns)")
                .arg(QFileInfo(path).fileName(), firstColumns(*header),
                     r.closest ? r.closest->label : QStringLiteral("none"))
                .arg(qRound(r.closestScore * 100))));
    SourceJob &job = state.jobs.emplace_back();
    job.text = std::move(*text);
    job.header = *header;
    job.mapping = withSalFrom(r.mapping, options.salFrom, state);
    job.summary.path = path;
    job.summary.file = QFileInfo(path).fileName();
    job.summary.mapping = job.mapping->name;
    job.summary.label = job.mapping->label;
    job.summary.confidence = r.confidence;
    job.summary.encoding = job.text.encoding;
    job.summary.delimiter = job.text.json ? QStringLiteral("JSON") : delimiterName(job.text.delimiter);
    job.plan = FieldPlan::resolve(*job.mapping, job.header, planOptions);
    if (const QString missing = missingKey(job); !missing.isEmpty())
        return makeError(ErrorCode::Parse, missing);
    if (!options.salFrom.isEmpty() && job.mapping->table == QLatin1String("leads") && job.plan.targetIndex(QStringLiteral("sal_at")) < 0)
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("ra::Exports", "--sal-from: %1 has no column \"%2\"")
                             .arg(job.summary.file, options.salFrom));
    settleTimeRules(job, options);
    return {};
}

} // namespace

Result<ExportImportSummary> ExportImporter::run(const QStringList &paths, const ExportImportOptions &options)
{
    PlanOptions planOptions;
    if (!options.timeZone.isEmpty()) {
        planOptions.time.zone = QTimeZone(options.timeZone.toUtf8());
        if (!planOptions.time.zone.isValid())
            return makeError(
                ErrorCode::Usage,
                QCoreApplication::translate("ra::Exports",
                                            "--timezone %1: not a known time zone (an IANA name such as Europe/Berlin)")
                    .arg(options.timeZone));
    }
    if (Status w = m_store.requireWritable(); !w)
        return w.error();
    auto settings = loadSettings(m_store);
    if (!settings)
        return settings.error();
    planOptions.storeCurrency = settings->currency.toUpper();
    auto all = mappings();
    if (!all)
        return all.error();
    RunState state;
    auto candidates = candidatesFor(options.from, *all, state);
    if (!candidates)
        return candidates.error();
    auto files = listExportFiles(paths);
    if (!files)
        return files.error();

    ExportImportSummary summary;
    for (const QString &path : files->named + files->inFolder)
        if (Status s = addJob(path, files->named.contains(path), *candidates, state, planOptions, options, summary); !s)
            return s.error();
    if (state.jobs.empty())
        return makeError(ErrorCode::Parse,
                         QCoreApplication::translate("ra::Exports", "none of the files is a known export: %1")
                             .arg(summary.skippedFiles.join(QStringLiteral("; "))));
    return importJobs(state.jobs, planOptions, options, summary);
}

} // namespace ra

// revalign import --from: exports of HubSpot, Salesforce, Stripe, Zendesk or
// a mapping. Per source file what was recognised and how its rows went, the
// bundle table, rejections (file:line:header: reason) and the parties whose
// account is not matched yet. The work is ExportImporter's; this only prints.
#include "cliutil.h"
#include "importverb.h"

#include "exports/exportimporter.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace ra::cli {
namespace {

QString cli(const char *text)
{
    return QCoreApplication::translate("ra::Cli", text);
}

// One row of the per-file table: the file, what it was recognised as, then
// rows, imported, unchanged, rejected, held and skipped, right-aligned in
// columns as wide as their (translated) headings.
QString sourceRow(const QString &file, const QString &as, const QStringList &counts,
                  const std::vector<qsizetype> &widths)
{
    QString row = QStringLiteral("%1 %2").arg(file.left(28), -28).arg(as.left(34), -34);
    for (qsizetype i = 0; i < counts.size() && i < qsizetype(widths.size()); ++i)
        row += QStringLiteral(" %1").arg(counts.at(i), int(widths[std::size_t(i)]));
    return row;
}

void printSources(const ExportImportSummary &s)
{
    const QStringList headings{
        cli(QT_TRANSLATE_NOOP("ra::Cli", "rows")),      cli(QT_TRANSLATE_NOOP("ra::Cli", "imported")),
        cli(QT_TRANSLATE_NOOP("ra::Cli", "unchanged")), cli(QT_TRANSLATE_NOOP("ra::Cli", "rejected")),
        cli(QT_TRANSLATE_NOOP("ra::Cli", "held")),      cli(QT_TRANSLATE_NOOP("ra::Cli", "skipped"))};
    static constexpr qsizetype kMinWidths[] = {8, 9, 10, 9, 6, 8};
    std::vector<qsizetype> widths;
    for (qsizetype i = 0; i < headings.size(); ++i)
        widths.push_back(std::max(kMinWidths[i], headings.at(i).size()));
    printLine(sourceRow(cli(QT_TRANSLATE_NOOP("ra::Cli", "export file")),
                        cli(QT_TRANSLATE_NOOP("ra::Cli", "recognised as")), headings, widths));
    for (const SourceFileSummary &f : s.sources) {
        const QString as = QStringLiteral("%1 (%2%)").arg(f.label).arg(qRound(f.confidence * 100));
        QStringList counts;
        for (const qint64 n : {f.rows, f.imported, f.unchanged, f.rejected, f.held, f.skipped})
            counts << QString::number(n);
        printLine(sourceRow(f.file, as, counts, widths));
        if (f.delimiter == QLatin1String("JSON"))
            printLine(QCoreApplication::translate("ra::Cli", "  %1, JSON records; dates: %2; time zone: %3")
                          .arg(f.encoding, f.dateOrder, f.timeZone));
        else
            printLine(QCoreApplication::translate("ra::Cli", "  %1, %2-separated; dates: %3; time zone: %4")
                          .arg(f.encoding, f.delimiter, f.dateOrder, f.timeZone));
        for (const QString &n : f.notes)
            printLine(QCoreApplication::translate("ra::Cli", "  note: %1").arg(n));
    }
    for (const QString &skipped : s.skippedFiles)
        printLine(QCoreApplication::translate("ra::Cli", "skipped %1").arg(skipped));
    if (s.billingAccounts && !s.matches.empty())
        printLine(QCoreApplication::translate(
            "ra::Cli", "no CRM accounts in the store or the import: billing customers are the accounts"));
}

void printParties(const ExportImportSummary &s)
{
    int shown = 0, open = 0;
    for (const MatchRecord &m : s.matches)
        open += (m.status == QLatin1String("unmatched") || m.status == QLatin1String("ambiguous")) ? 1 : 0;
    if (open == 0)
        return;
    printLine(QCoreApplication::translate(
                  "ra::Cli", "%1 customer(s)/organisation(s) without an account; their rows are held until matched:")
                  .arg(open));
    for (const MatchRecord &m : s.matches) {
        if (m.status != QLatin1String("unmatched") && m.status != QLatin1String("ambiguous"))
            continue;
        if (++shown > 20) {
            printLine(QCoreApplication::translate("ra::Cli", "  ... and %1 more (revalign match list)").arg(open - 20));
            break;
        }
        printLine(QCoreApplication::translate("ra::Cli", "  %1:%2 \"%3\" %4 %5, %6 row(s) held%7")
                      .arg(m.source, m.externalId, m.name, m.email, m.status)
                      .arg(m.rowsHeld)
                      .arg(m.candidates.isEmpty() ? QString()
                                                  : QCoreApplication::translate("ra::Cli", " — could be %1")
                                                        .arg(m.candidates.join(QStringLiteral(", ")))));
    }
    printLine(QCoreApplication::translate(
        "ra::Cli", "match one with: revalign match confirm SOURCE:ID ACCOUNT_ID, then import again"));
}

} // namespace

int runImportExports(const QCommandLineParser &parser, Store &store)
{
    ExportImportOptions options;
    options.from = parser.value(QStringLiteral("from"));
    options.timeZone = parser.value(QStringLiteral("timezone"));
    options.salFrom = parser.value(QStringLiteral("sal-from"));
    options.strict = parser.isSet(QStringLiteral("strict"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString order = parser.value(QStringLiteral("date-order"));
    if (order == QLatin1String("dmy"))
        options.dateOrder = DateOrder::DayFirst;
    else if (order == QLatin1String("mdy"))
        options.dateOrder = DateOrder::MonthFirst;
    else if (!order.isEmpty()) {
        printError(QCoreApplication::translate("ra::Cli", "--date-order is dmy or mdy, not '%1'").arg(order));
        return ExitFailure;
    }
    const std::function<void()> endProgress = attachProgress(parser, options.progress);
    ExportImporter importer(store);
    const Result<ExportImportSummary> result = importer.run(parser.positionalArguments(), options);
    endProgress();
    if (!result) {
        printError(result.message());
        return ExitFailure;
    }
    const ExportImportSummary &s = *result;
    for (const SourceFileSummary &f : s.sources) {
        for (const QString &w : f.warnings)
            printError(QCoreApplication::translate("ra::Cli", "warning: %1").arg(w));
        if (f.warningCount > f.warnings.size())
            printError(QCoreApplication::translate("ra::Cli", "warning: %1: %2 more warning(s)").arg(f.file).arg(f.warningCount - f.warnings.size()));
    }
    printBundleWarnings(s.bundle);
    for (const Rejection &r : s.rejections)
        printError(r.shown());
    std::fflush(stderr);
    printSources(s);
    printLine(QString());
    if (s.bundle.committed && s.bundle.importId == 0)
        printLine(QCoreApplication::translate(
            "ra::Cli", "nothing new or changed: the store already holds every row of these exports"));
    else
        printBundleSummary(s.bundle, false);
    printParties(s);
    return s.totalRejected() > 0 || s.totalHeld() > 0 ? ExitPartial : ExitOk;
}

} // namespace ra::cli

// revalign import: imports a bundle folder, or exports with --from
// (importexports.cpp); rejected rows on stderr, the per-file summary on
// stdout. The work is BundleImporter's; this only prints.
#include "cliutil.h"
#include "commands.h"
#include "importverb.h"

#include "import/bundleimporter.h"
#include "pgstore/teamimport.h"
#include "pgstore/teamstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace ra::cli {
namespace {

QString row(const QString &file, qint64 ins, qint64 upd, qint64 same, qint64 rej, qint64 warn)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(file, -22)
        .arg(ins, 9)
        .arg(upd, 9)
        .arg(same, 10)
        .arg(rej, 9)
        .arg(warn, 9);
}

} // namespace

void printBundleSummary(const ImportSummary &s, bool listAbsent)
{
    printLine(QStringLiteral("%1 %2 %3 %4 %5 %6")
                  .arg(QCoreApplication::translate("ra::Cli", "file"), -22)
                  .arg(QCoreApplication::translate("ra::Cli", "inserted"), 9)
                  .arg(QCoreApplication::translate("ra::Cli", "updated"), 9)
                  .arg(QCoreApplication::translate("ra::Cli", "unchanged"), 10)
                  .arg(QCoreApplication::translate("ra::Cli", "rejected"), 9)
                  .arg(QCoreApplication::translate("ra::Cli", "warnings"), 9));
    qint64 t[5] = {};
    for (const FileSummary &f : s.files) {
        if (!f.present)
            continue;
        printLine(row(f.file, f.inserted, f.updated, f.unchanged, f.rejected, f.warnings));
        t[0] += f.inserted, t[1] += f.updated, t[2] += f.unchanged, t[3] += f.rejected, t[4] += f.warnings;
    }
    printLine(row(QCoreApplication::translate("ra::Cli", "total"), t[0], t[1], t[2], t[3], t[4]));
    QStringList absent;
    for (const FileSummary &f : s.files)
        if (!f.present)
            absent << f.file;
    if (listAbsent && !absent.isEmpty())
        printLine(QCoreApplication::translate("ra::Cli", "not in the bundle (their KPIs stay empty): %1").arg(absent.join(QStringLiteral(", "))));
    if (s.dryRun)
        printLine(QCoreApplication::translate("ra::Cli", "dry run: nothing was written to the store"));
    else if (!s.committed)
        printLine(QCoreApplication::translate("ra::Cli", "--strict: %1 row(s) rejected, nothing was imported").arg(s.totalRejected()));
    else
        printLine(QCoreApplication::translate("ra::Cli", "import #%1 committed").arg(s.importId));
}

void printBundleWarnings(const ImportSummary &s)
{
    for (const FileSummary &f : s.files) {
        for (const QString &w : f.warningMessages)
            printError(QCoreApplication::translate("ra::Cli", "warning: %1").arg(w));
        if (f.warnings > f.warningMessages.size())
            printError(QCoreApplication::translate("ra::Cli", "warning: %1: %2 more warning(s)").arg(f.file).arg(f.warnings - f.warningMessages.size()));
    }
}

std::function<void()> attachProgress(const QCommandLineParser &parser, Progress &progress)
{
    const bool tty = isatty(fileno(stderr));
    if (!tty && !parser.isSet(QStringLiteral("progress")))
        return [] {};
    struct State {
        QElapsedTimer clock;
        qint64 lastShown = -1000;
        bool shown = false;
    };
    auto state = std::make_shared<State>();
    state->clock.start();
    progress = [state, tty](qint64 done, qint64 total, const QString &) {
        // At most four updates a second; a terminal gets one rewritten line.
        if (state->clock.elapsed() - state->lastShown < 250 && done < total)
            return true;
        state->lastShown = state->clock.elapsed();
        state->shown = true;
        std::fprintf(stderr, tty ? "\rimporting %3d%%" : "importing %3d%%\n", total > 0 ? int(done * 100 / total) : 100);
        std::fflush(stderr);
        return true;
    };
    return [state, tty] {
        if (state->shown && tty)
            std::fputc('\n', stderr);
    };
}

namespace {

void addImportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("ra::Cli", "The bundle folder (see docs/bundle-format.md); with --from, export files or folders of them."),
                                 QStringLiteral("BUNDLE_DIR | --from SOURCE PATH..."));
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("ra::Cli", "Import exports: auto, hubspot, salesforce, stripe, zendesk, a saved mapping's name or a mapping file."),
                      QStringLiteral("SOURCE")});
    parser.addOption({QStringLiteral("timezone"),
                      QCoreApplication::translate("ra::Cli", "Time zone of export datetimes without an offset (e.g. Europe/Berlin; default UTC)."), QStringLiteral("TZ")});
    parser.addOption({QStringLiteral("date-order"), QCoreApplication::translate("ra::Cli", "Order of N/N/YYYY dates that the data does not settle: dmy or mdy."),
                      QStringLiteral("ORDER")});
    parser.addOption({QStringLiteral("sal-from"),
                      QCoreApplication::translate("ra::Cli", "Export header holding the leads' sales-accepted date (HubSpot has no such stage)."), QStringLiteral("HEADER")});
    parser.addOption({QStringLiteral("strict"), QCoreApplication::translate("ra::Cli", "Import nothing if any row is rejected.")});
    parser.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("ra::Cli", "Validate and report; write nothing.")});
    parser.addOption({QStringLiteral("progress"), QCoreApplication::translate("ra::Cli", "Show progress on stderr even when it is not a terminal.")});
    parser.addOption({QStringLiteral("lock-wait"),
                      QCoreApplication::translate("ra::Cli", "Team store: seconds to wait for another client's import (default 30)."),
                      QStringLiteral("SECONDS"), QStringLiteral("30")});
}

// import --from: exports, into a laptop store only.
int importExports(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.isEmpty()) {
        printError(QCoreApplication::translate(
            "ra::Cli", "import --from takes one or more export files or folders (see revalign import --help)"));
        return ExitFailure;
    }
    if (isTeamStoreLocation(storePath(parser))) {
        // docs/decisions/team-store.md: exports go to a team store as a bundle.
        printError(QCoreApplication::translate("ra::Cli", "import --from does not write to a team store: import the exports into a "
                                                           "laptop store, write it out with revalign export-bundle and import that "
                                                           "bundle into %1")
                       .arg(withoutPassword(storePath(parser))));
        return ExitFailure;
    }
    std::unique_ptr<Store> store = openStoreOrReport(storePath(parser), Store::Mode::ReadWrite);
    return store ? runImportExports(parser, *store) : ExitFailure;
}

// Warnings and every rejection on stderr, then the per-file summary; the
// exit code says whether any row was rejected.
int printImportResult(const ImportSummary &s)
{
    printBundleWarnings(s);
    // Every rejection goes to stderr; the imports log keeps only the first ones.
    for (const Rejection &r : s.rejections)
        printError(r.shown());
    if (!s.dryRun && s.rejections.size() > std::size_t(BundleImporter::kMaxStoredRejections))
        printError(QCoreApplication::translate("ra::Cli", "%1 rows rejected; the imports log keeps the first %2, all are listed above")
                       .arg(s.rejections.size()).arg(BundleImporter::kMaxStoredRejections));
    std::fflush(stderr);
    printBundleSummary(s);
    return s.totalRejected() > 0 ? ExitPartial : ExitOk;
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("import"), QCoreApplication::translate("ra::Cli", "import a bundle folder, or exports with --from, into the store"));
    addImportOptions(parser);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("from")))
        return importExports(parser, positional);
    for (const char *exportOnly : {"timezone", "date-order", "sal-from"}) {
        if (parser.isSet(QLatin1String(exportOnly))) {
            printError(QCoreApplication::translate("ra::Cli", "--%1 applies to exports: use it with --from").arg(QLatin1String(exportOnly)));
            return ExitFailure;
        }
    }
    if (positional.size() != 1) {
        printError(QCoreApplication::translate("ra::Cli", "import takes one bundle folder (see revalign import --help)"));
        return ExitFailure;
    }

    bool waitOk = false;
    const double lockWait = parser.value(QStringLiteral("lock-wait")).toDouble(&waitOk);
    if (!waitOk || lockWait < 0 || lockWait > 86400) {
        printError(QCoreApplication::translate("ra::Cli", "--lock-wait takes a number of seconds from 0 to 86400"));
        return ExitFailure;
    }
    const QString db = storePath(parser);
    std::unique_ptr<Store> store;
    if (!isTeamStoreLocation(db)) {
        store = openStoreOrReport(db, Store::Mode::ReadWrite);
        if (!store)
            return ExitFailure;
    }

    ImportOptions options;
    options.strict = parser.isSet(QStringLiteral("strict"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    const std::function<void()> endProgress = attachProgress(parser, options.progress);

    const Result<ImportSummary> result = store
        ? BundleImporter(*store).run(positional.first(), options)
        : importIntoTeamStore(db, positional.first(), TeamImportOptions{options, int(lockWait * 1000)});
    endProgress();
    if (!result) {
        printError(result.message());
        return ExitFailure;
    }
    return printImportResult(*result);
}

} // namespace ra::cli

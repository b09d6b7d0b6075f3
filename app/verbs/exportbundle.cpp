// revalign export-bundle: writes the store back as a bundle folder.
#include "cliutil.h"
#include "commands.h"

#include "import/bundleexporter.h"

#include <QCoreApplication>

namespace ra::cli {

int runExportBundle(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("export-bundle"), QCoreApplication::translate("ra::Cli", "write the store back as a bundle folder. The files are data for revalign "
                                                                     "import, written as stored: cells are not neutralised for "
                                                                     "spreadsheets (the --csv outputs of the KPI verbs are). "
                                                                     "The format: docs/bundle-format.md"));
    parser.addPositionalArgument(QStringLiteral("DIR"), QCoreApplication::translate("ra::Cli", "The bundle folder (created when missing; bundle files in it are replaced)."));
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(QCoreApplication::translate("ra::Cli", "export-bundle needs exactly one folder (see revalign export-bundle --help)"));
        return ExitFailure;
    }
    std::unique_ptr<Store> store = openStoreOrReport(storePath(parser), Store::Mode::ReadOnly);
    if (!store)
        return ExitFailure;
    const Result<ExportSummary> r = BundleExporter(*store).run(positional.first());
    if (!r) {
        printError(r.message());
        return ExitFailure;
    }
    printLine(QCoreApplication::translate("ra::Cli", "exported %1 rows in %2 files to %3").arg(r->totalRows()).arg(r->files.size()).arg(r->folder));
    return ExitOk;
}

} // namespace ra::cli

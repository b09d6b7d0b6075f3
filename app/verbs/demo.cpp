// revalign demo: writes the deterministic demo store.
#include "cliutil.h"
#include "commands.h"

#include "demo/demogenerator.h"
#include "domain/language.h"
#include "domain/reasons.h"
#include "domain/values.h"
#include "report/kpiformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

namespace ra::cli {

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("demo"), QCoreApplication::translate("ra::Cli", "write a deterministic demo store"));
    parser.addOption({QStringLiteral("leads"), QCoreApplication::translate("ra::Cli", "Number of leads; other tables scale with it (default 20000)."),
                      QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("ra::Cli", "Random seed; the same seed gives the same data (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("end"), QCoreApplication::translate("ra::Cli", "Last day covered, YYYY-MM-DD (default: today, UTC)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("force"), QCoreApplication::translate("ra::Cli", "Replace the store's data if it has any.")});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("ra::Cli", "demo takes no arguments (see revalign demo --help)"));
        return ExitFailure;
    }

    DemoOptions options;
    bool ok = false;
    options.leads = parser.value(QStringLiteral("leads")).toInt(&ok);
    if (!ok || options.leads < DemoGenerator::kMinLeads || options.leads > DemoGenerator::kMaxLeads) {
        printError(QCoreApplication::translate("ra::Cli", "--leads must be a whole number between %1 and %2")
                       .arg(DemoGenerator::kMinLeads).arg(DemoGenerator::kMaxLeads));
        return ExitFailure;
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        printError(QCoreApplication::translate("ra::Cli", "--seed must be a non-negative whole number"));
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("end"))) {
        const Result<qint64> end = parseDate(parser.value(QStringLiteral("end")));
        if (!end) {
            printError(QCoreApplication::translate("ra::Cli", "--end: %1").arg(shownReason(end.message())));
            return ExitFailure;
        }
        options.end = QDateTime::fromSecsSinceEpoch(*end, Qt::UTC).date();
    } else {
        options.end = QDateTime::currentDateTimeUtc().date();
    }
    options.replace = parser.isSet(QStringLiteral("force"));

    const QString path = storePath(parser);
    std::unique_ptr<Store> store = openStoreOrReport(path, Store::Mode::ReadWrite);
    if (!store)
        return ExitFailure;
    QElapsedTimer timer;
    timer.start();
    const Result<DemoSummary> r = DemoGenerator::generate(*store, options);
    if (!r) {
        printError(r.message());
        return ExitFailure;
    }
    const DemoSummary &s = *r;
    const auto count = [](qint64 n) { return formatNumber(double(n), 0); };
    printLine(QCoreApplication::translate("ra::Cli", "demo written to %1: %2 leads, %3 accounts, %4 opportunities, "
                                                     "%5 revenue rows, %6 tickets, %7 rows in all, %8 to %9 (seed %10, %11 s)")
                  .arg(path, count(s.leads), count(s.accounts), count(s.opportunities), count(s.revenueRows),
                       count(s.tickets), count(s.totalRows()), formatMediumDate(options.end.addDays(-729)),
                       formatMediumDate(options.end))
                  .arg(options.seed)
                  .arg(formatNumber(double(timer.elapsed()) / 1000.0, 1)));
    return ExitOk;
}

} // namespace ra::cli

// revalign demo: writes the deterministic demo store.
#include "cliutil.h"
#include "commands.h"

#include "demo/demogenerator.h"
#include "domain/values.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace ra::cli {

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("demo"), QStringLiteral("write a deterministic demo store"));
    parser.addOption({QStringLiteral("leads"), QStringLiteral("Number of leads; other tables scale with it (default 20000)."),
                      QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed; the same seed gives the same data (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("end"), QStringLiteral("Last day covered, YYYY-MM-DD (default: today, UTC)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace the store's data if it has any.")});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("demo takes no arguments (see revalign demo --help)"));
        return ExitFailure;
    }

    DemoOptions options;
    bool ok = false;
    options.leads = parser.value(QStringLiteral("leads")).toInt(&ok);
    if (!ok || options.leads < DemoGenerator::kMinLeads || options.leads > DemoGenerator::kMaxLeads) {
        printError(QStringLiteral("--leads must be a whole number between %1 and %2")
                       .arg(DemoGenerator::kMinLeads).arg(DemoGenerator::kMaxLeads));
        return ExitFailure;
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        printError(QStringLiteral("--seed must be a non-negative whole number"));
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("end"))) {
        const Result<qint64> end = parseDate(parser.value(QStringLiteral("end")));
        if (!end) {
            printError(QStringLiteral("--end: %1").arg(end.message()));
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
    printLine(QStringLiteral("demo written to %1: %2 leads, %3 accounts, %4 opportunities, %5 revenue rows, "
                             "%6 tickets, %7 rows in all, %8 to %9 (seed %10, %11 s)")
                  .arg(path).arg(s.leads).arg(s.accounts).arg(s.opportunities).arg(s.revenueRows).arg(s.tickets)
                  .arg(s.totalRows()).arg(options.end.addDays(-729).toString(Qt::ISODate), options.end.toString(Qt::ISODate))
                  .arg(options.seed).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitOk;
}

} // namespace ra::cli

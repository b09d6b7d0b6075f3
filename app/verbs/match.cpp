// revalign match list|confirm|reject: billing customers and ticket
// organisations matched to accounts. A confirmed match is kept in the store
// and used by every later import; a rejected pairing is never made again.
#include "cliutil.h"
#include "commands.h"

#include "exports/sourcestore.h"

#include <QCoreApplication>

namespace ra::cli {

int runMatch(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("match"),
                QCoreApplication::translate("ra::Cli", "list, confirm or reject account matches of imported exports"));
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("ra::Cli", "list | confirm SOURCE:ID ACCOUNT_ID | reject SOURCE:ID ACCOUNT_ID"));
    parser.addOption(
        {QStringLiteral("all"),
         QCoreApplication::translate("ra::Cli", "list: every match, not only the unmatched and ambiguous ones.")});
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, exitCode))
        return exitCode;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const bool decide = action == QLatin1String("confirm") || action == QLatin1String("reject");
    if (!(action == QLatin1String("list") && pos.size() == 1) && !(decide && pos.size() == 3)) {
        printError(QCoreApplication::translate(
            "ra::Cli", "match takes: list [--all] | confirm SOURCE:ID ACCOUNT_ID | reject SOURCE:ID ACCOUNT_ID"));
        return ExitFailure;
    }
    std::unique_ptr<Store> store = openStoreOrReport(storePath(parser), decide ? Store::Mode::ReadWrite : Store::Mode::ReadOnly);
    if (!store)
        return ExitFailure;
    if (decide) {
        const int colon = pos.at(1).indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            printError(QCoreApplication::translate(
                           "ra::Cli", "'%1': expected SOURCE:ID, e.g. stripe:cus_123 (see revalign match list)")
                           .arg(pos.at(1)));
            return ExitFailure;
        }
        const QString source = pos.at(1).left(colon), id = pos.at(1).mid(colon + 1);
        const Status s = action == QLatin1String("confirm") ? sourcestore::confirmMatch(*store, source, id, pos.at(2))
                                                            : sourcestore::rejectMatch(*store, source, id, pos.at(2));
        if (!s) {
            printError(s.message());
            return ExitFailure;
        }
        printLine(
            action == QLatin1String("confirm")
                ? QCoreApplication::translate(
                      "ra::Cli", "%1 is %2 from now on; import the exports again to bring in its held rows")
                      .arg(pos.at(1), pos.at(2))
                : QCoreApplication::translate("ra::Cli", "%1 will never be matched to %2").arg(pos.at(1), pos.at(2)));
        return ExitOk;
    }
    auto matches = sourcestore::listMatches(*store, parser.isSet(QStringLiteral("all")));
    if (!matches) {
        printError(matches.message());
        return ExitFailure;
    }
    printLine(QStringLiteral("%1 %2 %3 %4 %5")
                  .arg(QCoreApplication::translate("ra::Cli", "party"), -28)
                  .arg(QCoreApplication::translate("ra::Cli", "name"), -26)
                  .arg(QCoreApplication::translate("ra::Cli", "status"), -10)
                  .arg(QCoreApplication::translate("ra::Cli", "account"), -32)
                  .arg(QCoreApplication::translate("ra::Cli", "held rows / candidates")));
    for (const MatchRecord &m : *matches) {
        const QString tail = m.candidates.isEmpty() ? QString::number(m.rowsHeld)
                                                    : QCoreApplication::translate("ra::Cli", "%1 — could be %2")
                                                          .arg(m.rowsHeld)
                                                          .arg(m.candidates.join(QStringLiteral(", ")));
        printLine(QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(m.source + QLatin1Char(':') + m.externalId, -28)
                      .arg(m.name.isEmpty() ? m.email : m.name, -26)
                      .arg(m.status, -10)
                      .arg(m.accountId.isEmpty() ? QStringLiteral("—") : m.accountId + QStringLiteral(" (") + m.method + QLatin1Char(')'), -32)
                      .arg(tail));
    }
    if (matches->empty())
        printLine(
            parser.isSet(QStringLiteral("all"))
                ? QCoreApplication::translate("ra::Cli", "no billing customers or ticket organisations imported yet")
                : QCoreApplication::translate("ra::Cli", "every billing customer and organisation has an account"));
    return ExitOk;
}

} // namespace ra::cli

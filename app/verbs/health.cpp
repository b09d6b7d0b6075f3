// revalign health and revalign whitespace: the lists behind the account-health
// keys (kpis.md "Expansion and account health") for a period's last month.
#include "cliutil.h"
#include "commands.h"
#include "kpioptions.h"
#include "report/healthreport.h"

#include <QCoreApplication>

namespace ra::cli {

namespace {

// The options both verbs share: a whole-month period, persona and segment
// (usage, revenue and tickets have no channel), --as-of, --json or --csv.
KpiOptionSpec listSpec()
{
    KpiOptionSpec spec;
    spec.period = KpiOptionSpec::PeriodUse::Required;
    spec.channel = false;
    spec.json = spec.csv = true;
    return spec;
}

struct ListArgs {
    Period period;
    OutputFormat format = OutputFormat::Table;
    KpiContext ctx;
};

// Nullopt (with the exit code set) when an option is wrong.
std::optional<ListArgs> parseListArgs(QCommandLineParser &parser, const QStringList &args, int &code)
{
    if (!parseOrExit(parser, args, code))
        return std::nullopt;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("ra::Cli", "%1 takes no arguments besides options (see revalign %1 --help)").arg(args.value(0)));
        code = ExitFailure;
        return std::nullopt;
    }
    const auto options = readKpiOptions(parser, listSpec(), code);
    if (!options)
        return std::nullopt;
    if (!options->period->isWholeMonths()) {
        printError(QCoreApplication::translate("ra::Cli", "--period %1: account health is defined for whole months only "
                                  "(a month, quarter, year, or a range from a month's first to a month's last day)")
                       .arg(options->period->key()));
        code = ExitFailure;
        return std::nullopt;
    }
    auto ctx = loadKpiContext(parser, *options, code);
    if (!ctx)
        return std::nullopt;
    return ListArgs{*options->period, options->format, std::move(*ctx)};
}

void print(const QString &text) { std::fputs(text.toUtf8().constData(), stdout); }

} // namespace

int runHealth(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("health"),
                QCoreApplication::translate("ra::Cli", "list the accounts at risk at the period's last month, worst first, with the "
                               "signals that fired, their evidence and the lift of the warning"));
    addKpiOptions(parser, listSpec());
    int code = ExitOk;
    const auto a = parseListArgs(parser, args, code);
    if (!a)
        return code;
    const HealthList list = a->ctx.engine->health(a->period, a->ctx.filters, a->ctx.asOf);
    switch (a->format) {
    case OutputFormat::Json: printLine(healthJson(list, a->period, a->ctx.asOf, a->ctx.filters)); break;
    case OutputFormat::Csv: print(healthCsv(list)); break;
    case OutputFormat::Table: print(healthTable(list, a->ctx.engine->settings().currency)); break;
    }
    return ExitOk;
}

int runWhitespace(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("whitespace"),
                QCoreApplication::translate("ra::Cli", "print products x segments at the period's last month (adoption, median MRR of "
                               "those who have it, accounts without it) and the largest cross-sell gaps"));
    addKpiOptions(parser, listSpec());
    parser.addOption({QStringLiteral("top"), QCoreApplication::translate("ra::Cli", "Gaps to list, largest first (default 20; 0 = all)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    int code = ExitOk;
    const auto a = parseListArgs(parser, args, code);
    if (!a)
        return code;
    bool ok = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 0) {
        printError(QCoreApplication::translate("ra::Cli", "--top must be a whole number of 0 or more, not '%1'").arg(parser.value(QStringLiteral("top"))));
        return ExitFailure;
    }
    const int shown = top == 0 ? -1 : top;
    const WhitespaceTable t = a->ctx.engine->whitespace(a->period, a->ctx.filters, a->ctx.asOf);
    switch (a->format) {
    case OutputFormat::Json: printLine(whitespaceJson(t, a->period, a->ctx.asOf, a->ctx.filters, shown)); break;
    case OutputFormat::Csv: print(whitespaceCsv(t, shown)); break;
    case OutputFormat::Table: print(whitespaceText(t, a->ctx.engine->settings().currency, shown)); break;
    }
    return ExitOk;
}

} // namespace ra::cli

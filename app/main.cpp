// revalign: no verb starts the window; verbs do headless work.
#include "cliutil.h"
#include "commands.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>
#include <functional>
#include <map>

#ifdef RA_HAVE_UI
#include "widgets/theme.h"

#include <QApplication>
#include <QLocale>
#endif

namespace {

struct Verb {
    std::function<int(const QStringList &)> run;
    const char *summary;
    bool needsGui; // renders with Qt Gui (offscreen when there is no display)
};

const std::map<QString, Verb> &verbs()
{
    using namespace ra::cli;
    static const std::map<QString, Verb> table = {
        {QStringLiteral("import"), {runImport, "import a bundle folder, or exports (--from), into the store", false}},
        {QStringLiteral("mapping"), {runMapping, "list, show, export or import the mappings of exports", false}},
        {QStringLiteral("match"), {runMatch, "list, confirm or reject account matches of billing and tickets", false}},
        {QStringLiteral("demo"), {runDemo, "write a deterministic demo store", false}},
        {QStringLiteral("export-bundle"), {runExportBundle, "write the store back as a bundle folder", false}},
        {QStringLiteral("settings"), {runSettings, "list, read or set the store's settings", false}},
        {QStringLiteral("kpis"), {runKpis, "print every KPI of a period (table or JSON)", false}},
        {QStringLiteral("trend"), {runTrend, "print KPIs over the last N periods", false}},
        {QStringLiteral("breakdown"), {runBreakdown, "print every KPI per persona, segment or channel", false}},
        {QStringLiteral("cohorts"), {runCohorts, "print the cohort retention matrices", false}},
        {QStringLiteral("health"), {runHealth, "list the accounts at risk with their signals and the warning's lift", false}},
        {QStringLiteral("whitespace"), {runWhitespace, "print products x segments and the cross-sell gaps", false}},
        {QStringLiteral("quality"), {runQuality, "print the data-quality report", false}},
        {QStringLiteral("cache"), {runCache, "show or remove the store's snapshot cache", false}},
        {QStringLiteral("sync"), {runSync, "copy a team store into a local store for offline use", false}},
        {QStringLiteral("report"), {runReport, "write the stand-up PDF report", true}},
        {QStringLiteral("screenshot"), {runScreenshot, "render dashboard pages to PNG", true}},
    };
    return table;
}

void printUsage()
{
    std::printf("Usage: revalign [VERB] [OPTIONS]\n\n"
                "Without a verb, RevAlign opens its window. Verbs:\n");
    for (const auto &[name, verb] : verbs())
        std::printf("  %-14s %s\n", qPrintable(name), verb.summary);
    std::printf("\n  --help         help for RevAlign or for a verb (revalign VERB --help)\n"
                "  --version      print the version\n"
                "  --lang CODE    language of the window, the report and the tables: system,\n"
                "                 en, sv or zh_CN (default: as chosen in Settings, else the\n"
                "                 system's); --json and --csv output never changes with it\n");
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("RevAlign"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RA_VERSION_STRING));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const auto language = ra::cli::takeLanguageOption(args);
    if (!language) {
        ra::cli::printError(language.message());
        return ra::cli::ExitFailure;
    }
    const QString first = args.size() > 1 ? args.at(1) : QString();

    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        std::printf("revalign %s\n", RA_VERSION_STRING);
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage();
        return 0;
    }

    const auto it = verbs().find(first);
    if (it == verbs().end()) {
        if (!first.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
            ra::cli::printError(QCoreApplication::translate("ra::Cli", "unknown verb '%1' (see revalign --help)").arg(first));
            return ra::cli::ExitFailure;
        }
#ifdef RA_HAVE_UI
        setIdentity();
        return ra::cli::runGui(argc, argv, language.value());
#else
        ra::cli::printError(QCoreApplication::translate("ra::Cli", "this build has no window; use a verb (see revalign --help)"));
        return ra::cli::ExitFailure;
#endif
    }

    const QStringList verbArgs = args.mid(1); // verbArgs[0] is the verb, as QCommandLineParser expects
#ifdef RA_HAVE_UI
    if (it->second.needsGui) {
        // Rendering needs Qt Gui but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        ra::cli::applyLanguage(app, language.value());
        ra::applyLocaleFonts(QLocale());
        return it->second.run(verbArgs);
    }
#endif
    QCoreApplication app(argc, argv);
    setIdentity();
    ra::cli::applyLanguage(app, language.value());
    return it->second.run(verbArgs);
}

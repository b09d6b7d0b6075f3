// `revalign [--db FILE] [--dark]`: the dashboard window.
#ifdef RA_HAVE_UI
#include "commands.h"

#include "mainwindow.h"
#include "pages/pagefactory.h"
#include "report/reportexporter.h"
#include "services/storesession.h"
#include "services/uisettings.h"
#include "store/store.h"
#include "widgets/icons.h"
#include "widgets/theme.h"

#include <QCoreApplication>
#include <QApplication>
#include <QCommandLineParser>
#include "pgstore/teamstore.h"

#include <QFileInfo>

namespace ra::cli {

namespace {

// --db, else the last store, else the default store if there is one; empty = welcome screen.
QString startupStore(const QCommandLineParser &parser, const UiSettings &settings)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    const QString last = settings.lastStore();
    // A team store reopens too: unreachable, its fault dialog offers the offline copy.
    if (!last.isEmpty() && (isTeamStoreLocation(last) || QFileInfo::exists(last)))
        return last;
    if (QFileInfo::exists(Store::defaultPath()))
        return Store::defaultPath();
    return {};
}

} // namespace

int runGui(int argc, char **argv, std::optional<Language> language)
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.revalign.RevAlign"));
    QApplication::setWindowIcon(applicationIcon());
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ra::Cli", "RevAlign — revenue alignment dashboard"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("ra::Cli", "The store to open (default: the last one)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dark"), QCoreApplication::translate("ra::Cli", "Use the dark palette.")});
    // Read by main before the parser runs (takeLanguageOption); listed here for --help.
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("ra::Cli", "Language: system, en, sv or zh_CN."), QStringLiteral("CODE")});
    UiSettings uiSettings;
    applyLocale(localeFor(language.value_or(uiSettings.language())), app);
    applyLocaleFonts(QLocale());
    parser.process(app);

    applyTheme(parser.isSet(QStringLiteral("dark")) || uiSettings.darkMode());
    MainWindow window(uiSettings, createDashboardPages);
    window.setReportExporter([&window](QWidget *parent, const DashboardContext &context) {
        auto *exporter = new ReportExporter(parent);
        exporter->setStorePath(window.session().path());
        QObject::connect(exporter, &ReportExporter::finished, exporter, &QObject::deleteLater);
        QObject::connect(exporter, &ReportExporter::failed, exporter, &QObject::deleteLater);
        exporter->exportReport(context);
    });
    const QString store = startupStore(parser, uiSettings);
    if (!store.isEmpty())
        window.openStore(store);
    window.show();
    return app.exec();
}

} // namespace ra::cli
#endif

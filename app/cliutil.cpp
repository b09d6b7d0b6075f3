#include "cliutil.h"

#include "pgstore/teamstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <cstdio>

namespace ra::cli {

void setupParser(QCommandLineParser &parser, const QString &verb, const QString &description, bool withDb)
{
    parser.setApplicationDescription(QCoreApplication::translate("ra::Cli", "revalign %1 — %2").arg(verb, description));
    parser.addHelpOption();
    if (withDb)
        parser.addOption({QStringLiteral("db"), QCoreApplication::translate("ra::Cli", "The store file, or a team store: postgresql://… or service=NAME (default: %1).").arg(Store::defaultPath()),
                          QStringLiteral("FILE")});
}

bool parseOrExit(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    if (!parser.parse(args)) {
        printError(parser.errorText());
        exitCode = ExitFailure;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        exitCode = ExitOk;
        return false;
    }
    return true;
}

QString storePath(const QCommandLineParser &parser)
{
    const QString db = parser.value(QStringLiteral("db"));
    return db.isEmpty() ? Store::defaultPath() : db;
}

namespace {

// A team store is read from its offline copy (offlineCopyPath, shared with
// the window), brought up to date first: all of it the first time, then what
// the imports since changed — one consistent server snapshot either way.
std::unique_ptr<Store> openTeamStoreOrReport(const QString &location, Store::Mode mode)
{
    if (mode == Store::Mode::ReadWrite) {
        printError(QCoreApplication::translate("ra::Cli", "%1 is a team store: it is written only by revalign import and revalign settings KEY VALUE")
                       .arg(withoutPassword(location)));
        return nullptr;
    }
    const QString copy = offlineCopyPath(location);
    if (Result<SyncResult> synced = syncTeamStore(location, copy); !synced) {
        printError(synced.message());
        return nullptr;
    }
    Result<std::unique_ptr<Store>> store = Store::open(copy, Store::Mode::ReadOnly);
    if (!store) {
        printError(store.message());
        return nullptr;
    }
    return std::move(store.value());
}

} // namespace

QString storeDisplayName(const QString &path)
{
    return isTeamStoreLocation(path) ? withoutPassword(path) : QFileInfo(path).completeBaseName();
}

std::unique_ptr<Store> openStoreOrReport(const QString &path, Store::Mode mode)
{
    if (isTeamStoreLocation(path))
        return openTeamStoreOrReport(path, mode);
    Result<std::unique_ptr<Store>> r = Store::open(path, mode);
    if (!r) {
        printError(r.message());
        return nullptr;
    }
    return std::move(r.value());
}

Result<std::optional<Language>> takeLanguageOption(QStringList &args)
{
    std::optional<Language> chosen;
    for (qsizetype i = 1; i < args.size();) {
        QString code;
        if (args[i] == QLatin1String("--lang")) {
            if (i + 1 >= args.size())
                return makeError(ErrorCode::Usage, QCoreApplication::translate("ra::Cli", "--lang needs a value: system, en, sv or zh_CN"));
            code = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            code = args[i].mid(7);
            args.remove(i);
        } else {
            ++i;
            continue;
        }
        chosen = languageFromCode(code);
        if (!chosen)
            return makeError(ErrorCode::Usage,
                             QCoreApplication::translate("ra::Cli", "unknown language '%1' (valid: system, en, sv, zh_CN)").arg(code));
    }
    return chosen;
}

void applyLanguage(QCoreApplication &app, std::optional<Language> chosen)
{
    const Language language = chosen ? *chosen : savedLanguage(QSettings());
    applyLocale(localeFor(language), app);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "revalign: %s\n", message.toUtf8().constData());
}

void printLine(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

} // namespace ra::cli

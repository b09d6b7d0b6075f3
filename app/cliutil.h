#pragma once
// Shared plumbing of the command-line verbs: option parsing, opening the
// store named by --db, one-line errors on stderr.
#include "core/result.h"
#include "domain/language.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QString>
#include <memory>
#include <optional>

class QCoreApplication;

namespace ra::cli {

enum ExitCode { ExitOk = 0, ExitPartial = 1, ExitFailure = 2 };

// Sets up --help and --db on the parser for verb `verb` with a one-line description.
void setupParser(QCommandLineParser &parser, const QString &verb, const QString &description, bool withDb = true);
// Parses args (args[0] is the verb); on --help prints help and returns false with exitCode 0,
// on a parse error prints the reason and returns false with exitCode 2.
bool parseOrExit(QCommandLineParser &parser, const QStringList &args, int &exitCode);
// The --db value, else the default store path.
QString storePath(const QCommandLineParser &parser);
// Opens the store; prints a one-line reason on failure. A team store
// (postgresql://… or service=…) opens read-only as its offline copy, synced
// first from one consistent server snapshot (the window's copy: its snapshot
// cache serves both); writers get a ReadOnly reason (a team store takes
// writes through import and settings only).
std::unique_ptr<Store> openStoreOrReport(const QString &path, Store::Mode mode);
// How a store is named to people: the file name, or for a team store the
// server without password.
QString storeDisplayName(const QString &path);

// Removes `--lang CODE` / `--lang=CODE` from args (any position): the code
// as a Language, nullopt when absent; an error for an unknown code.
Result<std::optional<Language>> takeLanguageOption(QStringList &args);
// --lang when given, else the language chosen in Settings, else the system's:
// sets the default QLocale and installs the translations.
void applyLanguage(QCoreApplication &app, std::optional<Language> chosen);

void printError(const QString &message); // "revalign: message" on stderr
void printLine(const QString &text);      // stdout, UTF-8

} // namespace ra::cli

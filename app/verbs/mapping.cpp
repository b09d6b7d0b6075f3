// revalign mapping list|show|export|import: the mappings exports are read
// with — shipped ones and those saved in the store (docs/importing.md).
#include "cliutil.h"
#include "commands.h"

#include "exports/exportimporter.h"
#include "exports/sourcestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <cstdio>

namespace ra::cli {
namespace {

QString kindName(const Mapping &m)
{
    switch (m.kind) {
    case MappingKind::Rows: return m.table;
    case MappingKind::Customers: return QStringLiteral("customers → accounts");
    case MappingKind::Subscriptions: return QStringLiteral("subscriptions → revenue");
    case MappingKind::Invoices: return QStringLiteral("invoices → revenue");
    case MappingKind::Tickets: return QStringLiteral("tickets");
    }
    return QString();
}

const Mapping *find(const std::vector<Mapping> &all, const QString &name)
{
    for (const Mapping &m : all)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace

int runMapping(const QStringList &args)
{
    QCommandLineParser parser;
    setupParser(parser, QStringLiteral("mapping"),
                QCoreApplication::translate("ra::Cli", "list, show, export or import the mappings of exports"));
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("ra::Cli", "list | show NAME | export NAME [FILE] | import FILE"));
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, exitCode))
        return exitCode;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const bool wantsName = action == QLatin1String("show") || action == QLatin1String("export") || action == QLatin1String("import");
    if (!(action == QLatin1String("list") && pos.size() == 1) && !(wantsName && pos.size() >= 2 && pos.size() <= (action == QLatin1String("export") ? 3 : 2))) {
        printError(QCoreApplication::translate(
            "ra::Cli",
            "mapping takes: list | show NAME | export NAME [FILE] | import FILE (see revalign mapping --help)"));
        return ExitFailure;
    }
    const bool writes = action == QLatin1String("import");
    std::unique_ptr<Store> store = openStoreOrReport(storePath(parser), writes ? Store::Mode::ReadWrite : Store::Mode::ReadOnly);
    if (!store)
        return ExitFailure;
    if (writes) {
        QFile f(pos.at(1));
        if (!f.open(QIODevice::ReadOnly)) {
            printError(QCoreApplication::translate("ra::Cli", "cannot read %1: %2").arg(pos.at(1), f.errorString()));
            return ExitFailure;
        }
        auto m = Mapping::fromJson(f.readAll(), pos.at(1));
        if (!m) {
            printError(m.message());
            return ExitFailure;
        }
        if (Status s = sourcestore::saveMapping(*store, *m); !s) {
            printError(s.message());
            return ExitFailure;
        }
        printLine(QCoreApplication::translate("ra::Cli",
                                              "saved mapping %1 (%2); import with: revalign import --from %1 FILE...")
                      .arg(m->name, m->label));
        return ExitOk;
    }
    auto all = ExportImporter(*store).mappings();
    if (!all) {
        printError(all.message());
        return ExitFailure;
    }
    if (action == QLatin1String("list")) {
        const std::vector<Mapping> &shipped = builtinMappings();
        printLine(QStringLiteral("%1 %2 %3 %4")
                      .arg(QCoreApplication::translate("ra::Cli", "name"), -26)
                      .arg(QCoreApplication::translate("ra::Cli", "source"), -11)
                      .arg(QCoreApplication::translate("ra::Cli", "becomes"), -26)
                      .arg(QCoreApplication::translate("ra::Cli", "origin")));
        for (const Mapping &m : *all) {
            const Mapping *builtin = find(shipped, m.name);
            const bool saved = !builtin || builtin->toJson() != m.toJson();
            printLine(QStringLiteral("%1 %2 %3 %4")
                          .arg(m.name, -26)
                          .arg(m.source, -11)
                          .arg(kindName(m), -26)
                          .arg(saved ? QCoreApplication::translate("ra::Cli", "saved in the store")
                                     : QCoreApplication::translate("ra::Cli", "shipped")));
        }
        return ExitOk;
    }
    const Mapping *m = find(*all, pos.at(1));
    if (!m) {
        QStringList names;
        for (const Mapping &x : *all)
            names << x.name;
        printError(QCoreApplication::translate("ra::Cli", "no mapping '%1' (known: %2)")
                       .arg(pos.at(1), names.join(QStringLiteral(", "))));
        return ExitFailure;
    }
    if (pos.size() == 3) {
        QSaveFile out(pos.at(2));
        if (!out.open(QIODevice::WriteOnly) || out.write(m->toJson()) < 0 || !out.commit()) {
            printError(QCoreApplication::translate("ra::Cli", "cannot write %1: %2").arg(pos.at(2), out.errorString()));
            return ExitFailure;
        }
        printLine(QCoreApplication::translate("ra::Cli", "wrote %1").arg(pos.at(2)));
        return ExitOk;
    }
    std::fputs(m->toJson().constData(), stdout);
    return ExitOk;
}

} // namespace ra::cli

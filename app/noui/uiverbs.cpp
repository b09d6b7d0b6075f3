// A build without the window (RA_BUILD_UI=OFF: the sanitizer and fuzzing
// builds) still has every headless verb; the rendering ones say why they are
// missing instead of failing to link.
#include "cliutil.h"
#include "commands.h"

namespace ra::cli {
namespace {

int unavailable(const char *verb)
{
    printError(QStringLiteral("'%1' needs the window libraries, which this build leaves out").arg(QLatin1String(verb)));
    return ExitFailure;
}

} // namespace

int runReport(const QStringList &) { return unavailable("report"); }
int runScreenshot(const QStringList &) { return unavailable("screenshot"); }
int runGui(int, char **, std::optional<Language>) { return unavailable("(window)"); }

} // namespace ra::cli

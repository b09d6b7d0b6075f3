// Placeholder until the verb is built; replaced by its implementation.
#include "cliutil.h"
#include "commands.h"

namespace ra::cli {

int runBreakdown(const QStringList &)
{
    printError(QStringLiteral("'breakdown' is not available in this build yet"));
    return ExitFailure;
}

} // namespace ra::cli

#pragma once
// Running the revalign binary from a test. Including this header is what
// makes a test depend on the binary: tests/CMakeLists.txt builds revalign
// before every test whose source includes it, and defines RA_REVALIGN_BIN
// only for those.
#include "processrun.h"

#ifndef RA_REVALIGN_BIN
#error "RA_REVALIGN_BIN is not defined: tests/CMakeLists.txt gives it to every test that includes support/revalign.h"
#endif

namespace ra::testsupport {

inline QString revalignBinary() { return QStringLiteral(RA_REVALIGN_BIN); }

inline ProcessRun runRevalign(const QStringList &args, const RunOptions &options = {})
{
    return runProgram(revalignBinary(), args, options);
}

} // namespace ra::testsupport

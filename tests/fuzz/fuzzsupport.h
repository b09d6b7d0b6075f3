#pragma once
// Shared set-up of the harnesses: a QCoreApplication (Qt SQL loads its driver
// plugin through it), a scratch folder on tmpfs, and an invariant check that
// aborts so libFuzzer records the input as a crash.
#include <QString>

namespace ra::fuzz {

void ensureApp();
// A per-process folder under /dev/shm (or the temp folder), created once.
QString scratchDir();
// Writes data to path, replacing it.
void writeFile(const QString &path, const char *data, qsizetype size);
[[noreturn]] void fail(const char *what, const QString &detail);

} // namespace ra::fuzz

#define RA_FUZZ_CHECK(cond, detail) \
    do { \
        if (!(cond)) \
            ::ra::fuzz::fail(#cond, (detail)); \
    } while (0)

#pragma once
// Permission tests mean nothing to root, who may read and write anywhere. As
// root they run their child as nobody instead. nobody may not be able to
// reach the build at all (a checkout under root's home, mode 0700), so the
// child is a copy of the program in a folder anyone can enter.
#include <QString>

namespace ra::testsupport {

struct UnprivilegedCopy {
    QString program; // the copy to run
    QString folder;  // where it is; a working directory nobody may use
    QString error;   // non-empty when the copy could not be made
};

// Copies program (once per test process) into a folder under the temporary
// directory that every user may enter and read.
UnprivilegedCopy copyForNobody(const QString &program);

// Child-process modifier: becomes nobody/nogroup (65534 on Debian) or exits 97.
void dropToNobody();

// As root: re-runs testFunction of this test program as nobody, fails the
// current test unless it passed there, and returns false (the caller returns).
// Otherwise returns true: the caller runs the test itself.
bool runsUnprivileged(const char *testFunction);

} // namespace ra::testsupport

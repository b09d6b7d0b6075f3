#pragma once
// Running a program from a test: the one process runner of the suite, with
// one timeout rule. Every child gets a display-free, warning-free
// environment (offscreen platform, its own XDG_RUNTIME_DIR), so that its
// stderr holds only what the program says.
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>

namespace ra::testsupport {

// A child that has not finished after this long is killed and reported as
// timed out. Well under CTest's per-test limit (300 s), so a hanging child
// fails its own check with a message instead of taking the test down.
inline constexpr int kProcessTimeoutMs = 120000;

struct RunOptions {
    QString workDir;                // default: the test's own
    QProcessEnvironment extraEnv;   // added to the child's environment
    bool asNobody = false;          // run as nobody (see unprivileged.h); only root may
    // Called about every 20 ms with the child's pid while it runs (e.g. to
    // sample its memory from /proc).
    std::function<void(qint64 pid)> whileRunning;
};

struct ProcessRun {
    int exitCode = -1;  // -1 unless the child exited normally
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;
    bool exitedWith(int code) const { return !crashed && !timedOut && exitCode == code; }
    // For failure messages: "exit 2 / crashed / timed out" and the stderr.
    QString describe() const;
};

ProcessRun runProgram(const QString &program, const QStringList &args, const RunOptions &options = {});

// The environment every child starts from (the test's own plus the two
// settings above).
QProcessEnvironment childEnvironment();

} // namespace ra::testsupport

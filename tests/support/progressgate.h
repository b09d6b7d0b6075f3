#pragma once
// A child process held at its progress lines. Its stderr is a one-page pipe
// that the test keeps full of filler, so the child stops inside its next
// write to stderr until the test reads; nextLine() lets it write exactly up
// to one more line (more only if it writes several before the pipe is filled
// again, which the test sees in written()). A kill is then known to land
// between two lines the child wrote — a point taken from the program's own
// progress output, not from a clock.
#include "processrun.h"

#include <QByteArrayList>
#include <QTemporaryFile>
#include <optional>
#include <sys/types.h>

namespace ra::testsupport {

class ProgressGate {
public:
    ProgressGate(const QString &program, const QStringList &args);
    ~ProgressGate();
    ProgressGate(const ProgressGate &) = delete;
    ProgressGate &operator=(const ProgressGate &) = delete;

    // Empty when the child runs; else why it could not be started.
    QString error() const { return m_error; }
    // The child's next stderr line (without '\n'); nullopt once stderr is
    // closed or after kProcessTimeoutMs without one.
    std::optional<QByteArray> nextLine();
    // SIGKILL, then collect every line the child wrote before it died.
    void kill();
    // Opens the gate: lets the child run to its end and collects its output.
    ProcessRun finish();
    // Every stderr line the child wrote, in order (after kill() or finish():
    // all of them).
    const QByteArrayList &written() const { return m_written; }

private:
    void fill();
    bool readSome(int timeoutMs);
    void drainAndReap();

    pid_t m_pid = -1;
    int m_read = -1;   // stderr, our end
    int m_filler = -1; // stderr, a second non-blocking write end for the filler
    int m_status = 0;
    bool m_reaped = false;
    QByteArray m_partial;
    QByteArrayList m_written;
    qsizetype m_handedOut = 0; // lines of m_written nextLine() returned
    QTemporaryFile m_stdout;
    QString m_error;
};

} // namespace ra::testsupport

#include "progressgate.h"

#include <QElapsedTimer>
#include <QFile>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace ra::testsupport {

namespace {

constexpr char kFiller = '\x01';

// argv/envp for posix_spawn: the bytes and the pointer array over them.
struct CStrings {
    explicit CStrings(const QStringList &list)
    {
        for (const QString &s : list)
            bytes.push_back(s.toLocal8Bit());
        for (QByteArray &b : bytes)
            pointers.push_back(b.data());
        pointers.push_back(nullptr);
    }
    std::vector<QByteArray> bytes;
    std::vector<char *> pointers;
};

} // namespace

ProgressGate::ProgressGate(const QString &program, const QStringList &args)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0 || !m_stdout.open()) {
        m_error = QStringLiteral("cannot make the pipes: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    m_read = fds[0];
    // One page, the least a pipe holds; filled, it stops the child's next write.
    (void)::fcntl(fds[1], F_SETPIPE_SZ, 4096);
    // A second open file description of the write end: non-blocking for the
    // filler, while the child's stderr stays blocking.
    m_filler = ::open(("/proc/self/fd/" + QByteArray::number(fds[1])).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    fill();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
    posix_spawn_file_actions_adddup2(&actions, m_stdout.handle(), STDOUT_FILENO);
    const CStrings argv(QStringList{program} + args);
    const CStrings envp(childEnvironment().toStringList());
    const int rc = ::posix_spawn(&m_pid, argv.pointers[0], &actions, nullptr, argv.pointers.data(),
                                 envp.pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (m_filler < 0 || rc != 0) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(strerror(rc ? rc : errno)));
        if (rc == 0)
            kill();
        m_pid = -1;
    }
}

ProgressGate::~ProgressGate()
{
    if (m_pid > 0 && !m_reaped)
        kill();
    if (m_read >= 0)
        ::close(m_read);
    if (m_filler >= 0)
        ::close(m_filler);
}

void ProgressGate::fill()
{
    if (m_filler < 0)
        return;
    static const QByteArray chunk(4096, kFiller);
    // Writes up to PIPE_BUF bytes are all or nothing: step down to single bytes.
    for (const int n : {4096, 512, 64, 8, 1})
        while (::write(m_filler, chunk.constData(), std::size_t(n)) == n) {
        }
}

bool ProgressGate::readSome(int timeoutMs)
{
    pollfd p{m_read, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0)
        return false;
    char buffer[65536];
    const ssize_t n = ::read(m_read, buffer, sizeof buffer);
    if (n <= 0) {
        ::close(m_read);
        m_read = -1;
        if (!m_partial.isEmpty())
            m_written << std::exchange(m_partial, QByteArray());
        return false;
    }
    for (ssize_t i = 0; i < n; ++i) {
        if (buffer[i] == kFiller)
            continue;
        if (buffer[i] == '\n')
            m_written << std::exchange(m_partial, QByteArray());
        else
            m_partial += buffer[i];
    }
    return true;
}

std::optional<QByteArray> ProgressGate::nextLine()
{
    QElapsedTimer clock;
    clock.start();
    while (m_handedOut >= m_written.size()) {
        const qint64 left = kProcessTimeoutMs - clock.elapsed();
        if (m_read < 0 || left <= 0 || !readSome(int(left)))
            if (m_handedOut >= m_written.size())
                return std::nullopt;
    }
    fill(); // the child stops at its next line
    return m_written.at(m_handedOut++);
}

void ProgressGate::kill()
{
    if (m_pid > 0 && !m_reaped)
        ::kill(m_pid, SIGKILL);
    drainAndReap();
}

void ProgressGate::drainAndReap()
{
    if (m_filler >= 0) {
        ::close(m_filler);
        m_filler = -1;
    }
    while (m_read >= 0 && readSome(kProcessTimeoutMs)) {
    }
    if (m_pid > 0 && !m_reaped) {
        while (::waitpid(m_pid, &m_status, 0) < 0 && errno == EINTR) {
        }
        m_reaped = true;
    }
}

ProcessRun ProgressGate::finish()
{
    drainAndReap();
    ProcessRun r;
    if (m_pid <= 0) {
        r.crashed = true;
        r.err = m_error;
        return r;
    }
    r.crashed = !WIFEXITED(m_status);
    if (!r.crashed)
        r.exitCode = WEXITSTATUS(m_status);
    r.err = QString::fromUtf8(m_written.join('\n'));
    QFile out(m_stdout.fileName());
    if (out.open(QIODevice::ReadOnly))
        r.out = QString::fromUtf8(out.readAll());
    return r;
}

} // namespace ra::testsupport

#include "processrun.h"

#include "unprivileged.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace ra::testsupport {

QString ProcessRun::describe() const
{
    const QString how = timedOut ? QStringLiteral("timed out after %1 s").arg(kProcessTimeoutMs / 1000)
                        : crashed ? QStringLiteral("crashed")
                                  : QStringLiteral("exit %1").arg(exitCode);
    return how + QStringLiteral("\n") + err;
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Qt warns on stderr when XDG_RUNTIME_DIR is unset (e.g. as root in CI).
    if (!env.contains(QStringLiteral("XDG_RUNTIME_DIR"))) {
        static QTemporaryDir runtime;
        QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    }
    return env;
}

ProcessRun runProgram(const QString &program, const QStringList &args, const RunOptions &options)
{
    QProcess p;
    QProcessEnvironment env = childEnvironment();
    for (const QString &key : options.extraEnv.keys())
        env.insert(key, options.extraEnv.value(key));
    QString path = program;
    if (options.asNobody) {
        const UnprivilegedCopy copy = copyForNobody(program);
        if (!copy.error.isEmpty()) {
            ProcessRun r;
            r.crashed = true;
            r.err = copy.error;
            return r;
        }
        path = copy.program;
        env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // root's: nobody cannot use it
        p.setWorkingDirectory(copy.folder);
        p.setChildProcessModifier(&dropToNobody);
    }
    if (!options.workDir.isEmpty())
        p.setWorkingDirectory(options.workDir);
    p.setProcessEnvironment(env);
    p.setProgram(path);
    p.setArguments(args);
    p.start();
    ProcessRun r;
    if (!p.waitForStarted()) {
        r.crashed = true;
        r.err = QStringLiteral("cannot start %1: %2").arg(path, p.errorString());
        return r;
    }
    QElapsedTimer clock;
    clock.start();
    bool finished = false;
    if (options.whileRunning) {
        while (!(finished = p.waitForFinished(20)) && clock.elapsed() < kProcessTimeoutMs)
            options.whileRunning(p.processId());
    } else {
        finished = p.waitForFinished(kProcessTimeoutMs);
    }
    if (!finished) {
        p.kill();
        p.waitForFinished();
        r.timedOut = true;
    }
    r.crashed = !r.timedOut && p.exitStatus() != QProcess::NormalExit;
    if (!r.timedOut && !r.crashed)
        r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace ra::testsupport

#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace ra::fuzz {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        // Deliberately never destroyed: libFuzzer leaves through exit(), and
        // the harnesses' static stores must be able to close after it.
        new QCoreApplication(argc, argv);
        // Rejected rows and failed opens are the normal outcome here, not news.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false"));
    }
}

namespace {

QString &scratchPath()
{
    static QString path;
    return path;
}

void removeScratch() { QDir(scratchPath()).removeRecursively(); }

} // namespace

QString scratchDir()
{
    if (scratchPath().isEmpty()) {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        scratchPath() = QStringLiteral("%1/ra-fuzz-%2").arg(base).arg(::getpid());
        QDir().mkpath(scratchPath());
        std::atexit(removeScratch);
    }
    return scratchPath();
}

void writeFile(const QString &path, const char *data, qsizetype size)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(data, size);
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "invariant failed: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace ra::fuzz

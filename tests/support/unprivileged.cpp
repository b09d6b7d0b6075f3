#include "unprivileged.h"

#include "processrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <unistd.h>

namespace ra::testsupport {

namespace {

constexpr QFileDevice::Permissions kEveryoneEnters = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::ExeOther;

// True when every folder from / down to path may be entered by others.
bool everyoneMayEnter(const QString &path)
{
    for (QDir d(path); ; ) {
        if (!(QFileInfo(d.absolutePath()).permissions() & QFileDevice::ExeOther))
            return false;
        if (d.isRoot() || !d.cdUp())
            return true;
    }
}

QString sharedParent()
{
    const QString temp = QDir::tempPath();
    return everyoneMayEnter(temp) ? temp : QStringLiteral("/tmp");
}

} // namespace

UnprivilegedCopy copyForNobody(const QString &program)
{
    static std::unique_ptr<QTemporaryDir> folder;
    static QHash<QString, QString> copies;
    UnprivilegedCopy out;
    if (!folder) {
        folder = std::make_unique<QTemporaryDir>(sharedParent() + QStringLiteral("/ra-unprivileged-XXXXXX"));
        if (!folder->isValid() || !QFile::setPermissions(folder->path(), kEveryoneEnters)) {
            folder.reset();
            out.error = QStringLiteral("cannot make a folder for nobody under %1").arg(sharedParent());
            return out;
        }
    }
    out.folder = folder->path();
    QString &copy = copies[program];
    if (copy.isEmpty()) {
        const QString target = folder->filePath(QFileInfo(program).fileName());
        if (!QFile::copy(program, target) || !QFile::setPermissions(target, kEveryoneEnters)) {
            copies.remove(program);
            out.error = QStringLiteral("cannot copy %1 to %2").arg(program, target);
            return out;
        }
        copy = target;
    }
    out.program = copy;
    return out;
}

void dropToNobody()
{
    // The child must not keep root's power to ignore file permissions.
    if (::setgid(65534) != 0 || ::setuid(65534) != 0)
        ::_exit(97);
}

bool runsUnprivileged(const char *testFunction)
{
    if (::geteuid() != 0)
        return true;
    RunOptions options;
    options.asNobody = true;
    const ProcessRun r =
        runProgram(QCoreApplication::applicationFilePath(), {QString::fromLatin1(testFunction)}, options);
    const QString output = r.out + r.err;
    if (!r.exitedWith(0) || !output.contains(QLatin1String("PASS   :")))
        QTest::qFail(qPrintable(QStringLiteral("as nobody: %1\n%2").arg(r.describe(), r.out)), __FILE__, __LINE__);
    return false;
}

} // namespace ra::testsupport

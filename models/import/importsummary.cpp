#include "import/importsummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ra {

qint64 ImportSummary::totalRejected() const
{
    qint64 n = 0;
    for (const FileSummary &f : files)
        n += f.rejected;
    return n;
}

qint64 ImportSummary::totalWritten() const
{
    qint64 n = 0;
    for (const FileSummary &f : files)
        n += f.inserted + f.updated;
    return n;
}

QString ImportSummary::status() const
{
    if (dryRun)
        return QStringLiteral("dry_run");
    if (!committed)
        return QStringLiteral("rolled_back");
    return totalRejected() ? QStringLiteral("partial") : QStringLiteral("ok");
}

QString ImportSummary::toJson() const
{
    QJsonArray list;
    for (const FileSummary &f : files) {
        if (!f.present)
            continue;
        list.append(QJsonObject{{QStringLiteral("file"), f.file},
                                {QStringLiteral("inserted"), f.inserted},
                                {QStringLiteral("updated"), f.updated},
                                {QStringLiteral("unchanged"), f.unchanged},
                                {QStringLiteral("rejected"), f.rejected},
                                {QStringLiteral("warnings"), f.warnings}});
    }
    const QJsonObject o{{QStringLiteral("files"), list},
                        {QStringLiteral("rejected"), totalRejected()},
                        {QStringLiteral("strict"), strict},
                        {QStringLiteral("status"), status()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace ra

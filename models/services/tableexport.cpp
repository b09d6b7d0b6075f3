#include "services/tableexport.h"

#include "csv/csvsafety.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace ra {

namespace {

QString quoted(const QString &text)
{
    const QString safe = neutraliseCsvCell(text);
    if (!safe.contains(QLatin1Char(',')) && !safe.contains(QLatin1Char('"')) && !safe.contains(QLatin1Char('\n'))
        && !safe.contains(QLatin1Char('\r')))
        return safe;
    QString out = safe;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

QString tableToCsv(const QAbstractItemModel &model)
{
    QString out;
    const int columns = model.columnCount();
    QStringList cells;
    for (int c = 0; c < columns; ++c)
        cells << quoted(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < columns; ++c)
            cells << quoted(model.index(r, c).data(Qt::DisplayRole).toString());
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

Status exportTableCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(tableToCsv(model).toUtf8());
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ra

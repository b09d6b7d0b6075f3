#include "services/tableexport.h"

#include "csv/csvsafety.h"

#include <QCoreApplication>
#include <QAbstractItemModel>
#include <QSaveFile>

namespace ra {

QString tableToCsv(const QAbstractItemModel &model)
{
    QString out;
    const int columns = model.columnCount();
    QStringList cells;
    for (int c = 0; c < columns; ++c)
        cells << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    out += spreadsheetCsvLine(cells);
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < columns; ++c)
            cells << model.index(r, c).data(Qt::DisplayRole).toString();
        out += spreadsheetCsvLine(cells);
    }
    return out;
}

Status exportTableCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ra::TableExport", "cannot write %1: %2").arg(path, file.errorString()));
    file.write(tableToCsv(model).toUtf8());
    if (!file.commit())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ra::TableExport", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ra

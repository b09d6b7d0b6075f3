#pragma once
// Helpers shared by the import tests: fixture paths, table dumps for
// "the store is unchanged" comparisons, small file writers.
#include "import/importsummary.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace ra::importtest {

inline QString dataDir(const QString &name) { return QStringLiteral(RA_TEST_DATA_DIR "/import/") + name; }

inline const QStringList kDataTables = {QStringLiteral("accounts"), QStringLiteral("campaigns"), QStringLiteral("leads"),
                                 QStringLiteral("touches"), QStringLiteral("opportunities"), QStringLiteral("revenue"),
                                 QStringLiteral("spend"), QStringLiteral("tickets"), QStringLiteral("nps"),
                                 QStringLiteral("targets"), QStringLiteral("alignment_survey")};

// Every row of the tables, in key order, as text: "equal dumps" = same content.
inline QStringList dump(Store &store, const QStringList &tables)
{
    QStringList out;
    for (const QString &t : tables) {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(t)))
            return {QStringLiteral("error: ") + t};
        while (q.next()) {
            QStringList row{t};
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

inline QStringList dumpAll(Store &store)
{
    return dump(store, kDataTables + QStringList{QStringLiteral("imports"), QStringLiteral("import_rejections")});
}

inline QVariant scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("error: %1").arg(sql);
    return q.value(0);
}

inline const FileSummary &fileOf(const ImportSummary &s, const QString &name)
{
    for (const FileSummary &f : s.files)
        if (f.file == name)
            return f;
    static FileSummary none;
    return none;
}

inline void copyBundle(const QString &from, const QString &to, const QStringList &only = {})
{
    QDir().mkpath(to);
    for (const QFileInfo &f : QDir(from).entryInfoList({QStringLiteral("*.csv")}, QDir::Files))
        if (only.isEmpty() || only.contains(f.fileName()))
            QVERIFY(QFile::copy(f.absoluteFilePath(), to + QLatin1Char('/') + f.fileName()));
}

inline void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace ra::importtest

// Exports nobody has seen: every file either imports with every row
// accounted for (imported, unchanged, rejected with file:line:header, held,
// skipped with a reason) or is refused with one line naming it. Checked on
// the command line for the refusals, and in-process on damaged copies of the
// sample exports (cut short, bytes flipped, lines doubled).
#include "exports/exportimporter.h"
#include "store/store.h"

#include "support/revalign.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {

ra::testsupport::ProcessRun revalign(const QStringList &args) { return ra::testsupport::runRevalign(args); }

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray damaged(QByteArray bytes, QRandomGenerator &rng)
{
    switch (rng.bounded(3)) {
    case 0: // cut short anywhere, even inside a quoted field or a character
        return bytes.left(rng.bounded(qMax(1, int(bytes.size()))));
    case 1: // random bytes overwritten
        for (int i = 0; i < 6 && !bytes.isEmpty(); ++i)
            bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
        return bytes;
    default: { // a line doubled (duplicate keys)
        const QList<QByteArray> lines = bytes.split('\n');
        const int i = rng.bounded(int(lines.size()));
        QList<QByteArray> out = lines;
        out.insert(i, lines.at(i));
        return out.join('\n');
    }
    }
}

} // namespace

class TestExportRobustness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusals_data();
    void refusals();
    void folderSkipsUnknownFiles();
    void damagedCopies();
};

void TestExportRobustness::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown columns") << QByteArray("sku,warehouse,quantity,bin\nA-1,North,4,12\n")
                                     << QStringLiteral("x.csv: not a known export (first columns \"sku\", \"warehouse\", \"quantity\", \"bin\"; closest:");
    QTest::newRow("workbook") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << QStringLiteral("x.csv: a spreadsheet workbook");
    QTest::newRow("binary") << QByteArray("\x01\x02\0\x03", 4) << QStringLiteral("x.csv: binary data");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("x.csv: the file is empty");
    QTest::newRow("unterminated quote") << QByteArray("\"Record ID\",\"Email\",\"Create Date\",\"First Name\"\n\"1\",\"a@b.c\",\"2026-01-01 10:00\",\"An\n")
                                        << QStringLiteral("unterminated quoted field");
    QTest::newRow("no id column") << QByteArray("Email,Create Date,First Name,Lifecycle Stage\na@b.c,2026-01-01,An,lead\n")
                                  << QStringLiteral("x.csv: not a known export");
}

void TestExportRobustness::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("x.csv"));
    write(file, bytes);
    const QString db = tmp.filePath(QStringLiteral("s.db"));
    const ra::testsupport::ProcessRun r = revalign({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("auto"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY(r.out.isEmpty());
}

void TestExportRobustness::folderSkipsUnknownFiles()
{
    QTemporaryDir tmp;
    QVERIFY(QFile::copy(QStringLiteral(RA_TEST_DATA_DIR "/exports/hubspot/companies.csv"), tmp.filePath(QStringLiteral("companies.csv"))));
    write(tmp.filePath(QStringLiteral("inventory.csv")), "sku,warehouse\nA-1,North\n");
    const ra::testsupport::ProcessRun r = revalign({QStringLiteral("import"), QStringLiteral("--db"), tmp.filePath(QStringLiteral("s.db")), QStringLiteral("--from"),
                            QStringLiteral("auto"), tmp.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("skipped inventory.csv: not a known export")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("HubSpot companies (100%)")), qPrintable(r.out));
}

void TestExportRobustness::damagedCopies()
{
    QStringList samples;
    QDirIterator it(QStringLiteral(RA_TEST_DATA_DIR "/exports"), {QStringLiteral("*.csv")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("/expected/")))
            samples << path;
    }
    QVERIFY(samples.size() >= 12);
    QRandomGenerator rng(20261201);
    QTemporaryDir tmp;
    auto store = Store::open(tmp.filePath(QStringLiteral("s.db")));
    QVERIFY(store);
    int imported = 0, refused = 0;
    for (int round = 0; round < 150; ++round) {
        const QString sample = samples.at(rng.bounded(int(samples.size())));
        QFile f(sample);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString copy = tmp.filePath(QStringLiteral("case%1-%2").arg(round).arg(QFileInfo(sample).fileName()));
        write(copy, damaged(f.readAll(), rng));
        ExportImportOptions options;
        options.dryRun = rng.bounded(2) == 0;
        auto r = ExportImporter(**store).run({copy}, options);
        if (!r) {
            ++refused;
            QVERIFY2(!r.message().isEmpty() && !r.message().contains(QLatin1Char('\n')), qPrintable(r.message()));
            continue;
        }
        ++imported;
        for (const SourceFileSummary &s : r->sources)
            QVERIFY2(s.imported + s.unchanged + s.rejected + s.held + s.skipped == s.rows,
                     qPrintable(QStringLiteral("%1: %2 rows, %3 imported %4 unchanged %5 rejected %6 held %7 skipped")
                                    .arg(copy).arg(s.rows).arg(s.imported).arg(s.unchanged).arg(s.rejected).arg(s.held).arg(s.skipped)));
        for (const Rejection &rej : r->rejections)
            QVERIFY2(rej.line > 0 && !rej.column.isEmpty() && !rej.reason.isEmpty(), qPrintable(rej.toString()));
    }
    QVERIFY(imported > 0 && refused > 0); // both outcomes were exercised
}

QTEST_GUILESS_MAIN(TestExportRobustness)
#include "tst_exportrobustness.moc"

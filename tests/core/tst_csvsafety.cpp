#include "csv/csvsafety.h"

#include <QTest>

using namespace ra;

class TestCsvSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void neutralise_data();
    void neutralise();
    void spreadsheetLine_data();
    void spreadsheetLine();
};

void TestCsvSafety::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << "=1+1" << "'=1+1";
    QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\",\"y\")" << "'=HYPERLINK(\"http://x\",\"y\")";
    QTest::newRow("plus command") << "+cmd|' /C calc'!A0" << "'+cmd|' /C calc'!A0";
    QTest::newRow("minus formula") << "-2+3" << "'-2+3";
    QTest::newRow("minus function") << "-SUM(A1:A2)" << "'-SUM(A1:A2)";
    QTest::newRow("at") << "@SUM(1,2)" << "'@SUM(1,2)";
    QTest::newRow("tab") << "\t=1" << "'\t=1";
    QTest::newRow("carriage return") << "\r=1" << "'\r=1";
    QTest::newRow("dde") << "=cmd|'/c calc'!A1" << "'=cmd|'/c calc'!A1";
    QTest::newRow("negative number stays") << "-12.50" << "-12.50";
    QTest::newRow("plus number stays") << "+3" << "+3";
    QTest::newRow("negative percent stays") << "-4.5%" << "-4.5%";
    QTest::newRow("sign alone") << "-" << "'-";
    QTest::newRow("dangling point") << "-1." << "'-1.";
    QTest::newRow("arabic digits are not plain") << QString::fromUtf8("-\u0661") << QString::fromUtf8("'-\u0661");
    QTest::newRow("text") << "Acme, Inc" << "Acme, Inc";
    QTest::newRow("inner equals") << "a=b" << "a=b";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("leading space equals") << " =1" << " =1";
}

void TestCsvSafety::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(neutraliseCsvCell(cell), expected);
}

void TestCsvSafety::spreadsheetLine_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringList{"CFO", "7"} << "CFO,7\r\n";
    QTest::newRow("comma") << QStringList{"Ops, EMEA"} << "\"Ops, EMEA\"\r\n";
    QTest::newRow("quote") << QStringList{"the \"big\" one"} << "\"the \"\"big\"\" one\"\r\n";
    QTest::newRow("newline") << QStringList{"a\nb"} << "\"a\nb\"\r\n";
    QTest::newRow("empty cells") << QStringList{"", "x", ""} << ",x,\r\n";
    QTest::newRow("formula neutralised, then quoted") << QStringList{"=HYPERLINK(\"x\")"}
                                                      << "\"'=HYPERLINK(\"\"x\"\")\"\r\n";
    QTest::newRow("numbers stay numbers") << QStringList{"-12.5", "+3", "0.25"} << "-12.5,+3,0.25\r\n";
}

void TestCsvSafety::spreadsheetLine()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, line);
    QCOMPARE(spreadsheetCsvLine(cells), line);
}

QTEST_GUILESS_MAIN(TestCsvSafety)
#include "tst_csvsafety.moc"

// File → Import exports… driven offscreen end to end: files added, the dry
// run shows what each file was recognised as and the customers without an
// account, a match is confirmed from the window, the import runs and the
// store holds the rows. RA_WIZARD_SHOTS=DIR keeps a screenshot of each page.
#include "dialogs/exportimportwizard.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ra;

class TestExportWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void endToEnd();
};

static void shoot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("RA_WIZARD_SHOTS");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

void TestExportWizard::endToEnd()
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("s.db"));
    QVERIFY(Store::open(db));
    ExportImportWizard wizard(db);
    wizard.show();
    const QString data = QStringLiteral(RA_TEST_DATA_DIR "/exports/");
    wizard.addPaths({data + QStringLiteral("hubspot/companies.csv"), data + QStringLiteral("stripe"), data + QStringLiteral("zendesk")});
    shoot(wizard, "1-files");

    QSignalSpy checked(&wizard, &ExportImportWizard::checked);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExportImportWizard::CheckPage));
    QVERIFY(checked.wait(30000));
    QString text = wizard.checkText();
    QVERIFY2(text.contains(QLatin1String("companies.csv | HubSpot companies (100%)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("tickets.csv | Zendesk tickets (100%) | UTF-16LE (BOM) | tab | ISO (year first)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("tickets.csv:6:Created at: unparseable date/time")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("zendesk:zed@gmail.com unmatched")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2 row(s) rejected, 2 held")), qPrintable(text));
    shoot(wizard, "2-check");

    // Confirm the gmail requester's organisation from the window: no candidate, so the account is typed.
    auto *parties = wizard.findChild<QTableWidget *>(QString(), Qt::FindChildrenRecursively);
    QVERIFY(parties);
    int row = -1;
    const auto tables = wizard.findChildren<QTableWidget *>();
    QTableWidget *partyTable = nullptr;
    for (QTableWidget *t : tables)
        if (t->accessibleName() == QLatin1String("Without an account"))
            partyTable = t;
    QVERIFY(partyTable);
    for (int r = 0; r < partyTable->rowCount(); ++r)
        if (partyTable->item(r, 0)->text() == QLatin1String("zendesk:zed@gmail.com"))
            row = r;
    QVERIFY(row >= 0);
    auto *pick = qobject_cast<QComboBox *>(partyTable->cellWidget(row, 5));
    QVERIFY(pick && pick->isEditable());
    pick->setEditText(QStringLiteral("hubspot:101"));
    QVERIFY(wizard.confirmRow(row));
    QVERIFY(checked.wait(30000));
    text = wizard.checkText();
    QVERIFY2(text.contains(QLatin1String("2 row(s) rejected, 1 held")), qPrintable(text));

    QSignalSpy finished(&wizard, &ExportImportWizard::importFinished);
    QSignalSpy imported(&wizard, &ExportImportWizard::imported);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExportImportWizard::ImportPage));
    QVERIFY(finished.wait(30000));
    QCOMPARE(imported.count(), 1);
    shoot(wizard, "3-import");

    auto store = Store::open(db);
    QVERIFY(store);
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(account_id = 'hubspot:101') FROM tickets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);  // 9001, 9002, 9003 (confirmed), 9004; 9005 rejected
    QCOMPARE(q.value(1).toInt(), 2);  // 9001 by domain, 9003 confirmed
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM revenue")) && q.next());
    QCOMPARE(q.value(0).toInt(), 16);
}

QTEST_MAIN(TestExportWizard)
#include "tst_exportwizard.moc"

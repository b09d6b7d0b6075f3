// File → Import exports… driven offscreen end to end: files added, the dry
// run shows what each file was recognised as and the customers without an
// account, a match is confirmed from the window, the import runs and the
// store holds the rows. A CRM's CSV that no mapping fits is mapped on the
// columns and values pages, imported, its mapping saved and recognised by the
// next import. RA_WIZARD_SHOTS=DIR keeps a screenshot of each page.
#include "dialogs/exportimportwizard.h"
#include "dialogs/exportmappingpage.h"
#include "dialogs/exportvaluespage.h"
#include "exports/exportimporter.h"
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
    void mapsAFileNoMappingFits();
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

    // Every file is recognised and nothing is changed: the columns page, then straight to the dry run.
    QSignalSpy previewed(wizard.mappingPage(), &ExportMappingPage::previewed);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExportImportWizard::MappingPage));
    QVERIFY(previewed.wait(30000));
    QCOMPARE(wizard.mappingPage()->fileCount(), 4);
    QVERIFY(wizard.mappingPage()->isComplete());
    QVERIFY(wizard.mappingPage()->fileMappings().isEmpty());
    shoot(wizard, "1b-columns-recognised");
    // The values as the shipped mappings have them; one changed adjusts the companies mapping for this import.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExportImportWizard::ValuesPage));
    QVERIFY(wizard.valuesPage()->rowCount() > 0);
    QVERIFY(wizard.mappingPage()->fileMappings().isEmpty());
    QVERIFY(wizard.valuesPage()->setValue(QStringLiteral("industry"), QStringLiteral("COMPUTER_SOFTWARE"),
                                          QStringLiteral("Software")));
    QCOMPARE(wizard.mappingPage()->fileMappings().keys(), QStringList{data + QStringLiteral("hubspot/companies.csv")});
    shoot(wizard, "1c-values-recognised");
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
    QVERIFY(q.exec(QStringLiteral("SELECT industry FROM accounts WHERE account_id = 'hubspot:101'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Software"));
}

// people.csv: semicolons, headers no mapping knows, a row with a bad date.
void TestExportWizard::mapsAFileNoMappingFits()
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("s.db"));
    QVERIFY(Store::open(db));
    const QString people = QStringLiteral(RA_TEST_DATA_DIR "/exports/generic/people.csv");
    {
        ExportImportWizard wizard(db);
        wizard.show();
        wizard.addPaths({people});
        ExportMappingPage *columns = wizard.mappingPage();
        QSignalSpy previewed(columns, &ExportMappingPage::previewed);
        wizard.next();
        QVERIFY(previewed.wait(30000));
        QVERIFY(!columns->isComplete());
        columns->setTable(QStringLiteral("leads"));
        QCOMPARE(columns->validationText(), QStringLiteral("Required columns not mapped: lead_id, created_at."));
        wizard.next(); // refused: still incomplete
        QCOMPARE(wizard.currentId(), int(ExportImportWizard::MappingPage));
        QVERIFY(columns->assign(QStringLiteral("lead_id"), QStringLiteral("Person #")));
        QCOMPARE(columns->validationText(), QStringLiteral("Required columns not mapped: created_at."));
        QVERIFY(!columns->assign(QStringLiteral("lead_id"), QStringLiteral("No such column")));
        const std::pair<const char *, const char *> assignments[] = {{"created_at", "Signed up on"},
                                                                     {"email", "E-mail address"},
                                                                     {"mql_at", "Marketing qualified"},
                                                                     {"sal_at", "Sales accepted"},
                                                                     {"sql_at", "Sales qualified"},
                                                                     {"channel", "How they found us"},
                                                                     {"persona", "Role"},
                                                                     {"owner", "Owner"}};
        for (const auto &[to, from] : assignments)
            QVERIFY(columns->assign(QLatin1String(to), QLatin1String(from)));
        QVERIFY(columns->isComplete());
        // Ids are namespaced after the file's name unless the system is named; without a name nothing can be built.
        columns->setSource(QString());
        QVERIFY(!columns->isComplete());
        columns->setSource(QStringLiteral("people"));
        QVERIFY(columns->isComplete());
        QVERIFY2(columns->validationText().contains(QLatin1String("1 of the first 5 rows would be rejected")),
                 qPrintable(columns->validationText()));
        // The rows as they will land: namespaced ids, UTC timestamps, the bad date named.
        const QString landed = columns->landedText();
        QVERIFY2(landed.startsWith(QLatin1String(
                     "lead_id | email | persona | channel | owner | created_at | mql_at | sal_at | sql_at")),
                 qPrintable(landed));
        QVERIFY2(
            landed.contains(QLatin1String(
                "people:P-1 | ann@acme.com | Chief Financial Officer | Google Ads | Maria | 2026-03-02T09:00:00Z")),
            qPrintable(landed));
        QVERIFY2(landed.contains(QStringLiteral(
                     "people:P-5 | eve@umbrella.com | IT Director | Trade fair | Maria | ✗ unparseable")),
                 qPrintable(landed));
        shoot(wizard, "4-columns-mapped");

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportImportWizard::ValuesPage));
        ExportValuesPage *values = wizard.valuesPage();
        QCOMPARE(values->rowCount(), 7); // the sample's 4 channels and 3 roles
        for (const auto &[from, to] : {std::pair{"Google Ads", "paid"}, std::pair{"Newsletter", "email"},
                                       std::pair{"Word of mouth", "referral"}, std::pair{"Trade fair", "event"}})
            QVERIFY(values->setValue(QStringLiteral("channel"), QLatin1String(from), QLatin1String(to)));
        QVERIFY(values->setValue(QStringLiteral("persona"), QStringLiteral("Chief Financial Officer"),
                                 QStringLiteral("CFO")));
        shoot(wizard, "5-values");
        // Saved with its value maps, where `revalign mapping list` finds it.
        QVERIFY(columns->saveMapping(QStringLiteral("people-leads")));

        QSignalSpy checked(&wizard, &ExportImportWizard::checked);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportImportWizard::CheckPage));
        QVERIFY(checked.wait(30000));
        const QString text = wizard.checkText();
        QVERIFY2(text.contains(QLatin1String("people.csv | people-leads (100%) | UTF-8 | semicolon")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("people.csv:6:Signed up on: ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1 row(s) rejected, 0 held")), qPrintable(text));
        QSignalSpy finished(&wizard, &ExportImportWizard::importFinished);
        wizard.next();
        QVERIFY(finished.wait(30000));
    }
    auto store = Store::open(db);
    QVERIFY(store);
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT lead_id, channel, persona, sal_at IS NOT NULL FROM leads ORDER BY lead_id")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3 %4")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    QCOMPARE(rows,
             (QStringList{QStringLiteral("people:P-1 paid CFO 1"), QStringLiteral("people:P-2 email IT Director 0"),
                          QStringLiteral("people:P-3 referral CFO 0"), QStringLiteral("people:P-4 paid Founder 1")}));

    // Next week: the saved mapping recognises the file, value maps and all.
    auto again = ExportImporter(**store).run({people}, {});
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->sources.at(0).mapping, QStringLiteral("people-leads"));
    QCOMPARE(again->sources.at(0).unchanged, 4);
    ExportImportWizard next(db);
    next.show();
    next.addPaths({people});
    QSignalSpy previewed(next.mappingPage(), &ExportMappingPage::previewed);
    next.next();
    QVERIFY(previewed.wait(30000));
    QVERIFY(next.mappingPage()->isComplete());
    QVERIFY(next.mappingPage()->fileMappings().isEmpty());
    auto *file = next.mappingPage()->findChild<QComboBox *>();
    QVERIFY(file);
    QCOMPARE(file->currentText(), QStringLiteral("people.csv — people-leads (100%)"));
    shoot(next, "6-columns-saved-mapping");
}

QTEST_MAIN(TestExportWizard)
#include "tst_exportwizard.moc"

#pragma once
// File → Import exports…: choose export files or folders and how to read
// them → per file what it was recognised as and its column mapping, editable
// (exportmappingpage.h) → the value maps of category columns
// (exportvaluespage.h; skipped when no file was mapped here) → a dry run
// showing per file what was recognised (source, confidence, encoding,
// separator, date order) and how its rows would go, the rejections, and the
// customers and organisations without an account (pick one of the candidates
// to confirm a match) → import with progress and Cancel. Emits imported()
// after a committed import.
#include "services/exportimportservice.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QTableWidget;

namespace ra {

class ExportMappingPage;
class ExportValuesPage;

class ExportImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilesPage, MappingPage, ValuesPage, CheckPage, ImportPage };

    ExportImportWizard(const QString &storePath, QWidget *parent = nullptr);

    void addPaths(const QStringList &paths);
    ExportMappingPage *mappingPage() const { return m_mappingPage; }
    ExportValuesPage *valuesPage() const { return m_valuesPage; }
    int nextId() const override;
    void setTimeZone(const QString &zone);
    QString checkText() const;  // what the check page shows, for tests and accessibility
    bool isBusy() const { return m_service->isBusy(); }
    // Confirms the party in row `row` of the unmatched table with its chosen candidate.
    Status confirmRow(int row);

Q_SIGNALS:
    void checked();  // the dry run finished
    void imported(); // the import committed
    void importFinished(const QString &message);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *makeFilesPage(const QString &storePath);
    QWizardPage *makeCheckPage();
    QWizardPage *makeImportPage();
    ExportImportOptions options() const;
    void startCheck();
    void showCheck(const ExportImportOutcome &outcome);
    void showImport(const ExportImportOutcome &outcome);

    QString m_storePath;
    ExportImportService *m_service = nullptr;
    ExportMappingPage *m_mappingPage = nullptr;
    ExportValuesPage *m_valuesPage = nullptr;
    QListWidget *m_paths = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_zone = nullptr;
    QComboBox *m_order = nullptr;
    QTableWidget *m_files = nullptr;
    QPlainTextEdit *m_rejections = nullptr;
    QTableWidget *m_parties = nullptr;
    QLabel *m_checkStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_importStatus = nullptr;
    bool m_checkOk = false;
    bool m_importDone = false;
};

} // namespace ra

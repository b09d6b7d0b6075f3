#pragma once
// The import wizard's mapping step: per file what it was recognised as, and
// its mapping as an editable table (bundle column ← source column, with the
// file's first value) beside the first 20 rows exactly as they will land;
// what is missing is said as the user edits. A file no mapping fits is mapped
// here, a recognised one can be adjusted, and "Save mapping…" keeps the
// mapping in the store, where `revalign mapping list` and the next import find it.
#include "exports/mappingdraft.h"
#include "services/exportpreviewservice.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ra {

class ExportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    ExportMappingPage(const QString &storePath, QWidget *parent = nullptr);

    // Reads the files on a worker thread; previewed() when done.
    void start(const QStringList &paths, const QString &from, const PlanOptions &options);
    bool isBusy() const { return m_service->isBusy(); }
    void cancel() { m_service->cancel(); }
    bool isComplete() const override;

    int fileCount() const { return int(m_files.size()); }
    int currentFile() const;
    void selectFile(int index);
    void setTable(const QString &table); // what the rows of a file no mapping fits become
    // The namespace of the ids of every file mapped from scratch ("pipedrive": ids become pipedrive:ID).
    void setSource(const QString &source);
    // Feeds a column of the current file's mapping from a source column ("" = from none).
    bool assign(const QString &target, const QString &sourceHeader);
    QString validationText() const;
    QString landedText() const; // the landed preview, one row a line, for tests
    // Saves the current file's mapping, value maps included. Errors:
    // Validation (the mapping is incomplete), and the store's.
    Status saveMapping(const QString &name);
    void promptSave(); // "Save mapping…": asks the name, then saves
    QString statusText() const;

    // The mappings of the files mapped or adjusted here, by absolute path.
    QHash<QString, Mapping> fileMappings() const;
    // Every file that will be imported, with its draft; a change through
    // `edited` makes the import use the draft instead of the recognised mapping.
    struct FileDraft {
        const ExportPreview *preview;
        MappingDraft *draft;
        bool *edited;
    };
    std::vector<FileDraft> files();

Q_SIGNALS:
    void previewed();

private:
    struct FileState {
        ExportPreview preview;
        MappingDraft draft;
        bool edited = false; // mapped or adjusted here: its own mapping is used
    };
    void showOutcome(const PreviewOutcome &outcome);
    void showFile();
    void fillColumns();
    void refresh(); // the landed preview and the validation, after an edit
    FileState *current();
    const FileState *current() const;
    bool needsMapping(const FileState &f) const;

    QString m_storePath;
    PlanOptions m_options;
    ExportPreviewService *m_service = nullptr;
    std::shared_ptr<const std::vector<Mapping>> m_mappings;
    std::vector<FileState> m_files;
    QStringList m_errors;
    QComboBox *m_file = nullptr;
    QComboBox *m_table = nullptr;
    QLineEdit *m_source = nullptr;
    QString m_freshSource; // the source of the files mapped from scratch
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_landed = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_validation = nullptr;
    bool m_filling = false;
};

} // namespace ra

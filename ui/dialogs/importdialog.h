#pragma once
// File → Import bundle…: choose a bundle folder, see a dry run (rows,
// accepted and rejected per file, first problems), then import with a
// progress bar and Cancel. Emits imported() after a committed import.
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ra {

class ImportService;
struct ImportOutcome;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const QString &storePath, QWidget *parent = nullptr);

    void setFolder(const QString &folder); // and starts the dry run
    void startImport();
    QString statusText() const;
    bool isBusy() const;

Q_SIGNALS:
    void previewReady();
    void imported();
    void importFailed(const QString &message);

private:
    void browse();
    void finished(const ImportOutcome &outcome);
    void setBusy(bool busy);
    void cancelOrClose();

    QString m_storePath;
    ImportService *m_service = nullptr;
    QLineEdit *m_folder = nullptr;
    QTreeWidget *m_files = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_previewOk = false;
    bool m_done = false;
};

} // namespace ra

#include "dialogs/importdialog.h"

#include "services/importservice.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ra {

ImportDialog::ImportDialog(const QString &storePath, QWidget *parent) : QDialog(parent), m_storePath(storePath)
{
    setWindowTitle(tr("Import bundle"));
    m_service = new ImportService(this);

    auto *intro = new QLabel(tr("A bundle is a folder of CSV files (accounts.csv, leads.csv, …). "
                                "Rows already in the store are updated; nothing is lost if the import is cancelled.\n"
                                "Into: %1").arg(QDir::toNativeSeparators(storePath)), this);
    intro->setWordWrap(true);
    m_folder = new QLineEdit(this);
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("Choose the bundle folder…"));
    auto *browse = new QPushButton(tr("&Choose folder…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);

    m_files = new QTreeWidget(this);
    m_files->setColumnCount(4);
    m_files->setHeaderLabels({tr("File"), tr("Rows"), tr("Accepted"), tr("Rejected")});
    m_files->setRootIsDecorated(true);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_files->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_files->setAccessibleName(tr("Dry run per file"));

    m_status = new QLabel(tr("Choose a folder to see what would be imported."), this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(680, 460);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelOrClose);
    connect(m_service, &ImportService::progress, this, [this](int percent, const QString &stage) {
        m_progress->setValue(percent);
        if (!stage.isEmpty())
            m_status->setText(stage);
    });
    connect(m_service, &ImportService::finished, this, &ImportDialog::finished);
}

void ImportDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Bundle folder"), m_folder->text());
    if (!folder.isEmpty())
        setFolder(folder);
}

void ImportDialog::setFolder(const QString &folder)
{
    if (m_service->isBusy())
        return;
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_files->clear();
    m_previewOk = false;
    m_status->setText(tr("Checking the bundle (dry run)…"));
    setBusy(true);
    m_service->preview(folder, m_storePath);
}

void ImportDialog::startImport()
{
    if (!m_previewOk || m_service->isBusy())
        return;
    m_status->setText(tr("Importing…"));
    setBusy(true);
    m_service->import(QDir::fromNativeSeparators(m_folder->text()), m_storePath);
}

QString ImportDialog::statusText() const { return m_status->text(); }
bool ImportDialog::isBusy() const { return m_service->isBusy(); }

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_import->setEnabled(!busy && m_previewOk && !m_done);
    m_cancel->setText(busy ? tr("Cancel") : m_done ? tr("Close") : tr("Cancel"));
}

void ImportDialog::cancelOrClose()
{
    if (m_service->isBusy())
        m_service->cancel(); // the worker rolls back; finished() reports it
    else
        reject();
}

void ImportDialog::finished(const ImportOutcome &outcome)
{
    const QLocale locale;
    m_files->clear();
    for (const ImportFileReport &f : outcome.files) {
        auto *item = new QTreeWidgetItem(m_files, {f.file, locale.toString(f.rows), locale.toString(f.accepted),
                                                   locale.toString(f.rejected)});
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        for (const QString &p : f.problems)
            (new QTreeWidgetItem(item, {p}))->setFirstColumnSpanned(true); // a sentence, not counts
    }
    // Show the problems right away when they fit; else the first file's, the rest a click away.
    int problems = 0;
    for (const ImportFileReport &f : outcome.files)
        problems += int(f.problems.size());
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_files->topLevelItem(i);
        if (item->childCount() > 0 && (problems <= 40 || i == 0))
            item->setExpanded(true);
    }
    if (outcome.error) {
        m_previewOk = false;
        m_status->setText(outcome.error->message);
        setBusy(false);
        if (!outcome.dryRun)
            Q_EMIT importFailed(outcome.error->message);
        return;
    }
    const QString counts = tr("%1 rows accepted, %2 rejected.")
                               .arg(locale.toString(outcome.accepted()), locale.toString(outcome.rejected()));
    if (outcome.dryRun) {
        m_previewOk = true;
        m_status->setText(tr("Dry run: %1 Nothing has been written yet.").arg(counts));
        setBusy(false);
        Q_EMIT previewReady();
    } else {
        m_done = true;
        m_status->setText(tr("Imported: %1 The dashboard is reloading.").arg(counts));
        setBusy(false);
        Q_EMIT imported();
    }
}

} // namespace ra

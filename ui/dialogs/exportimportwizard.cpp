#include "dialogs/exportimportwizard.h"

#include "dialogs/exportmappingpage.h"
#include "dialogs/exportvaluespage.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ra {
namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

ExportImportWizard::ExportImportWizard(const QString &storePath, QWidget *parent) : QWizard(parent), m_storePath(storePath)
{
    setWindowTitle(tr("Import exports"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_service = new ExportImportService(this);

    QWizardPage *files = makeFilesPage(storePath);
    QWizardPage *check = makeCheckPage();
    QWizardPage *run = makeImportPage();

    m_mappingPage = new ExportMappingPage(storePath, this);
    m_valuesPage = new ExportValuesPage(m_mappingPage, this);
    setPage(FilesPage, files);
    setPage(MappingPage, m_mappingPage);
    setPage(ValuesPage, m_valuesPage);
    setPage(CheckPage, check);
    setPage(ImportPage, run);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    resize(1100, 720);

    connect(m_service, &ExportImportService::progress, m_progress, &QProgressBar::setValue);
    connect(m_service, &ExportImportService::finished, this, [this](const ExportImportOutcome &o) {
        if (o.dryRun)
            showCheck(o);
        else
            showImport(o);
    });
}

// 1. Files and how to read them.
QWizardPage *ExportImportWizard::makeFilesPage(const QString &storePath)
{
    auto *files = new QWizardPage(this);
    files->setTitle(tr("Exports to import"));
    files->setSubTitle(
        tr("HubSpot, Salesforce, Stripe or Zendesk exports as they are (Zendesk's JSON too), or any CRM's CSV: "
           "its columns are mapped on the next page. Into: %1")
            .arg(QDir::toNativeSeparators(storePath)));
    m_paths = new QListWidget(files);
    m_paths->setAccessibleName(tr("Export files and folders"));
    auto *addFiles = new QPushButton(tr("Add &files…"), files);
    auto *addFolder = new QPushButton(tr("Add f&older…"), files);
    auto *remove = new QPushButton(tr("&Remove"), files);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_paths, 1);
    row->addLayout(buttons);
    m_source = new QComboBox(files);
    m_source->addItem(tr("Recognise each file"), QStringLiteral("auto"));
    for (const auto &[label, key] : {std::pair{tr("HubSpot"), "hubspot"}, std::pair{tr("Salesforce"), "salesforce"},
                                     std::pair{tr("Stripe"), "stripe"}, std::pair{tr("Zendesk"), "zendesk"}})
        m_source->addItem(label, QLatin1String(key));
    m_zone = new QLineEdit(files);
    m_zone->setPlaceholderText(tr("UTC (e.g. Europe/Berlin: the zone of datetimes without an offset)"));
    m_order = new QComboBox(files);
    m_order->addItem(tr("From the data"), int(DateOrder::Unknown));
    m_order->addItem(tr("Day first (31/12/2026)"), int(DateOrder::DayFirst));
    m_order->addItem(tr("Month first (12/31/2026)"), int(DateOrder::MonthFirst));
    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Time zone:"), m_zone);
    form->addRow(tr("&Dates like 3/4/2026:"), m_order);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->addLayout(row, 1);
    filesLayout->addLayout(form);
    connect(addFiles, &QPushButton::clicked, this, [this] {
        addPaths(
            QFileDialog::getOpenFileNames(this, tr("Export files"), QString(),
                                          tr("Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)")));
    });
    connect(addFolder, &QPushButton::clicked, this, [this] { addPaths({QFileDialog::getExistingDirectory(this, tr("Folder of exports"))}); });
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_paths->selectedItems()); });
    return files;
}

// 2. The dry run.
QWizardPage *ExportImportWizard::makeCheckPage()
{
    auto *check = new QWizardPage(this);
    check->setTitle(tr("What would be imported"));
    check->setSubTitle(tr("A dry run: nothing is written yet. Every row is imported, unchanged, rejected (with its line), "
                          "held until its account is matched, or skipped with a reason."));
    m_checkStatus = new QLabel(check);
    m_checkStatus->setWordWrap(true);
    m_files = makeTable({tr("File"), tr("Recognised as"), tr("Encoding"), tr("Separator"), tr("Dates"), tr("Rows"), tr("Imported"),
                         tr("Unchanged"), tr("Rejected"), tr("Held"), tr("Skipped")},
                        check);
    m_files->setAccessibleName(tr("Files"));
    m_rejections = new QPlainTextEdit(check);
    m_rejections->setReadOnly(true);
    m_rejections->setAccessibleName(tr("Rejections"));
    m_rejections->setMaximumBlockCount(500);
    m_parties = makeTable({tr("Customer / organisation"), tr("Name"), tr("E-mail"), tr("Status"), tr("Rows held"), tr("Account")}, check);
    m_parties->setAccessibleName(tr("Without an account"));
    auto *confirm = new QPushButton(tr("&Confirm the chosen account"), check);
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addWidget(m_checkStatus);
    checkLayout->addWidget(m_files, 2);
    checkLayout->addWidget(new QLabel(tr("Rejections (file:line:column: reason):"), check));
    checkLayout->addWidget(m_rejections, 1);
    checkLayout->addWidget(new QLabel(tr("Customers and organisations without an account (never guessed):"), check));
    checkLayout->addWidget(m_parties, 1);
    checkLayout->addWidget(confirm, 0, Qt::AlignRight);
    connect(confirm, &QPushButton::clicked, this, [this] {
        if (m_parties->currentRow() < 0)
            return;
        if (Status s = confirmRow(m_parties->currentRow()); !s)
            m_checkStatus->setText(s.message());
    });
    return check;
}

// 3. The import.
QWizardPage *ExportImportWizard::makeImportPage()
{
    auto *run = new QWizardPage(this);
    run->setTitle(tr("Importing"));
    m_progress = new QProgressBar(run);
    m_progress->setRange(0, 100);
    m_importStatus = new QLabel(run);
    m_importStatus->setWordWrap(true);
    auto *runLayout = new QVBoxLayout(run);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_importStatus);
    runLayout->addStretch();
    return run;
}

void ExportImportWizard::addPaths(const QStringList &paths)
{
    for (const QString &p : paths)
        if (!p.isEmpty() && m_paths->findItems(p, Qt::MatchExactly).isEmpty())
            m_paths->addItem(p);
}

void ExportImportWizard::setTimeZone(const QString &zone) { m_zone->setText(zone); }

ExportImportOptions ExportImportWizard::options() const
{
    ExportImportOptions o;
    o.from = m_source->currentData().toString();
    o.timeZone = m_zone->text().trimmed();
    o.dateOrder = DateOrder(m_order->currentData().toInt());
    o.fileMappings = m_mappingPage->fileMappings();
    return o;
}

static QStringList pathsOf(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

void ExportImportWizard::startCheck()
{
    m_checkOk = false;
    m_files->setRowCount(0);
    m_parties->setRowCount(0);
    m_rejections->clear();
    m_checkStatus->setText(tr("Reading the exports…"));
    m_service->run(pathsOf(m_paths), options(), m_storePath, true);
}

int ExportImportWizard::nextId() const
{
    if (currentId() == MappingPage && !m_valuesPage->hasValues())
        return CheckPage;
    return QWizard::nextId();
}

void ExportImportWizard::initializePage(int id)
{
    if (id == MappingPage) {
        PlanOptions plan;
        plan.time.order = DateOrder(m_order->currentData().toInt());
        if (const QString zone = m_zone->text().trimmed(); !zone.isEmpty())
            plan.time.zone = QTimeZone(zone.toUtf8());
        m_mappingPage->start(pathsOf(m_paths), m_source->currentData().toString(), plan);
    }
    if (id == ValuesPage)
        m_valuesPage->initializePage();
    if (id == CheckPage)
        startCheck();
    if (id == ImportPage) {
        m_importDone = false;
        m_progress->setValue(0);
        m_importStatus->setText(tr("Importing… Cancel leaves the store as it was."));
        m_service->run(pathsOf(m_paths), options(), m_storePath, false);
    }
}

bool ExportImportWizard::validateCurrentPage()
{
    if (currentId() == FilesPage) {
        if (m_paths->count() == 0)
            return false;
        if (!m_zone->text().trimmed().isEmpty() && !QTimeZone(m_zone->text().trimmed().toUtf8()).isValid()) {
            m_zone->setFocus();
            m_zone->selectAll();
            return false;
        }
        return true;
    }
    if (currentId() == MappingPage)
        return m_mappingPage->isComplete();
    if (currentId() == CheckPage)
        return m_checkOk && !m_service->isBusy();
    return !m_service->isBusy();
}

void ExportImportWizard::reject()
{
    m_mappingPage->cancel(); // a preview of large files stops at its next chunk
    if (m_service->isBusy()) {
        m_service->cancel(); // finished() reports it; the wizard stays open to say so
        return;
    }
    QWizard::reject();
}

void ExportImportWizard::showCheck(const ExportImportOutcome &o)
{
    if (o.error) {
        m_checkStatus->setText(tr("Nothing can be imported: %1").arg(o.error->message));
        Q_EMIT checked();
        return;
    }
    const ExportImportSummary &s = o.summary;
    m_files->setRowCount(int(s.sources.size()));
    for (int i = 0; i < int(s.sources.size()); ++i) {
        const SourceFileSummary &f = s.sources[std::size_t(i)];
        setRow(m_files, i, {f.file, tr("%1 (%2%)").arg(f.label).arg(qRound(f.confidence * 100)), f.encoding, f.delimiter, f.dateOrder,
                            QString::number(f.rows), QString::number(f.imported), QString::number(f.unchanged),
                            QString::number(f.rejected), QString::number(f.held), QString::number(f.skipped)});
        m_files->item(i, 0)->setToolTip((f.notes + f.warnings).join(QLatin1Char('\n')));
    }
    QStringList lines;
    for (const Rejection &r : s.rejections)
        lines << r.shown();
    for (const QString &skipped : s.skippedFiles)
        lines << tr("skipped %1").arg(skipped);
    m_rejections->setPlainText(lines.isEmpty() ? tr("No rejections.") : lines.join(QLatin1Char('\n')));
    int row = 0;
    m_parties->setRowCount(0);
    for (const MatchRecord &m : s.matches) {
        if (m.status != QLatin1String("unmatched") && m.status != QLatin1String("ambiguous"))
            continue;
        m_parties->insertRow(row);
        setRow(m_parties, row, {m.source + QLatin1Char(':') + m.externalId, m.name, m.email, m.status, QString::number(m.rowsHeld)});
        auto *pick = new QComboBox(m_parties);
        pick->addItem(tr("(leave unmatched)"));
        pick->addItems(m.candidates);
        pick->setEditable(m.candidates.isEmpty()); // no candidate: an account id can be typed
        m_parties->setCellWidget(row, 5, pick);
        ++row;
    }
    m_checkOk = true;
    m_checkStatus->setText(tr("%1 file(s) recognised; %2 row(s) rejected, %3 held. Next imports the rest.")
                               .arg(s.sources.size())
                               .arg(s.totalRejected())
                               .arg(s.totalHeld()));
    Q_EMIT checked();
}

Status ExportImportWizard::confirmRow(int row)
{
    auto *pick = qobject_cast<QComboBox *>(m_parties->cellWidget(row, 5));
    if (!pick || (pick->currentIndex() == 0 && !pick->isEditable()))
        return makeError(ErrorCode::Usage, tr("Choose an account for this row first."));
    const QString party = m_parties->item(row, 0)->text();
    const int colon = int(party.indexOf(QLatin1Char(':')));
    const Status s = ExportImportService::confirmMatch(m_storePath, party.left(colon), party.mid(colon + 1), pick->currentText().trimmed());
    if (s)
        startCheck(); // the dry run again: the held rows now have their account
    return s;
}

void ExportImportWizard::showImport(const ExportImportOutcome &o)
{
    m_importDone = true;
    QString message;
    if (o.error) {
        message = o.error->code == ErrorCode::Cancelled ? tr("Cancelled: the store is unchanged.") : tr("Not imported: %1").arg(o.error->message);
    } else {
        qint64 rows = 0;
        for (const SourceFileSummary &f : o.summary.sources)
            rows += f.imported;
        message = tr("Imported %1 row(s); %2 rejected, %3 held until matched. The dashboard reloads.")
                      .arg(rows)
                      .arg(o.summary.totalRejected())
                      .arg(o.summary.totalHeld());
        if (!o.summary.salStageNote.isEmpty())
            message += QLatin1Char('\n') + o.summary.salStageNote;
        m_progress->setValue(100);
        Q_EMIT imported();
    }
    m_importStatus->setText(message);
    Q_EMIT importFinished(message);
}

QString ExportImportWizard::checkText() const
{
    QStringList out{m_checkStatus->text()};
    for (int r = 0; r < m_files->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_files->columnCount(); ++c)
            cells << (m_files->item(r, c) ? m_files->item(r, c)->text() : QString());
        out << cells.join(QStringLiteral(" | "));
    }
    out << m_rejections->toPlainText();
    for (int r = 0; r < m_parties->rowCount(); ++r)
        out << m_parties->item(r, 0)->text() + QLatin1Char(' ') + m_parties->item(r, 3)->text();
    return out.join(QLatin1Char('\n'));
}

} // namespace ra

#include "dialogs/exportmappingpage.h"

#include "domain/reasons.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ra {
namespace {

enum ColumnsColumn { TargetColumn, SourceColumn, FirstValueColumn };

QTableWidget *makeTable(QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    return t;
}

QString firstValue(const ExportPreview &p, int column)
{
    for (const auto &row : p.rows)
        if (column < int(row.size()) && !row[std::size_t(column)].empty())
            return QString::fromStdString(row[std::size_t(column)]);
    return {};
}

} // namespace

ExportMappingPage::ExportMappingPage(const QString &storePath, QWidget *parent)
    : QWizardPage(parent), m_storePath(storePath)
{
    setTitle(tr("Columns"));
    setSubTitle(
        tr("What each file was recognised as, and which of its columns feed RevAlign's. Change a column to adjust a "
           "mapping; a file nothing fits is mapped here. On the right: the first 20 rows as they will be imported."));
    m_service = new ExportPreviewService(this);
    m_file = new QComboBox(this);
    m_file->setAccessibleName(tr("File"));
    m_table = new QComboBox(this);
    m_table->setAccessibleName(tr("Rows become"));
    const QStringList tables = draftTables();
    const QStringList names = {tr("Accounts"),  tr("Leads"),   tr("Opportunities"),
                               tr("Campaigns"), tr("Tickets"), tr("NPS answers")};
    for (int i = 0; i < tables.size(); ++i)
        m_table->addItem(names.value(i, tables.at(i)), tables.at(i));
    auto *save = new QPushButton(tr("&Save mapping…"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), m_file);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addWidget(save);
    auto *tableLabel = new QLabel(tr("&Rows become:"), this);
    tableLabel->setBuddy(m_table);
    form->addRow(tableLabel, tableRow);
    m_source = new QLineEdit(this);
    m_source->setToolTip(
        tr("A short name of the system the files come from: their ids become NAME:ID, the same for every file "
           "mapped here, so a deal finds its account."));
    form->addRow(tr("&Ids from:"), m_source);

    m_columns = makeTable(this);
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("RevAlign column"), tr("From the file's column"), tr("First value")});
    m_columns->setAccessibleName(tr("Column mapping"));
    m_columns->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_columns->setColumnWidth(SourceColumn, 220);
    m_columns->verticalHeader()->setVisible(false);
    m_landed = makeTable(this);
    m_landed->setAccessibleName(tr("The first rows as they will be imported"));
    m_landed->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_columns);
    split->addWidget(m_landed);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 540});
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_validation = new QLabel(this);
    m_validation->setWordWrap(true);
    m_validation->setAccessibleName(tr("What is missing"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_validation);

    connect(m_service, &ExportPreviewService::finished, this, &ExportMappingPage::showOutcome);
    connect(m_file, &QComboBox::currentIndexChanged, this, [this] { showFile(); });
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setTable(m_table->currentData().toString());
    });
    connect(save, &QPushButton::clicked, this, &ExportMappingPage::promptSave);
    connect(m_source, &QLineEdit::textEdited, this, [this](const QString &text) { setSource(text.trimmed()); });
}

void ExportMappingPage::promptSave()
{
    const FileState *f = current();
    if (!f)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save mapping"),
        tr("Mapping for %1 (letters, digits, '-'; the name of a saved or shipped mapping replaces it):")
            .arg(f->preview.file),
        QLineEdit::Normal, f->draft.name, &ok);
    if (ok)
        (void)saveMapping(name.trimmed());
}

QString ExportMappingPage::statusText() const { return m_status->text(); }

void ExportMappingPage::start(const QStringList &paths, const QString &from, const PlanOptions &options)
{
    m_options = options;
    m_freshSource.clear();
    m_files.clear();
    m_file->clear();
    m_columns->setRowCount(0);
    m_landed->setRowCount(0);
    m_validation->clear();
    m_status->setText(tr("Reading the first rows of each file…"));
    m_service->run(paths, m_storePath, from);
    Q_EMIT completeChanged();
}

void ExportMappingPage::showOutcome(const PreviewOutcome &outcome)
{
    m_mappings = outcome.mappings;
    m_errors = outcome.errors;
    m_filling = true;
    for (const ExportPreview &p : outcome.files) {
        FileState f;
        f.preview = p;
        if (p.recognised) {
            f.draft = MappingDraft::adjust(*p.recognised, p.header);
            m_file->addItem(tr("%1 — %2 (%3%)").arg(p.file, p.recognised->label).arg(qRound(p.confidence * 100)));
        } else {
            if (m_freshSource.isEmpty())
                m_freshSource = MappingDraft::sourceFromFileName(p.file);
            f.draft =
                MappingDraft::fresh(QStringLiteral("accounts"), m_freshSource, QFileInfo(p.file).completeBaseName());
            m_file->addItem(tr("%1 — not recognised: map its columns").arg(p.file));
        }
        m_files.push_back(std::move(f));
    }
    m_filling = false;
    m_status->setText(m_errors.isEmpty() ? tr("%n file(s) read.", nullptr, int(m_files.size()))
                                         : tr("Cannot be read: %1").arg(m_errors.join(QStringLiteral("; "))));
    showFile();
    Q_EMIT previewed();
    Q_EMIT completeChanged();
}

ExportMappingPage::FileState *ExportMappingPage::current()
{
    const int i = m_file->currentIndex();
    return i >= 0 && i < int(m_files.size()) ? &m_files[std::size_t(i)] : nullptr;
}

const ExportMappingPage::FileState *ExportMappingPage::current() const
{
    const int i = m_file->currentIndex();
    return i >= 0 && i < int(m_files.size()) ? &m_files[std::size_t(i)] : nullptr;
}

int ExportMappingPage::currentFile() const { return m_file->currentIndex(); }

void ExportMappingPage::selectFile(int index) { m_file->setCurrentIndex(index); }

void ExportMappingPage::showFile()
{
    const FileState *f = current();
    m_filling = true;
    m_table->setEnabled(f && !f->draft.base);
    m_source->setEnabled(f && !f->draft.base);
    m_source->setText(f ? f->draft.source : QString());
    // A recognised file shows what its mapping makes of it (nothing, for Stripe's and Zendesk's own kinds).
    m_table->setCurrentIndex(f ? int(m_table->findData(f->draft.table)) : -1);
    m_filling = false;
    fillColumns();
    refresh();
}

void ExportMappingPage::fillColumns()
{
    m_columns->setRowCount(0);
    const FileState *f = current();
    if (!f)
        return;
    const std::vector<DraftTarget> targets = f->draft.targets();
    m_columns->setRowCount(int(targets.size()));
    for (int r = 0; r < int(targets.size()); ++r) {
        const DraftTarget &t = targets[std::size_t(r)];
        auto *name = new QTableWidgetItem(t.required ? t.name + QStringLiteral(" *") : t.name);
        name->setData(Qt::UserRole, t.name);
        if (t.required)
            name->setToolTip(tr("Required: every row needs it"));
        m_columns->setItem(r, TargetColumn, name);
        auto *pick = new QComboBox(m_columns);
        pick->setAccessibleName(tr("Source column for %1").arg(t.name));
        pick->addItem(tr("(none)"), QString());
        for (const QString &h : f->preview.header)
            pick->addItem(h.simplified(), h);
        const QString from = f->draft.sourceOf.value(t.name);
        pick->setCurrentIndex(std::max(0, int(pick->findData(from))));
        m_columns->setCellWidget(r, SourceColumn, pick);
        const int col = int(f->preview.header.indexOf(from));
        m_columns->setItem(r, FirstValueColumn,
                           new QTableWidgetItem(col >= 0 ? firstValue(f->preview, col) : QString()));
        connect(pick, &QComboBox::currentIndexChanged, this, [this, pick, target = t.name] {
            if (!m_filling)
                assign(target, pick->currentData().toString());
        });
    }
}

void ExportMappingPage::setSource(const QString &source)
{
    m_freshSource = source;
    for (FileState &f : m_files) {
        if (f.draft.base)
            continue;
        f.draft.source = source;
        f.draft.name = source + QLatin1Char('-') + f.draft.table;
    }
    if (m_source->text().trimmed() != source)
        m_source->setText(source);
    refresh();
    Q_EMIT completeChanged();
}

void ExportMappingPage::setTable(const QString &table)
{
    FileState *f = current();
    if (!f || f->draft.base || !draftTables().contains(table))
        return;
    f->draft = MappingDraft::fresh(table, m_freshSource, QFileInfo(f->preview.file).completeBaseName());
    f->edited = true;
    m_filling = true;
    m_table->setCurrentIndex(m_table->findData(table));
    m_filling = false;
    fillColumns();
    refresh();
}

bool ExportMappingPage::assign(const QString &target, const QString &sourceHeader)
{
    FileState *f = current();
    if (!f || (!sourceHeader.isEmpty() && !f->preview.header.contains(sourceHeader)))
        return false;
    const std::vector<DraftTarget> targets = f->draft.targets();
    const auto t = std::find_if(targets.begin(), targets.end(), [&](const DraftTarget &d) { return d.name == target; });
    if (t == targets.end())
        return false;
    f->draft.sourceOf.insert(target, sourceHeader);
    f->edited = true;
    const int row = int(t - targets.begin());
    if (auto *pick = qobject_cast<QComboBox *>(m_columns->cellWidget(row, SourceColumn))) {
        m_filling = true;
        pick->setCurrentIndex(std::max(0, int(pick->findData(sourceHeader))));
        m_filling = false;
    }
    const int col = int(f->preview.header.indexOf(sourceHeader));
    m_columns->setItem(row, FirstValueColumn, new QTableWidgetItem(col >= 0 ? firstValue(f->preview, col) : QString()));
    refresh();
    Q_EMIT completeChanged();
    return true;
}

bool ExportMappingPage::needsMapping(const FileState &f) const
{
    return (f.edited || (!f.preview.recognised && f.preview.named)) && !f.draft.build(f.preview.header);
}

void ExportMappingPage::refresh()
{
    m_landed->clear();
    m_landed->setRowCount(0);
    m_landed->setColumnCount(0);
    const FileState *f = current();
    if (!f) {
        m_validation->setText(m_errors.isEmpty() ? QString() : tr("No file can be read."));
        return;
    }
    QStringList lines;
    const QStringList missing = f->draft.missingRequired();
    if (!missing.isEmpty())
        lines << tr("Required columns not mapped: %1.").arg(missing.join(QStringLiteral(", ")));
    auto built = f->draft.build(f->preview.header);
    if (built) {
        const LandedPreview landed = landPreview(*built, f->preview, m_options);
        m_landed->setColumnCount(int(landed.targets.size()));
        m_landed->setHorizontalHeaderLabels(landed.targets);
        m_landed->setRowCount(int(landed.rows.size()));
        for (int r = 0; r < int(landed.rows.size()); ++r)
            for (int c = 0; c < int(landed.rows[std::size_t(r)].size()); ++c) {
                const LandedCell &cell = landed.rows[std::size_t(r)][std::size_t(c)];
                const QString problem = shownReason(cell.problem);
                auto *item = new QTableWidgetItem(cell.problem.isEmpty() ? cell.value : tr("✗ %1").arg(problem));
                if (!cell.problem.isEmpty()) {
                    item->setForeground(QColor(0xb0, 0x00, 0x20));
                    item->setToolTip(problem);
                }
                m_landed->setItem(r, c, item);
            }
        m_landed->resizeColumnsToContents();
        for (int c = 0; c < m_landed->columnCount(); ++c)
            m_landed->setColumnWidth(c, std::min(m_landed->columnWidth(c), 260));
        if (missing.isEmpty())
            lines << (landed.rejectedRows.empty()
                          ? tr("Every required column is mapped; the first %n row(s) would all be imported.", nullptr,
                               int(landed.rows.size()))
                          : tr("Every required column is mapped; %1 of the first %2 rows would be rejected (the red "
                               "cells say why).")
                                .arg(landed.rejectedRows.size())
                                .arg(landed.rows.size()));
    } else if (missing.isEmpty()) {
        lines << built.message();
    }
    if (!f->preview.recognised && !f->edited && !f->preview.named)
        lines << tr("Not recognised: skipped unless you map it (it was found in a folder).");
    QStringList others;
    for (const FileState &o : m_files)
        if (&o != f && needsMapping(o))
            others << o.preview.file;
    if (!others.isEmpty())
        lines << tr("Still to map: %1.").arg(others.join(QStringLiteral(", ")));
    m_validation->setText(lines.join(QLatin1Char(' ')));
}

QString ExportMappingPage::validationText() const { return m_validation->text(); }

QString ExportMappingPage::landedText() const
{
    QStringList out;
    QStringList head;
    for (int c = 0; c < m_landed->columnCount(); ++c)
        head << m_landed->horizontalHeaderItem(c)->text();
    out << head.join(QStringLiteral(" | "));
    for (int r = 0; r < m_landed->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_landed->columnCount(); ++c)
            cells << (m_landed->item(r, c) ? m_landed->item(r, c)->text() : QString());
        out << cells.join(QStringLiteral(" | "));
    }
    return out.join(QLatin1Char('\n'));
}

bool ExportMappingPage::isComplete() const
{
    if (isBusy() || m_files.empty())
        return false;
    return std::none_of(m_files.begin(), m_files.end(), [this](const FileState &f) { return needsMapping(f); });
}

Status ExportMappingPage::saveMapping(const QString &name)
{
    FileState *f = current();
    if (!f)
        return makeError(ErrorCode::Usage, tr("No file to take the mapping from."));
    MappingDraft draft = f->draft;
    draft.name = name;
    if (!draft.base)
        draft.label = name; // a new mapping is known by the name it was saved under
    auto built = draft.build(f->preview.header);
    Status s = built ? ExportPreviewService::saveMapping(m_storePath, *built) : Status(built.error());
    if (!s) {
        m_status->setText(tr("Not saved: %1").arg(s.message()));
        return s;
    }
    f->draft.name = name;
    f->draft.label = draft.label;
    m_status->setText(tr("Saved the mapping \"%1\" in the store: the next import recognises files like %2 by it "
                         "(revalign mapping list shows it).")
                          .arg(name, f->preview.file));
    return s;
}

QHash<QString, Mapping> ExportMappingPage::fileMappings() const
{
    QHash<QString, Mapping> out;
    for (const FileState &f : m_files) {
        if (!f.edited && (f.preview.recognised || !f.preview.named))
            continue;
        if (auto m = f.draft.build(f.preview.header))
            out.insert(f.preview.path, std::move(*m));
    }
    return out;
}

std::vector<ExportMappingPage::FileDraft> ExportMappingPage::files()
{
    std::vector<FileDraft> out;
    for (FileState &f : m_files)
        if (f.edited || f.preview.recognised || f.preview.named)
            out.push_back({&f.preview, &f.draft, &f.edited});
    return out;
}

} // namespace ra

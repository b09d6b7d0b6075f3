#include "dialogs/exportvaluespage.h"

#include "dialogs/exportmappingpage.h"
#include "exports/sourcevalues.h"

#include <QComboBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ra {
namespace {

enum Column { FileColumn, TargetColumn, ValueColumn, CountColumn, BecomesColumn };

// Where a row of the table comes from.
struct RowRef {
    MappingDraft *draft;
    bool *edited; // the file's draft replaces its recognised mapping
    QString target;
    QString value;
    bool enumerated; // only the allowed values are accepted
};

// The recognised mapping's entry for a target, if any.
const MappingColumn *baseColumn(const RowRef &r)
{
    if (r.draft->base)
        for (const MappingColumn &c : r.draft->base->columns)
            if (c.to == r.target)
                return &c;
    return nullptr;
}

std::vector<RowRef> rowsOf(ExportMappingPage *page, std::vector<const ExportPreview *> *previews = nullptr,
                           std::vector<qint64> *counts = nullptr, std::vector<QStringList> *choices = nullptr)
{
    std::vector<RowRef> out;
    for (const ExportMappingPage::FileDraft &e : page->files()) {
        for (const DraftTarget &t : e.draft->targets()) {
            const QString from = e.draft->sourceOf.value(t.name);
            const int col = int(e.preview->header.indexOf(from));
            if (!t.valueMapped || col < 0 || col >= int(e.preview->values.size())
                || e.draft->byRule(t.name, e.preview->header))
                continue;
            for (const ValueCount &v : e.preview->values[std::size_t(col)]) {
                out.push_back({e.draft, e.edited, t.name, v.value, !t.allowed.isEmpty()});
                if (previews)
                    previews->push_back(e.preview);
                if (counts)
                    counts->push_back(v.count);
                if (choices)
                    choices->push_back(t.suggestions);
            }
        }
    }
    return out;
}

// What a value becomes before the user says: the draft's map, the recognised
// mapping's (its values, else its value for the others), a suggestion spelled
// another way ("Paid" → paid), else the value itself.
QString initialValue(const RowRef &r, const QStringList &choices)
{
    const auto mapped = r.draft->values.value(r.target);
    if (mapped.contains(r.value))
        return mapped.value(r.value);
    if (const MappingColumn *c = baseColumn(r)) {
        if (c->values.contains(normaliseHeader(r.value)))
            return c->values.value(normaliseHeader(r.value));
        if (c->otherwise)
            return *c->otherwise;
    }
    for (const QString &c : choices)
        if (c.compare(r.value, Qt::CaseInsensitive) == 0)
            return c;
    return r.enumerated ? QString() : r.value;
}

} // namespace

ExportValuesPage::ExportValuesPage(ExportMappingPage *columns, QWidget *parent)
    : QWizardPage(parent), m_columnsPage(columns)
{
    setTitle(tr("Values"));
    setSubTitle(tr(
        "What the values of category columns become in RevAlign. The values are those of the file's first 5,000 rows; "
        "in a text column a value not listed is kept as it is, in a fixed list of values it is rejected."));
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("RevAlign column"), tr("Value in the file"), tr("Rows"), tr("Becomes")});
    m_table->setAccessibleName(tr("Value maps"));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto *save = new QPushButton(tr("&Save mapping…"), this);
    connect(save, &QPushButton::clicked, m_columnsPage, &ExportMappingPage::promptSave);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
}

bool ExportValuesPage::hasValues() const { return !rowsOf(m_columnsPage).empty(); }

int ExportValuesPage::rowCount() const { return m_table->rowCount(); }

void ExportValuesPage::initializePage()
{
    std::vector<const ExportPreview *> previews;
    std::vector<qint64> counts;
    std::vector<QStringList> choices;
    const std::vector<RowRef> rows = rowsOf(m_columnsPage, &previews, &counts, &choices);
    m_filling = true;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const RowRef &ref = rows[std::size_t(r)];
        m_table->setItem(r, FileColumn, new QTableWidgetItem(previews[std::size_t(r)]->file));
        m_table->setItem(r, TargetColumn, new QTableWidgetItem(ref.target));
        m_table->setItem(r, ValueColumn, new QTableWidgetItem(ref.value));
        auto *count = new QTableWidgetItem(QString::number(counts[std::size_t(r)]));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, CountColumn, count);
        auto *becomes = new QComboBox(m_table);
        becomes->setAccessibleName(tr("%1 becomes").arg(ref.value));
        becomes->setEditable(!ref.enumerated);
        const MappingColumn *base = baseColumn(ref);
        if (ref.enumerated && !(base && base->otherwise)) // with an "otherwise" no value is rejected
            becomes->addItem(tr("(reject the row)"), QString());
        for (const QString &c : choices[std::size_t(r)])
            becomes->addItem(c, c);
        const QString initial = initialValue(ref, choices[std::size_t(r)]);
        if (ref.enumerated)
            becomes->setCurrentIndex(std::max(0, int(becomes->findData(initial))));
        else
            becomes->setEditText(initial);
        m_table->setCellWidget(r, BecomesColumn, becomes);
        connect(becomes, &QComboBox::currentTextChanged, this, [this, r] {
            if (!m_filling)
                change(r);
        });
    }
    m_filling = false;
    // A file mapped here takes the suggestions shown; a recognised one keeps its
    // mapping until a value is changed.
    for (int r = 0; r < int(rows.size()); ++r)
        if (*rows[std::size_t(r)].edited || !rows[std::size_t(r)].draft->base)
            apply(r);
    m_note->setText(rows.empty() ? tr("No category column is mapped: nothing to do here.")
                                 : tr("%n value(s) listed.", nullptr, int(rows.size())));
}

void ExportValuesPage::apply(int row)
{
    const std::vector<RowRef> rows = rowsOf(m_columnsPage);
    auto *becomes = qobject_cast<QComboBox *>(m_table->cellWidget(row, BecomesColumn));
    if (row < 0 || row >= int(rows.size()) || !becomes)
        return;
    const RowRef &ref = rows[std::size_t(row)];
    const QString chosen = ref.enumerated ? becomes->currentData().toString() : becomes->currentText().trimmed();
    QHash<QString, QString> &map = ref.draft->values[ref.target];
    if (!ref.enumerated && chosen == ref.value)
        map.remove(ref.value); // kept as it is without an entry
    else if (ref.enumerated && chosen.isEmpty())
        map.remove(ref.value); // not listed: rejected
    else
        map.insert(ref.value, chosen);
    if (map.isEmpty())
        ref.draft->values.remove(ref.target);
}

void ExportValuesPage::change(int row)
{
    apply(row);
    const std::vector<RowRef> rows = rowsOf(m_columnsPage);
    if (row >= 0 && row < int(rows.size()))
        *rows[std::size_t(row)].edited = true; // the file is imported with its draft from now on
}

bool ExportValuesPage::setValue(const QString &target, const QString &sourceValue, const QString &canonical)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, TargetColumn)->text() != target || m_table->item(r, ValueColumn)->text() != sourceValue)
            continue;
        auto *becomes = qobject_cast<QComboBox *>(m_table->cellWidget(r, BecomesColumn));
        if (becomes->isEditable())
            becomes->setEditText(canonical);
        else
            becomes->setCurrentIndex(becomes->findData(canonical));
        change(r);
        return true;
    }
    return false;
}

} // namespace ra

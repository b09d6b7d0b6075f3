#pragma once
// The import wizard's value maps: for every file, each category column it
// feeds (channel, persona, segment, stage, status, type…) with the distinct
// values the file shows and what each becomes in RevAlign (Google Ads →
// paid), as its mapping has it. Edits go straight into the drafts; a
// recognised file whose value is changed is imported with its adjusted mapping.
#include <QWizardPage>

class QTableWidget;
class QLabel;

namespace ra {

class ExportMappingPage;

class ExportValuesPage : public QWizardPage {
    Q_OBJECT
public:
    ExportValuesPage(ExportMappingPage *columns, QWidget *parent = nullptr);

    void initializePage() override;
    // Whether any file feeds a category column (else the wizard skips this page).
    bool hasValues() const;
    int rowCount() const;
    // Maps a source value of a column (of the first file feeding it) to a canonical value.
    bool setValue(const QString &target, const QString &sourceValue, const QString &canonical);

private:
    void apply(int row);  // the row's choice into its file's draft
    void change(int row); // the user's choice: applied, and the file imported with its draft

    ExportMappingPage *m_columnsPage;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    bool m_filling = false;
};

} // namespace ra

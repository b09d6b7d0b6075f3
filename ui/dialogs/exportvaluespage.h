#pragma once
// The import wizard's value maps: for the files mapped or adjusted on the
// columns page, each category column they feed (channel, persona, segment,
// stage, status, type…) with the distinct values the file shows and what each
// becomes in RevAlign (Google Ads → paid). Edits go straight into the drafts.
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
    // Whether any mapped or adjusted file feeds a category column (else the wizard skips this page).
    bool hasValues() const;
    int rowCount() const;
    // Maps a source value of a column (of the first file feeding it) to a canonical value.
    bool setValue(const QString &target, const QString &sourceValue, const QString &canonical);

private:
    void apply(int row);

    ExportMappingPage *m_columnsPage;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    bool m_filling = false;
};

} // namespace ra

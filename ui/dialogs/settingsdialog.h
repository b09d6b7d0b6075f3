#pragma once
// Settings…: the language of this computer's RevAlign, and the store's KPI
// settings. Every KPI value is validated by Settings::set before OK is
// accepted; the caller writes them. The language applies when OK is pressed.
#include "domain/language.h"
#include "domain/settings.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ra {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const Settings &current, bool readOnly, QWidget *parent = nullptr);

    // The edited settings; valid only after accept().
    Settings settings() const { return m_result; }
    // Sets one field's text (tests, scripted use); the dialog validates on accept.
    void setValue(const QString &key, const QString &text);
    QString errorText() const;
    void setLanguage(Language language);
    Language language() const;

    void accept() override;

private:
    Settings m_result;
    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ra

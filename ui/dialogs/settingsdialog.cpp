#include "dialogs/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

namespace {

QString fieldLabel(const QString &key)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("currency"), SettingsDialog::tr("&Currency")},
        {QStringLiteral("sla_hours"), SettingsDialog::tr("Lead follow-up &SLA (hours)")},
        {QStringLiteral("feedback_days"), SettingsDialog::tr("Sales &feedback window (days)")},
        {QStringLiteral("influence_days"), SettingsDialog::tr("Marketing &influence window (days)")},
        {QStringLiteral("gross_margin"), SettingsDialog::tr("&Gross margin (0–1)")},
        {QStringLiteral("stall_days"), SettingsDialog::tr("S&talled after (days)")},
        {QStringLiteral("reentry_days"), SettingsDialog::tr("&Re-entry window (days)")},
        {QStringLiteral("low_utilisation"), SettingsDialog::tr("&Low seat utilisation below (0–1)")},
        {QStringLiteral("usage_drop"), SettingsDialog::tr("Usage &drop over 3 months (0–1)")},
        {QStringLiteral("health_window_days"), SettingsDialog::tr("Health &window (days)")},
        {QStringLiteral("open_ticket_days"), SettingsDialog::tr("Ticket &open too long after (days)")},
        {QStringLiteral("risk_signals"), SettingsDialog::tr("Signals that put an account &at risk (1–5)")},
    };
    return labels.value(key, key);
}

} // namespace

SettingsDialog::SettingsDialog(const Settings &current, bool readOnly, QWidget *parent)
    : QDialog(parent), m_result(current)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (Language l : allLanguages())
        m_language->addItem(languageName(l), QVariant::fromValue(int(l)));
    auto *languageLabel = new QLabel(tr("&Language"), this);
    languageLabel->setBuddy(m_language);
    auto *languageNote = new QLabel(tr("Applies when you press OK. System follows the computer's language."), this);
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    auto *computerForm = new QFormLayout;
    computerForm->addRow(languageLabel, m_language);
    computerForm->addRow(languageNote);
    auto *computerBox = new QGroupBox(tr("This computer"), this);
    computerBox->setLayout(computerForm);

    auto *form = new QFormLayout;
    for (const QString &key : Settings::keys()) {
        auto *edit = new QLineEdit(current.get(key), this);
        edit->setToolTip(Settings::describe(key));
        edit->setReadOnly(readOnly);
        edit->setObjectName(key);
        auto *label = new QLabel(fieldLabel(key), this);
        label->setBuddy(edit);
        label->setToolTip(Settings::describe(key));
        form->addRow(label, edit);
        m_fields.insert(key, edit);
    }
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    if (readOnly)
        m_error->setText(tr("This store is read-only: settings can be read but not changed."));

    auto *note = new QLabel(tr("Settings are saved in the store; every KPI is recomputed on OK."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!readOnly);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *storeLayout = new QVBoxLayout;
    storeLayout->addLayout(form);
    storeLayout->addWidget(note);
    auto *storeBox = new QGroupBox(tr("This store"), this);
    storeBox->setLayout(storeLayout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(computerBox);
    layout->addWidget(storeBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

void SettingsDialog::setValue(const QString &key, const QString &text)
{
    if (QLineEdit *edit = m_fields.value(key))
        edit->setText(text);
}

QString SettingsDialog::errorText() const { return m_error->text(); }

void SettingsDialog::setLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

Language SettingsDialog::language() const
{
    return static_cast<Language>(m_language->currentData().toInt());
}

void SettingsDialog::accept()
{
    Settings edited = m_result;
    for (const QString &key : Settings::keys()) {
        QLineEdit *edit = m_fields.value(key);
        Status s = edited.set(key, edit->text().trimmed());
        if (!s) {
            m_error->setText(s.message());
            edit->setFocus();
            edit->selectAll();
            return;
        }
    }
    m_result = edited;
    QDialog::accept();
}

} // namespace ra

#pragma once
// File → Connect to team store…: a libpq URI or service=NAME, a Test
// connection button (run off the UI thread) and OK. Passwords stay with libpq
// (~/.pgpass, PGPASSWORD, the service file); the dialog never asks for one.
#include "core/result.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ra {

struct TeamProbe {
    std::optional<Error> error;
    QString server;
    QString role;
};

class ConnectTeamDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectTeamDialog(const QString &recent, QWidget *parent = nullptr);
    ~ConnectTeamDialog() override;
    QString location() const;

private:
    void test();
    void updateButtons();

    QLineEdit *m_location;
    QLabel *m_result;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<TeamProbe> m_probe;
};

} // namespace ra

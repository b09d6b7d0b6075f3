#pragma once
// The first screen when no store is open: import a bundle, open the demo
// store (created on first use), or open an existing store file.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ra {

class WelcomeScreen : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeScreen(QWidget *parent = nullptr);

    // While the demo store is being written: buttons off, a busy bar on.
    void setBusy(bool busy, const QString &message = {});
    void setMessage(const QString &message);
    void setProgress(int percent); // turns the busy bar into a determinate one

Q_SIGNALS:
    void importRequested();
    void demoRequested();
    void openRequested();

private:
    QPushButton *m_import = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_open = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ra

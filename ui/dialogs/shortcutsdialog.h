#pragma once
// Help → Keyboard shortcuts: every menu command with its shortcut, read from
// the menus themselves so the list cannot drift, and the keys that move
// around the window.
#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace ra {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    // Rows as shown: "Ctrl+O" → "Open store…", for tests.
    QList<QPair<QString, QString>> rows() const;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace ra

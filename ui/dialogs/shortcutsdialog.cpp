#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ra {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))); // Chinese style accelerators, "文件(&F)"
    return text.remove(QLatin1Char('&'));
}

void collect(const QMenu *menu, const QString &path, QList<QPair<QString, QString>> &rows)
{
    for (const QAction *a : menu->actions()) {
        if (a->menu())
            collect(a->menu(), path + plainText(a) + QStringLiteral(" → "), rows);
        else if (!a->shortcut().isEmpty())
            rows.append({a->shortcut().toString(QKeySequence::NativeText), path + plainText(a)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (const QAction *a : menus->actions())
        if (a->menu())
            collect(a->menu(), plainText(a) + QStringLiteral(" → "), rows);
    rows.append({tr("Tab / Shift+Tab"), tr("Move between the bars, the pages, the KPI tiles and the charts")});
    rows.append({tr("Arrow keys"), tr("Choose a page in the page list, a value in a list")});
    rows.append({tr("Ctrl+Shift+D"), tr("On a chart: show its data as a table")});
    rows.append({tr("Menu key / Shift+F10"), tr("On a chart: its context menu (Show data)")});
    rows.append({tr("Alt + underlined letter"), tr("Open a menu or go to a labelled field")});

    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Command")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int r = 0; r < int(rows.size()); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        m_table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 560);
}

QList<QPair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out.append({m_table->item(r, 0)->text(), m_table->item(r, 1)->text()});
    return out;
}

} // namespace ra
